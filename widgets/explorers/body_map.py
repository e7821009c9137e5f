"""Interactive: a body map of the back, region by region."""

from __future__ import annotations

from widgets.data import source_label
from widgets.figures.body_map import body_map_figure_with_buttons
from widgets.interactive import Interactive
from widgets.live.body_map import body_map_live_view
from widgets.model.body_regions import load_regions
from widgets.text_alternative import html_table


def _table() -> str:
    rows = [
        [
            r.label,
            r.where,
            "; ".join(r.common),
            f"{r.known} ({r.strength})",
            "; ".join(r.warning_signs),
            r.source_text.split(": ", 1)[1],
        ]
        for r in load_regions()
    ]
    return html_table(
        ["Region", "Where", "What can hurt there", "What is known", "Warning signs", "Sources"],
        rows,
        caption="Back pain by region: what is known and warning signs",
    )


def body_map() -> Interactive:
    """Show the back region by region: what hurts, how sure the evidence is, warning signs.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    regions = load_regions()
    return Interactive(
        name="body-map",
        static_figure=body_map_figure_with_buttons,
        live_view=body_map_live_view,
        alt_text=(
            "A simple drawing of a person seen from behind, with four coloured regions: "
            + ", ".join(r.label.lower() for r in regions)
            + ". Selecting a region shows what can hurt there, how strong the evidence "
            "is and its warning signs. The evidence is good for the lower back and little "
            "for the neck and upper back."
        ),
        caption=(
            "Body map of the back. Tap or hover over a region for a summary, or choose it at "
            "the top of the figure for the full panel. Sources: "
            + "; ".join(
                sorted({source_label(k) for r in regions for k in r.sources}, key=str.lower)
            )
            + "."
        ),
        text_alternative=_table(),
    )
