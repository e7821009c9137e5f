"""A week-by-week strength plan for a runner, from a few plain inputs.

``build_plan`` picks exercises from the library (``widgets.model.exercise_library``)
that fit the time and equipment, and progresses them: easier versions first,
then the standard and harder versions, more repetitions or longer holds each
week, and a lighter (deload) week every fourth week. Someone recovering from
back pain starts with low-load exercises and a walking programme, and is told
where to read about warning signs.

The exercise choices, doses and the rate of progression are practical
guidance, not trial findings: trials show that strength training lowers sports
injuries (Lauersen 2014) and that walking helps keep low back pain away
(Pocovi 2024), not that this particular plan does. The inputs are checked in
``strength_plan_inputs``. Pure: standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.model.exercise_library import load_exercises
from widgets.model.exercises import Exercise
from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE
from widgets.model.strength_plan_inputs import check_inputs

WARM_UP_MINUTES = 3
MINUTES_PER_EXERCISE = 5
MAX_EXERCISES = 7
DELOAD_EVERY = 4
DELOAD_FRACTION = 0.6
LEVELS = ("easier", "standard", "harder")
# Week (1-based) from which each level is used, by back-pain status.
LEVEL_FROM_WEEK = {
    "none": {"easier": 1, "standard": 3, "harder": 6},
    "mild": {"easier": 1, "standard": 4, "harder": 7},
    "recovering": {"easier": 1, "standard": 5, "harder": 99},
}
REPS_STEP = 2
MAX_EXTRA_REPS = 6
HOLD_STEP_SECONDS = 2
MAX_EXTRA_HOLD_SECONDS = 10
# Walking for people recovering from back pain, in the spirit of WalkBack:
# start short and build towards about 30 minutes on most days.
WALK_START_MINUTES = 10
WALK_STEP_MINUTES = 3
WALK_GOAL_MINUTES = 30
WALK_DAYS_PER_WEEK = 5
# Which kinds of exercise a session draws on first, in turn.
ORDER = ("trunk", "hips", "legs")
HELP_SENTENCE = (
    "Stop an exercise that makes your pain much worse. If your back pain comes "
    "with any warning sign, read Get help now first."
)


@dataclass(frozen=True)
class PlanItem:
    """One exercise in a week: which version, and how much."""

    exercise_id: str
    name: str
    level: str
    version: str
    sets: int
    reps: int | None
    hold_seconds: float | None
    minutes: float | None
    per_side: bool
    rest_seconds: float

    def dose_text(self) -> str:
        """The week's dose in a table cell: "3 × 8 per side", "2 × 20 s hold", "10 min".

        Returns
        -------
        str
            Sets and repetitions (with a hold), sets of holds, or minutes.
        """
        side = " per side" if self.per_side else ""
        if self.minutes is not None:
            return f"{self.minutes:g} min"
        if self.reps is not None:
            text = f"{self.sets} × {self.reps}{side}"
            if self.hold_seconds:
                text += f", hold {self.hold_seconds:g} s"
            return text
        return f"{self.sets} × {self.hold_seconds:g} s hold{side}"

    @property
    def work_units(self) -> float:
        """Repetitions, or hold seconds divided by 3 (about one repetition), per session.

        A common measure of work, so the plan's figure can show the load
        rising week by week and dropping in lighter weeks.

        Returns
        -------
        float
            Work units per session, both sides counted; 0 for a timed exercise.
        """
        sides = 2 if self.per_side else 1
        if self.reps is not None:
            return float(self.sets * self.reps * sides)
        if self.hold_seconds is not None:
            return self.sets * self.hold_seconds * sides / 3
        return 0.0


@dataclass(frozen=True)
class Week:
    """One week of the plan."""

    number: int
    deload: bool
    sessions: int
    items: tuple[PlanItem, ...]
    walk_minutes: float
    walk_days: int

    @property
    def strength_minutes(self) -> float:
        """Minutes of strength work in the week (sessions × planned session length).

        Returns
        -------
        float
            Sessions times the warm-up and the minutes per exercise.
        """
        per_session = WARM_UP_MINUTES + MINUTES_PER_EXERCISE * len(self.items)
        return float(self.sessions * per_session)

    @property
    def work_units(self) -> float:
        """The week's work: sessions times each session's work units.

        Returns
        -------
        float
            Work units in the week (see :attr:`PlanItem.work_units`).
        """
        return self.sessions * sum(item.work_units for item in self.items)

    @property
    def main_level(self) -> str:
        """The version most of the week's exercises use.

        Returns
        -------
        str
            "easier", "standard" or "harder".
        """
        levels = [item.level for item in self.items if item.level in LEVELS]
        return max(LEVELS, key=levels.count) if levels else "standard"


@dataclass(frozen=True)
class StrengthPlan:
    """A whole plan: its inputs, its weeks and a summary in plain words."""

    runs_per_week: int
    minutes_per_session: float
    sessions_per_week: int
    back_pain: str
    equipment: tuple[str, ...]
    weeks: tuple[Week, ...]
    summary: str
    notes: tuple[str, ...]


def _choose(
    exercises: tuple[Exercise, ...], count: int, back_pain: str, equipment: tuple[str, ...]
) -> list[Exercise]:
    """Up to ``count`` exercises, taking trunk, hip and leg exercises in turn."""
    usable = [e for e in exercises if e.category in ORDER and set(e.equipment) <= set(equipment)]
    # Use the reader's equipment when they have it; when recovering, low-load exercises first.
    usable.sort(key=lambda e: (back_pain == "recovering" and e.load != "low", not e.equipment))
    queues = {kind: [e for e in usable if e.category == kind] for kind in ORDER}
    chosen: list[Exercise] = []
    while len(chosen) < count and any(queues.values()):
        for kind in ORDER:
            if queues[kind] and len(chosen) < count:
                chosen.append(queues[kind].pop(0))
    return chosen


def _level(week: int, back_pain: str) -> str:
    starts = LEVEL_FROM_WEEK[back_pain]
    return [level for level in LEVELS if week >= starts[level]][-1]


def _item(
    item: Exercise,
    week: int,
    build_week: int,
    deload: bool,
    back_pain: str,
    equipment: tuple[str, ...],
) -> PlanItem:
    # A lighter week keeps last week's version: only the amount of work drops.
    level = _level(week - 1 if deload else week, back_pain)
    if level == "harder" and not set(item.harder_equipment) <= set(equipment):
        level = "standard"
    version = {"easier": item.easier, "standard": item.setup, "harder": item.harder}[level]
    dose = item.dose
    # Within a level, add a little each week; a new level starts from the base dose.
    steps_into_level = build_week - _build_week_of_level_start(week, back_pain, level)
    reps = dose.reps
    hold = dose.hold_seconds
    sets = dose.sets
    if reps is not None:
        reps = reps + min(MAX_EXTRA_REPS, REPS_STEP * steps_into_level)
    elif hold is not None:
        hold = hold + min(MAX_EXTRA_HOLD_SECONDS, HOLD_STEP_SECONDS * steps_into_level)
    if deload:
        sets = max(1, round(sets * DELOAD_FRACTION))
    return PlanItem(
        item.id,
        item.name,
        level,
        version,
        sets,
        reps,
        hold,
        dose.minutes,
        dose.per_side,
        dose.rest_seconds,
    )


def _is_deload(week: int, weeks: int) -> bool:
    return week % DELOAD_EVERY == 0 and week != weeks


def _build_week(week: int, weeks: int) -> int:
    """How many build (non-deload) weeks came before this one."""
    return sum(1 for w in range(1, week) if not _is_deload(w, weeks))


def _build_week_of_level_start(week: int, back_pain: str, level: str) -> int:
    start = LEVEL_FROM_WEEK[back_pain][level]
    return sum(1 for w in range(1, start) if w % DELOAD_EVERY != 0)


def _walk(week: int, back_pain: str, deload: bool) -> tuple[float, int]:
    if back_pain != "recovering":
        return 0.0, 0
    minutes = min(WALK_GOAL_MINUTES, WALK_START_MINUTES + WALK_STEP_MINUTES * (week - 1))
    if deload:
        minutes = max(WALK_START_MINUTES, minutes - WALK_STEP_MINUTES)
    return float(minutes), WALK_DAYS_PER_WEEK


def _summary(runs, minutes, sessions, back_pain, equipment, chosen, weeks) -> tuple[str, tuple]:
    names = ", ".join(e.name.lower() for e in chosen)
    kit = " and ".join(equipment) if equipment else "no equipment"
    deloads = [w.number for w in weeks if w.deload]
    lines = [
        f"{sessions} strength session{'s' if sessions != 1 else ''} a week of about "
        f"{minutes:g} minutes for {len(weeks)} weeks, with {kit}: {names}.",
        "Start with the easier versions, add a few repetitions or seconds each week, then "
        "move on to the standard and harder versions.",
    ]
    if deloads:
        lines.append(
            "Week "
            + " and ".join(map(str, deloads))
            + " "
            + ("is a lighter week" if len(deloads) == 1 else "are lighter weeks")
            + " with fewer sets, to let your body catch up."
        )
    if runs + sessions > 7:
        lines.append(
            "With this many runs, do strength work after an easy run, not before a hard one."
        )
    else:
        lines.append(
            "Put strength sessions on rest days or after easy runs, not right before a hard run."
        )
    notes = []
    if back_pain == "recovering":
        lines.append(
            f"Walk most days, starting at {WALK_START_MINUTES} minutes and building "
            f"towards about {WALK_GOAL_MINUTES}; low-load exercises come first."
        )
        notes.append("This plan starts gently because you are recovering from back pain.")
    elif back_pain == "mild":
        lines.append(
            "With mild back pain, the harder versions start later; keep each exercise "
            "at a level where the pain settles by the next morning (the pain-monitoring "
            "model's rule, tested in Achilles tendon pain, not back pain)."
        )
    notes.append(HELP_SENTENCE)
    notes.append(LEG_SYMPTOM_STOP_RULE)  # the pain monitor's words, never retyped
    notes.append("The exercises, doses and steps are practical guidance, not trial findings.")
    return " ".join(lines), tuple(notes)


def build_plan(
    runs_per_week, minutes_per_session, sessions_per_week=2, back_pain="none", equipment=(), weeks=8
) -> StrengthPlan:
    """A strength plan for a runner.

    Exercises are taken from the library in turn (trunk, hips, legs), as many
    as fit the session; each week adds a little, and every fourth week is
    lighter. Bad input raises ``ValueError`` with a sentence a reader understands.

    Parameters
    ----------
    runs_per_week : int
        Runs a week, 0 to 14; decides where the advice puts strength sessions.
    minutes_per_session : float
        Minutes per strength session, 10 to 120.
    sessions_per_week : int, optional
        Strength sessions a week, 1 to 7.
    back_pain : str, optional
        "none", "mild" or "recovering"; recovering starts with low-load
        exercises and adds walking.
    equipment : sequence of str, optional
        Any of "step", "dumbbells", "resistance band" (or none).
    weeks : int, optional
        Length of the plan in weeks, 4 to 16.

    Returns
    -------
    StrengthPlan
        The inputs, every week's exercises and doses, a summary and notes.
    """
    runs, minutes, sessions, back_pain, equipment, number_of_weeks = check_inputs(
        runs_per_week, minutes_per_session, sessions_per_week, back_pain, equipment, weeks
    )
    count = max(2, min(MAX_EXERCISES, int((minutes - WARM_UP_MINUTES) // MINUTES_PER_EXERCISE)))
    chosen = _choose(load_exercises(), count, back_pain, equipment)
    plan_weeks = []
    for week in range(1, number_of_weeks + 1):
        deload = _is_deload(week, number_of_weeks)
        build = _build_week(week, number_of_weeks)
        items = tuple(_item(e, week, build, deload, back_pain, equipment) for e in chosen)
        walk_minutes, walk_days = _walk(week, back_pain, deload)
        plan_weeks.append(Week(week, deload, sessions, items, walk_minutes, walk_days))
    summary, notes = _summary(runs, minutes, sessions, back_pain, equipment, chosen, plan_weeks)
    return StrengthPlan(
        runs, minutes, sessions, back_pain, equipment, tuple(plan_weeks), summary, notes
    )
