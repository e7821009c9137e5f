"""The pieces of the relative-injury-rate figure: curve, point, axes and layout.

The figure shows, for each spike group of Frandsen 2025 (how much longer the
longest run is than the longest of the 30 days before), the injury rate
relative to the reference plan, as a step line with its 95 % interval, and
the reader's plan as a point. ``widgets.figures.risk_layout`` says where
each block goes, and ``widgets.figures.risk`` puts the pieces together for
the live view and for the book.
"""

from __future__ import annotations

import math

import plotly.graph_objects as go

from widgets.figures.style import (
    OKABE_ITO,
    grid_axis,
    interval_error_bars,
    outlined_marker,
)
from widgets.figures.text_layout import wrap_hover
from widgets.model.risk import RiskResult
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.units import format_distance

LINE_COLOUR = OKABE_ITO["blue"]
BAND_COLOUR = "rgba(86, 180, 233, 0.35)"  # Okabe-Ito sky blue, see-through
POINT_COLOUR = OKABE_ITO["vermillion"]
REFERENCE_COLOUR = "#767676"  # mid grey: visible on light and dark pages
X_MIN = -15.0
X_MAX = 215.0
X_TICKS = [10, 30, 100, 200]
X_TITLE = "Longest run: % longer than your longest<br>run of the last 30 days"
Y_TITLE = "Injury rate vs reference plan (×)"


def _step_xy(values: list[float], x_max: float) -> tuple[list[float], list[float]]:
    """Corners of the step curve: one level per spike group (drawn with shape "hv")."""
    xs = [X_MIN] + [band.up_to_percent for band in SPIKE_BANDS[:-1]] + [x_max]
    ys = list(values) + [values[-1]]
    return xs, ys


def _band_outline(xs: list[float], lows: list[float], highs: list[float]):
    """The interval band as one closed outline: along the upper steps, back along the lower."""
    band_x, band_y = [], []
    for i in range(len(xs) - 1):
        band_x += [xs[i], xs[i + 1]]
        band_y += [highs[i], highs[i]]
    for i in reversed(range(len(xs) - 1)):
        band_x += [xs[i + 1], xs[i]]
        band_y += [lows[i], lows[i]]
    return band_x, band_y


def curve_traces(result: RiskResult, x_max: float, visible: bool = True) -> list[go.Scatter]:
    """Uncertainty band and step line for a plan across the spike groups.

    Parameters
    ----------
    result : RiskResult
        The model's result for the plan (its profile sets every group's rate).
    x_max : float
        Right end of the x axis, in % longer.
    visible : bool, default True
        Whether the traces are shown at first.

    Returns
    -------
    list of plotly.graph_objects.Scatter
        The 95 % interval band, then the estimate's step line.
    """
    levels = [numbers for _, numbers in result.by_spike_band()]
    xs, lows = _step_xy([low for _, low, _ in levels], x_max)
    _, highs = _step_xy([high for _, _, high in levels], x_max)
    _, estimates = _step_xy([estimate for estimate, _, _ in levels], x_max)
    hover = [
        f"{band.label.capitalize()}<br>{estimate:.2f} times (95 % interval {low:.2f}–{high:.2f})"
        for band, (estimate, low, high) in result.by_spike_band()
    ]
    hover.append(hover[-1])
    band_x, band_y = _band_outline(xs, lows, highs)
    return [
        go.Scatter(
            x=band_x,
            y=band_y,
            mode="lines",
            line={"width": 0},
            fill="toself",
            fillcolor=BAND_COLOUR,
            hoverinfo="skip",
            name="95 % interval",
            visible=visible,
            showlegend=True,
            legendgroup="band",
        ),
        go.Scatter(
            x=xs,
            y=estimates,
            mode="lines",
            line={"shape": "hv", "width": 3, "color": LINE_COLOUR},
            name="Estimate",
            hovertext=hover,
            hoverinfo="text",
            visible=visible,
            showlegend=True,
            legendgroup="line",
        ),
    ]


def _point_x(result: RiskResult) -> float:
    """Where the plan's point sits across: its increase in %, 0 after 30 days with no running."""
    return 0.0 if result.starting_from_zero else result.longest_run_increase_percent


