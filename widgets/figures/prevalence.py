"""Figures: how common low back pain is in runners and in everyone."""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.data import source_label
from widgets.figures.controls import figure_with_view_buttons
from widgets.figures.style import GRID_COLOUR, GROUP_COLOURS, course_layout, wrap_label
from widgets.model.prevalence import DEFAULT_VIEW, VIEWS, prevalence_rows

_TITLES = {
    "compare": "Runners do not seem to have more low back pain than people in general",
    "runners": "Studies of runners disagree widely on how common back pain is",
}
_PERCENT_MAX = 25


def _hover(row) -> str:
    e = row.estimate
    middle = "" if e.value is None else f"{e.value:g} %, "
    spread = {"range": "range across studies", "single study": "one study"}.get(
        e.kind, "95 % interval"
    )
    return (
        f"{row.label}<br>{middle}{e.low:g}–{e.high:g} % ({spread})"
        f"<br>Source: {source_label(e.source)}"
    )


def prevalence_figure(view: str = DEFAULT_VIEW) -> go.Figure:
    """Vertical ranges (with a diamond where there is one best estimate) for ``view``."""
    rows = prevalence_rows(view)
    figure = go.Figure(layout=course_layout(_TITLES[view]))
    for group in ("Runners", "Everyone"):
        group_rows = [r for r in rows if r.group == group]
        if not group_rows:
            continue
        colour = GROUP_COLOURS[group]
        names = [wrap_label(r.label, 10) for r in group_rows]
        figure.add_trace(
            go.Bar(
                x=names,
                base=[r.estimate.low for r in group_rows],
                y=[max(r.estimate.high - r.estimate.low, 0.25) for r in group_rows],
                width=0.35,
                name=f"{group}: reported range",
                marker={"color": colour},
                hovertext=[_hover(r) for r in group_rows],
                hoverinfo="text",
            )
        )
        points = [
            r
            for r in group_rows
            if r.estimate.value is not None and r.estimate.kind != "single study"
        ]
        if points:
            figure.add_trace(
                go.Scatter(
                    x=[wrap_label(r.label, 10) for r in points],
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
            )
    figure.update_layout(
        yaxis={
            "title": {"text": "People with low back pain (%)", "standoff": 8},
            "automargin": True,
            "range": [0, _PERCENT_MAX],
            "ticksuffix": " %",
            "gridcolor": GRID_COLOUR,
            "zeroline": False,
            "fixedrange": True,
        },
        xaxis={
            "categoryorder": "array",
            "categoryarray": [wrap_label(r.label, 10) for r in rows],
            "fixedrange": True,
            "title": {"text": ""},
            "automargin": True,
            "tickangle": 0,
        },
        showlegend=False,
        barmode="overlay",
        margin={"l": 10, "r": 10, "t": 60, "b": 20},
        height=460,
    )
    return figure


def prevalence_figure_with_buttons() -> go.Figure:
    """Every view in one figure; plotly buttons switch between them (for the book)."""
    return figure_with_view_buttons(
        {VIEWS[key]: (lambda key=key: prevalence_figure(key)) for key in VIEWS},
        default=VIEWS[DEFAULT_VIEW],
    )
