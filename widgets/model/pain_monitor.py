"""The pain-monitoring model as a traffic light, and a walk-run plan it gates.

The pain-monitoring model lets people keep running and jumping while a painful
tendon recovers, as long as the pain stays within set limits. It was tested in
a randomised trial of 38 people with Achilles tendon pain (Silbernagel et al.
2007, ``silbernagel2007``; see also ``silbernagel2015``). It has **not** been
tested in back pain: the course uses it as a practical guide, in line with
guideline advice to stay active, not as back-pain evidence.

The written rules
-----------------
Pain is scored from 0 (none) to 10 (the worst you can imagine). The model's
three limits are:

A. pain **during** the run is at most ``DURING_LIMIT`` (5/10);
B. pain **after** the run (that evening) is at most ``AFTER_LIMIT`` (5/10);
C. pain the **next morning** is back to your **usual** level or lower
   (``pain_next_morning <= usual_pain``). ``usual_pain`` is your usual morning
   pain before this week's runs, for example last week's morning score, so
   limit C also says "pain is not rising from week to week".

How far a score goes over its limit is its *excess* (0 when within the limit).
The advice is:

* **green** (carry on; you may progress) when every limit holds;
* **amber** (hold: repeat, do not progress) when exactly one limit is broken,
  and by no more than ``AMBER_MARGIN`` (1 point);
* **red** (reduce or stop, and get advice if it does not settle) when any limit
  is broken by more than 1 point, or when two or more limits are broken.

The one-point amber band and the red rule are the course's own choices for
turning the model's limits into three levels; the 5/10 limits, "settled by the
next morning" and "not rising week to week" are the model's
(``silbernagel2007``; thresholds as summarised for ``silbernagel2015``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from numbers import Real

DURING_LIMIT = 5
AFTER_LIMIT = 5
AMBER_MARGIN = 1
PAIN_MIN, PAIN_MAX = 0, 10
LEVELS = ("green", "amber", "red")
ACTIONS = {
    "green": (
        "Carry on, as long as you have none of the warning signs: you may progress next week."
    ),
    "amber": (
        "Hold, as long as you have none of the warning signs: repeat this week's "
        "running and do not progress yet."
    ),
    "red": (
        "Reduce or stop running for now, and get advice from a physiotherapist or "
        "doctor if the pain does not settle within a few days."
    ),
}
LEVEL_NAMES = {"green": "Green", "amber": "Amber", "red": "Red"}


def check_pain(value, name: str) -> float:
    """``value`` as a float if it is a pain score from 0 to 10, else a ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"{name} must be a number from 0 to 10, got {value!r}")
    number = float(value)
    if math.isnan(number) or not PAIN_MIN <= number <= PAIN_MAX:
        raise ValueError(f"{name} must be a number from 0 to 10, got {value!r}")
    return number


@dataclass(frozen=True)
class Breach:
    """One limit that was broken: which, the score, the limit and by how much."""

    limit: str
    score: float
    allowed: float

    @property
    def excess(self) -> float:
        return self.score - self.allowed


@dataclass(frozen=True)
class PainAdvice:
    """The monitor's advice: ``level`` (green, amber, red), an action and why."""

    level: str
    explanation: str
    action: str
    breaches: tuple[Breach, ...]


def _score(value: float) -> str:
    return f"{value:g}/10"


def _points(excess: float) -> str:
    return "1 point" if excess == 1 else f"{excess:g} points"


def _breach_words(breach: Breach) -> str:
    over = _points(breach.excess)
    if breach.limit == "during":
        return (
            f"pain during the run reached {_score(breach.score)}, {over} above the "
            f"limit of {_score(breach.allowed)}"
        )
    if breach.limit == "after":
        return (
            f"pain after the run reached {_score(breach.score)}, {over} above the "
            f"limit of {_score(breach.allowed)}"
        )
    return (
        f"the next morning pain was {_score(breach.score)}, {over} above your usual "
        f"{_score(breach.allowed)}, so it had not settled"
    )


def breaches(
    pain_during: float, pain_after: float, pain_next_morning: float, usual_pain: float = 0
) -> tuple[Breach, ...]:
    """The limits (A, B, C in the module's rules) that these scores break."""
    during = check_pain(pain_during, "pain_during")
    after = check_pain(pain_after, "pain_after")
    morning = check_pain(pain_next_morning, "pain_next_morning")
    usual = check_pain(usual_pain, "usual_pain")
    found = []
    if during > DURING_LIMIT:
        found.append(Breach("during", during, DURING_LIMIT))
    if after > AFTER_LIMIT:
        found.append(Breach("after", after, AFTER_LIMIT))
    if morning > usual:
        found.append(Breach("morning", morning, usual))
    return tuple(found)


def level_for(found: Sequence[Breach]) -> str:
    """Green with no breach; amber for one breach of at most 1 point; else red."""
    if not found:
        return "green"
    if len(found) == 1 and found[0].excess <= AMBER_MARGIN:
        return "amber"
    return "red"


