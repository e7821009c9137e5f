"""Figures: how common low back pain is in runners and in everyone."""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.data import sources_sentence
from widgets.figures.controls import figure_per_view
from widgets.figures.style import GROUP_COLOURS, course_layout, grid_axis, wrap_label
from widgets.figures.text_layout import wrap_hover
from widgets.model.prevalence import DEFAULT_VIEW, VIEWS, prevalence_rows

_TITLES = {
    "compare": "Runners do not seem to have more low back pain than people in general",
    "runners": "Studies of runners disagree widely on how common back pain is",
}
_PERCENT_MAX = 25
# Thinnest bar drawn for a range of zero width, in percentage points.
_MIN_BAR_POINTS = 0.25
_LABEL_WRAP_CHARS = 10


def _hover(row) -> str:
    e = row.estimate
    middle = "" if e.value is None else f"{e.value:g} %, "
    spread = {"range": "range across studies", "single study": "one study"}.get(
        e.kind, "95 % interval"
    )
    return wrap_hover(
        f"{row.label}<br>{middle}{e.low:g}–{e.high:g} % ({spread})"
        f"<br>{sources_sentence([e.source])}"
    )


def _name(row) -> str:
    return wrap_label(row.label, _LABEL_WRAP_CHARS)


def _range_bars(group: str, rows) -> go.Bar:
    """A floating bar per row, from the lowest to the highest reported %."""
    return go.Bar(
        x=[_name(r) for r in rows],
        base=[r.estimate.low for r in rows],
        y=[max(r.estimate.high - r.estimate.low, _MIN_BAR_POINTS) for r in rows],
        width=0.35,
        name=f"{group}: reported range",
        marker={"color": GROUP_COLOURS[group]},
        hovertext=[_hover(r) for r in rows],
        hoverinfo="text",
    )


def _best_estimates(group: str, rows) -> go.Scatter | None:
    """A diamond on each row with one best estimate (a single study's is its whole bar)."""
    points = [r for r in rows if r.estimate.value is not None and r.estimate.kind != "single study"]
    if not points:
        return None
    return go.Scatter(
        x=[_name(r) for r in points],
        y=[r.estimate.value for r in points],
        mode="markers",
        name=f"{group}: best estimate",
        marker={
            "color": "white",
            "size": 12,
            "symbol": "diamond",
            "line": {"color": "black", "width": 2},
        },
        hovertext=[_hover(r) for r in points],
        hoverinfo="text",
    )


def _axes(rows) -> dict:
    return {
        "yaxis": grid_axis(
            {"text": "People with low back pain (%)", "standoff": 8},
            automargin=True,
            range=[0, _PERCENT_MAX],
            ticksuffix=" %",
        ),
        "xaxis": {
            "categoryorder": "array",
            "categoryarray": [_name(r) for r in rows],
            "fixedrange": True,
            "title": {"text": ""},
            "automargin": True,
            "tickangle": 0,
        },
    }


def prevalence_figure(view: str = DEFAULT_VIEW) -> go.Figure:
    """Vertical ranges of how many people have low back pain, by study group.

    Parameters
    ----------
    view : str, default ``DEFAULT_VIEW``
        Which comparison (a key of ``widgets.model.prevalence.VIEWS``).

    Returns
    -------
    plotly.graph_objects.Figure
        A bar from the lowest to the highest reported % for each row, with a
        diamond where there is one best estimate.
    """
    rows = prevalence_rows(view)
    figure = go.Figure(layout=course_layout(_TITLES[view]))
    for group in ("Runners", "Everyone"):
        group_rows = [r for r in rows if r.group == group]
        if not group_rows:
            continue
        figure.add_trace(_range_bars(group, group_rows))
        points = _best_estimates(group, group_rows)
        if points is not None:
            figure.add_trace(points)
    figure.update_layout(
        **_axes(rows),
        showlegend=False,
        barmode="overlay",
        margin={"l": 10, "r": 10, "t": 60, "b": 20},
        height=460,
    )
    return figure


def prevalence_figure_with_buttons() -> go.Figure:
    """Every view in one figure; plotly buttons switch between them (for the book).

    Returns
    -------
    plotly.graph_objects.Figure
        The default view, with a button per view.
    """
    return figure_per_view(VIEWS, DEFAULT_VIEW, prevalence_figure)
