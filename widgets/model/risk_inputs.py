"""The inputs of the mileage-risk model, checked before anything is computed.

A plan is four distances in km, an experience level, a yes or no for a
previous injury, and hours of other sport. Input a reader could type by mistake
(a longest run longer than the whole week, a negative distance, 500 km a
week) raises ``ValueError`` with a sentence saying what to change, because
the chapter's interactives show that sentence instead of a result.
"""

from __future__ import annotations

import math
from numbers import Real
from typing import NamedTuple

import numpy as np

from widgets.units import format_distance

# What every relative rate is relative to.
REFERENCE_PLAN = (
    "a recreational runner repeating last month's training, "
    "with no injury history and no other sport"
)
MAX_WEEKLY_KM = 400.0
MAX_SINGLE_RUN_KM = 400.0
# Each hour of other sport applies the per-hour estimate again; see the
# docstring of widgets.model.risk for why the model stops at 3 hours a week.
MAX_OTHER_SPORT_HOURS = 3.0
DAYS_PER_WEEK = 7
RECENT_WINDOW_DAYS = 30
EXPERIENCE_LEVELS = ("novice", "recreational")
# Room for rounding when one distance may equal another (a week of one run).
_TOLERANCE = 1 + 1e-9


class PlanInputs(NamedTuple):
    """A plan's inputs once checked: distances in km, experience, injury, hours."""

    recent_weekly_km: float
    planned_weekly_km: float
    recent_longest_km: float
    planned_longest_km: float
    experience: str
    previous_injury: bool
    other_sport_hours: float


def check_number(value, what: str) -> float:
    """``value`` as a float, or a ``ValueError`` naming ``what`` in words.

    Parameters
    ----------
    value : object
        What the reader gave; a bool, text, NaN or infinity is refused.
    what : str
        The quantity in words, for the error sentence (e.g. "pace (minutes per km)").

    Returns
    -------
    float
        The value as a finite float.
    """
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"The {what} must be a number, not {value!r}.")
    number = float(value)
    if math.isnan(number):
        raise ValueError(f"The {what} is missing (not a number).")
    if math.isinf(number):
        raise ValueError(f"The {what} must be a finite number.")
    return number


def _distance(value, what: str, maximum: float) -> float:
    km = check_number(value, what)
    if km < 0:
        raise ValueError(f"The {what} cannot be negative.")
    if km > maximum:
        raise ValueError(
            f"The {what} of {format_distance(km, decimals=0)} is more than "
            f"{format_distance(maximum, decimals=0)}: that is beyond what people run, "
            "so the studies cannot say anything about it."
        )
    return km


def _check_planned(planned_weekly: float, planned_longest: float) -> None:
    """The planned longest run must fit in the planned week, and exist if the week does."""
    if planned_longest > planned_weekly * _TOLERANCE:
        raise ValueError(
            f"Your planned longest run ({format_distance(planned_longest)}) is longer than your "
            f"whole planned week ({format_distance(planned_weekly)}). The longest run is part "
            "of the week, so make the week longer or the run shorter."
        )
    if planned_weekly > 0 and planned_longest == 0:
        raise ValueError(
            "You plan to run some distance this week, so your planned longest run must be "
            "more than 0."
        )


def _check_recent(recent_weekly: float, recent_longest: float) -> None:
    """The recent longest run must fit in the last 30 days, and exist if they had running."""
    recent_month_km = recent_weekly * RECENT_WINDOW_DAYS / DAYS_PER_WEEK
    if recent_longest > recent_month_km * _TOLERANCE:
        raise ValueError(
            f"Your longest run of the last 30 days ({format_distance(recent_longest)}) is more "
            f"than all your running in those 30 days ({format_distance(recent_month_km)} at "
            f"{format_distance(recent_weekly)} a week). Check both numbers."
        )
    if recent_weekly > 0 and recent_longest == 0:
        raise ValueError(
            "You ran some distance in recent weeks, so your longest run of the last 30 days "
            "must be more than 0."
        )


def _other_sport_hours(value) -> float:
    hours = check_number(value, "hours of other sport per week")
    if hours < 0:
        raise ValueError("The hours of other sport per week cannot be negative.")
    if hours > MAX_OTHER_SPORT_HOURS:
        raise ValueError(
            f"The model stops at {MAX_OTHER_SPORT_HOURS:g} hours of other sport a week. It uses "
            "one study's number for each hour, and more hours would stretch that number too far."
        )
    return hours


def check_inputs(
    recent_weekly_km,
    planned_weekly_km,
    recent_longest_km,
    planned_longest_km,
    experience,
    previous_injury,
    other_sport_hours,
) -> PlanInputs:
    """A plan's inputs, checked one by one and against each other.

    Parameters
    ----------
    recent_weekly_km : float
        Average weekly distance over the last month, in km (0 to 400).
    planned_weekly_km : float
        The planned week's distance, in km (0 to 400).
    recent_longest_km : float
        Longest run of the last 30 days, in km; no more than those 30 days' total.
    planned_longest_km : float
        The planned longest run, in km; no more than the planned week.
    experience : str
        "novice" or "recreational" (any case, spaces around are ignored).
    previous_injury : bool
        Whether the runner has had a running-related injury before.
    other_sport_hours : float
        Hours of other sport a week, 0 to ``MAX_OTHER_SPORT_HOURS``.

    Returns
    -------
    PlanInputs
        The same inputs as floats, lower-case experience and a plain bool.
    """
    recent_weekly = _distance(recent_weekly_km, "recent weekly distance", MAX_WEEKLY_KM)
    planned_weekly = _distance(planned_weekly_km, "planned weekly distance", MAX_WEEKLY_KM)
    recent_longest = _distance(recent_longest_km, "recent longest run", MAX_SINGLE_RUN_KM)
    planned_longest = _distance(planned_longest_km, "planned longest run", MAX_SINGLE_RUN_KM)
    _check_planned(planned_weekly, planned_longest)
    _check_recent(recent_weekly, recent_longest)
    if not isinstance(experience, str) or experience.strip().lower() not in EXPERIENCE_LEVELS:
        raise ValueError(f"Experience must be 'novice' or 'recreational', not {experience!r}.")
    if not isinstance(previous_injury, (bool, np.bool_)):
        raise ValueError(
            f"Previous injury must be yes (True) or no (False), not {previous_injury!r}."
        )
    hours = _other_sport_hours(other_sport_hours)
    return PlanInputs(
        recent_weekly,
        planned_weekly,
        recent_longest,
        planned_longest,
        experience.strip().lower(),
        bool(previous_injury),
        hours,
    )
