"""Figures: walk-run plans week by week, with each week's pain-monitor check.

A plan steps up only after a green week, holds after an amber week and steps
back after a red one (``widgets.model.walk_run_plan``). The checks use the
pain monitor's colours and marker shapes (``widgets.figures.pain_monitor``).
The book shows three example plans behind buttons.
"""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.figures.controls import figure_per_view
from widgets.figures.pain_monitor import LEVEL_COLOURS, LEVEL_SYMBOLS
from widgets.figures.style import (
    GRID_COLOUR,
    OKABE_ITO,
    course_layout,
    legend_at_foot,
    outlined_marker,
)
from widgets.figures.text_layout import wrap_hover
from widgets.model.pain_monitor import LEVEL_NAMES, LEVELS
from widgets.model.walk_run_plan import STAGES, Plan, return_to_running_plan

PLAN_HEIGHT_PX = 600
EXAMPLE_PLANS = {
    "Every week green": ["green"] * 8,
    "An amber week": ["green", "green", "amber", "green", "green", "green", "green", "green"],
    "A red week": ["green", "green", "green", "red", "green", "green", "green", "green"],
}
DEFAULT_EXAMPLE = "Every week green"
PLAN_COLOURS = {"run": OKABE_ITO["blue"], "walk": OKABE_ITO["sky_blue"]}


def example_plan(name: str) -> Plan:
    """The walk-run plan that follows one example's run of weekly checks.

    Parameters
    ----------
    name : str
        The example (a key of ``EXAMPLE_PLANS``).

    Returns
    -------
    Plan
        Eight weeks of the return-to-running plan.
    """
    if name not in EXAMPLE_PLANS:
        raise ValueError(f"unknown example plan {name!r}: choose one of {list(EXAMPLE_PLANS)}")
    return return_to_running_plan(EXAMPLE_PLANS[name])


def _week_hover(week) -> str:
    return wrap_hover(
        f"Week {week.week}, step {week.stage} of {len(STAGES)}<br>"
        f"Each session: {week.step.describe()}<br>"
        f"{week.step.total_minutes:g} minutes, about {week.session_km:.1f} km "
        f"({week.session_miles:.1f} miles)<br>"
        f"Check at the end of the week: {LEVEL_NAMES[week.check]} "
        f"({week.next_step})"
    )


def _minutes_bars(weeks: list) -> list[go.Bar]:
    """Running and walking minutes of each week's sessions, to be stacked."""
    x = [w.week for w in weeks]
    hover = [_week_hover(w) for w in weeks]
    parts = (
        ("Running (minutes)", [w.step.running_minutes for w in weeks], PLAN_COLOURS["run"]),
        ("Walking (minutes)", [w.step.walking_minutes for w in weeks], PLAN_COLOURS["walk"]),
    )
    return [
        go.Bar(x=x, y=y, name=name, marker={"color": colour}, hovertext=hover, hoverinfo="text")
        for name, y, colour in parts
    ]


def _week_checks(weeks: list) -> list[go.Scatter]:
    """Each week's check above its bar; one trace per level, so the legend names each shape."""
    traces = []
    for level in LEVELS:
        chosen = [w for w in weeks if w.check == level]
        traces.append(
            go.Scatter(
                x=[w.week for w in chosen],
                y=[w.step.total_minutes + 3 for w in chosen],
                mode="markers",
                name=f"{LEVEL_NAMES[level]} week",
                marker=outlined_marker(LEVEL_COLOURS[level], LEVEL_SYMBOLS[level], 14),
                hovertext=[_week_hover(w) for w in chosen],
                hoverinfo="text",
            )
        )
    return traces


def plan_figure(plan: Plan, title: str = "") -> go.Figure:
    """Minutes of running and walking in each session, week by week, with each week's check.

    Parameters
    ----------
    plan : Plan
        A walk-run plan from ``return_to_running_plan``.
    title : str, optional
        The figure's title; a general one if empty.

    Returns
    -------
    plotly.graph_objects.Figure
        Stacked bars of minutes per session, and a marker for each week's
        green, amber or red check.
    """
    weeks = list(plan.weeks)
    figure = go.Figure(layout=course_layout(title or "Each step up waits for a green week"))
    figure.add_traces(_minutes_bars(weeks) + _week_checks(weeks))
    # Room for every level's marker and both bars, whichever a view shows.
    legend, bottom = legend_at_foot(len(LEVELS) + 2)
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
        legend=legend,
        margin={"l": 10, "r": 10, "t": 80, "b": bottom},
        height=PLAN_HEIGHT_PX,
    )
    return figure


PLAN_TITLES = {
    "Every week green": "With every week green,<br>the plan reaches 30 minutes of running",
    "An amber week": "An amber week repeats its step,<br>so the plan ends one step lower",
    "A red week": "A red week steps back,<br>so the plan ends two steps lower",
}


def example_plan_figure(name: str = DEFAULT_EXAMPLE) -> go.Figure:
    """One example plan's figure, with a title that states what its checks did.

    Parameters
    ----------
    name : str, default ``DEFAULT_EXAMPLE``
        The example (a key of ``EXAMPLE_PLANS``).

    Returns
    -------
    plotly.graph_objects.Figure
        The plan's figure (see ``plan_figure``).
    """
    return plan_figure(example_plan(name), PLAN_TITLES[name])


def example_plans_with_buttons() -> go.Figure:
    """The three example plans in one figure, with a button for each (for the book).

    Returns
    -------
    plotly.graph_objects.Figure
        The default example, with a button per example.
    """
    names = {name: name for name in EXAMPLE_PLANS}
    return figure_per_view(names, DEFAULT_EXAMPLE, example_plan_figure, label="Example plan")
