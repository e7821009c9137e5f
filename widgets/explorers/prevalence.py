"""Interactive: how common low back pain is in runners and in everyone."""

from __future__ import annotations

from widgets.data import source_label
from widgets.figures.prevalence import prevalence_figure_with_buttons
from widgets.interactive import Interactive
from widgets.live.prevalence import prevalence_live_view
from widgets.model.prevalence import VIEWS, describe, prevalence_rows
from widgets.text_alternative import html_table


def _prevalence_table() -> str:
    rows = []
    for key, view_label in VIEWS.items():
        for row in prevalence_rows(key):
            e = row.estimate
            rows.append(
                [
                    view_label,
                    row.label,
                    row.measure,
                    "" if e.value is None else f"{e.value:g} %",
                    f"{e.low:g}–{e.high:g} %",
                    e.kind,
                    source_label(e.source),
                ]
            )
    return html_table(
        ["View", "Who", "Measure", "Estimate", "Range", "Kind of range", "Source"],
        rows,
        caption="Low back pain in runners and in the world population",
    )


def prevalence_explorer() -> Interactive:
    """Compare how common low back pain is in runners and in everyone.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    return Interactive(
        name="prevalence-explorer",
        static_figure=prevalence_figure_with_buttons,
        live_view=prevalence_live_view,
        alt_text=describe("compare") + " " + describe("runners"),
        caption=(
            "Low back pain in studies of runners (ranges across 19 studies, "
            f"{source_label('maselli2020')}; one marathon survey, {source_label('wu2021')}) "
            "and in the world population (Global Burden of Disease: "
            f"{source_label('hoy2014', brief=True)}; {source_label('wu2020', brief=True)}). Bars show the range reported; diamonds show the "
            "best single estimate. Studies define back pain and time windows "
            "differently, so compare the broad picture, not single numbers. "
            "Use the control at the top of the figure to switch what is shown."
        ),
        text_alternative=_prevalence_table(),
    )
