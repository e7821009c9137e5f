"""Figures: relative injury rate against the increase in longest run.

The model (``widgets.model.risk``) computes every number; these builders only
draw them. ``risk_figure`` draws one plan (the live view redraws it on every
change). ``risk_figure_for_book`` draws every slider position and runner
profile in advance, with plotly's own dropdown and slider, for the book.
"""

from __future__ import annotations

import math

import plotly.graph_objects as go

from widgets.figures.style import GRID_COLOUR, OKABE_ITO, course_layout
from widgets.figures.text_layout import wrap
from widgets.model.risk import RiskResult
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.model.risk_scenarios import (
    BOOK_DEFAULT_INCREASE,
    BOOK_DEFAULT_PROFILE,
    BOOK_INCREASES,
    BOOK_PROFILES,
    book_reading,
    book_result,
)
from widgets.model.risk_wording import format_times
from widgets.units import format_distance

LINE_COLOUR = OKABE_ITO["blue"]
BAND_COLOUR = "rgba(86, 180, 233, 0.35)"  # Okabe-Ito sky blue, see-through
POINT_COLOUR = OKABE_ITO["vermillion"]
REFERENCE_COLOUR = "#767676"  # mid grey: visible on light and dark pages
X_MIN = -15.0
X_MAX = 215.0
X_TICKS = [10, 30, 100, 200]
CAVEAT = (
    "Relative rate of running-related injury<br>(mostly lower limb). Not back pain."
    "<br>Not your personal chance."
)
X_TITLE = "Longest run: % longer than your longest<br>run of the last 30 days"
Y_TITLE = "Injury rate vs reference plan (×)"
READING_WRAP = 40

BOOK_HEIGHT_PX = 820
BOOK_HEADLINE = "A much longer run than usual went with more injuries"
LIVE_HEIGHT_PX = 540
# Vertical layout, in pixels below the top of the plotting area. The book's
# script may add lines to the title (and so to the top margin); the slack
# between the blocks absorbs that.
TOP_MARGIN_PX = 56
BOTTOM_MARGIN_PX = 10
CAVEAT_TOP_PX = 40
LEGEND_TOP_PX = 96
PLOT_TOP_PX = 146
PLOT_BOTTOM_PX = 446
SLIDER_TOP_PX = 520


def _title(headline: str) -> dict:
    return {"text": headline, "x": 0, "xanchor": "left", "font": {"size": 17}}


class _Grid:
    """Turns pixels below the top of the plotting area into plotly's paper units."""

    def __init__(self, height_px: int, top_margin_px: int, shift_px: int = 0):
        self.height_px = height_px
        self.top_margin_px = top_margin_px
        self.shift_px = shift_px  # negative: move every block up (no dropdown)

    def y(self, px_from_top: float) -> float:
        paper_px = self.height_px - self.top_margin_px - BOTTOM_MARGIN_PX
        return 1.0 - (px_from_top + self.shift_px) / paper_px

    def caveat(self) -> dict:
        """What the numbers are not, on the figure itself."""
        return {
            "text": CAVEAT,
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "y": self.y(CAVEAT_TOP_PX),
            "xanchor": "left",
            "yanchor": "top",
            "align": "left",
            "showarrow": False,
            "font": {"size": 12},
            "name": "caveat",
        }

    def frame(self) -> dict:
        """Height, margins and legend."""
        return {
            "height": self.height_px,
            "margin": {"l": 10, "r": 10, "t": self.top_margin_px, "b": BOTTOM_MARGIN_PX},
            "legend": {
                "orientation": "h",
                "x": 0,
                "y": self.y(LEGEND_TOP_PX),
                "yanchor": "top",
                "font": {"size": 12},
            },
        }

    def plot_domain(self) -> tuple[float, float]:
        return (self.y(PLOT_BOTTOM_PX), self.y(PLOT_TOP_PX))


BOOK_GRID = _Grid(BOOK_HEIGHT_PX, TOP_MARGIN_PX)
# Live: no book script to wrap the title, so room for two lines; no dropdown.
LIVE_GRID = _Grid(LIVE_HEIGHT_PX, TOP_MARGIN_PX + 22, shift_px=-CAVEAT_TOP_PX)


def _step_xy(values: list[float], x_max: float) -> tuple[list[float], list[float]]:
    """Corners of the step curve: one level per spike group (drawn with shape "hv")."""
    xs = [X_MIN] + [band.up_to_percent for band in SPIKE_BANDS[:-1]] + [x_max]
    ys = list(values) + [values[-1]]
    return xs, ys


