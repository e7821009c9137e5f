"""Interactive: the force of each running step, and how the spine responds."""

from __future__ import annotations

from widgets.data import source_label
from widgets.figures.spine_loading import spine_loading_figure_with_buttons
from widgets.interactive import Interactive
from widgets.live.spine_loading import spine_loading_live_view
from widgets.model.spine_loading import VIEWS, describe, loading_bars
from widgets.text_alternative import html_table


def _table() -> str:
    rows = []
    for key, view_label in VIEWS.items():
        for bar in loading_bars(key):
            spread = "" if bar.low == bar.high else f"{bar.low:.2f}–{bar.high:.2f}"
            rows.append(
                [
                    view_label,
                    bar.label,
                    f"{bar.value:g}",
                    spread,
                    bar.unit,
                    source_label(bar.source) if bar.source else "by definition",
                ]
            )
    return html_table(
        ["View", "Measure", "Value", "Spread reported", "Unit", "Source"],
        rows,
        caption="What running does to the spine",
    )


def spine_loading_explorer() -> Interactive:
    """Show the ground force per step and how the spine shrinks and its discs lose height.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    return Interactive(
        name="spine-loading-explorer",
        static_figure=spine_loading_figure_with_buttons,
        live_view=spine_loading_live_view,
        alt_text=" ".join(describe(key) for key in VIEWS),
        caption=(
            "What running does to the spine. Force: the peak up-and-down push of the ground on "
            "the foot in 17 runners at 4.5 m/s (16 km/h), in body weights (BW) "
            f"({source_label('cavanagh1980')}); this is not the load on the spine. By pace "
            "and over time: loss of height in 14 marathon runners over 30 minutes at three "
            f"paces ({source_label('garbutt1990')}). Discs: MRI of 8 young adults before and "
            f"after 30 minutes of running ({source_label('kingsley2012')}). Lines show the spread reported. Choose a view at the top of the figure."
        ),
        text_alternative=_table(),
    )
