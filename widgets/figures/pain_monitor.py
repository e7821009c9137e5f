"""Figures: the pain monitor's traffic-light map, and example walk-run plans.

The map puts pain during the run across and pain the next morning up, and
colours every pair of whole scores by the monitor's advice. In the book a
slider sets your usual morning pain (last week's), which moves the "settled by
the next morning" limit. Colours follow Okabe-Ito and each level has its own
marker shape, so the map reads without colour too.
"""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.figures.controls import figure_with_slider, figure_with_view_buttons
from widgets.figures.style import GRID_COLOUR, OKABE_ITO, TEXT_COLOUR, course_layout
from widgets.model.pain_monitor import DURING_LIMIT, LEVEL_NAMES, LEVELS, advice
from widgets.model.walk_run_plan import STAGES, Plan, return_to_running_plan

LEVEL_COLOURS = {
    "green": OKABE_ITO["bluish_green"],
    "amber": OKABE_ITO["orange"],
    "red": OKABE_ITO["vermillion"],
}
LEVEL_SYMBOLS = {"green": "circle", "amber": "diamond", "red": "square"}
LEVEL_LEGEND = {"green": "Green: carry on", "amber": "Amber: hold", "red": "Red: reduce or stop"}
SHORT_ACTIONS = {
    "green": "carry on; you may progress",
    "amber": "hold; do not progress",
    "red": "reduce or stop; get advice if it does not settle",
}
BOOK_PAIN_AFTER = 3
BOOK_USUAL_PAINS = [0, 1, 2, 3, 4, 5]
MAP_HEIGHT_PX = 700
MAP_TITLE = (
    "Pain-monitoring model (from Achilles tendon research):<br>"
    "up to 5/10 during a run, settled by the next morning"
)
PLAN_HEIGHT_PX = 520
SCORES = range(11)


def _cell_hover(during: int, morning: int, after: float, usual: float) -> str:
    result = advice(during, after, morning, usual)
    return (
        f"Pain during the run: {during}/10<br>Next morning: {morning}/10 "
        f"(usual {usual:g}/10)<br>After the run: {after:g}/10<br>"
        f"<b>{LEVEL_NAMES[result.level]}</b>: {SHORT_ACTIONS[result.level]}"
    )


def pain_map_figure(
    usual_pain: float = 0,
    pain_after: float = BOOK_PAIN_AFTER,
    marked: tuple[float, float] | None = None,
) -> go.Figure:
    """Advice for every whole score of pain during (x) and next morning (y).

    ``usual_pain`` and ``pain_after`` are fixed for the map. ``marked`` adds
    the reader's own (pain during, next-morning pain) as a ringed point.
    """
    cells = {level: ([], [], []) for level in LEVELS}
    for during in SCORES:
        for morning in SCORES:
            level = advice(during, pain_after, morning, usual_pain).level
            xs, ys, hover = cells[level]
            xs.append(during)
            ys.append(morning)
            hover.append(_cell_hover(during, morning, pain_after, usual_pain))
    figure = go.Figure(layout=course_layout(MAP_TITLE))
    for level in LEVELS:
        xs, ys, hover = cells[level]
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="markers",
                name=LEVEL_LEGEND[level],
                marker={
                    "color": LEVEL_COLOURS[level],
                    "symbol": LEVEL_SYMBOLS[level],
                    "size": 17,
                    "line": {"color": "white", "width": 1},
                },
                hovertext=hover,
                hoverinfo="text",
            )
        )
    # The two limits as lines: pain during 5/10, and your usual morning pain.
    figure.add_trace(
        go.Scatter(
            x=[DURING_LIMIT + 0.5] * 2,
            y=[-0.5, 10.5],
            mode="lines",
            hoverinfo="skip",
            line={"color": TEXT_COLOUR, "width": 2, "dash": "dash"},
            name="Limit: during 5/10",
        )
    )
    figure.add_trace(
        go.Scatter(
            x=[-0.5, 10.5],
            y=[usual_pain + 0.5] * 2,
            mode="lines",
            hoverinfo="skip",
            line={"color": TEXT_COLOUR, "width": 2, "dash": "dot"},
            name="Limit: usual morning pain",
        )
    )
    if marked is not None:
        during, morning = marked
        result = advice(during, pain_after, morning, usual_pain)
        figure.add_trace(
            go.Scatter(
                x=[during],
                y=[morning],
                mode="markers",
                name="Your scores",
                marker={
                    "color": "rgba(0,0,0,0)",
                    "size": 30,
                    "symbol": "circle",
                    "line": {"color": OKABE_ITO["blue"], "width": 4},
                },
                hovertext=[
                    _cell_hover(during, morning, pain_after, usual_pain)
                    + f"<br>{result.explanation}"
                ],
                hoverinfo="text",
            )
        )
    axis = {
        "range": [-0.6, 10.6],
        "dtick": 1,
        "gridcolor": GRID_COLOUR,
        "zeroline": False,
        "fixedrange": True,
        "automargin": True,
    }
    figure.update_layout(
        xaxis=dict(axis, title={"text": "Worst pain during the run (0 to 10)"}),
        yaxis=dict(axis, title={"text": "Pain the next morning (0 to 10)"}),
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.02,
            "yanchor": "bottom",
            "font": {"size": 13},
        },
        margin={"l": 10, "r": 10, "t": 150, "b": 150},
        height=MAP_HEIGHT_PX,
    )
    return figure


