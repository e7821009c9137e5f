"""The exercises of a strength plan: which ones, at which version, how much, and how long.

A plan takes one exercise from each family it uses: an exercise and the one
its harder version is (the glute bridge and the single-leg bridge are one
family, so a plan never holds both in a week). A family climbs a ladder of
versions: the easier version, the exercise itself, then its harder version,
which may be another exercise of the library or needs equipment the reader
has. Repetitions stay in a strength range; a plan progresses by version, by
load (a weight, once the harder version uses one) or by a longer hold.

How long an exercise takes is counted from the demo's own tempo: each
repetition's movements and holds, every set, both sides, the rests between
sets and the short change between sides, and setting up for the next
exercise. Pure: standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from widgets.model.exercise_library import EASIER_DEMO_SUFFIX, demo_exercise, load_exercises
from widgets.model.exercises import LEVELS, Exercise

# Seconds to turn over or change sides, and to set up for the next exercise.
SIDE_CHANGE_SECONDS = 10
SET_UP_SECONDS = 30
# A hold-only exercise (the side plank) holds this much longer each build week,
# up to this much longer than its card says.
HOLD_STEP_SECONDS = 5
MAX_EXTRA_HOLD_SECONDS = 15
# Which exercises a plan draws on first: for a runner, a single-leg knee
# exercise and calf work, then hips and trunk; when recovering, low-load first.
RUNNER_ORDER = (
    "split_squat",
    "calf_raise",
    "glute_bridge",
    "side_plank",
    "hip_hinge",
    "bird_dog",
    "step_up",
    "bent_knee_calf_raise",
    "dead_bug",
    "side_lying_hip_abduction",
    "curl_up",
)
GENTLE_ORDER = (
    "bird_dog",
    "glute_bridge",
    "calf_raise",
    "curl_up",
    "dead_bug",
    "side_lying_hip_abduction",
    "bent_knee_calf_raise",
    "side_plank",
    "hip_hinge",
    "split_squat",
    "step_up",
)
SINGLE_LEG_KNEE = ("split_squat", "step_up")
CALF = ("calf_raise", "bent_knee_calf_raise")
# How hard the work should feel, by kind of dose: the reader picks the version
# or the weight that makes it so.
EFFORT = {
    ("strong", "reps"): "last 2–3 repetitions hard, form still good",
    ("strong", "hold"): "last 5 seconds of each hold hard, form still good",
    ("gentle", "reps"): "moderate: stop with 4 or more repetitions to spare",
    ("gentle", "hold"): "moderate: stop with 10 seconds to spare",
    ("learning", "reps"): "stop with 3–4 repetitions to spare (learning week)",
    ("learning", "hold"): "stop with 10 seconds to spare (learning week)",
    # A new version is learned for a week before it is made hard.
    ("new", "reps"): "stop with 3–4 repetitions to spare (new version: learn it first)",
    ("new", "hold"): "stop with 10 seconds to spare (new version: learn it first)",
    # An easier version cannot be made hard: it is done for control until it is easy.
    ("control", "reps"): "smooth and controlled, until every repetition feels easy",
    ("control", "hold"): "steady and controlled, until the whole hold feels easy",
    # A body-weight drill of a movement pattern is too light to be made hard: its load is the
    # harder version (the hinge's is the dumbbell Romanian deadlift).
    ("pattern", "reps"): "smooth and controlled, back long: stop with 3–4 repetitions to spare",
}
# Standard versions practised for their movement pattern (see EFFORT["pattern", ...]).
PATTERN_DRILLS = ("hip_hinge",)


def last_weeks_sessions(sessions: int) -> str:
    """Which sessions a readiness test looks back on: "at both sessions last week".

    Parameters
    ----------
    sessions : int
        Strength sessions a week.

    Returns
    -------
    str
        The words, for one, two or more sessions.
    """
    return {1: "at last week's session", 2: "at both sessions last week"}.get(
        sessions, "at every session last week"
    )


def move_up_rule(sessions: int, from_standard: bool = True) -> str:
    """When to take a new version the plan shows: only when ready, else repeat the week.

    The plan's weeks are the earliest a version can change; the reader moves up
    only when ready, so the words live here once. "Felt easy" is the test for
    an easier version, done smooth and controlled. A standard version is meant
    to be hard by the last repetitions, so it never feels easy: its test is
    spare repetitions (or seconds of a hold), like the dumbbell rule's.

    Parameters
    ----------
    sessions : int
        Strength sessions a week.
    from_standard : bool, optional
        Whether the plan moves on from standard versions (a gentle plan stops
        at them, so its spare-repetitions test is left out: it could not fail).

    Returns
    -------
    str
        Two or three sentences.
    """
    which = last_weeks_sessions(sessions)
    rule = (
        "Move up a version only when you are ready; otherwise repeat the week. "
        f"From an easier version: when every repetition felt easy {which}."
    )
    if from_standard:
        rule += (
            " From a standard version: when you could do 2 more repetitions than the plan asks "
            f"(or hold 10 seconds longer), with good form, {which}."
        )
    return rule


PROGRESS = {
    "start": "first week",
    "holding": "the same at every session until you are checked",
    "same": "as last week",
    "version": "new version if ready",
    "hold": "hold 5 s longer if the last week's holds felt steady",
    "load": "add a little weight when the last repetitions get easy",
    "lighter": "lighter week: fewer sets, same version",
}


@dataclass(frozen=True)
class PlanItem:
    """One exercise in a week: which version, how much, how hard, and how long it takes."""

    exercise_id: str
    name: str
    family: str
    level: str
    version: str
    sets: int
    reps: int | None
    hold_seconds: float | None
    per_side: bool
    rest_seconds: float
    effort: str
    progress: str
    seconds: float

    def dose_text(self) -> str:
        """The week's dose in a table cell: "3 sets per side × 8", "3 sets × 10, hold 2 s".

        A one-side exercise's sets are counted per side, as the plan figure
        counts them: "2 sets per side" is 2 sets on the left and 2 on the right.

        Returns
        -------
        str
            Sets and repetitions (with a hold), or sets of holds.
        """
        sets = "1 set" if self.sets == 1 else f"{self.sets} sets"
        sets += " per side" if self.per_side else ""
        if self.reps is not None:
            text = f"{sets} × {self.reps}"
            if self.hold_seconds:
                text += f", hold {self.hold_seconds:g} s"
            return text
        return f"{sets} × {self.hold_seconds:g} s hold"

    @property
    def sides(self) -> int:
        """How many sides each set is done on (2 for a one-side exercise).

        Returns
        -------
        int
            1 or 2.
        """
        return 2 if self.per_side else 1


def families(library: dict[str, Exercise]) -> dict[str, list[str]]:
    """Each family's ladder of exercises, keyed by its first exercise.

    Parameters
    ----------
    library : dict of str to Exercise
        The exercise library by id.

    Returns
    -------
    dict of str to list of str
        For example ``{"glute_bridge": ["glute_bridge", "single_leg_bridge"]}``;
        an exercise with no linked version is a family of one.
    """
    found: dict[str, list[str]] = {}
    for item in library.values():
        if item.linked("easier") in library:
            continue
        ladder = [item.id]
        harder = item.linked("harder")
        while harder is not None and harder in library:
            ladder.append(harder)
            harder = library[harder].linked("harder")
        found[item.id] = ladder
    return found


def family_of(exercise_id: str, library: dict[str, Exercise]) -> str:
    """The first exercise of the family ``exercise_id`` belongs to.

    Parameters
    ----------
    exercise_id : str
        An exercise's id.
    library : dict of str to Exercise
        The exercise library by id.

    Returns
    -------
    str
        The id of the family's first exercise.
    """
    for first, ladder in families(library).items():
        if exercise_id in ladder:
            return first
    raise ValueError(f"There is no exercise called {exercise_id!r}.")


def at_level(family: str, level: str, library: dict[str, Exercise]) -> tuple[Exercise, str]:
    """The exercise done at a level of a family, and the version's words.

    The harder version of a family whose first exercise links to another
    exercise is that exercise, done as its card says.

    Parameters
    ----------
    family : str
        The family's first exercise.
    level : str
        One of ``LEVELS``.
    library : dict of str to Exercise
        The exercise library by id.

    Returns
    -------
    tuple of (Exercise, str)
        The exercise and what to do.
    """
    first = library[family]
    linked = first.linked(level) if level != "standard" else None
    if linked in library:
        return library[linked], library[linked].setup
    return first, first.plan_version(level)


def needs_equipment(family: str, level: str, library: dict[str, Exercise]) -> tuple[str, ...]:
    """What a family's version needs: its own equipment, and the harder version's.

    Parameters
    ----------
    family : str
        The family's first exercise.
    level : str
        One of ``LEVELS``.
    library : dict of str to Exercise
        The exercise library by id.

    Returns
    -------
    tuple of str
        Equipment names.
    """
    item, _ = at_level(family, level, library)
    needed = set(item.equipment)
    if level == "harder" and item.id == family:
        needed |= set(item.harder_equipment)
    return tuple(sorted(needed))


def choice_order(back_pain: str) -> tuple[str, ...]:
    """The order in which a plan takes families, by back pain.

    Parameters
    ----------
    back_pain : str
        "none", "mild", "recovering" or "leg_symptoms".

    Returns
    -------
    tuple of str
        Family ids, first taken first.
    """
    return GENTLE_ORDER if back_pain in ("recovering", "leg_symptoms") else RUNNER_ORDER


def effort(
    back_pain: str,
    item: Exercise,
    learning: bool = False,
    level: str = "standard",
    new_version: bool = False,
) -> str:
    """How hard an exercise should feel, for this reader, at this version.

    A runner's first weeks are learning weeks: the movement is new, so every
    set stops well short of hard before the effort target takes over. An
    easier version (a half-height bridge, a hinge only as far as feels easy)
    cannot be made hard, so it gets a control target instead.

    Parameters
    ----------
    back_pain : str
        "none", "mild", "recovering" or "leg_symptoms".
    item : Exercise
        The exercise done.
    learning : bool, optional
        True in a learning week (a runner's first weeks).
    level : str, optional
        The version done, one of ``LEVELS``.
    new_version : bool, optional
        True in the first week of a new version: it is learned before it is
        made hard, as the first weeks are.

    Returns
    -------
    str
        The effort target (``EFFORT``).
    """
    kind = "gentle" if back_pain in ("recovering", "leg_symptoms") else "strong"
    if learning and kind == "strong":
        kind = "learning"
    elif kind == "strong" and level == "easier":
        kind = "control"
    elif kind == "strong" and level == "standard" and item.id in PATTERN_DRILLS:
        kind = "pattern"
    elif kind == "strong" and new_version:
        kind = "new"
    return EFFORT[(kind, "reps" if item.dose.reps is not None else "hold")]


def repetition_seconds(item: Exercise, hold: float | None) -> float:
    """One repetition (one side) at the demo's tempo, with the plan's hold.

    Parameters
    ----------
    item : Exercise
        The exercise done.
    hold : float or None
        The hold in seconds, when the dose has one.

    Returns
    -------
    float
        Seconds.
    """
    seconds = 0.0
    for phase in item.demo.phases:
        if not phase.counts:
            continue
        if not phase.moves and hold is not None:
            seconds += hold
        else:
            seconds += phase.seconds
    return seconds


def exercise_seconds(
    item: Exercise, sets: int, reps: int | None, hold: float | None, rest: float
) -> float:
    """How long an exercise takes: every repetition, the rests, side changes and set-up.

    Parameters
    ----------
    item : Exercise
        The exercise done.
    sets : int
        Sets.
    reps : int or None
        Repetitions a set (None: one hold a set).
    hold : float or None
        The hold in seconds.
    rest : float
        Rest between sets, seconds.

    Returns
    -------
    float
        Seconds.
    """
    sides = 2 if item.dose.per_side else 1
    work = sets * sides * (reps or 1) * repetition_seconds(item, hold)
    changes = sets * (sides - 1) * SIDE_CHANGE_SECONDS
    return work + changes + (sets - 1) * rest + SET_UP_SECONDS


def library_by_id() -> dict[str, Exercise]:
    """The exercise library by id (``exercise_library.load_exercises``, cached).

    Returns
    -------
    dict of str to Exercise
        Every exercise.
    """
    return _library()


@cache
def _library() -> dict[str, Exercise]:
    return {item.id: item for item in load_exercises()}


@cache
def plan_item(
    family: str,
    level: str,
    sets: int,
    build_weeks_at_level: int,
    progress: str,
    back_pain: str,
    learning: bool = False,
    new_version: bool = False,
) -> PlanItem:
    """One week's exercise for a family at a level (cached: plans repeat them).

    Parameters
    ----------
    family : str
        The family's first exercise.
    level : str
        One of ``LEVELS``.
    sets : int
        Sets this week.
    build_weeks_at_level : int
        Build weeks already done at this level (a hold grows with them).
    progress : str
        A key of ``PROGRESS``: how this week differs from the last.
    back_pain : str
        "none", "mild", "recovering" or "leg_symptoms".
    learning : bool, optional
        True in a learning week: a runner stops with repetitions to spare.
    new_version : bool, optional
        True while a new version is learned: its first week, and a lighter
        week straight after it.

    Returns
    -------
    PlanItem
        The week's exercise.
    """
    library = _library()
    if level not in LEVELS:
        raise ValueError(f"The level must be one of {', '.join(LEVELS)}, not {level!r}.")
    item, version = at_level(family, level, library)
    dose = item.dose
    hold = dose.hold_seconds
    if dose.reps is None and hold is not None:
        hold += min(MAX_EXTRA_HOLD_SECONDS, HOLD_STEP_SECONDS * build_weeks_at_level)
    return PlanItem(
        exercise_id=item.id,
        name=item.name,
        family=family,
        level=level,
        version=version,
        sets=sets,
        reps=dose.reps,
        hold_seconds=hold,
        per_side=dose.per_side,
        rest_seconds=dose.rest_seconds,
        effort=effort(back_pain, item, learning, level, new_version=new_version),
        progress=PROGRESS[progress],
        seconds=exercise_seconds(
            _drawn(item, level, family), sets, dose.reps, hold, dose.rest_seconds
        ),
    )


def _drawn(item: Exercise, level: str, family: str) -> Exercise:
    """The version a reader copies, for its tempo: an easier version drawn has its own."""
    if level == "easier" and item.id == family and item.easier_demo is not None:
        return demo_exercise(item.id + EASIER_DEMO_SUFFIX)
    return item