def advice(
    pain_during: float, pain_after: float, pain_next_morning: float, usual_pain: float = 0
) -> PainAdvice:
    """Traffic-light advice from one week's pain scores (each 0 to 10).

    Parameters
    ----------
    pain_during, pain_after, pain_next_morning
        Your worst pain during the run, after it (that evening) and the next
        morning, from 0 (none) to 10 (the worst imaginable).
    usual_pain
        Your usual morning pain before this week's runs (e.g. last week's
        morning score). The next morning should be back to it or lower.

    Returns
    -------
    PainAdvice
        ``level`` is "green", "amber" or "red" by the rules in this module's
        docstring; ``explanation`` is one sentence saying why and what to do.

    Raises
    ------
    ValueError
        For a score below 0 or above 10, NaN, a bool or anything not a number.
    """
    found = breaches(pain_during, pain_after, pain_next_morning, usual_pain)
    level = level_for(found)
    if not found:
        why = (
            f"pain during and after the run stayed at {_score(DURING_LIMIT)} or below, "
            f"and by the next morning it was back to your usual level"
        )
    else:
        why = "; ".join(_breach_words(b) for b in found)
    explanation = f"{LEVEL_NAMES[level]}: {why}. {ACTIONS[level]}"
    return PainAdvice(level=level, explanation=explanation, action=ACTIONS[level], breaches=found)


# The walk-run plan ---------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    """One step of the walk-run ladder: run, then walk, repeated, per session."""

    run_minutes: float
    walk_minutes: float
    repeats: int

    @property
    def running_minutes(self) -> float:
        return self.run_minutes * self.repeats

    @property
    def walking_minutes(self) -> float:
        # Continuous running (no walk breaks) has walk_minutes == 0.
        return self.walk_minutes * self.repeats

    @property
    def total_minutes(self) -> float:
        return self.running_minutes + self.walking_minutes

    def describe(self) -> str:
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
KM_PER_MILE = 1.609344


@dataclass(frozen=True)
class PlanWeek:
    """One week of the plan: its step, what a session is, and the week's check."""

    week: int
    stage: int  # 1-based index into STAGES
    sessions: int
    run_pace_min_per_km: float
    walk_pace_min_per_km: float
    check: str  # the monitor's level at the end of the week

    @property
    def step(self) -> Stage:
        return STAGES[self.stage - 1]

    @property
    def session_km(self) -> float:
        step = self.step
        return (
            step.running_minutes / self.run_pace_min_per_km
            + step.walking_minutes / self.walk_pace_min_per_km
        )

    @property
    def session_miles(self) -> float:
        return self.session_km / KM_PER_MILE

    @property
    def running_minutes_per_week(self) -> float:
        return self.step.running_minutes * self.sessions

    @property
    def next_step(self) -> str:
        return NEXT_STEP[self.check]


@dataclass(frozen=True)
class Plan:
    """A walk-run plan, week by week."""

    weeks: tuple[PlanWeek, ...]

    def rows(self) -> list[list[object]]:
        """A table: week, step, session, minutes, km, miles, check, next week."""
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
    checks
        One entry per week: "green", "amber", "red", or the week's worst pain
        scores as ``(pain_during, pain_after, pain_next_morning)``, which
        :func:`advice` turns into a level with ``usual_pain``. ``None`` means
        every week is green.
    weeks
        How many weeks to plan when ``checks`` is None (1 to 52). With
        ``checks`` it may be left out; if given it must equal ``len(checks)``.
    start_stage
        The step of ``STAGES`` to start at (1 is the first).
    sessions_per_week
        Sessions each week (1 to 7).
    usual_pain
        Your usual morning pain (0 to 10), for checks given as pain scores.
    run_pace_min_per_km, walk_pace_min_per_km
        Easy running and walking paces, in minutes per km, used to turn
        minutes into distances in km and miles.

    Raises
    ------
    ValueError
        For a bad level, bad pain scores, or numbers out of range.
    """
    start = _check_whole(start_stage, "start_stage", 1, len(STAGES))
    sessions = _check_whole(sessions_per_week, "sessions_per_week", 1, 7)
    usual = check_pain(usual_pain, "usual_pain")
    run_pace = _check_number(run_pace_min_per_km, "run_pace_min_per_km", 3, 15)
    walk_pace = _check_number(walk_pace_min_per_km, "walk_pace_min_per_km", 6, 25)
    if walk_pace <= run_pace:
        raise ValueError(
            "walking must be slower than running: give a larger "
            "walk_pace_min_per_km than run_pace_min_per_km"
        )
    if checks is None:
        count = _check_whole(8 if weeks is None else weeks, "weeks", 1, 52)
        levels = ["green"] * count
    else:
        if isinstance(checks, (str, bytes)) or not isinstance(checks, Sequence):
            raise ValueError("checks must be a list with one entry per week")
        if not 1 <= len(checks) <= 52:
            raise ValueError(f"checks must cover 1 to 52 weeks, got {len(checks)}")
        if weeks is not None and _check_whole(weeks, "weeks", 1, 52) != len(checks):
            raise ValueError(f"weeks is {weeks} but checks has {len(checks)} entries")
        levels = [_week_level(item, i + 1, usual) for i, item in enumerate(checks)]
    plan, stage = [], start
    for week, level in enumerate(levels, start=1):
        plan.append(PlanWeek(week, stage, sessions, run_pace, walk_pace, level))
        stage = next_stage(stage, level)
    return Plan(tuple(plan))


def next_stage(stage: int, level: str) -> int:
    """The step after a week at ``stage`` whose check was ``level``."""
    if level == "green":
        return min(stage + 1, len(STAGES))
    if level == "amber":
        return stage
    if level == "red":
        return max(stage - 1, 1)
    raise ValueError(f"a check must be one of {LEVELS}, got {level!r}")
