"""Words for a mileage-risk result: the plan, the number, and where it comes from.

Kept apart from the calculation (``widgets.model.risk``) so the sentences a
reader sees can change without touching the model. Pure Python.
"""

from __future__ import annotations

from typing import Protocol

from widgets.data import source_label
from widgets.model.risk_factors import Factor
from widgets.model.risk_inputs import REFERENCE_PLAN
from widgets.units import format_distance


class RiskResult(Protocol):
    """What these sentences read of a result (``widgets.model.risk.RiskResult`` has it).

    Described here, not imported: the result module imports this one for its
    ``summary()``, and an import back would close a circle.
    """

    @property
    def estimate(self) -> float: ...  # numpydoc ignore=GL08
    @property
    def low(self) -> float: ...  # numpydoc ignore=GL08
    @property
    def high(self) -> float: ...  # numpydoc ignore=GL08
    @property
    def factors(self) -> tuple[Factor, ...]: ...  # numpydoc ignore=GL08
    @property
    def notes(self) -> tuple[str, ...]: ...  # numpydoc ignore=GL08
    @property
    def planned_weekly_km(self) -> float: ...  # numpydoc ignore=GL08
    @property
    def planned_longest_km(self) -> float: ...  # numpydoc ignore=GL08
    @property
    def other_sport_hours(self) -> float: ...  # numpydoc ignore=GL08
    @property
    def longest_run_increase_percent(self) -> float: ...  # numpydoc ignore=GL08
    @property
    def starting_from_zero(self) -> bool: ...  # numpydoc ignore=GL08
    @property
    def applied_factors(self) -> tuple[Factor, ...]: ...  # numpydoc ignore=GL08


def format_times(value: float) -> str:
    """A relative rate for a sentence: never "0.0", never more digits than it deserves.

    10 and above as a whole number, 1 to 10 with one decimal, below 1 with two
    significant figures (0.61, 0.39), and below 0.01 as "under 0.01".

    Parameters
    ----------
    value : float
        A rate ratio, 0 or more.

    Returns
    -------
    str
        The number as a sentence shows it.
    """
    if value >= 9.95:
        return f"{value:.0f}"
    if value >= 0.995:
        return f"{value:.1f}"
    if value >= 0.01:
        return f"{value:.2g}"
    return "under 0.01"


READING_CAVEAT = "a relative rate for groups of runners, not your own chance and not back pain"
COMBINED = "combining the published estimates (an assumption of this course), the model gives"


def basis_phrase(result: RiskResult) -> str:
    """Where the number comes from: one study, or this course's combination.

    Parameters
    ----------
    result : RiskResult
        The model's result for a plan.

    Returns
    -------
    str
        The opening of a clause, e.g. "one study (Frandsen 2025) found".
    """
    applied = result.applied_factors
    if not applied:
        return "the model gives"
    if len(applied) > 1:
        return COMBINED
    factor = applied[0]
    source = source_label(factor.source)
    if factor.key == "experience":
        return (
            f"dividing the injury rates of new and recreational runners in one review "
            f"({source}), the model gives"
        )
    if factor.key == "other_sport" and result.other_sport_hours != 1:
        return (
            f"applying one study's estimate ({source}) once for each hour of other sport "
            "(an assumption of this course), the model gives"
        )
    return f"one study ({source}) found"


def rate_phrase(result: RiskResult) -> str:
    """How the plan's rate compares with the reference, in words, with its interval.

    Parameters
    ----------
    result : RiskResult
        The model's result for a plan.

    Returns
    -------
    str
        For example "about 1.6 times the rate of running-related injury ...".
    """
    if not result.applied_factors:
        return "the same rate of running-related injury (mostly in the legs) as the reference plan"
    return (
        f"about {format_times(result.estimate)} times the rate of running-related injury "
        f"(mostly in the legs) of the reference plan (95 % interval "
        f"{format_times(result.low)} to {format_times(result.high)})"
    )


def finding(result: RiskResult) -> str:
    """Where the number comes from and the number itself, as one clause.

    Parameters
    ----------
    result : RiskResult
        The model's result for a plan.

    Returns
    -------
    str
        :func:`basis_phrase` then :func:`rate_phrase`.
    """
    return f"{basis_phrase(result)} {rate_phrase(result)}"


def reading(result: RiskResult, unit: str = "km") -> str:
    """A few plain sentences: the plan, the number and where it comes from, what it is not.

    Parameters
    ----------
    result : RiskResult
        The model's result for a plan.
    unit : str, optional
        "km" or "mi": the unit the longest run is given in first.

    Returns
    -------
    str
        The sentences the interactives show under the figure.
    """
    if result.planned_weekly_km == 0:
        return "You plan no running, so there is no running-injury rate to compare."
    run = format_distance(result.planned_longest_km, unit)
    if result.starting_from_zero:
        change = f"a longest run of {run} after no running in the last 30 days"
    elif result.longest_run_increase_percent > 10:
        change = (
            f"a longest run of {run}, {result.longest_run_increase_percent:.0f} % "
            "longer than recently"
        )
    else:
        change = f"a longest run of {run}, no more than 10 % longer than recently"
    said = finding(result)
    # A model rule, not a study, set the weekly factor to 1: say so beside the number.
    weekly = [
        f.note for f in result.factors if f.key == "progression" and f.is_reference and f.note
    ]
    extra = "".join(f" Weekly distance: {note}" for note in weekly)
    return f"Your plan: {change}. {said[0].upper()}{said[1:]}. This is {READING_CAVEAT}.{extra}"


def plain_summary(result: RiskResult) -> str:
    """The result and its breakdown as a few lines of plain text, for a notebook cell.

    Parameters
    ----------
    result : RiskResult
        The model's result for a plan.

    Returns
    -------
    str
        The rate, each factor with its source and note, and the caveats, one per line.
    """
    lines = [
        f"{result.estimate:.2f} times the reference rate "
        f"(95 % interval {result.low:.2f} to {result.high:.2f})"
    ]
    for f in result.factors:
        source = f" ({source_label(f.source)})" if f.source else ""
        lines.append(
            f"  {f.name}: {f.setting} -> {f.value:.2f} ({f.low:.2f} to {f.high:.2f}){source}"
        )
        if f.note:
            lines.append(f"    ({f.note})")
    lines.extend(f"  Note: {note}" for note in result.notes)
    if len(result.applied_factors) > 1:
        lines.append(
            "Multiplying these factors is an assumption of this course, not a study finding."
        )
    lines.append(
        f"Reference plan: {REFERENCE_PLAN}. Relative rate of running-related "
        "injury (mostly lower limb); not back pain, not a personal chance."
    )
    return "\n".join(lines)
