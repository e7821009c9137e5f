"""A walk-run plan back to running, each week gated by the pain monitor.

The plan climbs a ladder of walk-run sessions (``STAGES``). At the end of each
week the monitor's light (``widgets.model.pain_monitor``) decides the next
week: green moves up a step, amber repeats it, red steps back one. Leg
symptoms stop the plan: ``PLAN_STOP_RULE`` says so in the monitor's one
wording. The ladder is the course's example, not a tested programme.

``rejoin(minutes_running, decision)`` says where to rejoin the ladder from the
running you manage now (minutes of easy running in one session, 0 for none)
and this week's decision (``pain_monitor.DECISIONS``, or a ``PainAdvice``): the
step matching your running, then up one after green, the same after amber, one
back after red, and no step at all with leg symptoms.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from numbers import Real

from widgets.model.pain_monitor import (
    DECISION_STEPS,
    DECISIONS,
    LADDER_TOP_MINUTES,
    LEG_SYMPTOM_STOP_RULE,
    LEVEL_NAMES,
    LEVELS,
    STEP_MINUTES,
    PainAdvice,
    advice,
    check_pain,
)
from widgets.units import KM_PER_MILE

MAX_WEEKS = 52
DEFAULT_WEEKS = 8


@dataclass(frozen=True)
class Stage:
    """One step of the walk-run ladder: run, then walk, repeated, per session.

    ``run_minutes`` and ``walk_minutes`` are one run and one walk break, in
    minutes; ``repeats`` is how many times a session does both.
    """

    run_minutes: float
    walk_minutes: float
    repeats: int

    @property
    def running_minutes(self) -> float:
        """Minutes of running in one session.

        Returns
        -------
        float
            ``run_minutes`` times ``repeats``.
        """
        return self.run_minutes * self.repeats

    @property
    def walking_minutes(self) -> float:
        """Minutes of walking in one session (0 for continuous running).

        Returns
        -------
        float
            ``walk_minutes`` times ``repeats``.
        """
        return self.walk_minutes * self.repeats

    @property
    def total_minutes(self) -> float:
        """Length of one session in minutes, running and walking.

        Returns
        -------
        float
            Running plus walking minutes.
        """
        return self.running_minutes + self.walking_minutes

    def describe(self) -> str:
        """The session in words, as the plan's table shows it.

        Returns
        -------
        str
            For example "run 2 min, walk 2 min, 6 times".
        """
        if self.walk_minutes == 0:
            return f"run {self.running_minutes:g} minutes without a break"
        return f"run {self.run_minutes:g} min, walk {self.walk_minutes:g} min, {self.repeats} times"


# The course's example ladder (not a tested programme): running time per session
# rises at every step and a session lasts about 25 to 30 minutes.
STAGES = (
    Stage(1, 2, 8),
    Stage(2, 2, 6),
    Stage(3, 2, 5),
    Stage(4, 1, 5),
    Stage(6, 1, 4),
    Stage(9, 1, 3),
    Stage(14, 1, 2),
    Stage(30, 0, 1),
)
NEXT_STEP = {"green": "move up a step", "amber": "repeat this step", "red": "step back"}
PLAN_STOP_RULE = LEG_SYMPTOM_STOP_RULE
MAX_MINUTES_RUNNING = 300


@dataclass(frozen=True)
class PlanWeek:
    """One week of the plan: its step, what a session is, and the week's check.

    ``stage`` is a 1-based index into ``STAGES``; paces are in minutes per km;
    ``check`` is the monitor's level at the end of the week.
    """

    week: int
    stage: int  # 1-based index into STAGES
    sessions: int
    run_pace_min_per_km: float
    walk_pace_min_per_km: float
    check: str  # the monitor's level at the end of the week

    @property
    def step(self) -> Stage:
        """The week's step of the ladder.

        Returns
        -------
        Stage
            ``STAGES[stage - 1]``.
        """
        return STAGES[self.stage - 1]

    @property
    def session_km(self) -> float:
        """Distance of one session in km, at the week's running and walking paces.

        Returns
        -------
        float
            Running minutes over the running pace plus walking minutes over the
            walking pace.
        """
        step = self.step
        return (
            step.running_minutes / self.run_pace_min_per_km
            + step.walking_minutes / self.walk_pace_min_per_km
        )

    @property
    def session_miles(self) -> float:
        """Distance of one session in miles.

        Returns
        -------
        float
            ``session_km`` in miles.
        """
        return self.session_km / KM_PER_MILE

    @property
    def running_minutes_per_week(self) -> float:
        """Minutes of running in the whole week.

        Returns
        -------
        float
            Running minutes per session times sessions.
        """
        return self.step.running_minutes * self.sessions

    @property
    def next_step(self) -> str:
        """What the week's check means for next week, in words.

        Returns
        -------
        str
            "move up a step", "repeat this step" or "step back".
        """
        return NEXT_STEP[self.check]


@dataclass(frozen=True)
class Plan:
    """A walk-run plan, week by week."""

    weeks: tuple[PlanWeek, ...]

    def rows(self) -> list[list[object]]:
        """A table: week, step, session, minutes, km, miles, check, next week.

        Returns
        -------
        list of list
            One row per week, in the order of ``HEADERS``; numbers as text.
        """
        return [
            [
                w.week,
                w.stage,
                w.step.describe(),
                f"{w.step.total_minutes:g}",
                f"{w.session_km:.1f}",
                f"{w.session_miles:.1f}",
                LEVEL_NAMES[w.check],
                w.next_step,
            ]
            for w in self.weeks
        ]

    HEADERS = (
        "Week",
        "Step",
        "Each session",
        "Minutes per session",
        "km per session",
        "Miles per session",
        "Check at the end of the week",
        "Next week",
    )


def _check_number(value, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or math.isnan(float(value)):
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
    if not low <= float(value) <= high:
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
    return float(value)


def _check_whole(value, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    return value


def _week_level(item, week: int, usual_pain: float) -> str:
    """A week's check: a level name, or pain scores (during, after, next morning)."""
    if isinstance(item, str):
        if item not in LEVELS:
            raise ValueError(f"week {week}: a check must be one of {LEVELS}, got {item!r}")
        return item
    if isinstance(item, (tuple, list)) and len(item) == 3:
        return advice(*item, usual_pain=usual_pain).level
    raise ValueError(
        f"week {week}: give 'green', 'amber', 'red' or three pain scores "
        f"(during, after, next morning), got {item!r}"
    )


