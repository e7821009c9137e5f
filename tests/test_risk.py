"""The mileage-risk model: published numbers, the step shape, rules and bad input.

What the result says to a reader is in ``test_risk_reading.py``.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from helpers.risk_plans import plan, rounded

from widgets import risk
from widgets.bibliography import bib_keys
from widgets.evidence import Estimate
from widgets.model.risk_factors import Z_95
from widgets.risk import relative_injury_rate

# Published numbers, reproduced to two decimals ---------------------------------


@pytest.mark.parametrize(
    "planned_longest_km, published",
    [
        (12, (1.64, 1.31, 2.05)),  # +20 %: more than 10 to 30 % (Frandsen 2025)
        (15, (1.52, 1.16, 2.00)),  # +50 %: more than 30 to 100 %
        (25, (2.28, 1.50, 3.48)),  # +150 %: more than 100 %
    ],
)
def test_single_session_spikes_reproduce_frandsen_2025(planned_longest_km, published):
    result = plan(planned_longest_km=planned_longest_km)
    assert rounded(result.estimate, result.low, result.high) == published
    spike = result.breakdown["spike"]
    assert (spike.value, spike.low, spike.high, spike.source) == (*published, "frandsen2025")


def test_novice_fast_progression_reproduces_nielsen_2014():
    fast = plan(planned_weekly_km=40, experience="novice")  # +33 %
    steady = plan(experience="novice")
    factor = fast.breakdown["progression"]
    assert rounded(factor.value, factor.low, factor.high) == (1.59, 0.96, 2.66)
    assert factor.source == "nielsen2014"
    assert factor.low < 1 < factor.high  # shown as uncertain: the interval includes no effect
    assert round(fast.estimate / steady.estimate, 2) == 1.59


def test_experience_uses_the_videbaek_2015_rates():
    assert (risk.NOVICE_RATE_PER_1000H.value, risk.RECREATIONAL_RATE_PER_1000H.value) == (17.8, 7.7)
    novice = plan(experience="novice")
    assert novice.estimate == pytest.approx(17.8 / 7.7)
    # The interval, worked out here from the published rates and their intervals (novices
    # 17.8, 16.7 to 19.1; recreational 7.7, 6.9 to 8.7): on the log scale the ratio's lower
    # half-width joins the novices' lower and the recreational runners' upper half-width in
    # quadrature, and the other way round for its upper one.
    low = 17.8 / 7.7 * math.exp(-math.hypot(math.log(17.8 / 16.7), math.log(8.7 / 7.7)))
    high = 17.8 / 7.7 * math.exp(math.hypot(math.log(19.1 / 17.8), math.log(7.7 / 6.9)))
    assert (novice.low, novice.high) == (pytest.approx(low), pytest.approx(high))
    assert novice.breakdown["experience"].source == "videbaek2015"


def test_previous_injury_reproduces_malisoux_2015():
    result = plan(previous_injury=True)
    assert rounded(result.estimate, result.low, result.high) == (1.72, 1.11, 2.66)
    assert result.breakdown["previous_injury"].source == "malisoux2015"


def test_other_sport_is_per_weekly_hour_as_in_malisoux_2015():
    one = plan(other_sport_hours=1)
    assert (round(one.estimate, 3), round(one.low, 3), round(one.high, 3)) == (0.848, 0.732, 0.982)
    two = plan(other_sport_hours=2)
    assert two.estimate == pytest.approx(0.848**2)
    assert two.low == pytest.approx(0.732**2) and two.high == pytest.approx(0.982**2)


def test_every_constant_is_an_estimate_with_a_bibliography_key():
    keys = bib_keys()
    constants = [value for value in vars(risk).values() if isinstance(value, Estimate)]
    assert len(constants) >= 9
    assert {c.source for c in constants} <= keys


# Shape and rules ------------------------------------------------------------------


def test_the_reference_plan_is_exactly_one_with_no_uncertainty():
    result = plan()
    assert (result.estimate, result.low, result.high) == (1.0, 1.0, 1.0)
    assert all(f.is_reference for f in result.factors)


@pytest.mark.parametrize(
    "planned_longest_km, expected",
    [
        (5, 1.0),
        (10, 1.0),
        (11, 1.0),
        (11.0001, 1.64),
        (13, 1.64),
        (13.0001, 1.52),
        (20, 1.52),
        (20.0001, 2.28),
        (30, 2.28),
    ],
)
def test_spike_groups_keep_the_published_step_boundaries(planned_longest_km, expected):
    assert plan(planned_longest_km=planned_longest_km).estimate == pytest.approx(expected)


def test_the_step_shape_is_not_made_smooth_or_monotonic():
    levels = [numbers[0] for _, numbers in plan().by_spike_band()]
    assert levels == pytest.approx([1.0, 1.64, 1.52, 2.28])
    assert levels[2] < levels[1]  # the published dip is kept


def test_weekly_progression_only_counts_for_novices_above_30_percent():
    assert plan(planned_weekly_km=45).estimate == 1.0  # recreational, +50 %
    assert "novices" in plan(planned_weekly_km=45).breakdown["progression"].note
    novice = plan(experience="novice").estimate
    assert plan(planned_weekly_km=36, experience="novice").estimate == novice  # +20 %
    assert plan(planned_weekly_km=39, experience="novice").estimate == novice  # +30 %
    assert plan(planned_weekly_km=39.3, experience="novice").estimate > novice


def test_factors_multiply_and_intervals_widen():
    combined = plan(planned_longest_km=15, previous_injury=True, experience="novice")
    assert combined.estimate == pytest.approx(1.52 * 1.722 * 17.8 / 7.7)
    assert combined.estimate == pytest.approx(math.prod(f.value for f in combined.factors))
    single = plan(planned_longest_km=15)
    assert combined.high / combined.estimate > single.high / single.estimate
    assert combined.estimate / combined.low > single.estimate / single.low


def test_interval_agrees_with_a_seeded_monte_carlo_on_the_log_scale():
    """The closed form matches simulation: each log factor drawn from a two-piece normal."""
    result = plan(
        planned_longest_km=15, previous_injury=True, experience="novice", other_sport_hours=2
    )
    rng = np.random.default_rng(20250601)
    draws = 400_000
    total = np.zeros(draws)
    for f in result.factors:
        if f.is_reference:
            continue
        log_value = math.log(f.value)
        se_low = (log_value - math.log(f.low)) / Z_95
        se_high = (math.log(f.high) - log_value) / Z_95
        z = rng.standard_normal(draws)
        total += log_value + np.where(z < 0, se_low, se_high) * z
    low, high = np.exp(np.quantile(total, [0.025, 0.975]))
    assert low == pytest.approx(result.low, rel=0.05)
    assert high == pytest.approx(result.high, rel=0.05)


def test_results_are_reproducible():
    first = plan(planned_longest_km=17, experience="novice", other_sport_hours=1.5)
    second = plan(planned_longest_km=17, experience="novice", other_sport_hours=1.5)
    assert first == second


def test_starting_from_zero_uses_the_novice_rate_and_says_so():
    for experience in ("novice", "recreational"):
        result = relative_injury_rate(0, 20, 0, 5, experience=experience)
        assert result.starting_from_zero
        assert result.estimate == pytest.approx(17.8 / 7.7)
        assert result.breakdown["spike"].is_reference
        assert result.breakdown["progression"].is_reference
        assert "did not run in the last 30 days" in result.notes[0]
    resting = relative_injury_rate(0, 0, 0, 0)
    assert math.isfinite(resting.estimate)
    assert "no running" in risk.reading(resting)


def test_other_sport_stops_at_three_hours_a_week():
    assert risk.MAX_OTHER_SPORT_HOURS == 3
    top = plan(other_sport_hours=3)
    # Malisoux 2015's 0.848 (0.732 to 0.982) per weekly hour, once for each of the three hours.
    assert (top.estimate, top.low, top.high) == (
        pytest.approx(0.848**3),
        pytest.approx(0.732**3),
        pytest.approx(0.982**3),
    )
    with pytest.raises(ValueError, match="stops at 3 hours"):
        plan(other_sport_hours=3.01)


# Bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["recent_weekly_km", "planned_weekly_km", "recent_longest_km", "planned_longest_km"]
)
@pytest.mark.parametrize(
    "bad, message",
    [
        (-1, "cannot be negative"),
        (float("nan"), "missing"),
        (float("inf"), "finite"),
        ("ten", "must be a number"),
        (None, "must be a number"),
        (True, "must be a number"),
    ],
)
def test_bad_distances_raise_value_errors_a_reader_understands(name, bad, message):
    with pytest.raises(ValueError, match=message):
        plan(**{name: bad})


@pytest.mark.parametrize(
    "changes, message",
    [
        (dict(planned_weekly_km=401, planned_longest_km=20), "beyond what people run"),
        (dict(recent_weekly_km=500), "beyond what people run"),
        (dict(planned_weekly_km=20, planned_longest_km=25), "longer than your whole planned week"),
        (dict(recent_weekly_km=5, recent_longest_km=30), "more than all your running"),
        (dict(planned_longest_km=0), "must be more than 0"),
        (dict(recent_longest_km=0), "must be more than 0"),
        (dict(experience="elite"), "novice' or 'recreational"),
        (dict(experience=3), "novice' or 'recreational"),
        (dict(previous_injury="yes"), "yes \\(True\\) or no \\(False\\)"),
        (dict(other_sport_hours=-0.5), "cannot be negative"),
        (dict(other_sport_hours=3.5), "stops at 3 hours of other sport"),
        (dict(other_sport_hours=10), "stops at 3 hours of other sport"),
        (dict(other_sport_hours=float("nan")), "missing"),
    ],
)
def test_impossible_plans_raise_value_errors(changes, message):
    with pytest.raises(ValueError, match=message):
        plan(**changes)


def test_numpy_numbers_and_booleans_are_accepted():
    result = plan(
        planned_longest_km=np.float64(15),
        previous_injury=np.bool_(True),
        other_sport_hours=np.int64(1),
        experience=" Novice ",
    )
    assert result.estimate == pytest.approx(1.52 * 1.722 * 0.848 * 17.8 / 7.7)


def test_kilometres_and_miles_give_the_same_result():
    from widgets.units import miles_to_km

    miles = relative_injury_rate(*(miles_to_km(d) for d in (18.6, 18.6, 6.2, 9.3)))
    km = plan(planned_longest_km=15)
    assert miles.estimate == km.estimate
