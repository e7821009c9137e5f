"""Interactive: what lowered sports injuries or low back pain in studies."""

from __future__ import annotations

from widgets.data import source_label
from widgets.figures.prevention import prevention_figure_with_buttons
from widgets.interactive import Interactive
from widgets.live.prevention import prevention_live_view
from widgets.model.prevention import ROWS, VIEWS
from widgets.text_alternative import html_table


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
        alt_text=(
            "Dot chart of relative risks and hazard ratios with 95 % intervals on a log scale, with a dashed "
            "line at 1 (no difference). Buttons choose the outcome. Low back pain: exercise "
            "with education 0.55, exercise alone 0.65, walking and education after an "
            "episode 0.72 and moderate activity 0.9 sit below 1; education alone 1.03, "
            "insoles 0.73 with an interval crossing 1, and high activity 1.0 show no clear "
            "difference. Sports injuries: strength training 0.315 and balance training "
            "0.55 sit below 1, stretching 0.963 does not, and each extra hour of other sport "
            "0.848 goes with fewer injuries."
        ),
        caption=(
            "Relative risks and hazard ratios from trials and cohort studies; 1 means no difference. The "
            "sports-injury trials were mostly not in runners and not about the back, and the "
            "back-pain effects of exercise were seen for about a year. "
            "Sources: Lauersen 2014; Malisoux 2015; Steffens 2016; Sahar 2007; Pocovi 2024; "
            "Alzahrani 2019."
        ),
        text_alternative=_table(),
    )