def _paces(run_pace_min_per_km, walk_pace_min_per_km) -> tuple[float, float]:
    """The running and walking paces in minutes per km; walking must be slower."""
    run_pace = _check_number(run_pace_min_per_km, "run_pace_min_per_km", 3, 15)
    walk_pace = _check_number(walk_pace_min_per_km, "walk_pace_min_per_km", 6, 25)
    if walk_pace <= run_pace:
        raise ValueError(
            "walking must be slower than running: give a larger "
            "walk_pace_min_per_km than run_pace_min_per_km"
        )
    return run_pace, walk_pace


def _weekly_levels(checks, weeks, usual: float) -> list[str]:
    """The level of each week: all green for ``weeks`` weeks, or one per check."""
    if checks is None:
        count = _check_whole(DEFAULT_WEEKS if weeks is None else weeks, "weeks", 1, MAX_WEEKS)
        return ["green"] * count
    if isinstance(checks, (str, bytes)) or not isinstance(checks, Sequence):
        raise ValueError("checks must be a list with one entry per week")
    if not 1 <= len(checks) <= MAX_WEEKS:
        raise ValueError(f"checks must cover 1 to 52 weeks, got {len(checks)}")
    if weeks is not None and _check_whole(weeks, "weeks", 1, MAX_WEEKS) != len(checks):
        raise ValueError(f"weeks is {weeks} but checks has {len(checks)} entries")
    return [_week_level(item, i + 1, usual) for i, item in enumerate(checks)]


def return_to_running_plan(
    checks: Sequence | None = None,
    weeks: int | None = None,
    start_stage: int = 1,
    sessions_per_week: int = 3,
    usual_pain: float = 0,
    run_pace_min_per_km: float = 7.0,
    walk_pace_min_per_km: float = 11.0,
) -> Plan:
    """A walk-run plan whose every step is gated by the pain monitor.

    Each week you do ``sessions_per_week`` sessions at the week's step of
    ``STAGES``. At the end of the week the monitor's level decides the next
    week: **green** moves up one step (the top step repeats), **amber**
    repeats the step, **red** steps back one (never below the first).

    Parameters
    ----------
    checks : sequence, optional
        One entry per week: "green", "amber", "red", or the week's worst pain
        scores as ``(pain_during, pain_after, pain_next_morning)``, which
        :func:`~widgets.model.pain_monitor.advice` turns into a level with
        ``usual_pain``. ``None`` means every week is green.
    weeks : int, optional
        How many weeks to plan when ``checks`` is None (1 to 52, default 8).
        With ``checks`` it may be left out; if given it must equal ``len(checks)``.
    start_stage : int, optional
        The step of ``STAGES`` to start at (1 is the first).
    sessions_per_week : int, optional
        Sessions each week (1 to 7).
    usual_pain : float, optional
        Your usual morning pain (0 to 10), for checks given as pain scores.
    run_pace_min_per_km, walk_pace_min_per_km : float, optional
        Easy running (3 to 15) and walking (6 to 25) paces, in minutes per km,
        used to turn minutes into distances in km and miles.

    Returns
    -------
    Plan
        One :class:`PlanWeek` per week, with its step, session and check.

    Raises
    ------
    ValueError
        For a bad level, bad pain scores, or numbers out of range.
    """
    start = _check_whole(start_stage, "start_stage", 1, len(STAGES))
    sessions = _check_whole(sessions_per_week, "sessions_per_week", 1, 7)
    usual = check_pain(usual_pain, "usual_pain")
    run_pace, walk_pace = _paces(run_pace_min_per_km, walk_pace_min_per_km)
    plan, stage = [], start
    for week, level in enumerate(_weekly_levels(checks, weeks, usual), start=1):
        plan.append(PlanWeek(week, stage, sessions, run_pace, walk_pace, level))
        stage = next_stage(stage, level)
    return Plan(tuple(plan))


