"""Figures: how common low back pain is in runners and in everyone."""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.figures.controls import figure_with_view_buttons
from widgets.figures.style import GROUP_COLOURS, course_layout
from widgets.model.prevalence import DEFAULT_VIEW, VIEWS, prevalence_rows

_TITLES = {
    "compare": "Runners do not report more low back pain than people in general",
    "runners": "Studies of runners disagree widely on how common back pain is",
}
_X_MAX = 25


def _hover(row) -> str:
    e = row.estimate
    middle = "" if e.value is None else f"{e.value:g} %, "
    spread = "range across studies" if e.kind == "range" else (
        "one study" if e.kind == "single study" else "95 % interval")
    return f"{row.label}<br>{middle}{e.low:g}–{e.high:g} % ({spread})<br>Source: {e.source}"


def prevalence_figure(view: str = DEFAULT_VIEW) -> go.Figure:
    """Horizontal ranges (and points where there is one best estimate) for ``view``."""
    rows = prevalence_rows(view)
    labels = [row.label for row in rows]
    figure = go.Figure(layout=course_layout(_TITLES[view]))
    for group in ("Runners", "Everyone"):
        group_rows = [r for r in rows if r.group == group]
        if not group_rows:
            continue
        colour = GROUP_COLOURS[group]
        range_x, range_y = [], []
        for row in group_rows:
            range_x += [row.estimate.low, row.estimate.high, None]
            range_y += [row.label, row.label, None]
        figure.add_trace(go.Scatter(
            x=range_x, y=range_y, mode="lines+markers", name=f"{group}: range",
            line={"color": colour, "width": 8}, marker={"symbol": "line-ns", "size": 16,
                                                         "line": {"width": 2, "color": colour}},
            hoverinfo="skip", legendgroup=group, showlegend=False,
        ))
        points = [r for r in group_rows if r.estimate.value is not None]
        figure.add_trace(go.Scatter(
            x=[r.estimate.value for r in points] or [None],
            y=[r.label for r in points] or [None],
            mode="markers", name=group,
            marker={"color": "white", "size": 13, "symbol": "diamond",
                    "line": {"color": colour, "width": 3}},
            hovertext=[_hover(r) for r in points], hoverinfo="text", legendgroup=group,
        ))
        # Invisible points along each range carry the hover text for range-only rows.
        figure.add_trace(go.Scatter(
            x=[(r.estimate.low + r.estimate.high) / 2 for r in group_rows],
            y=[r.label for r in group_rows], mode="markers", marker={"opacity": 0, "size": 20},
            hovertext=[_hover(r) for r in group_rows], hoverinfo="text", showlegend=False,
        ))
    figure.update_layout(
        xaxis={"title": {"text": "People with low back pain (%)"}, "range": [0, _X_MAX],
               "ticksuffix": " %", "gridcolor": "#d9d9d9", "zeroline": False, "fixedrange": True},
        yaxis={"categoryorder": "array", "categoryarray": labels[::-1], "automargin": True,
               "fixedrange": True, "title": {"text": ""}},
        legend={"orientation": "h", "x": 0, "y": -0.25},
        height=420,
    )
    return figure


def prevalence_figure_with_buttons() -> go.Figure:
    """Every view in one figure; plotly buttons switch between them (for the book)."""
    return figure_with_view_buttons(
        {VIEWS[key]: (lambda key=key: prevalence_figure(key)) for key in VIEWS},
        default=VIEWS[DEFAULT_VIEW],
    )
