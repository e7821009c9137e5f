"""An illustrative model of how changes in running load relate to injury rates.

What it answers: compared with a *reference plan* (a recreational runner who
repeats last month's training, has no injury history and does no other sport),
what rate of running-related injury do the published estimates give for a plan?
When only one factor differs from the reference plan, the answer is the number
one study found. When several differ, the answer is this course's combination of
estimates from different studies: no study saw that combination.

What it does not answer: your personal chance of injury, or anything about back
pain. The studies counted running-related injuries, mostly of the legs, and
report rates relative to a reference group.

How it works. Each factor has an estimate with a 95 % interval
(``FACTOR_SOURCES`` lists them). The factors are multiplied. That is an
assumption, not a finding: the studies adjusted for different things and
followed different runners. The interval is propagated on the log scale: each
factor's lower and upper half-interval becomes a standard error
(``log(value / low) / 1.96`` and ``log(high / value) / 1.96``), and these add
in quadrature, one side at a time. For a single factor this gives back the
published interval exactly; for several it is the usual log-normal
approximation. Nothing is random, so every run gives the same numbers.

Two factors are not published numbers as they stand:

* Experience. Videbæk 2015 pooled 17.8 injuries per 1000 h in novices and 7.7
  in recreational runners. The factor, 2.31 (about 2.01 to 2.63), is this
  course's ratio of those two rates, with an interval the course worked out
  (``_novice_vs_recreational``). The rates come from different studies and are
  not adjusted for anything else.
* Other sport. Malisoux 2015 reported 0.848 (0.732 to 0.982) per extra weekly
  hour. The model applies it once for each hour (0.848 ** hours), which assumes
  that every hour counts the same. The hours of other sport that the runners in
  that study did were not checked for this course, so the model stops at
  ``MAX_OTHER_SPORT_HOURS`` (3 h a week, a factor of about 0.61). More hours
  would take one per-hour estimate further and further from anything measured.

Starting from zero. A spike compares your planned longest run with your
longest run of the last 30 days, and the weekly increase compares your planned
week with last month's weeks. With no running in the last 30 days there is
nothing to compare with, and the studies of spikes and increases followed
people who were already running. So the model does not apply those two
factors; it uses the rate for novices instead, whatever experience was chosen,
because the novice studies followed people as they started to run (Videbæk
2015). The result carries a note saying so. Nothing is ever divided by zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

import numpy as np

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
from widgets.units import format_distance

Z_95 = 1.959963984540054

# Input limits -------------------------------------------------------------------
MAX_WEEKLY_KM = 400.0
MAX_SINGLE_RUN_KM = 400.0
# Each hour of other sport applies the per-hour estimate again; see the module
# docstring for why the model stops at 3 hours a week.
MAX_OTHER_SPORT_HOURS = 3.0
DAYS_PER_WEEK = 7
RECENT_WINDOW_DAYS = 30
EXPERIENCE_LEVELS = ("novice", "recreational")

# Illustration only: a stated pace turns distance into hours of running.
ILLUSTRATIVE_PACE_MIN_PER_KM = 6.0
ILLUSTRATIVE_BLOCK_WEEKS = 12


def log_terms(value: float, low: float, high: float) -> tuple[float, float, float]:
    """log(value) and the lower and upper standard errors on the log scale.

    A 95 % interval from ``low`` to ``high`` around ``value`` is read as a
    log-normal one, each side with its own standard error.
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
    """One group of the single-session spike analysis."""

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
REFERENCE_PLAN = (
    "a recreational runner repeating last month's training, "
    "with no injury history and no other sport"
)


@dataclass(frozen=True)
class Factor:
    """One factor of the breakdown: what it is, its setting and its numbers."""

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
        return self.value == 1.0 and self.low == 1.0 and self.high == 1.0

    def _log_terms(self) -> tuple[float, float, float]:
        if self.is_reference:
            return 0.0, 0.0, 0.0
        return log_terms(self.value, self.low, self.high)


def _reference_factor(key: str, name: str, setting: str, note: str = "") -> Factor:
    return Factor(key, name, setting, 1.0, 1.0, 1.0, "", note)