def _point_hover(result: RiskResult, unit: str) -> str:
    run = format_distance(result.planned_longest_km, unit)
    if result.starting_from_zero:
        where = f"Longest run {run}, after no running in the last 30 days"
    else:
        where = f"Longest run {run}: {result.longest_run_increase_percent:+.0f} %"
    return wrap_hover(
        f"Your plan<br>{where}<br>{result.estimate:.2f} times the reference rate"
        f"<br>95 % interval {result.low:.2f}–{result.high:.2f}"
    )


def point_patch(results: list[RiskResult], unit: str) -> dict:
    """What moves the points of several plans at once (a plotly ``restyle``).

    Parameters
    ----------
    results : list of RiskResult
        One result per point trace, in the order of the traces restyled.
    unit : {"km", "mi"}
        Unit of the distance in the hover text.

    Returns
    -------
    dict
        Each point's position, interval arms and hover text, one list per trace.
    """
    return {
        "x": [[_point_x(r)] for r in results],
        "y": [[r.estimate] for r in results],
        "error_y.array": [[r.high - r.estimate] for r in results],
        "error_y.arrayminus": [[r.estimate - r.low] for r in results],
        "hovertext": [[_point_hover(r, unit)] for r in results],
    }


def point_trace(result: RiskResult, unit: str, visible: bool = True) -> go.Scatter:
    """The plan's point with its 95 % interval.

    Parameters
    ----------
    result : RiskResult
        The model's result for the plan.
    unit : {"km", "mi"}
        Unit of the distance in the hover text.
    visible : bool, default True
        Whether the point is shown at first.

    Returns
    -------
    plotly.graph_objects.Scatter
        A diamond with error bars.
    """
    return go.Scatter(
        x=[_point_x(result)],
        y=[result.estimate],
        error_y=interval_error_bars(
            [result.estimate], [result.low], [result.high], POINT_COLOUR, width=6
        ),
        mode="markers",
        name="Your plan",
        marker=outlined_marker(POINT_COLOUR, "diamond", 15, outline_px=1.5),
        hovertext=[_point_hover(result, unit)],
        hoverinfo="text",
        visible=visible,
    )


def reference_line(x_max: float) -> go.Scatter:
    """A dashed line at 1: the reference plan's rate.

    Parameters
    ----------
    x_max : float
        Right end of the x axis, in % longer.

    Returns
    -------
    plotly.graph_objects.Scatter
        The line, across the whole x axis.
    """
    return go.Scatter(
        x=[X_MIN, x_max],
        y=[1, 1],
        mode="lines",
        name="Reference = 1",
        line={"color": REFERENCE_COLOUR, "width": 1.5, "dash": "dash"},
        hoverinfo="skip",
    )


def axes(y_max: float, x_max: float, domain: tuple[float, float] = (0.0, 1.0)) -> dict:
    """Both axes: % longer across, the relative rate up.

    Parameters
    ----------
    y_max : float
        Top of the y axis, in times the reference rate.
    x_max : float
        Right end of the x axis, in % longer.
    domain : tuple of float, default (0, 1)
        Bottom and top of the plot, in paper units.

    Returns
    -------
    dict
        ``xaxis`` and ``yaxis``, for ``update_layout``.
    """
    return {
        "xaxis": grid_axis(
            {"text": X_TITLE, "font": {"size": 13}},
            range=[X_MIN, x_max],
            tickvals=X_TICKS,
            tickangle=0,
            anchor="y",
        ),
        "yaxis": grid_axis(
            {"text": Y_TITLE, "font": {"size": 13}},
            range=[0, y_max],
            domain=list(domain),
            automargin=True,
        ),
    }


def y_axis_top(highs) -> float:
    """Top of the y axis: room above the highest interval end, and never below 1.

    Parameters
    ----------
    highs : iterable of float
        Upper ends of the intervals drawn, in times the reference rate.

    Returns
    -------
    float
        A whole number, in times the reference rate.
    """
    top = max([1.0, *highs])
    return math.ceil(top * 1.1 + 0.25)


def x_axis_end(result: RiskResult) -> float:
    """Right end of the x axis: ``X_MAX``, or further when the plan's point is beyond it.

    Parameters
    ----------
    result : RiskResult
        The model's result for the plan.

    Returns
    -------
    float
        The end, in % longer.
    """
    return max(X_MAX, math.ceil((_point_x(result) + 20.0) / 10.0) * 10.0)
