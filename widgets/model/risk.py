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
(``risk_factors.FACTOR_SOURCES`` lists them; ``risk_inputs`` checks the plan).
The factors are multiplied. That is an assumption, not a finding: the studies adjusted for different things and
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
  (``risk_factors.NOVICE_VS_RECREATIONAL``). The rates come from different
  studies and are not adjusted for anything else.
* Other sport. Malisoux 2015 reported 0.848 (0.732 to 0.982) per extra weekly
  hour. The model applies it once for each hour (0.848 ** hours), which assumes
  that every hour counts the same. The hours of other sport that the runners in
  that study did were not checked for this course, so the model stops at
  ``risk_inputs.MAX_OTHER_SPORT_HOURS`` (3 h a week, a factor of about 0.61).
  More hours would take one per-hour estimate further and further from
  anything measured.

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

from dataclasses import dataclass

from widgets.model.risk_factors import (
    PROGRESSION_FACTOR_NAME,
    SPIKE_BANDS,
    SPIKE_FACTOR_NAME,
    Factor,
    SpikeBand,
    combine,
    experience_factor,
    increase_percent,
    other_sport_factor,
    previous_injury_factor,
    progression_factor,
    reference_factor,
    spike_band,
    spike_factor,
)
from widgets.model.risk_inputs import REFERENCE_PLAN as REFERENCE_PLAN  # still importable from here
from widgets.model.risk_inputs import PlanInputs, check_inputs
from widgets.model.risk_wording import plain_summary


@dataclass(frozen=True)
class RiskResult:
    """The relative rate of running-related injury for one plan.

    ``estimate``, ``low`` and ``high`` are relative to ``REFERENCE_PLAN`` (1 means
    the same rate). ``factors`` is the breakdown; ``notes`` say when a rule of
    the model, rather than a study, decided a factor. The inputs follow, checked,
    in km, hours a week and percent.
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
        """The factors by key: spike, progression, experience, previous_injury, other_sport.

        Returns
        -------
        dict of str to Factor
            Every factor, reference ones included, in the breakdown's order.
        """
        return {factor.key: factor for factor in self.factors}

    @property
    def applied_factors(self) -> tuple[Factor, ...]:
        """The factors that differ from the reference plan.

        Returns
        -------
        tuple of Factor
            The factors that are not exactly 1, in the breakdown's order.
        """
        return tuple(f for f in self.factors if not f.is_reference)

    @property
    def starting_from_zero(self) -> bool:
        """No running in the last 30 days: the rule in the module docstring applies.

        Returns
        -------
        bool
            True when the recent weekly distance is 0 km.
        """
        return self.recent_weekly_km == 0

    @property
    def spike_band(self) -> SpikeBand:
        """The spike group of the planned longest run.

        Returns
        -------
        SpikeBand
            The group of ``SPIKE_BANDS`` for ``longest_run_increase_percent``.
        """
        return spike_band(self.longest_run_increase_percent)

    def by_spike_band(self) -> list[tuple[SpikeBand, tuple[float, float, float]]]:
        """The same plan with the longest run in each spike group instead.

        Every other factor stays as it is. Figures draw the step curve from this.

        Returns
        -------
        list of (SpikeBand, tuple of float)
            Each group of ``SPIKE_BANDS`` with the plan's combined
            ``(estimate, low, high)`` had its longest run been in that group.
        """
        others = [f for f in self.factors if f.key != "spike"]
        return [(band, combine([spike_factor(band, None)] + others)) for band in SPIKE_BANDS]

    def summary(self) -> str:
        """The result and its breakdown as a few lines of plain text (see risk_wording).

        Returns
        -------
        str
            The relative rate, its interval and each applied factor, one per line.
        """
        return plain_summary(self)


FROM_ZERO_NOTE = (
    "You did not run in the last 30 days. The studies of longer runs and bigger weeks "
    "followed people who were already running, so the model uses the rate for people "
    "starting to run (novices) instead."
)
NO_RUNNING_NOTE = "You plan no running, so there is no running injury rate to compare."


def _load_factors(
    plan: PlanInputs, longest_increase: float, weekly_increase: float
) -> tuple[Factor, ...]:
    """The spike, progression and experience factors, or the rule for starting from zero."""
    if plan.recent_weekly_km == 0:
        not_applied = "not applied: no running in the last 30 days to compare with"
        return (
            reference_factor("spike", SPIKE_FACTOR_NAME, not_applied),
            reference_factor("progression", PROGRESSION_FACTOR_NAME, not_applied),
            experience_factor("novice", from_zero=True),
        )
    return (
        spike_factor(spike_band(longest_increase), longest_increase),
        progression_factor(weekly_increase, plan.experience),
        experience_factor(plan.experience),
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

    The result is relative to ``REFERENCE_PLAN``, for injuries that were mostly
    in the legs. With one factor different from the reference it is that study's
    number; with more it is this course's combination (the factors multiplied).
    It is not a personal probability and not about back pain. Bad input raises
    ``ValueError`` with a message meant for the reader.

    Parameters
    ----------
    recent_weekly_km : float
        Your average week over the last month, in km (0 to 400).
    planned_weekly_km : float
        The week you plan next, in km (0 to 400).
    recent_longest_km : float
        Your longest run of the last 30 days, in km.
    planned_longest_km : float
        The longest run you plan next, in km; part of the planned week.
    experience : str, optional
        "novice" or "recreational".
    previous_injury : bool, optional
        Whether you have had a running-related injury before.
    other_sport_hours : float, optional
        Hours of other sport a week, 0 to ``MAX_OTHER_SPORT_HOURS`` (3).

    Returns
    -------
    RiskResult
        The combined rate ratio with its interval, each factor, and notes on
        the model's rules that applied.
    """
    plan = check_inputs(
        recent_weekly_km,
        planned_weekly_km,
        recent_longest_km,
        planned_longest_km,
        experience,
        previous_injury,
        other_sport_hours,
    )
    longest_increase = increase_percent(plan.recent_longest_km, plan.planned_longest_km)
    weekly_increase = increase_percent(plan.recent_weekly_km, plan.planned_weekly_km)
    factors = _load_factors(plan, longest_increase, weekly_increase) + (
        previous_injury_factor(plan.previous_injury),
        other_sport_factor(plan.other_sport_hours),
    )
    notes = []
    if plan.recent_weekly_km == 0:
        notes.append(FROM_ZERO_NOTE)
    if plan.planned_weekly_km == 0:
        notes.append(NO_RUNNING_NOTE)
    return RiskResult(
        *combine(factors),
        factors,
        tuple(notes),
        *plan,
        longest_increase,
        weekly_increase,
    )
