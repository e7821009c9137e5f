"""Figures: a strength plan week by week, and three preset plans behind buttons.

The top panel shows the strength work of each week (repetitions, with holds
counted as one repetition per 3 seconds), coloured by the version most
exercises use that week; lighter weeks are marked. The bottom panel shows the
walking minutes per day for a plan that includes walking.
"""

from __future__ import annotations

import html

import plotly.graph_objects as go

from widgets.figures.controls import figure_with_view_buttons
from widgets.figures.style import OKABE_ITO, course_layout
from widgets.model.strength_plan import LEVELS, WALK_GOAL_MINUTES, StrengthPlan, build_plan
from widgets.text_alternative import html_table

LEVEL_COLOURS = {
    "easier": OKABE_ITO["sky_blue"],
    "standard": OKABE_ITO["blue"],
    "harder": OKABE_ITO["vermillion"],
}
LEVEL_NAMES = {
    "easier": "Easier versions",
    "standard": "Standard versions",
    "harder": "Harder versions",
}
WALK_COLOUR = OKABE_ITO["bluish_green"]
HEIGHT_PX = 560
# Three runners whose plans the book shows (the notebook builds any plan live).
PRESETS = {
    "New runner": dict(
        runs_per_week=3, minutes_per_session=30, sessions_per_week=2, back_pain="none", equipment=()
    ),
    "Marathon, mild pain": dict(
        runs_per_week=5,
        minutes_per_session=40,
        sessions_per_week=2,
        back_pain="mild",
        equipment=("step", "dumbbells"),
    ),
    "Recovering": dict(
        runs_per_week=2,
        minutes_per_session=20,
        sessions_per_week=3,
        back_pain="recovering",
        equipment=(),
    ),
}
DEFAULT_PRESET = "New runner"


def plan_title(plan: StrengthPlan) -> str:
    if plan.back_pain == "recovering":
        return "Start gently: low-load exercises first, and walking that builds up each week"
    return "Build up week by week, with a lighter week to catch up"


def plan_figure(plan: StrengthPlan) -> go.Figure:
    """The plan's weekly strength work (top) and daily walking (bottom)."""
    weeks = [w.number for w in plan.weeks]
    figure = go.Figure()
    for level in LEVELS:
        values = [round(w.work_units) if w.main_level == level else None for w in plan.weeks]
        figure.add_trace(
            go.Bar(
                x=weeks,
                y=values,
                name=LEVEL_NAMES[level],
                marker_color=LEVEL_COLOURS[level],
                marker_line={"color": "#222222", "width": 1},
                marker_pattern_shape=["/" if w.deload else "" for w in plan.weeks],
                hovertemplate="Week %{x}: %{y} repetitions<extra>"
                + LEVEL_NAMES[level]
                + "</extra>",
            )
        )
    figure.add_trace(
        go.Bar(
            x=weeks,
            y=[w.walk_minutes for w in plan.weeks],
            name="Walking (minutes a day)",
            marker_color=WALK_COLOUR,
            xaxis="x2",
            yaxis="y2",
            hovertemplate="Week %{x}: walk %{y} minutes a day<extra></extra>",
        )
    )
    notes = [
        {
            "text": "Striped bar: lighter week",
            "x": 1,
            "xref": "paper",
            "xanchor": "right",
            "y": 1.0,
            "yref": "paper",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 12},
        }
    ]
    if plan.back_pain != "recovering":
        notes.append(
            {
                "text": "No walking programme in this plan",
                "x": 0.5,
                "xref": "paper",
                "y": 0.13,
                "yref": "paper",
                "showarrow": False,
                "font": {"size": 12},
            }
        )
    figure.update_layout(
        course_layout(
            plan_title(plan),
            height=HEIGHT_PX,
            barmode="overlay",
            bargap=0.25,
            margin={"l": 60, "r": 10, "t": 90, "b": 80},
            legend={"orientation": "h", "x": 0, "y": -0.17, "yanchor": "top"},
            xaxis={
                "title": {"text": ""},
                "tickmode": "linear",
                "dtick": 1,
                "anchor": "y",
                "showticklabels": False,
            },
            yaxis={
                "title": {"text": "Repetitions a week"},
                "domain": [0.36, 1.0],
                "rangemode": "tozero",
            },
            xaxis2={
                "title": {"text": "Week"},
                "tickmode": "linear",
                "dtick": 1,
                "anchor": "y2",
                "matches": "x",
            },
            yaxis2={
                "title": {"text": "Walk (min/day)"},
                "domain": [0.0, 0.24],
                "range": [0, WALK_GOAL_MINUTES + 5],
            },
            annotations=notes,
        )
    )
    return figure


def preset_plans() -> dict[str, StrengthPlan]:
    return {name: build_plan(**inputs) for name, inputs in PRESETS.items()}


def preset_plans_figure() -> go.Figure:
    """The three preset plans, switched with plotly buttons (no kernel needed)."""
    plans = preset_plans()
    views = {name: (lambda plan=plan: plan_figure(plan)) for name, plan in plans.items()}
    return figure_with_view_buttons(views, DEFAULT_PRESET, label="Runner")


def plan_table_html(plan: StrengthPlan, caption: str = "") -> str:
    """A printable week-by-week table of the plan."""
    rows = []
    for week in plan.weeks:
        items = "; ".join(f"{item.name} ({item.level}): {item.dose_text()}" for item in week.items)
        walk = f"{week.walk_minutes:g} min, {week.walk_days} days" if week.walk_days else "—"
        rows.append(
            [f"{week.number}{' (lighter)' if week.deload else ''}", f"{week.sessions}", items, walk]
        )
    return html_table(
        ["Week", "Sessions", "Exercises (version): dose", "Walking"],
        rows,
        caption=caption or plan.summary,
    )


# Where the book keeps the warning signs, from a chapter page (notebooks/...).
RED_FLAGS_HREF = "../book/start-here.html#course-red-flags"


def note_html(note: str, link: bool = False) -> str:
    """One plan note; with ``link``, "Get help now" links to the warning signs in the book."""
    text = html.escape(note)
    if link:
        text = text.replace("Get help now", f'<a href="{RED_FLAGS_HREF}">Get help now</a>')
    return text


def plan_text_html(plan: StrengthPlan, link: bool = False) -> str:
    """The plan's summary, notes and table, as HTML."""
    notes = "".join(f"<li>{note_html(note, link)}</li>" for note in plan.notes)
    return f"<p>{html.escape(plan.summary)}</p><ul>{notes}</ul>" + plan_table_html(
        plan, caption="Week by week"
    )