def next_stage(stage: int, level: str) -> int:
    """The step after a week at ``stage`` whose check was ``level``.

    Parameters
    ----------
    stage : int
        The week's step, 1 to ``len(STAGES)``.
    level : str
        The monitor's level at the end of the week: "green", "amber" or "red".

    Returns
    -------
    int
        One step up after green (the top step repeats), the same after amber,
        one step back after red (never below 1).
    """
    if level == "green":
        return min(stage + 1, len(STAGES))
    if level == "amber":
        return stage
    if level == "red":
        return max(stage - 1, 1)
    raise ValueError(f"a check must be one of {LEVELS}, got {level!r}")


def current_stage(minutes_running: float) -> int | None:
    """The highest step whose running per session is no more than ``minutes_running``.

    Parameters
    ----------
    minutes_running : float
        Minutes of easy running you manage in one session now, 0 to 300.

    Returns
    -------
    int or None
        A 1-based step of ``STAGES``, or None when you run less than step 1.
    """
    minutes = _check_number(minutes_running, "minutes_running", 0, MAX_MINUTES_RUNNING)
    fitting = [i for i, s in enumerate(STAGES, start=1) if s.running_minutes <= minutes]
    return fitting[-1] if fitting else None


@dataclass(frozen=True)
class Rejoin:
    """Where to rejoin the walk-run plan: the step (None: do not run) and a sentence."""

    stage: int | None
    sentence: str

    @property
    def step(self) -> Stage | None:
        """The step's session, or None when you should not run.

        Returns
        -------
        Stage or None
            ``STAGES[stage - 1]``.
        """
        return None if self.stage is None else STAGES[self.stage - 1]


def _session_words(stage: int, run_pace: float, walk_pace: float) -> str:
    step = STAGES[stage - 1]
    km = step.running_minutes / run_pace + step.walking_minutes / walk_pace
    length = "" if step.walk_minutes == 0 else f"{step.total_minutes:g} minutes, "
    return (
        f"step {stage} of {len(STAGES)}: {step.describe()} ({length}about {km:.1f} km or "
        f"{km / KM_PER_MILE:.1f} miles)"
    )


def _decision_of(decision) -> str:
    if isinstance(decision, PainAdvice):
        return decision.decision
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS} or a PainAdvice, got {decision!r}")
    return decision


def _beyond_the_ladder(decision: str) -> str:
    more = {
        "progress": f"add no more than {STEP_MINUTES} minutes to a session",
        "hold": "keep to the same minutes",
    }[decision]
    return (
        f"You already run at least as much as the plan's last step ({LADDER_TOP_MINUTES} "
        f"minutes without a break), so you do not need it: {more}, at an easy pace."
    )


def rejoin(
    minutes_running: float,
    decision="progress",
    run_pace_min_per_km: float = 7.0,
    walk_pace_min_per_km: float = 11.0,
) -> Rejoin:
    """Where to rejoin the walk-run plan, from the running you manage now and this week's decision.

    Parameters
    ----------
    minutes_running : float
        Minutes of easy running you have managed in one session lately, within
        the monitor's limits (0 to 300; 0 starts from step 1).
    decision : str or PainAdvice, default "progress"
        This week's decision (one of ``pain_monitor.DECISIONS``) or the
        monitor's whole answer.
    run_pace_min_per_km, walk_pace_min_per_km : float, optional
        Easy running and walking paces, to give the session in km and miles.

    Returns
    -------
    Rejoin
        The step (None with leg symptoms) and a sentence that names the session
        in minutes, km and miles.

    Raises
    ------
    ValueError
        For minutes outside 0 to 300, an unknown decision or bad paces.
    """
    chosen = _decision_of(decision)
    now = current_stage(minutes_running)
    run_pace, walk_pace = _paces(run_pace_min_per_km, walk_pace_min_per_km)
    if chosen == "stop":
        return Rejoin(None, f"Do not rejoin the plan yet. {PLAN_STOP_RULE}")
    top = len(STAGES)
    if float(minutes_running) > STAGES[-1].running_minutes:
        now = top + 1  # beyond the ladder: a step back lands on its last step
    if now is not None and now + DECISION_STEPS[chosen] > top:
        return Rejoin(top, _beyond_the_ladder(chosen))
    stage = 1 if now is None else max(now + DECISION_STEPS[chosen], 1)
    session = _session_words(stage, run_pace, walk_pace)
    lead = {
        "progress": "Next, move up to",
        "hold": "Next, stay at",
        "step back": "Next, step back to",
        "rest": "Once your morning pain is back to your usual level, restart at",
    }[chosen]
    if now is None:
        lead = {"rest": lead}.get(chosen, "Start at")
    return Rejoin(stage, f"{lead} {session}.")
