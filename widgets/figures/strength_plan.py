"""Figures: a strength plan week by week, and three preset plans behind buttons.

The top panel shows the sets of each week, stacked by the version the
exercises use (easier, standard, harder), so a reader sees versions change a
few exercises at a time and the lighter week's fewer sets. The bottom panel
shows the walking minutes per day for a plan that includes walking. A note
gives how long each session takes, counted from the demos' tempo.
"""

from __future__ import annotations

import html
import math

import plotly.graph_objects as go

from widgets.figures.controls import figure_per_view
from widgets.figures.style import OKABE_ITO, course_layout
from widgets.model.exercises import LEVELS
from widgets.model.strength_plan import (
    HOLDING_LABEL,
    VERSIONS_TAIL,
    WALK_GOAL_MINUTES,
    StrengthPlan,
    build_plan,
)
from widgets.model.strength_plan_items import PROGRESS
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
HEIGHT_PX = 600
# A one-side exercise's sets count per side, as the plan's text says them.
SETS_TITLE = "Sets a week<br>(per side)"
# A plan that lasts only until a check has no weeks: its bar counts one session.
SESSION_SETS_TITLE = "Sets a session<br>(per side)"
# The title starts below plotly's toolbar, which appears at the top right.
TITLE_TOP_PX = 36
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
        A gentler title for a runner recovering from back pain or with leg symptoms.
    """
    if plan.back_pain == "leg_symptoms":
        return "Stop running and get checked; while you wait, the same short, easy session"
    if plan.back_pain == "recovering":
        return "Start gently: low-load exercises, and more walking each week"
    return "Build up by version, weight or hold, with a lighter week"


def holding(plan: StrengthPlan) -> bool:
    """Whether the plan is one block until a check (leg symptoms), not a schedule of weeks.

    Parameters
    ----------
    plan : StrengthPlan
        The plan drawn.

    Returns
    -------
    bool
        True for the leg-symptom plan.
    """
    return plan.back_pain == "leg_symptoms"


def _when(plan: StrengthPlan) -> str:
    """How a bar's hover names its time: the week, or the one block until the check."""
    return "Until you are checked" if holding(plan) else "Week %{x}"


def _sets(week, level: str, per_session: bool) -> int | None:
    sets = week.sets_by_level[level] // (week.sessions if per_session else 1)
    return sets or None


def _sets_bars(plan: StrengthPlan) -> list[dict]:
    """Sets a week (a session, until a check), stacked by version; lighter weeks striped."""
    weeks = [w.number for w in plan.weeks]
    per_session = holding(plan)
    unit = " sets a session (per side)" if per_session else " sets (per side)"
    return [
        {
            "type": "bar",
            "x": weeks,
            "y": [_sets(w, level, per_session) for w in plan.weeks],
            "name": LEVEL_NAMES[level],
            "marker": {
                "color": LEVEL_COLOURS[level],
                "line": {"color": "#222222", "width": 1},
                "pattern": {"shape": ["/" if w.deload else "" for w in plan.weeks]},
            },
            "hovertemplate": _when(plan)
            + ": %{y}"
            + unit
            + "<extra>"
            + LEVEL_NAMES[level]
            + "</extra>",
        }
        for level in LEVELS
    ]


def _walk_bars(plan: StrengthPlan) -> dict:
    """Walking minutes a day, week by week, in the bottom panel."""
    return {
        "type": "bar",
        "x": [w.number for w in plan.weeks],
        "y": [w.walk_minutes for w in plan.weeks],
        "name": "Walking",
        "marker": {"color": WALK_COLOUR},
        "xaxis": "x2",
        "yaxis": "y2",
        "hovertemplate": _when(plan) + ": walk %{y} minutes a day<extra></extra>",
    }


def session_note(plan: StrengthPlan) -> str:
    """How long each session takes, as the figure says it.

    Parameters
    ----------
    plan : StrengthPlan
        The plan drawn.

    Returns
    -------
    str
        For example "Each session: up to 28 of your 30 minutes".
    """
    return (
        f"Each session: up to {math.ceil(plan.longest_session_minutes)} of your "
        f"{plan.minutes_per_session:g} minutes"
    )


