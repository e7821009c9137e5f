"""Interactive: what lowered sports injuries or low back pain in studies."""

from __future__ import annotations

from widgets.data import source_label, sources_sentence
from widgets.figures.prevention import prevention_figure_with_buttons
from widgets.interactive import Interactive
from widgets.live.prevention import prevention_live_view
from widgets.model.prevention import DEFAULT_VIEW, ROWS, VIEWS
from widgets.text_alternative import html_table


def _sources() -> list[str]:
    """Every source of the chart, once each, in the order the rows show them."""
    keys: list[str] = []
    for view in VIEWS:
        for row in ROWS[view]:
            if row.estimate.source not in keys:
                keys.append(row.estimate.source)
    return keys


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _alt_text() -> str:
    """The chart in words: each view's rows by which way their interval points."""
    sentences = [
        "Dot chart of relative risks and hazard ratios with 95 % intervals on a log scale, "
        "with a dashed line at 1 (no difference). Buttons choose the outcome."
    ]
    groups = {  # reading: what one row does, what several do
        "fewer": ("sits below 1", "sit below 1"),
        "no clear difference": (
            "shows no clear difference (its interval crosses 1)",
            "show no clear difference (their intervals cross 1)",
        ),
        "more": ("sits above 1", "sit above 1"),
    }
    for view in sorted(VIEWS, key=lambda v: v != DEFAULT_VIEW):
        clauses = []
        for reading, words in groups.items():
            rows = [r for r in ROWS[view] if r.reading == reading]
            if rows:
                named = [f"{r.label.lower()} {r.estimate.value:g}" for r in rows]
                clauses.append(f"{_listed(named)} {words[len(rows) > 1]}")
        sentences.append(f"{VIEWS[view]}: {'; '.join(clauses)}.")
    return " ".join(sentences)


def _table() -> str:
    rows = []
    for view, label in VIEWS.items():
        for row in ROWS[view]:
            e = row.estimate
            rows.append(
                [
                    label,
                    row.label,
                    f"{e.value:g}",
                    f"{e.low:g} to {e.high:g}",
                    row.measure,
                    row.reading,
                    row.design,
                    source_label(e.source),
                ]
            )
    return html_table(
        [
            "Outcome",
            "What was tried",
            "Estimate",
            "95 % interval",
            "Measure",
            "Reading",
            "Studies",
            "Source",
        ],
        rows,
        caption="Relative risks and hazard ratios: below 1 means fewer, 1 means no difference.",
    )


def prevention_explorer() -> Interactive:
    """Show what lowered injuries or back pain in studies, as relative risks and hazard ratios with 95 % intervals.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    return Interactive(
        name="prevention-evidence",
        static_figure=prevention_figure_with_buttons,
        live_view=prevention_live_view,
        alt_text=_alt_text(),
        caption=(
            "Relative risks and hazard ratios from trials and cohort studies; 1 means no "
            "difference. The sports-injury trials were mostly not in runners and not about the "
            "back, and the back-pain effects of exercise were seen for about a year. "
            f"{sources_sentence(_sources())}."
        ),
        text_alternative=_table(),
    )
