"""Figures: a strength plan week by week, and three preset plans behind buttons.

The top panel shows the strength work of each week (repetitions, with holds
counted as one repetition per 3 seconds), coloured by the version most
exercises use that week; lighter weeks are marked. The bottom panel shows the
walking minutes per day for a plan that includes walking.
"""

from __future__ import annotations

import html

import plotly.graph_objects as go

from widgets.figures.controls import figure_per_view
from widgets.figures.style import OKABE_ITO, course_layout, legend_at_foot
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
HEIGHT_PX = 640
WALK_DOMAIN = (0.0, 0.26)  # the walking panel's share of the plot's height, from the bottom
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
    """The plan figure's title: what the plan asks of this runner.

    Parameters
    ----------
    plan : StrengthPlan
        The plan drawn.

    Returns
    -------
    str
        A gentler title for a runner recovering from back pain.
    """
    if plan.back_pain == "recovering":
        return "Start gently: low-load exercises first, and walking that builds up each week"
    return "Build up week by week, with a lighter week to catch up"


def _work_bars(plan: StrengthPlan) -> list[go.Bar]:
    """Repetitions a week, one trace per version (easier, standard, harder); lighter weeks striped."""
    weeks = [w.number for w in plan.weeks]
    return [
        go.Bar(
            x=weeks,
            y=[round(w.work_units) if w.main_level == level else None for w in plan.weeks],
            name=LEVEL_NAMES[level],
            marker_color=LEVEL_COLOURS[level],
            marker_line={"color": "#222222", "width": 1},
            marker_pattern_shape=["/" if w.deload else "" for w in plan.weeks],
            hovertemplate="Week %{x}: %{y} repetitions<extra>" + LEVEL_NAMES[level] + "</extra>",
        )
        for level in LEVELS
    ]


def _walk_bars(plan: StrengthPlan) -> go.Bar:
    """Walking minutes a day, week by week, in the bottom panel."""
    return go.Bar(
        x=[w.number for w in plan.weeks],
        y=[w.walk_minutes for w in plan.weeks],
        name="Walking (minutes a day)",
        marker_color=WALK_COLOUR,
        xaxis="x2",
        yaxis="y2",
        hovertemplate="Week %{x}: walk %{y} minutes a day<extra></extra>",
    )


def _lighter_week_key(plan: StrengthPlan) -> go.Bar:
    """A legend entry with no bars: what a striped bar means."""
    return go.Bar(
        x=[w.number for w in plan.weeks],
        y=[None for _ in plan.weeks],
        name="Lighter week (striped)",
        marker_color=LEVEL_COLOURS["standard"],
        marker_line={"color": "#222222", "width": 1},
        marker_pattern_shape="/",
        hoverinfo="skip",
    )


def _notes(plan: StrengthPlan) -> list[dict]:
    """The walking panel's name, in the gap above it, and a word there when it is empty."""
    notes = [
        {
            "text": "Walking, minutes a day",
            "x": 0,
            "xref": "paper",
            "xanchor": "left",
            "y": WALK_DOMAIN[1],
            "yref": "paper",
            "yanchor": "bottom",
            "showarrow": False,
            "font": {"size": 13},
        }
    ]
    if plan.back_pain != "recovering":
        notes.append(
            {
                "text": "No walking programme in this plan",
                "x": 0.5,
                "xref": "paper",
                "y": WALK_DOMAIN[1] / 2,
                "yref": "paper",
                "showarrow": False,
                "font": {"size": 12},
            }
        )
    return notes


def _panel_axes() -> dict:
    """Strength work in the top panel, walking in the bottom one, sharing the weeks.

    The walking panel is too short for an upright title; its name is a note
    above it (``_notes``), so the two titles never run into each other.
    """
    weeks = {"tickmode": "linear", "dtick": 1}
    return {
        "xaxis": {"title": {"text": ""}, **weeks, "anchor": "y", "showticklabels": False},
        "yaxis": {
            "title": {"text": "Repetitions a week"},
            "domain": [0.4, 1.0],
            "rangemode": "tozero",
        },
        "xaxis2": {"title": {"text": "Week"}, **weeks, "anchor": "y2", "matches": "x"},
        "yaxis2": {
            "title": {"text": ""},
            "domain": list(WALK_DOMAIN),
            "range": [0, WALK_GOAL_MINUTES + 5],
        },
    }


def plan_figure(plan: StrengthPlan) -> go.Figure:
    """The plan's weekly strength work (top) and daily walking (bottom).

    Parameters
    ----------
    plan : StrengthPlan
        The plan drawn, from ``build_plan``.

    Returns
    -------
    plotly.graph_objects.Figure
        Two panels sharing the weeks: repetitions a week (holds counted as one
        repetition per 3 seconds) and walking minutes a day.
    """
    figure = go.Figure()
    figure.add_traces([*_work_bars(plan), _lighter_week_key(plan), _walk_bars(plan)])
    legend, bottom = legend_at_foot(len(LEVELS) + 2)
    figure.update_layout(
        course_layout(
            plan_title(plan),
            height=HEIGHT_PX,
            barmode="overlay",
            bargap=0.25,
            margin={"l": 60, "r": 10, "t": 90, "b": bottom},
            legend=legend,
            **_panel_axes(),
            annotations=_notes(plan),
        )
    )
    return figure


def preset_plans() -> dict[str, StrengthPlan]:
    """The plans of the three runners the book shows.

    Returns
    -------
    dict of str to StrengthPlan
        Each preset runner's name and plan (see ``PRESETS``).
    """
    return {name: build_plan(**inputs) for name, inputs in PRESETS.items()}


def preset_plans_figure() -> go.Figure:
    """The three preset plans, switched with plotly buttons (no kernel needed).

    Returns
    -------
    plotly.graph_objects.Figure
        The default runner's plan, with a button per runner.
    """
    plans = preset_plans()
    names = {name: name for name in plans}
    return figure_per_view(names, DEFAULT_PRESET, lambda name: plan_figure(plans[name]), "Runner")


def plan_table_html(plan: StrengthPlan, caption: str = "") -> str:
    """A printable week-by-week table of the plan.

    Parameters
    ----------
    plan : StrengthPlan
        The plan tabulated.
    caption : str, optional
        The table's caption; the plan's summary if empty.

    Returns
    -------
    str
        An HTML table: week, sessions, each exercise's version and dose, walking.
    """
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
    """One plan note as HTML, optionally linked to the book's warning signs.

    Parameters
    ----------
    note : str
        The note, as plain text.
    link : bool, default False
        Whether "Get help now" links to the warning signs in the book (a
        chapter page's relative link).

    Returns
    -------
    str
        The escaped note.
    """
    text = html.escape(note)
    if link:
        text = text.replace("Get help now", f'<a href="{RED_FLAGS_HREF}">Get help now</a>')
    return text


def plan_text_html(plan: StrengthPlan, link: bool = False) -> str:
    """The plan's summary, notes and table, as HTML.

    Parameters
    ----------
    plan : StrengthPlan
        The plan described.
    link : bool, default False
        Whether "Get help now" in the notes links to the book's warning signs.

    Returns
    -------
    str
        A paragraph, a list of notes and the week-by-week table.
    """
    notes = "".join(f"<li>{note_html(note, link)}</li>" for note in plan.notes)
    return f"<p>{html.escape(plan.summary)}</p><ul>{notes}</ul>" + plan_table_html(
        plan, caption="Week by week"
    )
