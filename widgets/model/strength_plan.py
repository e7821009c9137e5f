"""A week-by-week strength plan for a runner, from a few plain inputs.

``build_plan`` picks exercise families from the library that fit the time and
equipment (``strength_plan_items``): for a runner without back pain a
single-leg knee exercise and calf work come first, then hips and trunk; for
someone recovering from back pain, or with leg symptoms, low-load exercises.
It trains strength, not endurance: repetitions stay in a strength range, every
exercise has an effort target, and the plan progresses by version, load or a
longer hold. Versions change for at most half the exercises in any week, a
lighter (deload) week every fourth week keeps last week's versions with fewer
sets, and walking grows by at most a quarter a week. Each session's time is
counted from the demos' own tempo and fits the reader's minutes.

The exercise choices, doses and the rate of progression are practical
guidance, not trial findings: trials show that strength training lowers sports
injuries (Lauersen 2014) and that walking helps keep low back pain away
(Pocovi 2024), not that this particular plan does. The inputs are checked in
``strength_plan_inputs``. Pure: standard library only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from widgets import evidence
from widgets.model.exercises import EQUIPMENT, LEVELS
from widgets.model.pain_monitor import (
    LEG_SYMPTOM_ACTION,
    LEG_SYMPTOM_STOP_RULE,
    LEG_SYMPTOMS_WORSE,
)
from widgets.model.strength_plan_inputs import check_inputs
from widgets.model.strength_plan_items import (
    EFFORT,
    HOLD_STEP_SECONDS,
    MAX_EXTRA_HOLD_SECONDS,
    PATTERN_DRILLS,
    PlanItem,
    at_level,
    choice_order,
    families,
    last_weeks_sessions,
    library_by_id,
    move_up_rule,
    needs_equipment,
    plan_item,
)
from widgets.model.warning_signs import LEVEL_INFO, signs_for

SETS = 3
FEWER_SETS = 2
DELOAD_EVERY = 4
# A runner's first weeks are learning weeks: every set stops with 3–4
# repetitions to spare before "the last 2–3 repetitions hard" takes over.
LEARNING_WEEKS = 2
# A runner's plan of this many minutes or more holds a trunk exercise too; the
# first exercises (the single-leg knee exercise and the calves) keep their 3
# sets and the others drop to 2 sets when that is what makes room for it.
TRUNK_FROM_MINUTES = 30
MAIN_EXERCISES = 2
# A short session warms up for less time: (shortest session, warm-up), in minutes.
WARM_UPS = ((20, 5), (15, 3), (0, 2))
# Week (1-based) from which each version is used, by back pain; None: not in the plan.
LEVEL_FROM_WEEK: dict[str, dict[str, int | None]] = {
    "none": {"standard": 3, "harder": 6},
    "mild": {"standard": 4, "harder": 7},
    "recovering": {"standard": 5, "harder": None},
    "leg_symptoms": {"standard": None, "harder": None},
}
GENTLE = ("recovering", "leg_symptoms")
# A version is kept for at least this many full (not lighter) weeks before the
# next one: the plan's weeks are the earliest a reader may move up.
WEEKS_AT_A_VERSION = 2
# Families on a schedule of their own: the earliest week of each version, by
# back pain. Calf raises on two feet with body weight are too light for a
# runner to reach the effort target: a runner starts them standing and moves
# to the single-leg raise in week 3, after the learning weeks; someone
# recovering who still runs starts them standing too (two feet, fingertips on a
# wall, load the spine little), and only a plan until a check keeps the seated
# raise. A
# body-weight hinge is too light for a runner too: the standard hinge from
# week 3, then the dumbbell Romanian deadlift (with dumbbells) after its weeks
# at the standard version.
OWN_SCHEDULE: dict[str, dict[str, dict[str, int]]] = {
    "calf_raise": {
        "none": {"standard": 1, "harder": 3},
        "mild": {"standard": 1, "harder": 3},
        "recovering": {"standard": 1},
    },
    "hip_hinge": {
        "none": {"standard": 3, "harder": 5},
        "mild": {"standard": 3, "harder": 5},
    },
}
# A load within the same version: holding dumbbells is some exercises' harder version
# (the Romanian deadlift), so this sentence offers only a backpack.
LOADING_SENTENCE = (
    "When the last repetitions of a standard or harder body-weight version stop being hard "
    "(not the standard hip hinge, whose load is its harder version), add a load: the same "
    "version, heavier, counted as that exercise's progress for the week. Standing (a split squat, step-up or calf raise), "
    "wear a backpack with a few books or bottles of water in it; in a bridge, hold it on your "
    "hips with both hands. A hold, such as the side plank, grows longer instead. In an "
    "easier version, move up to the standard version instead of adding a load."
)
DUMBBELL_SENTENCE = (
    "In a version done with dumbbells: once you can do every set with 2 repetitions more than the plan "
    "asks, add the smallest step you have, about 1–2 kg in each hand (or the one hand), and go back to "
    "the plan's repetitions."
)
# Walking for people recovering from back pain, in the spirit of WalkBack:
# start short and build towards the trial's goal (evidence.WALKBACK_GOAL_MINUTES,
# 30 minutes) on most days, adding at most a quarter from one week to the next.
WALK_START_MINUTES = 10
WALK_GROWTH = 1.25
WALK_GOAL_MINUTES = evidence.WALKBACK_GOAL_MINUTES.high  # a target: low = high = 30
WALK_DAYS_PER_WEEK = 5


def other_warning_signs() -> tuple[str, ...]:
    """Every same-day sign but a leg getting worse (the stop rule's), for any part of the back.

    The level's heading says "back or neck pain", so the list under it has the
    signs of every region, not only the low back's. Named by the warning-sign
    data file's short phrases, in its order.

    Returns
    -------
    tuple of str
        Short phrases.
    """
    same_day = signs_for(level="urgent")
    return tuple(sign.short for sign in same_day if sign.key != "one_leg_worsening")


def _same_day_signs_note() -> str:
    """The other same-day signs under their level's own heading, then where the rest are."""
    return (
        f"{LEVEL_INFO['urgent'].heading} {'; '.join(other_warning_signs())}. For the most urgent "
        "signs, and the others, see Get help now."
    )


SAME_DAY_SIGNS_NOTE = _same_day_signs_note()
HELP_SENTENCE = (
    "Stop an exercise that makes your pain much worse. If your back pain comes "
    "with any warning sign, read Get help now first."
)
RUNNING_SENTENCE = (
    "Keep your current runs easy and check them each week with the pain monitor; if you "
    "have stopped running, build up again with the walk–run plan, both in Running with "
    "back pain."
)
NOT_RUNNING_SENTENCE = (
    "When you start running again, build up with the walk–run plan and check each week "
    "with the pain monitor, both in Running with back pain."
)
# With leg symptoms the plan gives no running advice: it starts with the stop
# (the pain monitor's own words) and says what the exercises are for meanwhile.
WHILE_WAITING_SENTENCE = (
    "The exercises below are only for while you wait to be checked, and only if they do "
    "not bring on, worsen or spread your leg symptoms."
)
# With leg symptoms the plan only holds the line until the check, which should
# be within a few days: one block, not a schedule of weeks, with at most this
# many exercises and sets (about the recovering plan's session), walking that
# does not grow, then a new plan.
HOLDING_WEEKS = 1
HOLDING_LABEL = "Until you are checked (a few days)"
HOLDING_EXERCISES = 3
HOLDING_SETS = 2
HOLDING_MINUTES = 18
# How a one-side exercise is done, as the session times count it
# (``strength_plan_items.exercise_seconds``: both sides, then the rest).
PER_SIDE_SENTENCE = (
    "A one-side exercise's sets are per side: 2 sets per side means 2 on each side. "
    "Rest after both sides of a set; the times shown allow for this."
)
HOLDING_WALK_SENTENCE = (
    f"Walk most days for about {WALK_START_MINUTES} minutes at an easy pace, without adding "
    "time; if your leg symptoms spread or increase, stop and follow the leg-symptom rule in "
    "the notes."
)
# A recovering plan leads on to real strength work once the pain has settled.
SETTLED_SENTENCE = (
    "Once your pain has settled, move on to the standard strength plan: in the plan "
    "builder, choose no back pain."
)
REBUILD_SENTENCE = "After the check, build your plan again with the advice you were given."
GUIDANCE_SENTENCE = "The exercises, doses and steps are practical guidance, not trial findings."
# A runner's plan does not know the race date: how to fit it round one.
RACE_SENTENCE = (
    "Before a race: in your last 10–14 days, keep the versions you know, about halve the "
    "sets, stop every set with 3–4 repetitions to spare, start no new version, and do no "
    "strength session in the 48 hours before the race."
)
# Two feet to one doubles each calf's load: a test set, not spare repetitions, says when.
CALF_TEST_SENTENCE = (
    "Before you change from the calf raise to the single-leg calf raise, do one test set on "
    "each foot. Stand on one foot, fingertips on a wall for balance, and do 14 slow raises as "
    "high as you can, lowering over about two seconds; then do the same on the other foot. "
    "This test, not the 2-repetitions-to-spare rule, decides this step. The single-leg calf "
    "raise asks for 10 raises on each foot, so passing the test lets you stop each set with 3–4 "
    "raises to spare in its first week. If either foot cannot do 14, stay on two feet, or go up "
    "on two feet and down on one, lowering slowly, for a week; then try the test again."
)
# The note the plan's list of easier and harder versions (``StrengthPlan.versions``) follows.
VERSIONS_LEAD = (
    "The demos draw each exercise's standard version. The gallery of easier versions "
    "draws the easier ones."
)
HARDER_NOT_DRAWN = "A harder version listed below is described, not drawn."
VERSIONS_TAIL = "This plan also uses:"


def versions_intro(lines: tuple[str, ...]) -> str:
    """The note the plan's list of versions follows; none when it lists none.

    It says a harder version is not drawn only when the list has one.

    Parameters
    ----------
    lines : tuple of str
        The plan's versions (``version_lines``).

    Returns
    -------
    str
        The note, ending in ``VERSIONS_TAIL``, or "".
    """
    if not lines:
        return ""
    harder = any(line.startswith("Harder") for line in lines)
    return " ".join([VERSIONS_LEAD, *([HARDER_NOT_DRAWN] if harder else []), VERSIONS_TAIL])


@dataclass(frozen=True)
class Week:
    """One week of the plan."""

    number: int
    deload: bool
    sessions: int
    items: tuple[PlanItem, ...]
    walk_minutes: float
    walk_days: int
    warm_up_minutes: float

    @property
    def session_minutes(self) -> float:
        """How long one session takes: the warm-up and every exercise, rests included.

        Returns
        -------
        float
            Minutes.
        """
        return self.warm_up_minutes + sum(item.seconds for item in self.items) / 60

    @property
    def sets_by_level(self) -> dict[str, int]:
        """Sets in the week at each version (easier, standard, harder), all sessions.

        Returns
        -------
        dict of str to int
            Sets by level.
        """
        counts = dict.fromkeys(LEVELS, 0)
        for item in self.items:
            counts[item.level] += item.sets * self.sessions
        return counts

    @property
    def main_level(self) -> str:
        """The version most of the week's exercises use.

        Returns
        -------
        str
            "easier", "standard" or "harder".
        """
        levels = [item.level for item in self.items]
        return max(LEVELS, key=levels.count) if levels else "standard"


@dataclass(frozen=True)
class StrengthPlan:
    """A whole plan: its inputs, its weeks, a summary in plain words, notes and its versions."""

    runs_per_week: int
    minutes_per_session: float
    sessions_per_week: int
    back_pain: str
    equipment: tuple[str, ...]
    weeks: tuple[Week, ...]
    summary: str
    notes: tuple[str, ...]
    versions: tuple[str, ...] = ()

    @property
    def longest_session_minutes(self) -> float:
        """The longest session of the plan, in minutes.

        Returns
        -------
        float
            Minutes, warm-up included.
        """
        return max(week.session_minutes for week in self.weeks)


def next_morning_rule(runs: bool) -> str:
    """The pain-response rule for a plan done with back pain: settled by the next morning.

    Parameters
    ----------
    runs : bool
        Whether the reader runs: the rule then covers the runs too.

    Returns
    -------
    str
        The rule, to follow "With mild back pain, " or "While you recover, ".
    """
    what = "each exercise and each run" if runs else "each exercise and each walk"
    return (
        f"keep {what} at a level where your pain is back to its usual level by the next "
        "morning; if it is not, do less next time (the pain-monitoring model's rule, tested "
        "in Achilles tendon pain, not back pain)."
    )


def warm_up_sentence(minutes: float) -> str:
    """What the warm-up of every session is, in one sentence.

    Parameters
    ----------
    minutes : float
        The warm-up's length (``warm_up_minutes``).

    Returns
    -------
    str
        For example "Start each session with a 5-minute warm-up: ...".
    """
    return (
        f"Start each session with a {minutes:g}-minute warm-up: easy walking or marching on "
        "the spot, then a few slow cat–camels (leave them out if they bring on, worsen or "
        "spread leg symptoms; "
        "with thin bones or a past broken bone in the spine, keep them small or leave them out)."
    )


def warm_up_minutes(minutes: float) -> float:
    """The warm-up of a session of ``minutes``: easy walking or marching, then cat–camels.

    Parameters
    ----------
    minutes : float
        The session's length in minutes.

    Returns
    -------
    float
        5 minutes, or less for a short session.
    """
    return float(next(warm for shortest, warm in WARM_UPS if minutes >= shortest))


def is_deload(week: int, weeks: int) -> bool:
    """Whether ``week`` is a lighter week: every fourth, but never the last.

    Parameters
    ----------
    week : int
        The week, from 1.
    weeks : int
        The plan's length in weeks.

    Returns
    -------
    bool
        True for a lighter week.
    """
    return week % DELOAD_EVERY == 0 and week != weeks


def after_weeks_at_version(first: int, weeks: int) -> int:
    """The first week a version taken in week ``first`` may give way to the next.

    Parameters
    ----------
    first : int
        The week the version starts.
    weeks : int
        The plan's length.

    Returns
    -------
    int
        The week after ``WEEKS_AT_A_VERSION`` full weeks at it (lighter weeks
        do not count).
    """
    week, full = first, 0
    while full < WEEKS_AT_A_VERSION:
        full += not is_deload(week, weeks)
        week += 1
    return week


def change_weeks(
    chosen: list[str], back_pain: str, equipment: tuple[str, ...], weeks: int, library
) -> list[dict[str, int]]:
    """The week each family moves to the standard and the harder version.

    Families on ``OWN_SCHEDULE`` come first; the others start in halves, the
    second half a week after the first. Each takes the first week with room: no
    week changes the version of more than half the exercises, no lighter week
    and no last week changes any, and every version is kept ``WEEKS_AT_A_VERSION``
    full weeks.

    Parameters
    ----------
    chosen : list of str
        The plan's families, in order.
    back_pain : str
        One of ``strength_plan_inputs.BACK_PAIN``.
    equipment : tuple of str
        The reader's equipment.
    weeks : int
        The plan's length.
    library : dict of str to Exercise
        The exercise library by id.

    Returns
    -------
    list of dict
        For each family, the week (from 1) of each version it reaches.
    """
    half = progress_limit(len(chosen))
    changing: dict[int, int] = {}
    result: list[dict[str, int]] = [{} for _ in chosen]

    def usable(i: int, level: str) -> bool:
        """Whether the reader has what family ``i`` needs at ``level``.

        Parameters
        ----------
        i : int
            The family's place in ``chosen``.
        level : str
            One of ``LEVELS``.

        Returns
        -------
        bool
            True when the equipment is there.
        """
        return set(needs_equipment(chosen[i], level, library)) <= set(equipment)

    def place(i: int, level: str, earliest: int) -> None:
        """Move family ``i`` to ``level`` in the first week from ``earliest`` with room.

        Parameters
        ----------
        i : int
            The family's place in ``chosen``.
        level : str
            "standard" or "harder".
        earliest : int
            The earliest week, before the weeks at the version before are counted.
        """
        if level == "harder":
            earliest = max(earliest, after_weeks_at_version(result[i]["standard"], weeks))
        week = earliest
        while week > 1 and (is_deload(week, weeks) or changing.get(week, 0) >= half):
            week += 1
        # Nothing new starts in a plan's last week: it would end before it is learned.
        if week < weeks or week == 1:
            changing[week] = changing.get(week, 0) + 1
            result[i][level] = week

    own = {
        i: OWN_SCHEDULE[family][back_pain]
        for i, family in enumerate(chosen)
        if back_pain in OWN_SCHEDULE.get(family, {})
    }
    for i, schedule in own.items():
        for level, earliest in schedule.items():
            if usable(i, level) and (level == "standard" or "standard" in result[i]):
                place(i, level, earliest)
    for level in ("standard", "harder"):
        start = LEVEL_FROM_WEEK[back_pain][level]
        if start is None:
            continue
        for i in range(len(chosen)):
            if i in own or not usable(i, level):
                continue
            if level == "standard" or "standard" in result[i]:
                place(i, level, start + i // half)
    return result


def progress_limit(exercises: int) -> int:
    """At most half of a week's exercises progress (at least one): the plan's own rule.

    Parameters
    ----------
    exercises : int
        The exercises in a week.

    Returns
    -------
    int
        How many may progress: a new version, a longer hold or added weight.
    """
    return max(1, exercises // 2)


def _session_seconds(items: list[PlanItem]) -> float:
    return sum(item.seconds for item in items)


def _weeks(chosen, sets, back_pain, equipment, number_of_weeks, sessions, warm_up, library):
    """Every week of the plan for the chosen families, each done in its own number of sets."""
    changes = change_weeks(chosen, back_pain, equipment, number_of_weeks, library)
    # A week progresses at most half the exercises, counting a new version, a longer hold
    # and added weight alike (change_weeks keeps new versions within it; holds and weight
    # take what room is left, in the plan's order).
    half = progress_limit(len(chosen))
    held = [0] * len(chosen)
    walk = float(WALK_START_MINUTES)
    weeks = []
    # A new version is learned in its first week, and in a lighter week straight after it.
    learning_version = [False] * len(chosen)
    for week in range(1, number_of_weeks + 1):
        deload = is_deload(week, number_of_weeks)
        room = half - sum(1 for change in changes if week in change.values())
        items = []
        learning = week <= LEARNING_WEEKS and back_pain not in GENTLE
        for i, family in enumerate(chosen):
            level = max(
                ("easier", *[lv for lv, w in changes[i].items() if w <= week]),
                key=LEVELS.index,
            )
            changed = week in changes[i].values()
            if back_pain == "leg_symptoms":
                progress = "holding"
            elif week == 1:
                progress = "start"
            elif deload:
                progress = "lighter"
            elif changed:
                progress, held[i] = "version", 0
            else:
                progress = "same"
            done = max(1, sets[i] - 1) if deload else sets[i]
            # A hold grows only after the learning weeks, as versions do.
            if progress == "same" and room > 0 and not learning:
                exercise, _ = at_level(family, level, library)
                if exercise.dose.reps is None and exercise.dose.hold_seconds is not None:
                    # A hold grows until it has gained its most; then it stays.
                    if HOLD_STEP_SECONDS * (held[i] + 1) <= MAX_EXTRA_HOLD_SECONDS:
                        progress, held[i], room = "hold", held[i] + 1, room - 1
                elif "dumbbells" in needs_equipment(family, level, library):
                    progress, room = "load", room - 1
            learning_version[i] = changed or (deload and learning_version[i])
            item = plan_item(
                family, level, done, held[i], progress, back_pain, learning, learning_version[i]
            )
            items.append(item)
        if back_pain in GENTLE:
            if week > 1 and not deload and back_pain != "leg_symptoms":
                walk = min(WALK_GOAL_MINUTES, math.floor(walk * WALK_GROWTH))
            walk_minutes, walk_days = walk, WALK_DAYS_PER_WEEK
        else:
            walk_minutes, walk_days = 0.0, 0
        weeks.append(
            Week(week, deload, sessions, tuple(items), float(walk_minutes), walk_days, warm_up)
        )
    return weeks


def _choose(minutes, back_pain, equipment, number_of_weeks, sessions, warm_up, library):
    """The families that fit the session every week, and the sets each is done in.

    Every family is first tried at 3 sets. A runner's plan of
    ``TRUNK_FROM_MINUTES`` or more must also hold a trunk exercise: when it
    does not fit, the exercises after the first ``MAIN_EXERCISES`` drop to 2
    sets, then all of them.
    """
    ladders = families(library)
    usable = [
        family
        for family in choice_order(back_pain)
        if family in ladders and set(needs_equipment(family, "easier", library)) <= set(equipment)
    ]
    budget = (minutes - warm_up) * 60

    def longest(families_: list[str], sets: list[int]) -> float:
        weeks = _weeks(
            families_, sets, back_pain, equipment, number_of_weeks, sessions, warm_up, library
        )
        return max(_session_seconds(list(w.items)) for w in weeks)

    def sets_for(count: int, main: int, rest: int) -> list[int]:
        return [main if i < MAIN_EXERCISES else rest for i in range(count)]

    def pick(main: int, rest: int) -> list[str]:
        chosen: list[str] = []
        # In a short session a long first exercise could leave no room for a
        # second: then the quickest exercises go first.
        quickest = sorted(
            usable,
            key=lambda f: (
                back_pain in GENTLE and library[f].load != "low",
                longest([f], [main]),
            ),
        )
        for order in (usable, quickest):
            chosen = []
            for family in order:
                trial = chosen + [family]
                if longest(trial, sets_for(len(trial), main, rest)) <= budget:
                    chosen.append(family)
            if len(chosen) >= 2:
                break
        chosen.sort(key=usable.index)
        return chosen

    needs_trunk = back_pain not in GENTLE and minutes >= TRUNK_FROM_MINUTES
    best: tuple[list[str], list[int]] = ([], [])
    holding = back_pain == "leg_symptoms"
    doses = (
        ((HOLDING_SETS, HOLDING_SETS),)
        if holding
        else ((SETS, SETS), (SETS, FEWER_SETS), (FEWER_SETS, FEWER_SETS))
    )
    for main, rest in doses:
        chosen = pick(main, rest)
        if holding:
            chosen = chosen[:HOLDING_EXERCISES]
        sets = sets_for(len(chosen), main, rest)
        has_trunk = any(library[f].category == "trunk" for f in chosen)
        enough = len(chosen) >= 3 and (has_trunk or not needs_trunk)
        if enough or len(chosen) > len(best[0]):
            best = (chosen, sets)
        if enough:
            break
    if len(best[0]) < 2:
        raise ValueError(
            f"{minutes:g} minutes is too short for two of these exercises with a warm-up: "
            "give each session a few more minutes."
        )
    return best


def _holding_summary(minutes, sessions, kit, names, longest, weeks, unused) -> tuple[str, tuple]:
    """The leg-symptom plan's words: the stop, when not to wait, then a short session until the check.

    No running advice and no progression: the plan is rebuilt after the check.
    """
    lines = [
        LEG_SYMPTOM_ACTION,
        # Before the exercises: when not to wait for that check.
        LEG_SYMPTOMS_WORSE,
        WHILE_WAITING_SENTENCE,
        f"Until you are checked, which should be within a few days, do the same short session "
        f"{sessions} time{'s' if sessions != 1 else ''} a week, up to {longest} minutes with "
        f"the warm-up (you have {minutes:g}; it is kept short on purpose), with {kit}: {names}."
        + unused,
        warm_up_sentence(weeks[0].warm_up_minutes),
        "Every exercise stays at its easiest version, with the same sets and repetitions "
        "each session: keep every set moderate and stop with 4 or more repetitions to spare.",
        _per_side_sentence(weeks),
        HOLDING_WALK_SENTENCE,
        REBUILD_SENTENCE,
    ]
    notes = (
        LEG_SYMPTOM_STOP_RULE,
        versions_intro(version_lines(weeks)),
        HELP_SENTENCE,
        SAME_DAY_SIGNS_NOTE,
        GUIDANCE_SENTENCE,
    )
    return " ".join(line for line in lines if line), tuple(note for note in notes if note)


def equipment_used(weeks, library) -> tuple[str, ...]:
    """The equipment a plan's exercises use in any week, so no unused item is listed.

    Parameters
    ----------
    weeks : sequence of Week
        The plan's weeks.
    library : dict of str to Exercise
        The exercise library by id.

    Returns
    -------
    tuple of str
        Equipment names, in ``exercises.EQUIPMENT`` order.
    """
    used = {
        name
        for week in weeks
        for item in week.items
        for name in needs_equipment(item.family, item.level, library)
    }
    return tuple(name for name in EQUIPMENT if name in used)


def _pattern_sentence(weeks, library) -> str:
    """The exception to "last 2–3 hard": a standard version drilled for its movement pattern."""
    drills = sorted(
        {
            library[i.family].name.lower()
            for w in weeks
            for i in w.items
            if i.level == "standard" and i.exercise_id in PATTERN_DRILLS
        }
    )
    if not drills:
        return ""
    which = last_weeks_sessions(weeks[0].sessions)
    return (
        f" The standard {' and '.join(drills)} is practised for its movement: "
        f"{EFFORT[('pattern', 'reps')]}; its load comes with the harder version. Move on "
        "from it, rather than by spare repetitions, when every repetition looked the same "
        f"(check in a mirror or a phone video), back long and hips back, {which}."
    )


def version_lines(weeks) -> tuple[str, ...]:
    """What the plan's easier and harder versions are, since each demo draws the standard one.

    One line per version, in the plan's order. A version that is an exercise
    of its own (the single-leg bridge) has its own demo and is left out.

    Parameters
    ----------
    weeks : sequence of Week
        The plan's weeks.

    Returns
    -------
    tuple of str
        For example "Easier glute bridge: Lift only halfway."; none when the
        plan uses only standard versions.
    """
    order = {level: n for n, level in enumerate(LEVELS)}
    seen: dict[tuple[str, str], tuple[int, int, str]] = {}
    for week in weeks:
        for place, item in enumerate(week.items):
            if item.level != "standard" and item.exercise_id == item.family:
                key = (item.family, item.level)
                line = f"{item.level.capitalize()} {item.name.lower()}: {item.version}"
                seen.setdefault(key, (place, order[item.level], line))
    return tuple(line for _, _, line in sorted(seen.values()))


def _per_side_sentence(weeks) -> str:
    """How to do a one-side exercise's sets, when the plan has one."""
    one_side = any(item.per_side for week in weeks for item in week.items)
    return PER_SIDE_SENTENCE if one_side else ""


def _unused_sentence(equipment, used) -> str:
    """Say which of the reader's equipment the plan leaves out, so none looks forgotten."""
    unused = [name for name in EQUIPMENT if name in equipment and name not in used]
    if not unused:
        return ""
    listed = unused[0] if len(unused) == 1 else f"{', '.join(unused[:-1])} or {unused[-1]}"
    return f" This plan does not need your {listed}."


def _summary(runs, minutes, sessions, back_pain, equipment, weeks, library) -> tuple[str, tuple]:
    first = weeks[0]
    names = ", ".join(library[i.family].name.lower() for i in first.items)
    used = equipment_used(weeks, library)
    kit = " and ".join(used) if used else "no equipment"
    unused = _unused_sentence(equipment, used)
    longest = math.ceil(max(w.session_minutes for w in weeks))
    gentle = back_pain in GENTLE
    if back_pain == "leg_symptoms":
        return _holding_summary(minutes, sessions, kit, names, longest, weeks, unused)
    lines = []
    lines += [
        f"{sessions} strength session{'s' if sessions != 1 else ''} a week for {len(weeks)} "
        f"weeks, each up to {longest} minutes with the warm-up (you have {minutes:g}), "
        f"with {kit}: {names}.{unused}",
        warm_up_sentence(first.warm_up_minutes),
        (
            "Keep every set moderate: stop with 4 or more repetitions to spare."
            if gentle
            else f"Weeks 1–{LEARNING_WEEKS} are learning weeks: stop every set with 3–4 "
            "repetitions to spare while you learn the movements. From week "
            f"{LEARNING_WEEKS + 1}, the standard and harder versions have an effort target: "
            "choose the version, or the weight, that makes the last 2–3 repetitions hard while "
            "your form stays good. A new version is done with 3–4 repetitions to spare (10 "
            "seconds to spare in a hold) in its first week, and, if the next week is a lighter "
            "week, that week too, to learn it. An easier version is done smooth and controlled "
            "until every repetition feels easy." + _pattern_sentence(weeks, library)
        ),
        _per_side_sentence(weeks),
        "The repetitions stay the same within a version; a new version starts at its own "
        "repetitions or hold, shown in the table. Progress comes from a harder version, a weight "
        "or a longer hold, for at most half of the exercises in any week.",
        "The table shows the earliest week for each new version. "
        + move_up_rule(sessions, from_standard=LEVEL_FROM_WEEK[back_pain]["harder"] is not None),
    ]
    deloads = [w.number for w in weeks if w.deload]
    if deloads:
        lines.append(
            "Week "
            + " and ".join(map(str, deloads))
            + (" is a lighter week" if len(deloads) == 1 else " are lighter weeks")
            + ": fewer sets, the same versions, to let your body catch up."
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
    if gentle:
        lines.append(
            f"Walk most days, starting at {WALK_START_MINUTES} minutes and adding at most a "
            f"quarter each week, towards about {WALK_GOAL_MINUTES}; low-load exercises come first."
        )
    # Every plan carries the pain monitor's stop rule, word for word: leg symptoms can start
    # during any plan, not only one chosen for them.
    notes.append(LEG_SYMPTOM_STOP_RULE)
    if back_pain == "recovering":
        notes.append("This plan starts gently because you are recovering from back pain.")
        lines.append("While you recover, " + next_morning_rule(runs > 0))
        lines.append(SETTLED_SENTENCE)
    elif back_pain == "mild":
        lines.append("With mild back pain, " + next_morning_rule(runs > 0))
    if back_pain == "recovering":
        notes.append(RUNNING_SENTENCE if runs else NOT_RUNNING_SENTENCE)
    elif not gentle:
        notes.append(LOADING_SENTENCE)
        if "dumbbells" in used:
            notes.append(DUMBBELL_SENTENCE)
        if any(i.exercise_id == "single_leg_calf_raise" for w in weeks for i in w.items):
            notes.append(CALF_TEST_SENTENCE)
        if runs:
            notes.append(RACE_SENTENCE)
    notes.append(versions_intro(version_lines(weeks)))
    notes.append(HELP_SENTENCE)
    notes.append(SAME_DAY_SIGNS_NOTE)
    notes.append(GUIDANCE_SENTENCE)
    return " ".join(line for line in lines if line), tuple(note for note in notes if note)


def build_plan(
    runs_per_week, minutes_per_session, sessions_per_week=2, back_pain="none", equipment=(), weeks=8
) -> StrengthPlan:
    """A strength plan for a runner.

    Bad input raises ``ValueError`` with a sentence a reader understands.

    Parameters
    ----------
    runs_per_week : int
        Runs a week, 0 to 14; decides where the advice puts strength sessions.
    minutes_per_session : float
        Minutes per strength session, 10 to 120; every session fits in them.
    sessions_per_week : int, optional
        Strength sessions a week, 1 to 7.
    back_pain : str, optional
        "none", "mild", "recovering" or "leg_symptoms"; the last two start
        with low-load exercises and add walking; leg symptoms give one short
        block of the easiest versions until the check, with the rule for when
        to stop.
    equipment : sequence of str, optional
        Any of "step", "dumbbells", "resistance band" (or none).
    weeks : int, optional
        Length of the plan in weeks, 4 to 16 (not used with leg symptoms).

    Returns
    -------
    StrengthPlan
        The inputs, every week's exercises and doses, a summary and notes.
    """
    runs, minutes, sessions, back_pain, equipment, number_of_weeks = check_inputs(
        runs_per_week, minutes_per_session, sessions_per_week, back_pain, equipment, weeks
    )
    library = library_by_id()
    if back_pain == "leg_symptoms":
        # A holding programme until the check, whatever the reader asked for.
        number_of_weeks = min(number_of_weeks, HOLDING_WEEKS)
        budget_minutes = min(minutes, HOLDING_MINUTES)
    else:
        budget_minutes = minutes
    warm_up = warm_up_minutes(budget_minutes)
    chosen, sets = _choose(
        budget_minutes, back_pain, equipment, number_of_weeks, sessions, warm_up, library
    )
    plan_weeks = _weeks(
        chosen, sets, back_pain, equipment, number_of_weeks, sessions, warm_up, library
    )
    summary, notes = _summary(runs, minutes, sessions, back_pain, equipment, plan_weeks, library)
    return StrengthPlan(
        runs,
        minutes,
        sessions,
        back_pain,
        equipment,
        tuple(plan_weeks),
        summary,
        notes,
        version_lines(plan_weeks),
    )
