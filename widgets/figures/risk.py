"""Figures: relative injury rate against the increase in longest run.

The model (``widgets.model.risk``) computes every number; these builders only
draw them, from the pieces in ``widgets.figures.risk_drawing`` placed as
``widgets.figures.risk_layout`` says. ``risk_figure_from_result`` draws one
plan (the live view redraws it on every change). ``risk_figure_for_book`` draws every slider position and runner
profile in advance, with plotly's own dropdown and slider, for the book.
"""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.figures.controls import menu, update_button
from widgets.figures.risk_drawing import (
    X_MAX,
    axes,
    curve_traces,
    point_patch,
    point_trace,
    reference_line,
    x_axis_end,
    y_axis_top,
)
from widgets.figures.risk_layout import CAVEAT_TOP_PX, SLIDER_TOP_PX, TOP_MARGIN_PX, PixelGrid
from widgets.figures.style import course_layout, paper_note
from widgets.figures.text_layout import wrap
from widgets.model.risk import RiskResult
from widgets.model.risk_scenarios import (
    BOOK_DEFAULT_INCREASE,
    BOOK_DEFAULT_PROFILE,
    BOOK_INCREASES,
    BOOK_PROFILES,
    book_reading,
    book_result,
)
from widgets.model.risk_wording import format_times

READING_WRAP = 40

BOOK_HEIGHT_PX = 820
BOOK_HEADLINE = "A much longer run than usual went with more injuries"
LIVE_HEIGHT_PX = 540

BOOK_GRID = PixelGrid(BOOK_HEIGHT_PX, TOP_MARGIN_PX)
# Live: no book script to wrap the title, so room for two lines; no dropdown.
LIVE_GRID = PixelGrid(LIVE_HEIGHT_PX, TOP_MARGIN_PX + 22, shift_px=-CAVEAT_TOP_PX)


def _headline(result: RiskResult) -> str:
    if result.planned_weekly_km == 0:
        return "No running planned:<br>nothing to compare"
    if 0.995 <= result.estimate <= 1.005:
        return "Your plan: about the same injury<br>rate as the reference plan"
    return f"Your plan: about {format_times(result.estimate)} times<br>the reference injury rate"


