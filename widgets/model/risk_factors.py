"""The five factors of the mileage-risk model, and how their intervals combine.

Each factor turns one input of a plan into a rate relative to the reference
plan, with a 95 % interval, from the published estimates in
``widgets.evidence``. ``combine`` multiplies the factors and adds their
log-scale standard errors in quadrature, one side of the interval at a time.
``widgets.model.risk`` checks a plan and asks this module for its factors; its
module docstring explains the model, its assumptions and where two factors are
this course's own arithmetic rather than a published number.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from widgets.data import source_label
from widgets.evidence import (
    NOVICE_FAST_PROGRESSION,
    NOVICE_RATE_PER_1000H,
    OTHER_SPORT_PER_WEEKLY_HOUR,
    PREVIOUS_INJURY,
    RECREATIONAL_RATE_PER_1000H,
    SPIKE_10_TO_30,
    SPIKE_30_TO_100,
    SPIKE_OVER_100,
    Estimate,
)

Z_95 = 1.959963984540054


def log_terms(value: float, low: float, high: float) -> tuple[float, float, float]:
    """log(value) and the lower and upper standard errors on the log scale.

    A 95 % interval from ``low`` to ``high`` around ``value`` is read as a
    log-normal one, each side with its own standard error. This is how the
    model carries a published interval through a product of factors.

    Parameters
    ----------
    value : float
        The estimate, for example a rate ratio; more than 0.
    low, high : float
        The ends of its 95 % interval, with ``0 < low <= value <= high``.

    Returns
    -------
    tuple of float
        ``(log(value), lower standard error, upper standard error)``.
    """
    log_value = math.log(value)
    return log_value, (log_value - math.log(low)) / Z_95, (math.log(high) - log_value) / Z_95


def _log_half_widths(estimate: Estimate) -> tuple[float, float, float]:
    return log_terms(estimate.value, estimate.low, estimate.high)


def _novice_vs_recreational() -> Estimate:
    """Ratio of the novice to the recreational rate, with a propagated interval."""
    novice, se_novice_low, se_novice_high = _log_half_widths(NOVICE_RATE_PER_1000H)
    recreational, se_rec_low, se_rec_high = _log_half_widths(RECREATIONAL_RATE_PER_1000H)
    log_ratio = novice - recreational
    # The ratio is lowest when novices are low and recreational runners high.
    se_low = math.hypot(se_novice_low, se_rec_high)
    se_high = math.hypot(se_novice_high, se_rec_low)
    return Estimate(
        math.exp(log_ratio),
        math.exp(log_ratio - Z_95 * se_low),
        math.exp(log_ratio + Z_95 * se_high),
        source="videbaek2015",
        unit="rate ratio",
        kind="derived ratio",
    )


# 17.8 / 7.7 = 2.31 (about 2.01 to 2.63): this course's ratio of two pooled
# rates from different studies in one meta-analysis, not adjusted for anything else.
NOVICE_VS_RECREATIONAL = _novice_vs_recreational()

# Every factor and where it comes from. "published" means the number is the
# study's own; "derived" and "per hour" mean this course did something to it.
FACTOR_SOURCES = {
    "spike": ("frandsen2025", "published"),
    "progression": ("nielsen2014", "published"),
    "experience": ("videbaek2015", "derived: ratio of two pooled rates"),
    "previous_injury": ("malisoux2015", "published"),
    "other_sport": ("malisoux2015", "per hour: applied once for each weekly hour"),
}


@dataclass(frozen=True)
class SpikeBand:
    """One group of Frandsen 2025's single-run spike analysis.

    A run is in the group when it is more than ``above_percent`` and at most
    ``up_to_percent`` longer than the longest run of the 30 days before it.
    ``estimate`` is the group's rate ratio, or None for the reference group.
    """

    label: str
    above_percent: float
    up_to_percent: float
    estimate: Estimate | None  # None: the reference group


SPIKE_BANDS = (
    SpikeBand("shorter, or up to 10 % longer", -math.inf, 10.0, None),
    SpikeBand("more than 10 % to 30 % longer", 10.0, 30.0, SPIKE_10_TO_30),
    SpikeBand("more than 30 % to 100 % longer", 30.0, 100.0, SPIKE_30_TO_100),
    SpikeBand("more than twice as long", 100.0, math.inf, SPIKE_OVER_100),
)
FAST_PROGRESSION_ABOVE_PERCENT = 30.0
SPIKE_FACTOR_NAME = "Longest run compared with the last 30 days"
PROGRESSION_FACTOR_NAME = "Weekly distance compared with last month"


@dataclass(frozen=True)
class Factor:
    """One factor of the breakdown: what it is, its setting and its numbers.

    ``value``, ``low`` and ``high`` are a rate ratio and its 95 % interval
    against the reference plan; ``source`` is a bibliography key and ``note``
    says when a rule of the model, not a study, decided the factor.
    """

    key: str
    name: str
    setting: str
    value: float
    low: float
    high: float
    source: str = ""
    note: str = ""

    @property
    def is_reference(self) -> bool:
        """Whether the factor is exactly 1 (1 to 1): it leaves the rate as it is.

        Returns
        -------
        bool
            True for a factor at the reference setting.
        """
        return self.value == 1.0 and self.low == 1.0 and self.high == 1.0

    def _log_terms(self) -> tuple[float, float, float]:
        """The factor on the log scale, as :func:`combine` adds it up.

        Returns
        -------
        tuple of float
            ``(log value, lower standard error, upper standard error)``; all 0
            for a reference factor.
        """
        if self.is_reference:
            return 0.0, 0.0, 0.0
        return log_terms(self.value, self.low, self.high)


def reference_factor(key: str, name: str, setting: str, note: str = "") -> Factor:
    """A factor of exactly 1: the plan is like the reference plan here.

    Parameters
    ----------
    key : str
        Which factor: "spike", "progression", "experience", "previous_injury"
        or "other_sport".
    name : str
        The factor's name as the breakdown shows it.
    setting : str
        The plan's setting in words, for example "+5 %" or "no".
    note : str, optional
        Why a rule of the model, not a study, made this factor 1.

    Returns
    -------
    Factor
        A factor with value, low and high all 1 and no source.
    """
    return Factor(key, name, setting, 1.0, 1.0, 1.0, "", note)


def estimate_factor(
    key: str, name: str, setting: str, estimate: Estimate, note: str = ""
) -> Factor:
    """A factor that is one published (or derived) estimate as it stands.

    Parameters
    ----------
    key : str
        Which factor (see :func:`reference_factor`).
    name : str
        The factor's name as the breakdown shows it.
    setting : str
        The plan's setting in words.
    estimate : Estimate
        The rate ratio with its 95 % interval and bibliography key.
    note : str, optional
        A caveat the breakdown shows beside the factor.

    Returns
    -------
    Factor
        The estimate's value, interval and source under this key.
    """
    return Factor(
        key, name, setting, estimate.value, estimate.low, estimate.high, estimate.source, note
    )


def combine(factors: Iterable[Factor]) -> tuple[float, float, float]:
    """Multiply factors; propagate their 95 % intervals on the log scale.

    Multiplying is the model's assumption, not a finding (see
    ``widgets.model.risk``). For one factor this gives back its own interval.

    Parameters
    ----------
    factors : iterable of Factor
        The factors to multiply; reference factors change nothing.

    Returns
    -------
    tuple of float
        ``(estimate, low, high)``: the combined rate ratio and its 95 % interval.
    """
    log_estimate = se_low_sq = se_high_sq = 0.0
    for factor in factors:
        log_value, se_low, se_high = factor._log_terms()
        log_estimate += log_value
        se_low_sq += se_low**2
        se_high_sq += se_high**2
    return (
        math.exp(log_estimate),
        math.exp(log_estimate - Z_95 * math.sqrt(se_low_sq)),
        math.exp(log_estimate + Z_95 * math.sqrt(se_high_sq)),
    )


def increase_percent(recent_km: float, planned_km: float) -> float:
    """Percentage increase from ``recent_km`` to ``planned_km``.

    From 0 km to more than 0 km is an infinite increase (``math.inf``); from
    0 km to 0 km is no change (0). Group boundaries are exact: 11 km after 10 km
    is +10 %.

    Parameters
    ----------
    recent_km : float
        The distance compared with, in km (a week or a longest run); 0 or more.
    planned_km : float
        The new distance, in km; 0 or more.

    Returns
    -------
    float
        The increase in percent (negative for a decrease), rounded to 9 decimals.
    """
    if recent_km == 0:
        return math.inf if planned_km > 0 else 0.0
    # Rounded so that 11 km after 10 km is exactly +10 %, not 10.000000000000009.
    return round((planned_km / recent_km - 1.0) * 100.0, 9)


def spike_band(increase: float) -> SpikeBand:
    """The spike group (Frandsen 2025) for a longest-run increase in percent.

    Parameters
    ----------
    increase : float
        How much longer the run is than the longest run of the 30 days before,
        in percent; ``math.inf`` after no running.

    Returns
    -------
    SpikeBand
        The group of ``SPIKE_BANDS`` the increase falls in (upper edges included).
    """
    if math.isnan(increase):
        raise ValueError("The increase in longest run is not a number.")
    for band in SPIKE_BANDS:
        if increase <= band.up_to_percent:
            return band
    return SPIKE_BANDS[-1]


def spike_factor(band: SpikeBand, increase: float | None) -> Factor:
    """The longest-run factor for one spike group.

    Parameters
    ----------
    band : SpikeBand
        The group the planned longest run falls in.
    increase : float or None
        The increase in percent, shown in the setting; None names the group only
        (as the step curve of :meth:`RiskResult.by_spike_band` does).

    Returns
    -------
    Factor
        The group's published rate ratio, or 1 for the reference group.
    """
    setting = band.label if increase is None else f"{increase:+.0f} % ({band.label})"
    if band.estimate is None:
        return reference_factor("spike", SPIKE_FACTOR_NAME, setting)
    return estimate_factor("spike", SPIKE_FACTOR_NAME, setting, band.estimate)


def progression_factor(weekly_increase: float, experience: str) -> Factor:
    """The weekly-distance factor: only fast progression in novices was studied.

    Parameters
    ----------
    weekly_increase : float
        The planned week against last month's average week, in percent.
    experience : str
        "novice" or "recreational".

    Returns
    -------
    Factor
        Nielsen 2014's estimate for a novice increasing by more than 30 %;
        otherwise 1, with a note when that is the model's rule, not a finding.
    """
    name = PROGRESSION_FACTOR_NAME
    setting = f"{weekly_increase:+.0f} %"
    if experience != "novice":
        if weekly_increase <= 10.0:
            return reference_factor("progression", name, setting)
        return reference_factor(
            "progression",
            name,
            setting,
            "Only studied as a rate in novices. A large cohort of all levels saw no link "
            f"with week-to-week change ({source_label('frandsen2025')}), but half-marathon "
            "runners adding 20-60 % a week had more injuries at day 21 "
            f"({source_label('damsted2019')}): take care with big jumps.",
        )
    if weekly_increase > FAST_PROGRESSION_ABOVE_PERCENT:
        return estimate_factor(
            "progression",
            name,
            setting,
            NOVICE_FAST_PROGRESSION,
            "Distance-related injuries only; the interval includes no effect.",
        )
    if weekly_increase > 10.0:
        return reference_factor(
            "progression",
            name,
            setting,
            "No checked estimate for 10-30 %: treated as the reference.",
        )
    return reference_factor("progression", name, setting)


def experience_factor(experience: str, from_zero: bool = False) -> Factor:
    """The experience factor: novices against recreational runners.

    Parameters
    ----------
    experience : str
        "novice" or "recreational".
    from_zero : bool, optional
        True when there was no running in the last 30 days, so the model uses
        the novice rate whatever the experience (the setting says why).

    Returns
    -------
    Factor
        ``NOVICE_VS_RECREATIONAL`` for a novice, else 1.
    """
    name = "Experience"
    if experience == "novice":
        setting = "novice (no running in the last 30 days)" if from_zero else "novice"
        return estimate_factor(
            "experience",
            name,
            setting,
            NOVICE_VS_RECREATIONAL,
            f"This course's ratio of two pooled rates, "
            f"{NOVICE_RATE_PER_1000H.value:g} vs {RECREATIONAL_RATE_PER_1000H.value:g} "
            "injuries per 1000 h of running; the course worked out its interval.",
        )
    return reference_factor("experience", name, "recreational")


def previous_injury_factor(previous_injury: bool) -> Factor:
    """The factor for a running injury before (Malisoux 2015).

    Parameters
    ----------
    previous_injury : bool
        Whether the runner has had a running-related injury before.

    Returns
    -------
    Factor
        The published rate ratio when True, else 1.
    """
    name = "Running injury before"
    if previous_injury:
        return estimate_factor("previous_injury", name, "yes", PREVIOUS_INJURY)
    return reference_factor("previous_injury", name, "no")


def other_sport_factor(hours: float) -> Factor:
    """The factor for other sport: Malisoux 2015's per-hour estimate, once per hour.

    Parameters
    ----------
    hours : float
        Hours of other sport a week, 0 to ``MAX_OTHER_SPORT_HOURS``.

    Returns
    -------
    Factor
        The per-hour estimate and its interval raised to the power ``hours``
        (1 for no other sport), with a note on that assumption.
    """
    name = "Other sport"
    setting = f"{hours:g} h a week"
    if hours == 0:
        return reference_factor("other_sport", name, setting)
    e = OTHER_SPORT_PER_WEEKLY_HOUR
    return Factor(
        "other_sport",
        name,
        setting,
        e.value**hours,
        e.low**hours,
        e.high**hours,
        e.source,
        f"{e.value:g} per extra hour a week, applied once for each hour: this "
        "assumes every hour counts the same.",
    )