def _curve_traces(result: RiskResult, x_max: float, visible: bool = True) -> list[go.Scatter]:
    """Uncertainty band and step line for ``result``'s plan across the spike groups."""
    levels = [numbers for _, numbers in result.by_spike_band()]
    xs, lows = _step_xy([low for _, low, _ in levels], x_max)
    _, highs = _step_xy([high for _, _, high in levels], x_max)
    _, estimates = _step_xy([estimate for estimate, _, _ in levels], x_max)
    hover = [
        f"{band.label.capitalize()}<br>{estimate:.2f} times (95 % interval {low:.2f}–{high:.2f})"
        for band, (estimate, low, high) in result.by_spike_band()
    ]
    hover.append(hover[-1])
    # The band is one closed outline: along the upper steps, back along the lower ones.
    band_x, band_y = [], []
    for i in range(len(xs) - 1):
        band_x += [xs[i], xs[i + 1]]
        band_y += [highs[i], highs[i]]
    for i in reversed(range(len(xs) - 1)):
        band_x += [xs[i + 1], xs[i]]
        band_y += [lows[i], lows[i]]
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
    return 0.0 if result.starting_from_zero else result.longest_run_increase_percent


def _point_hover(result: RiskResult, unit: str) -> str:
    run = format_distance(result.planned_longest_km, unit)
    if result.starting_from_zero:
        where = f"Longest run {run}, after no running in the last 30 days"
    else:
        where = f"Longest run {run}: {result.longest_run_increase_percent:+.0f} %"
    return (
        f"Your plan<br>{where}<br>{result.estimate:.2f} times the reference rate"
        f"<br>95 % interval {result.low:.2f}–{result.high:.2f}"
    )


def _point_trace(result: RiskResult, unit: str, visible: bool = True) -> go.Scatter:
    return go.Scatter(
        x=[_point_x(result)],
        y=[result.estimate],
        error_y={
            "type": "data",
            "symmetric": False,
            "array": [result.high - result.estimate],
            "arrayminus": [result.estimate - result.low],
            "color": POINT_COLOUR,
            "thickness": 2,
            "width": 6,
        },
        mode="markers",
        name="Your plan",
        marker={
            "symbol": "diamond",
            "size": 15,
            "color": POINT_COLOUR,
            "line": {"color": "white", "width": 1.5},
        },
        hovertext=[_point_hover(result, unit)],
        hoverinfo="text",
        visible=visible,
    )


def _reference_line(x_max: float) -> go.Scatter:
    return go.Scatter(
        x=[X_MIN, x_max],
        y=[1, 1],
        mode="lines",
        name="Reference = 1",
        line={"color": REFERENCE_COLOUR, "width": 1.5, "dash": "dash"},
        hoverinfo="skip",
    )


def _axes(y_max: float, x_max: float, domain: tuple[float, float] = (0.0, 1.0)) -> dict:
    return {
        "xaxis": {
            "title": {"text": X_TITLE, "font": {"size": 13}},
            "range": [X_MIN, x_max],
            "tickvals": X_TICKS,
            "tickangle": 0,
            "gridcolor": GRID_COLOUR,
            "zeroline": False,
            "fixedrange": True,
            "anchor": "y",
        },
        "yaxis": {
            "title": {"text": Y_TITLE, "font": {"size": 13}},
            "range": [0, y_max],
            "gridcolor": GRID_COLOUR,
            "zeroline": False,
            "fixedrange": True,
            "domain": list(domain),
            "automargin": True,
        },
    }


def _y_max(highs) -> float:
    top = max([1.0, *highs])
    return math.ceil(top * 1.1 + 0.25)


def _x_max(result: RiskResult) -> float:
    return max(X_MAX, math.ceil((_point_x(result) + 20.0) / 10.0) * 10.0)


def _headline(result: RiskResult) -> str:
    if result.planned_weekly_km == 0:
        return "No running planned:<br>nothing to compare"
    if 0.995 <= result.estimate <= 1.005:
        return "Your plan: about the same injury<br>rate as the reference plan"
    return f"Your plan: about {format_times(result.estimate)} times<br>the reference injury rate"


def risk_figure_from_result(result: RiskResult, unit: str = "km") -> go.Figure:
    """The step curve for ``result``'s plan, its uncertainty band and the reader's point."""
    x_max = _x_max(result)
    curve = _curve_traces(result, x_max)
    highs = [numbers[2] for _, numbers in result.by_spike_band()] + [result.high]
    figure = go.Figure(layout=course_layout(""))
    figure.add_traces([_reference_line(x_max), *curve, _point_trace(result, unit)])
    figure.update_layout(
        title=_title(_headline(result)),
        annotations=[LIVE_GRID.caveat()],
        **LIVE_GRID.frame(),
        **_axes(_y_max(highs), x_max, LIVE_GRID.plot_domain()),
    )
    # plotly cuts off a multi-line title anchored at its top: centre its first line.
    figure.update_layout(
        title_y=1 - 20 / LIVE_HEIGHT_PX,
        title_yref="container",
        title_yanchor="middle",
        title_pad_t=0,
    )
    return figure


