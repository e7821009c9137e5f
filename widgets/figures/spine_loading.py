"""Figures: what running does to the spine (ground force per step, shrinking, disc height).

The force view shows the push of the ground on the foot, not the load on the spine.
"""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.data import sources_sentence
from widgets.figures.controls import figure_per_view
from widgets.figures.style import OKABE_ITO, course_layout, grid_axis, interval_error_bars
from widgets.figures.text_layout import wrap
from widgets.model.spine_loading import DEFAULT_VIEW, VIEWS, loading_bars

TITLES = {
    "force": "At a fast pace, the ground pushes back on the foot with about 3 times body weight",
    "shrinkage": "The faster the run, the more the spine shrinks",
    "time": "The spine shrinks most in the first 15 minutes of a run",
    "disc": "Discs lose about 6 % of their height in a 30-minute run",
}
AXIS_TITLES = {
    "force": "Peak ground force (body weights)",
    "shrinkage": "Height lost after 30 minutes (mm)",
    "time": "Height lost in each 15 minutes (mm)",
    "disc": "Change after 30 minutes of running (%)",
}
# Room to the right of the longest error bar for its value label.
X_MAX = {"force": 4.5, "shrinkage": 15, "time": 5, "disc": 10}
LABEL_WRAP_CHARS = 14
BAR_COLOUR = OKABE_ITO["blue"]
REFERENCE_COLOUR = "#9a9a9a"
TEXT_ERROR = "#444444"
HEIGHT_PX = 480
# Axis titles sit under a plot narrowed by the bar labels: short lines fit a phone.
AXIS_WRAP_CHARS = 22


def _hover(bar) -> str:
    spread = "" if bar.low == bar.high else f" (spread reported: {bar.low:.2f}–{bar.high:.2f})"
    source = sources_sentence([bar.source]) if bar.source else "Reference: by definition"
    return f"{bar.label}<br>{bar.value:g} {bar.unit}{spread}<br>{source}"


def _bars(view: str, bars, labels: list[str]) -> go.Bar:
    """The measured values as horizontal bars, the reported spread as error bars."""
    values = [bar.value for bar in bars]
    return go.Bar(
        x=values,
        y=labels,
        orientation="h",
        name=VIEWS[view],
        marker={"color": [BAR_COLOUR if bar.highlight else REFERENCE_COLOUR for bar in bars]},
        error_x=interval_error_bars(
            values,
            [bar.low for bar in bars],
            [bar.high for bar in bars],
            TEXT_ERROR,
            visible=any(bar.low != bar.high for bar in bars),
            width=6,
        ),
        hovertext=[_hover(bar) for bar in bars],
        hoverinfo="text",
        showlegend=False,
    )


def _value_labels(bars, labels: list[str]) -> go.Scatter:
    """Each value written just past the end of its bar or error bar, so no line runs through it."""
    return go.Scatter(
        x=[max(bar.value, bar.high) for bar in bars],
        y=labels,
        mode="text",
        text=[f"  {bar.value:g} {bar.unit}" for bar in bars],
        textposition="middle right",
        cliponaxis=False,
        hoverinfo="skip",
        showlegend=False,
        name="values",
    )


def spine_loading_figure(view: str = DEFAULT_VIEW) -> go.Figure:
    """Horizontal bars for one measurement, with the reported spread as error bars.

    Parameters
    ----------
    view : str, default ``DEFAULT_VIEW``
        Which measurement (a key of ``widgets.model.spine_loading.VIEWS``):
        ground force in body weights, or spine or disc shrinkage in mm or %.

    Returns
    -------
    plotly.graph_objects.Figure
        One bar per condition, its value written beside it.
    """
    bars = loading_bars(view)
    labels = [wrap(bar.label, LABEL_WRAP_CHARS) for bar in bars]
    figure = go.Figure(layout=course_layout(TITLES[view]))
    figure.add_traces([_bars(view, bars, labels), _value_labels(bars, labels)])
    figure.update_layout(
        xaxis=grid_axis(wrap(AXIS_TITLES[view], AXIS_WRAP_CHARS), range=[0, X_MAX[view]]),
        yaxis={
            "categoryorder": "array",
            "categoryarray": labels[::-1],
            "automargin": True,
            "fixedrange": True,
            "title": {"text": ""},
        },
        bargap=0.35,
        height=HEIGHT_PX,
        margin={"l": 10, "r": 45, "t": 60, "b": 80},
    )
    return figure


def spine_loading_figure_with_buttons() -> go.Figure:
    """Every measurement in one figure; plotly buttons switch between them (for the book).

    Returns
    -------
    plotly.graph_objects.Figure
        The default measurement, with a button per measurement.
    """
    return figure_per_view(VIEWS, DEFAULT_VIEW, spine_loading_figure)