def _notes(plan: StrengthPlan) -> list[dict]:
    """The session time, and a word in the walking panel when it is empty."""
    note = {"xref": "paper", "yref": "paper", "showarrow": False, "font": {"size": 12}}
    notes = [
        {
            **note,
            "text": session_note(plan),
            # Ends at the plot's right edge: on a phone the two-line axis title
            # on the left leaves no room for it to start at the left.
            "x": 1,
            "xanchor": "right",
            "y": 1.0,
            "yanchor": "bottom",
            "yshift": -4,  # clear of the chooser above it, even when it wraps on a phone
        },
    ]
    if plan.back_pain not in ("recovering", "leg_symptoms"):
        notes.append({**note, "text": "No walking programme in this plan", "x": 0.5, "y": 0.13})
    return notes


def _lighter_week_key() -> dict:
    """A legend entry, with no bars of its own, saying that striped bars are lighter weeks."""
    return {
        "type": "bar",
        "x": [None],
        "y": [None],
        "name": "Lighter week",
        "marker": {
            "color": "#ffffff",
            "line": {"color": "#222222", "width": 1},
            "pattern": {"shape": "/", "fgcolor": "#222222"},
        },
        "hoverinfo": "skip",
    }


def _panel_axes(plan: StrengthPlan) -> dict:
    """Strength work in the top panel, walking in the bottom one, sharing the weeks.

    The leg-symptom plan is one block until the check: its one bar is labelled
    so, with no week numbers that would read as a schedule.
    """
    weeks = {"tickmode": "linear", "dtick": 1}
    title = "Week"
    if holding(plan):
        weeks = {
            "tickmode": "array",
            "tickvals": [1],
            "ticktext": [HOLDING_LABEL],
            "range": [-0.5, 2.5],  # one bar, not one as wide as the plot
        }
        title = ""
    return {
        "xaxis": {"title": {"text": ""}, **weeks, "anchor": "y", "showticklabels": False},
        "yaxis": {
            "title": {"text": SESSION_SETS_TITLE if holding(plan) else SETS_TITLE},
            "automargin": True,
            "domain": [0.36, 1.0],
            "rangemode": "tozero",
        },
        # Room between the week numbers and their title, even in a phone's small type.
        "xaxis2": {
            "title": {"text": title, "standoff": 14},
            **weeks,
            "anchor": "y2",
            "matches": "x",
            "automargin": True,
        },
        "yaxis2": {
            "title": {"text": "Walk (min/day)"},
            "domain": [0.0, 0.24],
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
        Two panels sharing the weeks: sets a week by version, and walking
        minutes a day.
    """
    layout = course_layout(plan_title(plan)).to_plotly_json()
    layout["title"]["pad"] = {"t": TITLE_TOP_PX}
    layout.update(
        height=HEIGHT_PX,
        barmode="stack",
        bargap=0.25,
        margin={"l": 60, "r": 10, "t": 90, "b": 150},
        # Under the weeks, at the bottom of the figure: room for five rows on a phone.
        legend={
            "orientation": "h",
            "x": 0,
            "y": 0,
            "yref": "container",
            "yanchor": "bottom",
            "traceorder": "normal",
        },
        annotations=_notes(plan),
        **_panel_axes(plan),
    )
    # Built from plain dicts the course wrote: plotly need not check each property.
    data = [*_sets_bars(plan), _walk_bars(plan), _lighter_week_key()]
    return go.Figure({"data": data, "layout": layout}, _validate=False)


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


LEVEL_WORDS = {"easier": "Easier", "standard": "Standard", "harder": "Harder"}
# A new version is the earliest week for it: the reader moves up only when ready.
NEW_IF_READY = ", new if ready"
WALK_EFFORT = "a pace where you can still talk"


def _cell(item) -> str:
    """One exercise in one week: its version, whether it is new, and its dose."""
    version = item.name if item.exercise_id != item.family else LEVEL_WORDS[item.level]
    new = NEW_IF_READY if item.progress == PROGRESS["version"] else ""
    more = {PROGRESS["hold"]: " (5 s longer)", PROGRESS["load"]: " (add weight when easy)"}
    return f"{version}{new}: {item.dose_text()}{more.get(item.progress, '')}"


def _effort_cell(plan: StrengthPlan, index: int) -> str:
    """One exercise's effort target, and the week it changes (after the learning weeks)."""
    changes: list[tuple[int, str]] = []
    for week in plan.weeks:
        effort = week.items[index].effort
        if not changes or changes[-1][1] != effort:
            changes.append((week.number, effort))
    if len(changes) == 1:
        return changes[0][1]
    parts = []
    for (start, effort), following in zip(changes, [*changes[1:], None]):
        if start == 1 and following:
            weeks = "Week 1" if following[0] == 2 else f"Weeks 1–{following[0] - 1}"
        else:
            weeks = f"from week {start}"
        parts.append(f"{weeks}: {effort}")
    return "; ".join(parts)


def plan_table_html(plan: StrengthPlan, caption: str = "") -> str:
    """A printable week-by-week table of the plan.

    One column per exercise (and walking), one row per week: each cell gives
    the version, whether it is new that week, and the dose. The first row
    gives each exercise's effort target.

    Parameters
    ----------
    plan : StrengthPlan
        The plan tabulated.
    caption : str, optional
        The table's caption; the plan's summary if empty.

    Returns
    -------
    str
        An HTML table (the versions it uses are listed under its notes:
        ``notes_html``).
    """
    walking = any(week.walk_days for week in plan.weeks)
    first = plan.weeks[0]
    headers = ["When" if holding(plan) else "Week", "Session"]
    headers += [item.name for item in first.items]
    efforts = ["Effort", "", *(_effort_cell(plan, i) for i in range(len(first.items)))]
    if walking:
        headers.append("Walking")
        efforts.append(WALK_EFFORT)
    rows = [efforts]
    for week in plan.weeks:
        label = f"{week.number}{' (lighter)' if week.deload else ''}"
        row = [
            HOLDING_LABEL if holding(plan) else label,
            f"about {round(week.session_minutes)} min",
            *(_cell(item) for item in week.items),
        ]
        if walking:
            row.append(f"{week.walk_minutes:g} min, {week.walk_days} days")
        rows.append(row)
    return html_table(headers, rows, caption=caption or plan.summary)


# Where the book keeps the warning signs, the walk-run plan and the pain
# monitor, from a chapter page (notebooks/...).
GET_HELP_HREF = "../book/start-here.html#course-red-flags"
NOTE_LINKS = {
    "Get help now": GET_HELP_HREF,
    "the walk–run plan": "running-with-back-pain.html#a-walkrun-plan-back-to-running",
    "the pain monitor": "running-with-back-pain.html#the-pain-monitor",
}


def note_html(note: str, link: bool = False) -> str:
    """One plan note as HTML, optionally linked to the book's warning signs.

    Parameters
    ----------
    note : str
        The note, as plain text.
    link : bool, default False
        Whether "Get help now", "the walk–run plan" and "the pain monitor" link
        to their places in the book (a chapter page's relative links).

    Returns
    -------
    str
        The escaped note.
    """
    text = html.escape(note)
    if link:
        for words, href in NOTE_LINKS.items():
            text = text.replace(words, f'<a href="{href}">{words}</a>')
    return text


def plan_text_html(plan: StrengthPlan, link: bool = False) -> str:
    """The plan's notes and week-by-week table, as HTML, to go under its summary.

    The summary itself is left out: the live view states it once, in the
    sentence under the figure.

    Parameters
    ----------
    plan : StrengthPlan
        The plan described.
    link : bool, default False
        Whether "Get help now" in the notes links to the book's warning signs.

    Returns
    -------
    str
        A list of notes and the week-by-week table.
    """
    items = notes_html(plan, plan.notes, link)
    return f"<ul>{items}</ul>" + plan_table_html(plan, caption="Week by week")


def versions_html(plan: StrengthPlan) -> str:
    """The plan's note on versions and its list of them, for a text description of its figure.

    Parameters
    ----------
    plan : StrengthPlan
        The plan.

    Returns
    -------
    str
        A ``<ul>`` with the note and the list under it; "" when the plan
        uses only standard versions.
    """
    note = next((n for n in plan.notes if n.endswith(VERSIONS_TAIL)), "")
    return f"<ul>{notes_html(plan, [note])}</ul>" if note else ""


def notes_html(plan: StrengthPlan, notes, link: bool = False) -> str:
    """Some of a plan's notes as list items, the list of its versions under the note that says so.

    Parameters
    ----------
    plan : StrengthPlan
        The plan the notes belong to.
    notes : iterable of str
        The notes to write, in order.
    link : bool, default False
        Whether the notes link to their places in the book (``note_html``).

    Returns
    -------
    str
        ``<li>`` items, to go inside a ``<ul>``.
    """
    items = []
    for note in notes:
        nested = ""
        if note.endswith(VERSIONS_TAIL) and plan.versions:
            nested = "<ul>" + "".join(f"<li>{html.escape(v)}</li>" for v in plan.versions) + "</ul>"
        items.append(f"<li>{note_html(note, link)}{nested}</li>")
    return "".join(items)
