"""Each run against the longest run of the 30 days before: band edges, windows, weeks, words.

The band edges and numbers come from the risk model (Frandsen 2025); the
examples below are worked by hand.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from widgets.evidence import SPIKE_10_TO_30, SPIKE_30_TO_100, SPIKE_OVER_100
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.training_log import (
    Activity,
    ImportResult,
    analyse,
    check_runs,
    steps_within_ten_percent,
    summary_sentences,
    weekly_totals,
)
from widgets.units import KM_PER_MILE

DAY0 = datetime(2025, 1, 6, 7, 0, tzinfo=timezone.utc)  # a Monday


def run(day: float, km: float, sport: str = "running", hours: float = 1.0) -> Activity:
    start = DAY0 + timedelta(days=day)
    return Activity(
        start=start,
        local_start=start.replace(tzinfo=None),
        distance_km=km,
        duration_s=hours * 3600.0,
        sport=sport,
        source=f"day {day}",
        file="test",
    )


def check_after_ceiling(ceiling_km: float, km: float):
    """The check of a ``km`` run 4 days after a ``ceiling_km`` run, in a log begun 40 days before."""
    runs = [run(0, 1.0), run(36, ceiling_km), run(40, km)]
    return check_runs(runs)[-1]


# Hand-worked: the longest run of the last 30 days was 10 km.
@pytest.mark.parametrize(
    "km, increase, band",
    [
        (5.0, -50.0, 0),
        (10.0, 0.0, 0),
        (11.0, 10.0, 0),  # exactly 10 % longer: still the reference group
        (11.01, 10.1, 1),  # just over 10 %
        (13.0, 30.0, 1),  # exactly 30 %: the 10 % to 30 % group
        (13.01, 30.1, 2),
        (20.0, 100.0, 2),  # exactly twice as long: the 30 % to 100 % group
        (20.01, 100.1, 3),  # more than twice as long
        (35.0, 250.0, 3),
    ],
)
def test_band_edges(km, increase, band):
    check = check_after_ceiling(10.0, km)
    assert check.status == "compared"
    assert check.ceiling_km == 10.0
    assert check.increase_percent == pytest.approx(increase)
    assert check.band_index == band
    assert check.band is SPIKE_BANDS[band]


@pytest.mark.parametrize(
    "ceiling_mi, run_mi, band",
    [
        (10.0, 11.0, 0),
        (10.0, 13.0, 1),
        (10.0, 20.0, 2),
        (10.0, 20.1, 3),
    ],
)
def test_band_edges_hold_for_distances_typed_in_miles(ceiling_mi, run_mi, band):
    check = check_after_ceiling(ceiling_mi * KM_PER_MILE, run_mi * KM_PER_MILE)
    assert check.band_index == band


def test_relative_rates_are_the_risk_model_estimates():
    rates = [check_after_ceiling(10.0, km).relative_rate for km in (10.5, 12.0, 15.0, 25.0)]
    assert rates[0] == (1.0, 1.0, 1.0)
    for got, estimate in zip(rates[1:], (SPIKE_10_TO_30, SPIKE_30_TO_100, SPIKE_OVER_100)):
        assert got == (estimate.value, estimate.low, estimate.high)


def test_the_window_is_the_thirty_days_before():
    exactly = [run(0, 1.0), run(40, 20.0), run(70, 10.0)]  # 20 km exactly 30 days before
    assert check_runs(exactly)[-1].ceiling_km == 20.0
    longer = [run(0, 1.0), run(40, 20.0), run(70.001, 10.0)]  # just over 30 days
    assert check_runs(longer)[-1].status == "restart"


def test_runs_at_the_start_of_the_log_are_not_compared():
    checks = check_runs([run(0, 5.0), run(10, 20.0), run(29, 6.0), run(31, 7.0)])
    assert [c.status for c in checks] == ["log_start"] * 3 + ["compared"]
    assert checks[-1].ceiling_km == 20.0


def test_a_run_after_a_break_is_not_compared():
    checks = check_runs([run(0, 5.0), run(31, 5.0), run(70, 12.0), run(72, 8.0)])
    assert checks[2].status == "restart" and checks[2].band_index is None
    assert checks[3].ceiling_km == 12.0 and checks[3].band_index == 0


def test_the_same_day_earlier_run_counts():
    checks = check_runs([run(0, 3.0), run(40, 10.0), run(40.3, 14.0)])
    assert checks[-1].ceiling_km == 10.0 and checks[-1].band_index == 2


def test_runs_must_be_sorted():
    with pytest.raises(ValueError, match="sorted"):
        check_runs([run(5, 5.0), run(1, 5.0)])


def test_weekly_totals_include_empty_weeks_and_other_sport():
    runs = [run(0, 5.0), run(2, 7.0), run(15, 10.0)]
    others = [run(1, 20.0, "cycling", hours=1.5), run(16, 1.0, "swimming", hours=0.5)]
    weeks = weekly_totals(runs, others)
    assert [w.start for w in weeks] == [date(2025, 1, 6), date(2025, 1, 13), date(2025, 1, 20)]
    assert [w.runs for w in weeks] == [2, 0, 1]
    assert [w.run_km for w in weeks] == [12.0, 0.0, 10.0]
    assert [w.longest_km for w in weeks] == [7.0, 0.0, 10.0]
    assert [w.other_sport_hours for w in weeks] == [1.5, 0.0, 0.5]


def test_steps_within_ten_percent():
    steps = steps_within_ten_percent(10.0, 14.0)
    assert steps == pytest.approx([11.0, 12.1, 13.31, 14.0])
    previous = 10.0
    for step in steps:
        assert step <= previous * 1.1 + 1e-9
        previous = step
    assert steps_within_ten_percent(10.0, 10.5) == [10.5]


def _analysis(activities):
    result = ImportResult(activities=sorted(activities, key=lambda a: a.start))
    return analyse(result)


def test_summary_counts_bands_names_spikes_and_keeps_the_wording_rules():
    runs = [run(d, 8.0) for d in range(0, 40, 3)] + [run(41, 15.0), run(44, 9.0)]
    runs.append(run(20, 30.0, "cycling"))
    analysis = _analysis(runs)
    text = " ".join(summary_sentences(analysis))
    assert analysis.band_counts == [5, 0, 1, 0]
    assert "88 % longer" in text
    assert "2.28 times" not in text and "1.52 times" in text
    assert "not your own chance and not back pain" in text
    assert "Frandsen 2025" in text
    assert "8.8 km" in text  # the first step of a progression within 10 %
    assert "Other sport: 1 activity, 1.0 hours" in text
    assert not re.search(r"\bchance of\b|\byour risk\b|\bwill get\b", text)


def test_summary_in_miles():
    runs = [run(d, 8.0) for d in range(0, 40, 3)] + [run(41, 17.0)]
    text = " ".join(summary_sentences(_analysis(runs), "mi"))
    assert "10.6 mi (17 km)" in text


def test_an_empty_log():
    analysis = _analysis([])
    assert analysis.checks == () and analysis.weeks == ()
    assert summary_sentences(analysis) == ["No runs were read, so there is nothing to compare."]


def test_summary_prefers_recent_jumps_and_falls_back_to_earlier_ones():
    early_jump = [run(d, 8.0) for d in range(0, 40, 3)] + [run(41, 15.0)]
    later = [run(d, 8.0) for d in range(44, 200, 3)]
    text = " ".join(summary_sentences(_analysis(early_jump + later)))
    assert "earlier in the log (none in its last 12 weeks)" in text and "88 % longer" in text
    recent_jump = later + [run(201, 11.0)]
    text = " ".join(summary_sentences(_analysis(early_jump + recent_jump)))
    assert "in the last 12 weeks of the log" in text
    assert "38 % longer" in text and "88 % longer" not in text