# The book figure -------------------------------------------------------------


def risk_figure_for_book() -> go.Figure:
    """Every profile and slider position, precomputed; plotly switches between them.

    The dropdown chooses the runner (visibility of each profile's traces and its
    reading). The slider moves every profile's point and rewrites every
    profile's reading at once, so the two controls never disagree.
    """
    profiles = list(BOOK_PROFILES)
    default_step = BOOK_INCREASES.index(BOOK_DEFAULT_INCREASE)
    x_max = X_MAX
    figure = go.Figure(layout=course_layout(""))
    figure.add_trace(_reference_line(x_max))
    point_indices: list[int] = []
    owner: list[str | None] = [None]
    y_max: dict[str, float] = {}
    for profile in profiles:
        shown = profile == BOOK_DEFAULT_PROFILE
        results = [book_result(profile, inc) for inc in BOOK_INCREASES]
        y_max[profile] = _y_max([r.high for r in results])
        for trace in _curve_traces(results[default_step], x_max, shown):
            figure.add_trace(trace)
            owner.append(profile)
        figure.add_trace(_point_trace(results[default_step], "km", shown))
        point_indices.append(len(figure.data) - 1)
        owner.append(profile)
    readings = {
        p: [wrap(book_reading(p, inc), READING_WRAP) for inc in BOOK_INCREASES] for p in profiles
    }
    annotations = [
        {
            "text": readings[p][default_step],
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "y": 0,
            "xanchor": "left",
            "yanchor": "bottom",
            "align": "left",
            "showarrow": False,
            "font": {"size": 13},
            "visible": p == BOOK_DEFAULT_PROFILE,
            "name": f"reading: {p}",
        }
        for p in profiles
    ]
    buttons = []
    for profile in profiles:
        layout_patch = {"yaxis.range": [0, y_max[profile]]}
        for i, other in enumerate(profiles):
            layout_patch[f"annotations[{i}].visible"] = other == profile
        visible = [who is None or who == profile for who in owner]
        buttons.append(
            {"label": profile, "method": "update", "args": [{"visible": visible}, layout_patch]}
        )
    steps = []
    for k, increase in enumerate(BOOK_INCREASES):
        results = [book_result(p, increase) for p in profiles]
        trace_patch = {
            "x": [[_point_x(r)] for r in results],
            "y": [[r.estimate] for r in results],
            "error_y.array": [[r.high - r.estimate] for r in results],
            "error_y.arrayminus": [[r.estimate - r.low] for r in results],
            "hovertext": [[_point_hover(r, "km")] for r in results],
        }
        layout_patch = {f"annotations[{i}].text": readings[p][k] for i, p in enumerate(profiles)}
        steps.append(
            {
                "label": f"{increase:+d}",
                "method": "update",
                "args": [trace_patch, layout_patch, point_indices],
            }
        )
    figure.update_layout(
        title=_title(BOOK_HEADLINE),
        annotations=annotations + [BOOK_GRID.caveat()],
        updatemenus=[
            {
                "type": "dropdown",
                "buttons": buttons,
                "active": profiles.index(BOOK_DEFAULT_PROFILE),
                "x": 0,
                "xanchor": "left",
                "y": 1.0,
                "yanchor": "top",
                "showactive": True,
                "name": "Runner",
                "font": {"size": 13},
                "pad": {"t": 0, "b": 0, "l": 0, "r": 0},
            }
        ],
        sliders=[
            {
                "active": default_step,
                "steps": steps,
                "name": "Longest run",
                "currentvalue": {
                    "prefix": "Longest run: ",
                    "suffix": " % longer than recently",
                    "font": {"size": 13},
                },
                "x": 0,
                "len": 1.0,
                "y": BOOK_GRID.y(SLIDER_TOP_PX),
                "yanchor": "top",
                "pad": {"t": 0, "b": 0, "l": 18, "r": 18},
                "font": {"size": 11},
            }
        ],
        **BOOK_GRID.frame(),
        **_axes(y_max[BOOK_DEFAULT_PROFILE], x_max, BOOK_GRID.plot_domain()),
    )
    return figure