def _factor(key: str, name: str, setting: str, estimate: Estimate, note: str = "") -> Factor:
    return Factor(
        key, name, setting, estimate.value, estimate.low, estimate.high, estimate.source, note
    )


def combine(factors) -> tuple[float, float, float]:
    """Multiply factors; propagate their 95 % intervals on the log scale."""
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


@dataclass(frozen=True)
class IllustrativeCount:
    """Expected injuries for a group of runners at a stated pace. Illustration only."""

    pace_min_per_km: float
    weeks: int
    hours_per_week: float
    per_1000_hours: tuple[float, float, float]
    per_100_runners: tuple[float, float, float]


@dataclass(frozen=True)
class RiskResult:
    """The relative rate of running-related injury for one plan.

    ``estimate``, ``low`` and ``high`` are relative to ``REFERENCE_PLAN`` (1 means
    the same rate). ``factors`` is the breakdown; ``notes`` say when a rule of
    the model, rather than a study, decided a factor.
    """

    estimate: float
    low: float
    high: float
    factors: tuple[Factor, ...]
    notes: tuple[str, ...]
    recent_weekly_km: float
    planned_weekly_km: float
    recent_longest_km: float
    planned_longest_km: float
    experience: str
    previous_injury: bool
    other_sport_hours: float
    longest_run_increase_percent: float
    weekly_increase_percent: float

    @property
    def breakdown(self) -> dict[str, Factor]:
        """The factors by key: spike, progression, experience, previous_injury, other_sport."""
        return {factor.key: factor for factor in self.factors}

    @property
    def applied_factors(self) -> tuple[Factor, ...]:
        """The factors that differ from the reference plan."""
        return tuple(f for f in self.factors if not f.is_reference)

    @property
    def starting_from_zero(self) -> bool:
        """No running in the last 30 days: the rule in the module docstring applies."""
        return self.recent_weekly_km == 0

    @property
    def spike_band(self) -> SpikeBand:
        return spike_band(self.longest_run_increase_percent)

    def by_spike_band(self) -> list[tuple[SpikeBand, tuple[float, float, float]]]:
        """The same plan with the longest run in each spike group instead.

        Every other factor stays as it is. Figures draw the step curve from this.
        """
        others = [f for f in self.factors if f.key != "spike"]
        return [(band, combine([_spike_factor_for(band, None)] + others)) for band in SPIKE_BANDS]

    def summary(self) -> str:
        """The result and its breakdown as a few lines of plain text (see risk_wording)."""
        from widgets.model.risk_wording import plain_summary  # wording imports this module

        return plain_summary(self)

    def illustrative(
        self,
        pace_min_per_km: float = ILLUSTRATIVE_PACE_MIN_PER_KM,
        weeks: int = ILLUSTRATIVE_BLOCK_WEEKS,
    ) -> IllustrativeCount:
        """Expected injuries per 1000 h and per 100 runners over a block of ``weeks``.

        The reference rate is the recreational rate of Videbæk 2015 (7.7 per
        1000 h). Hours come from ``planned_weekly_km`` at ``pace_min_per_km``.
        Spike rates describe the time around one long run, so keeping them for a
        whole block overstates them: this is an illustration, not a forecast.
        """
        pace = _number(pace_min_per_km, "pace (minutes per km)")
        if not 3.0 <= pace <= 15.0:
            raise ValueError("Choose a pace between 3 and 15 minutes per km.")
        if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= 52:
            raise ValueError("Choose a block of 1 to 52 whole weeks.")
        baseline = _factor(
            "baseline", "Reference rate", "recreational runners", RECREATIONAL_RATE_PER_1000H
        )
        per_1000h = combine(list(self.factors) + [baseline])
        hours_per_week = self.planned_weekly_km * pace / 60.0
        block_hours = hours_per_week * weeks
        per_100 = tuple(rate * block_hours / 1000.0 * 100.0 for rate in per_1000h)
        return IllustrativeCount(pace, weeks, hours_per_week, per_1000h, per_100)


# Validation -------------------------------------------------------------------


def _number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"The {what} must be a number, not {value!r}.")
    number = float(value)
    if math.isnan(number):
        raise ValueError(f"The {what} is missing (not a number).")
    if math.isinf(number):
        raise ValueError(f"The {what} must be a finite number.")
    return number