def pain_map_with_slider() -> go.Figure:
    """The map for the book: a slider sets last week's usual morning pain."""
    figure = figure_with_slider(
        lambda usual: pain_map_figure(usual_pain=usual),
        values=BOOK_USUAL_PAINS,
        default=0,
        label="Usual morning pain",
    )
    figure.layout.sliders[0].currentvalue.suffix = " out of 10"
    figure.layout.sliders[0].pad.t = 80
    return figure


# Example plans -----------------------------------------------------------------

EXAMPLE_PLANS = {
    "Every week green": ["green"] * 8,
    "An amber week": ["green", "green", "amber", "green", "green", "green", "green", "green"],
    "A red week": ["green", "green", "green", "red", "green", "green", "green", "green"],
}
DEFAULT_EXAMPLE = "Every week green"
PLAN_COLOURS = {"run": OKABE_ITO["blue"], "walk": OKABE_ITO["sky_blue"]}


def example_plan(name: str) -> Plan:
    if name not in EXAMPLE_PLANS:
        raise ValueError(f"unknown example plan {name!r}: choose one of {list(EXAMPLE_PLANS)}")
    return return_to_running_plan(EXAMPLE_PLANS[name])


def _week_hover(week) -> str:
    return (
        f"Week {week.week}, step {week.stage} of {len(STAGES)}<br>"
        f"Each session: {week.step.describe()}<br>"
        f"{week.step.total_minutes:g} minutes, about {week.session_km:.1f} km "
        f"({week.session_miles:.1f} miles)<br>"
        f"Check at the end of the week: {LEVEL_NAMES[week.check]} "
        f"({week.next_step})"
    )


def plan_figure(plan: Plan, title: str = "") -> go.Figure:
    """Minutes of running and walking in each session, week by week, with each week's check."""
    weeks = list(plan.weeks)
    x = [w.week for w in weeks]
    hover = [_week_hover(w) for w in weeks]
    figure = go.Figure(layout=course_layout(title or "Each step up waits for a green week"))
    figure.add_trace(
        go.Bar(
            x=x,
            y=[w.step.running_minutes for w in weeks],
            name="Running (minutes)",
            marker={"color": PLAN_COLOURS["run"]},
            hovertext=hover,
            hoverinfo="text",
        )
    )
    figure.add_trace(
        go.Bar(
            x=x,
            y=[w.step.walking_minutes for w in weeks],
            name="Walking (minutes)",
            marker={"color": PLAN_COLOURS["walk"]},
            hovertext=hover,
            hoverinfo="text",
        )
    )
    # One marker trace per level, so the legend names each shape and colour.
    for level in LEVELS:
        chosen = [w for w in weeks if w.check == level]
        figure.add_trace(
            go.Scatter(
                x=[w.week for w in chosen],
                y=[w.step.total_minutes + 3 for w in chosen],
                mode="markers",
                name=f"{LEVEL_NAMES[level]} week",
                marker={
                    "color": LEVEL_COLOURS[level],
                    "symbol": LEVEL_SYMBOLS[level],
                    "size": 14,
                    "line": {"color": "white", "width": 1},
                },
                hovertext=[_week_hover(w) for w in chosen],
                hoverinfo="text",
            )
        )
    figure.update_layout(
        barmode="stack",
        yaxis={
            "title": {"text": "Minutes per session"},
            "range": [0, 40],
            "fixedrange": True,
            "gridcolor": GRID_COLOUR,
            "automargin": True,
        },
        xaxis={"fixedrange": True, "dtick": 1, "automargin": True, "title": {"text": "Week"}},
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": -0.2,
            "yanchor": "top",
            "font": {"size": 13},
        },
        margin={"l": 10, "r": 10, "t": 80, "b": 110},
        height=PLAN_HEIGHT_PX,
    )
    return figure


PLAN_TITLES = {
    "Every week green": "With every week green,<br>the plan reaches 30 minutes of running",
    "An amber week": "An amber week repeats its step,<br>so the plan ends one step lower",
    "A red week": "A red week steps back,<br>so the plan ends two steps lower",
}


def example_plan_figure(name: str = DEFAULT_EXAMPLE) -> go.Figure:
    return plan_figure(example_plan(name), PLAN_TITLES[name])


def example_plans_with_buttons() -> go.Figure:
    """The three example plans in one figure, with a button for each (for the book)."""
    return figure_with_view_buttons(
        {name: (lambda name=name: example_plan_figure(name)) for name in EXAMPLE_PLANS},
        default=DEFAULT_EXAMPLE,
        label="Example plan",
    )
