"""The inputs of a strength plan, checked before a plan is built.

The strength-plan builder takes numbers a reader sets with sliders or types in
a notebook. Anything it cannot plan for (a fraction of a session, 8 sessions
in a 7-day week, unknown equipment) raises ``ValueError`` with one sentence
saying what to change, which the interactive shows instead of a plan.
"""

from __future__ import annotations

import math
import numbers

from widgets.model.exercises import EQUIPMENT

BACK_PAIN = ("none", "mild", "recovering", "leg_symptoms")
MAX_RUNS_PER_WEEK = 14
MAX_SESSIONS_PER_WEEK = 7
MIN_MINUTES = 10
MAX_MINUTES = 120
MIN_WEEKS, MAX_WEEKS = 4, 16


def _whole_number(value, name: str, low: int, high: int, sentence: str) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Real)
        or not math.isfinite(float(value))
        or int(value) != value
    ):
        raise ValueError(f"{sentence} must be a whole number, not {value!r}.")
    if not low <= value <= high:
        raise ValueError(f"{sentence} must be between {low} and {high}; you gave {value:g}.")
    return int(value)


def _session_minutes(minutes_per_session) -> float:
    """The minutes of one strength session: a number from 10 to 120."""
    if (
        isinstance(minutes_per_session, bool)
        or not isinstance(minutes_per_session, numbers.Real)
        or not math.isfinite(float(minutes_per_session))
    ):
        raise ValueError(
            f"The minutes for each session must be a number, not {minutes_per_session!r}."
        )
    if minutes_per_session <= 0:
        raise ValueError("The minutes for each session must be more than 0.")
    if minutes_per_session < MIN_MINUTES:
        raise ValueError(
            f"A session needs at least {MIN_MINUTES} minutes: a short warm-up and two exercises."
        )
    if minutes_per_session > MAX_MINUTES:
        raise ValueError(f"Plan at most {MAX_MINUTES} minutes for a strength session.")
    return float(minutes_per_session)


def _sessions(sessions_per_week) -> int:
    """Strength sessions a week: a whole number from 1 to 7."""
    if (
        isinstance(sessions_per_week, bool)
        or not isinstance(sessions_per_week, numbers.Real)
        or not math.isfinite(float(sessions_per_week))
        or int(sessions_per_week) != sessions_per_week
    ):
        raise ValueError(
            f"The number of strength sessions a week must be a whole number, not "
            f"{sessions_per_week!r}."
        )
    if sessions_per_week > MAX_SESSIONS_PER_WEEK:
        raise ValueError(
            "A week has only 7 days: plan at most 7 strength sessions a week (2 or 3 is plenty)."
        )
    if sessions_per_week < 1:
        raise ValueError("Plan at least 1 strength session a week.")
    return int(sessions_per_week)


def _equipment(equipment) -> tuple[str, ...]:
    """The reader's equipment, each item known, repeats dropped; one name may be given alone."""
    if isinstance(equipment, str):
        equipment = (equipment,)
    try:
        equipment = tuple(equipment)
    except TypeError:
        raise ValueError("Equipment must be a list, for example ('step', 'dumbbells').") from None
    unknown = [item for item in equipment if item not in EQUIPMENT]
    if unknown:
        raise ValueError(
            f"The plan does not know the equipment {', '.join(map(repr, unknown))}. "
            f"Choose from: {', '.join(EQUIPMENT)}, or none."
        )
    return tuple(dict.fromkeys(equipment))


def check_inputs(
    runs_per_week, minutes_per_session, sessions_per_week, back_pain, equipment, weeks
) -> tuple[int, float, int, str, tuple[str, ...], int]:
    """A strength plan's inputs, checked, or a ``ValueError`` with a sentence for the reader.

    Parameters
    ----------
    runs_per_week : int
        Runs a week, a whole number from 0 to 14.
    minutes_per_session : float
        Minutes per strength session, 10 to 120.
    sessions_per_week : int
        Strength sessions a week, a whole number from 1 to 7.
    back_pain : str
        One of ``BACK_PAIN``: "none", "mild", "recovering" or "leg_symptoms".
    equipment : str or sequence of str
        Items of ``EQUIPMENT`` the reader has; one name may be given alone.
    weeks : int
        Length of the plan, a whole number of weeks from 4 to 16.

    Returns
    -------
    tuple
        The same inputs as int, float, int, str, a tuple without repeats, int.
    """
    runs = _whole_number(
        runs_per_week, "runs_per_week", 0, MAX_RUNS_PER_WEEK, "The number of runs a week"
    )
    minutes = _session_minutes(minutes_per_session)
    sessions = _sessions(sessions_per_week)
    if back_pain not in BACK_PAIN:
        raise ValueError(
            f"Back pain must be one of: {', '.join(BACK_PAIN)}; you gave {back_pain!r}."
        )
    kit = _equipment(equipment)
    number_of_weeks = _whole_number(weeks, "weeks", MIN_WEEKS, MAX_WEEKS, "The number of weeks")
    return runs, minutes, sessions, back_pain, kit, number_of_weeks