def risk_figure_from_result(result: RiskResult, unit: str = "km") -> go.Figure:
    """The step curve for a plan, its uncertainty band and the reader's point.

    Parameters
    ----------
    result : RiskResult
        The model's result for the reader's plan.
    unit : {"km", "mi"}, default "km"
        Unit of the distance in the point's hover text.

    Returns
    -------
    plotly.graph_objects.Figure
        The live view's figure, its title stating the plan's relative rate.
    """
    x_max = x_axis_end(result)
    highs = [numbers[2] for _, numbers in result.by_spike_band()] + [result.high]
    figure = go.Figure(layout=course_layout(_headline(result)))
    figure.add_traces(
        [reference_line(x_max), *curve_traces(result, x_max), point_trace(result, unit)]
    )
    figure.update_layout(
        annotations=[LIVE_GRID.caveat()],
        **LIVE_GRID.frame(),
        **axes(y_axis_top(highs), x_max, LIVE_GRID.plot_domain()),
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


def _add_runner_traces(figure: go.Figure, step: int) -> tuple[list[str | None], list[int]]:
    """Each runner's curve and point at slider position ``step``; the default runner's shown.

    Returns the runner owning each trace (None: shared by all) and the indices
    of the points, which the slider moves.
    """
    owner: list[str | None] = [None] * len(figure.data)
    points: list[int] = []
    for profile in BOOK_PROFILES:
        shown = profile == BOOK_DEFAULT_PROFILE
        result = book_result(profile, BOOK_INCREASES[step])
        traces = [*curve_traces(result, X_MAX, shown), point_trace(result, "km", shown)]
        figure.add_traces(traces)
        owner += [profile] * len(traces)
        points.append(len(figure.data) - 1)
    return owner, points


def _y_top(profile: str) -> float:
    """Top of the y axis for a runner: room for the highest interval at any slider position."""
    return y_axis_top([book_result(profile, increase).high for increase in BOOK_INCREASES])


def _readings() -> dict[str, list[str]]:
    """Each runner's reading of the figure at each slider position, wrapped for a phone."""
    return {
        p: [wrap(book_reading(p, increase), READING_WRAP) for increase in BOOK_INCREASES]
        for p in BOOK_PROFILES
    }


def _reading_notes(readings: dict[str, list[str]], step: int) -> list[dict]:
    """Annotations 0..N-1: each runner's reading under the figure; the default runner's shown.

    Named ``result: …``: the book reads the shown one aloud when it changes.
    """
    return [
        paper_note(
            readings[p][step],
            0,
            {"size": 13},
            yanchor="bottom",
            visible=p == BOOK_DEFAULT_PROFILE,
            name=f"result: {p}",
        )
        for p in BOOK_PROFILES
    ]


def _runner_dropdown(owner: list[str | None]) -> dict:
    """Chooses the runner: shows that runner's traces and reading, and fits the y axis."""
    profiles = list(BOOK_PROFILES)
    buttons = []
    for profile in profiles:
        layout_patch = {"yaxis.range": [0, _y_top(profile)]}
        for i, other in enumerate(profiles):
            layout_patch[f"annotations[{i}].visible"] = other == profile
        visible = [who is None or who == profile for who in owner]
        buttons.append(update_button(profile, {"visible": visible}, layout_patch))
    return menu(
        "dropdown",
        buttons,
        "Runner",
        y=1.0,
        yanchor="top",
        active=profiles.index(BOOK_DEFAULT_PROFILE),
        font={"size": 13},
        pad={"t": 0, "b": 0, "l": 0, "r": 0},
    )


def _increase_slider(readings: dict[str, list[str]], points: list[int], step: int) -> dict:
    """Moves every runner's point and rewrites every reading, so the two controls agree."""
    steps = []
    for k, increase in enumerate(BOOK_INCREASES):
        results = [book_result(p, increase) for p in BOOK_PROFILES]
        trace_patch = point_patch(results, "km")
        layout_patch = {
            f"annotations[{i}].text": readings[p][k] for i, p in enumerate(BOOK_PROFILES)
        }
        steps.append(update_button(f"{increase:+d}", trace_patch, layout_patch, points))
    return {
        "active": step,
        "steps": steps,
        "name": "Longest run",
        # The value says what it means, on screen and to a screen reader (keyboard.js).
        "currentvalue": {
            "prefix": "",
            "suffix": " % longer than your recent longest run",
            # Centred over the rail: "+150 % longer…" then fits a 390 px phone.
            "xanchor": "center",
            "font": {"size": 13},
        },
        "x": 0,
        "len": 1.0,
        "y": BOOK_GRID.y(SLIDER_TOP_PX),
        "yanchor": "top",
        "pad": {"t": 0, "b": 0, "l": 18, "r": 18},
        "font": {"size": 11},
    }


def risk_figure_for_book() -> go.Figure:
    """Every runner profile and slider position, precomputed; plotly switches between them.

    The dropdown chooses the runner (visibility of each profile's traces and
    its reading). The slider moves every profile's point and rewrites every
    profile's reading at once, so the two controls never disagree.

    Returns
    -------
    plotly.graph_objects.Figure
        The default runner at the default increase, with the dropdown, the
        slider, the readings and the caveat.
    """
    step = BOOK_INCREASES.index(BOOK_DEFAULT_INCREASE)
    figure = go.Figure(layout=course_layout(BOOK_HEADLINE))
    figure.add_trace(reference_line(X_MAX))
    owner, points = _add_runner_traces(figure, step)
    readings = _readings()
    figure.update_layout(
        annotations=_reading_notes(readings, step) + [BOOK_GRID.caveat()],
        updatemenus=[_runner_dropdown(owner)],
        sliders=[_increase_slider(readings, points, step)],
        **BOOK_GRID.frame(),
        **axes(_y_top(BOOK_DEFAULT_PROFILE), X_MAX, BOOK_GRID.plot_domain()),
    )
    return figure