def _distance(value, what: str, maximum: float) -> float:
    km = _number(value, what)
    if km < 0:
        raise ValueError(f"The {what} cannot be negative.")
    if km > maximum:
        raise ValueError(
            f"The {what} of {format_distance(km, decimals=0)} is more than "
            f"{format_distance(maximum, decimals=0)}: that is beyond what people run, "
            "so the studies cannot say anything about it."
        )
    return km


def _check_inputs(
    recent_weekly_km,
    planned_weekly_km,
    recent_longest_km,
    planned_longest_km,
    experience,
    previous_injury,
    other_sport_hours,
):
    recent_weekly = _distance(recent_weekly_km, "recent weekly distance", MAX_WEEKLY_KM)
    planned_weekly = _distance(planned_weekly_km, "planned weekly distance", MAX_WEEKLY_KM)
    recent_longest = _distance(recent_longest_km, "recent longest run", MAX_SINGLE_RUN_KM)
    planned_longest = _distance(planned_longest_km, "planned longest run", MAX_SINGLE_RUN_KM)
    if planned_longest > planned_weekly * (1 + 1e-9):
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
    recent_month_km = recent_weekly * RECENT_WINDOW_DAYS / DAYS_PER_WEEK
    if recent_longest > recent_month_km * (1 + 1e-9):
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
    if not isinstance(experience, str) or experience.strip().lower() not in EXPERIENCE_LEVELS:
        raise ValueError(f"Experience must be 'novice' or 'recreational', not {experience!r}.")
    if not isinstance(previous_injury, (bool, np.bool_)):
        raise ValueError(
            f"Previous injury must be yes (True) or no (False), not {previous_injury!r}."
        )
    hours = _number(other_sport_hours, "hours of other sport per week")
    if hours < 0:
        raise ValueError("The hours of other sport per week cannot be negative.")
    if hours > MAX_OTHER_SPORT_HOURS:
        raise ValueError(
            f"The model stops at {MAX_OTHER_SPORT_HOURS:g} hours of other sport a week. It uses "
            "one study's number for each hour, and more hours would stretch that number too far."
        )
    return (
        recent_weekly,
        planned_weekly,
        recent_longest,
        planned_longest,
        experience.strip().lower(),
        bool(previous_injury),
        hours,
    )


# Factors ----------------------------------------------------------------------


def increase_percent(recent_km: float, planned_km: float) -> float:
    """Percentage increase from ``recent_km`` to ``planned_km``.

    From 0 km to more than 0 km is an infinite increase (``math.inf``); from
    0 km to 0 km is no change (0). Group boundaries are exact: 11 km after 10 km
    is +10 %.
    """
    if recent_km == 0:
        return math.inf if planned_km > 0 else 0.0
    # Rounded so that 11 km after 10 km is exactly +10 %, not 10.000000000000009.
    return round((planned_km / recent_km - 1.0) * 100.0, 9)


def spike_band(increase: float) -> SpikeBand:
    """The spike group (Frandsen 2025) for a longest-run increase in percent."""
    if math.isnan(increase):
        raise ValueError("The increase in longest run is not a number.")
    for band in SPIKE_BANDS:
        if increase <= band.up_to_percent:
            return band
    return SPIKE_BANDS[-1]


SPIKE_FACTOR_NAME = "Longest run compared with the last 30 days"
PROGRESSION_FACTOR_NAME = "Weekly distance compared with last month"


def _spike_factor_for(band: SpikeBand, increase: float | None) -> Factor:
    name = SPIKE_FACTOR_NAME
    if increase is None:
        setting = band.label
    else:
        setting = f"{increase:+.0f} % ({band.label})"
    if band.estimate is None:
        return _reference_factor("spike", name, setting)
    return _factor("spike", name, setting, band.estimate)


