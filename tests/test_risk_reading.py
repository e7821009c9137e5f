"""What the mileage-risk result says to a reader, and how its numbers are printed.

A single factor is said to be what one study found; combined factors, the
course's own ratio and several hours of other sport are said to be the
course's assumption. Rates are relative, never printed as zero, and the
illustrative counts state their pace.
"""

from __future__ import annotations

import pytest
from helpers.risk_plans import plan

from widgets import risk


def test_the_reading_says_relative_not_personal_not_back_pain():
    sentence = risk.reading(plan(planned_longest_km=15))
    assert "1.5 times" in sentence and "1.2 to 2.0" in sentence
    assert "relative rate" in sentence
    assert "not your own chance" in sentence and "not back pain" in sentence
    assert "running-related injury (mostly in the legs)" in sentence
    assert "15 km (9.3 mi)" in sentence
    assert "9.3 mi (15 km)" in risk.reading(plan(planned_longest_km=15), "mi")
    assert "the same rate" in risk.reading(plan())


@pytest.mark.parametrize(
    "changes, source",
    [
        (dict(planned_longest_km=15), "Frandsen 2025"),
        (dict(previous_injury=True), "Malisoux 2015"),
        (dict(other_sport_hours=1), "Malisoux 2015"),
    ],
)
def test_one_factor_alone_is_what_one_study_found(changes, source):
    result = plan(**changes)
    assert len(result.applied_factors) == 1
    sentence = risk.reading(result)
    assert f"One study ({source}) found" in sentence
    assert "assumption" not in sentence and "In the studies" not in sentence


@pytest.mark.parametrize(
    "changes",
    [
        dict(planned_longest_km=25, experience="novice", previous_injury=True),  # about 9 times
        dict(planned_longest_km=15, previous_injury=True),
        dict(planned_weekly_km=40, experience="novice"),
    ],
)
def test_combined_factors_are_the_courses_assumption_not_a_finding(changes):
    result = plan(**changes)
    assert len(result.applied_factors) > 1
    sentence = risk.reading(result)
    assert (
        "Combining the published estimates (an assumption of this course), the model gives"
        in sentence
    )
    assert "found" not in sentence and "In the studies" not in sentence
    assert "assumption of this course" in result.summary()


def test_the_experience_factor_is_said_to_be_the_courses_own_ratio():
    result = plan(experience="novice")
    assert risk.NOVICE_VS_RECREATIONAL.kind == "derived ratio"
    assert "Dividing the injury rates" in risk.reading(result)
    assert "found" not in risk.reading(result)
    assert "course's ratio" in result.breakdown["experience"].note


def test_several_hours_of_other_sport_are_an_assumption_not_a_finding():
    result = plan(other_sport_hours=2.5)
    sentence = risk.reading(result)
    assert "once for each hour" in sentence and "assumption of this course" in sentence
    assert "found" not in sentence
    assert "counts the same" in result.breakdown["other_sport"].note


@pytest.mark.parametrize(
    "value, text",
    [
        (0.0049, "under 0.01"),
        (0.0612, "0.061"),
        (0.392, "0.39"),
        (0.61, "0.61"),
        (0.99, "0.99"),
        (0.996, "1.0"),
        (1.52, "1.5"),
        (9.94, "9.9"),
        (9.96, "10"),
        (16.88, "17"),
    ],
)
def test_rates_are_never_printed_as_zero(value, text):
    assert risk.format_times(value) == text


def test_the_lowest_possible_rate_is_printed_with_two_significant_figures():
    lowest = plan(other_sport_hours=risk.MAX_OTHER_SPORT_HOURS)
    sentence = risk.reading(lowest)
    assert "0.61 times" in sentence and "0.39 to 0.95" in sentence
    assert "0.0" not in sentence


def test_a_big_weekly_jump_for_a_recreational_runner_is_not_passed_over():
    # The weekly factor was studied as a rate only in novices, so it stays 1 for others;
    # the reading says why, and names the half-marathon study that saw more injuries.
    jump = risk.relative_injury_rate(20, 30, 10, 10)
    assert jump.estimate == 1.0
    assert "Damsted 2019" in risk.reading(jump) and "Damsted 2019" in jump.summary()
    steady = risk.relative_injury_rate(30, 30, 10, 10)
    assert "Damsted" not in risk.reading(steady) and "Damsted" not in steady.summary()