def _progression_factor(weekly_increase: float, experience: str) -> Factor:
    name = PROGRESSION_FACTOR_NAME
    setting = f"{weekly_increase:+.0f} %"
    if experience != "novice":
        return _reference_factor(
            "progression",
            name,
            setting,
            "Only studied in novices; a large cohort of all levels found no link with "
            "week-to-week change (Frandsen 2025).",
        )
    if weekly_increase > FAST_PROGRESSION_ABOVE_PERCENT:
        return _factor(
            "progression",
            name,
            setting,
            NOVICE_FAST_PROGRESSION,
            "Distance-related injuries only; the interval includes no effect.",
        )
    if weekly_increase > 10.0:
        return _reference_factor(
            "progression",
            name,
            setting,
            "No checked estimate for 10-30 %: treated as the reference.",
        )
    return _reference_factor("progression", name, setting)


def _experience_factor(experience: str, from_zero: bool = False) -> Factor:
    name = "Experience"
    if experience == "novice":
        setting = "novice (no running in the last 30 days)" if from_zero else "novice"
        return _factor(
            "experience",
            name,
            setting,
            NOVICE_VS_RECREATIONAL,
            f"This course's ratio of two pooled rates, "
            f"{NOVICE_RATE_PER_1000H.value:g} vs {RECREATIONAL_RATE_PER_1000H.value:g} "
            "injuries per 1000 h of running; the course worked out its interval.",
        )
    return _reference_factor("experience", name, "recreational")


def _previous_injury_factor(previous_injury: bool) -> Factor:
    name = "Running injury before"
    if previous_injury:
        return _factor("previous_injury", name, "yes", PREVIOUS_INJURY)
    return _reference_factor("previous_injury", name, "no")


def _other_sport_factor(hours: float) -> Factor:
    name = "Other sport"
    setting = f"{hours:g} h a week"
    if hours == 0:
        return _reference_factor("other_sport", name, setting)
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


def relative_injury_rate(
    recent_weekly_km: float,
    planned_weekly_km: float,
    recent_longest_km: float,
    planned_longest_km: float,
    experience: str = "recreational",
    previous_injury: bool = False,
    other_sport_hours: float = 0.0,
) -> RiskResult:
    """Relative rate of running-related injury for a plan, with a 95 % interval.

    Distances are kilometres: ``recent_weekly_km`` is your average week over
    the last month, ``recent_longest_km`` your longest run of the last 30 days,
    and ``planned_*`` the week and longest run you plan next. ``experience`` is
    "novice" or "recreational"; ``other_sport_hours`` are hours a week.

    The result is relative to ``REFERENCE_PLAN``, for injuries that were mostly
    in the legs. With one factor different from the reference it is that study's
    number; with more it is this course's combination (the factors multiplied).
    It is not a personal probability and not about back pain. Bad input raises
    ``ValueError`` with a message meant for the reader.
    """
    (
        recent_weekly,
        planned_weekly,
        recent_longest,
        planned_longest,
        experience,
        previous_injury,
        hours,
    ) = _check_inputs(
        recent_weekly_km,
        planned_weekly_km,
        recent_longest_km,
        planned_longest_km,
        experience,
        previous_injury,
        other_sport_hours,
    )
    longest_increase = increase_percent(recent_longest, planned_longest)
    weekly_increase = increase_percent(recent_weekly, planned_weekly)
    notes = []
    if recent_weekly == 0:
        not_applied = "not applied: no running in the last 30 days to compare with"
        factors = (
            _reference_factor("spike", SPIKE_FACTOR_NAME, not_applied),
            _reference_factor("progression", PROGRESSION_FACTOR_NAME, not_applied),
            _experience_factor("novice", from_zero=True),
        )
        notes.append(
            "You did not run in the last 30 days. The studies of longer runs and bigger weeks "
            "followed people who were already running, so the model uses the rate for people "
            "starting to run (novices) instead."
        )
    else:
        factors = (
            _spike_factor_for(spike_band(longest_increase), longest_increase),
            _progression_factor(weekly_increase, experience),
            _experience_factor(experience),
        )
    factors += (_previous_injury_factor(previous_injury), _other_sport_factor(hours))
    if planned_weekly == 0:
        notes.append("You plan no running, so there is no running injury rate to compare.")
    estimate, low, high = combine(factors)
    return RiskResult(
        estimate,
        low,
        high,
        factors,
        tuple(notes),
        recent_weekly,
        planned_weekly,
        recent_longest,
        planned_longest,
        experience,
        previous_injury,
        hours,
        longest_increase,
        weekly_increase,
    )
