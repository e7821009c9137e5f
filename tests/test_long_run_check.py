"""The long-run check: the jump, Frandsen 2025's group, gentler steps, and every bad input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from widgets.evidence import SPIKE_10_TO_30, SPIKE_30_TO_100, SPIKE_OVER_100
from widgets.model.long_run_check import (
    MESSAGES,
    STEP_FRACTION,
    check_long_run,
    practical_steps,
)
from widgets.model.risk_factors import SPIKE_BANDS


def test_a_16_km_run_after_12_is_a_33_percent_jump_with_rate_ratio_1_52():
    check = check_long_run("12", "16")
    assert check.ok
    assert round(check.increase_percent) == 33
    assert SPIKE_BANDS[check.band_index].estimate is SPIKE_30_TO_100
    assert check.steps == (13, 14, 15, 16)
    assert check.text.startswith("Build up over 4 long runs instead: 13, 14, 15, then 16 km")
    assert "16 km now is 33 % longer than 12 km" in check.text
    assert "1.52 times" in check.text and "(95 % interval 1.16 to 2.00)" in check.text


def test_sams_build_up_in_the_mileage_chapter_is_the_check_s_steps():
    # "for example 11, 12, 13, 14 and then 15 km" (the chapter's worked example)
    assert practical_steps(10, 15) == (11, 12, 13, 14, 15)


@pytest.mark.parametrize(
    ("longest", "planned", "estimate"),
    [("10", "12", SPIKE_10_TO_30), ("10", "20", SPIKE_30_TO_100), ("10", "20.5", SPIKE_OVER_100)],
)
def test_each_jump_names_its_group_s_rate_ratio_and_interval(longest, planned, estimate):
    check = check_long_run(longest, planned)
    assert SPIKE_BANDS[check.band_index].estimate is estimate
    assert f"{estimate.value:.2f} times" in check.text
    assert f"95 % interval {estimate.low:.2f} to {estimate.high:.2f}" in check.text


def test_exactly_10_percent_longer_is_the_reference_group_and_says_go_ahead():
    check = check_long_run("10", "11")
    assert check.band_index == 0 and check.steps == (11,)
    assert check.text.startswith("Go ahead: 11 km is 10 % longer than 10 km, within 10 %.")


def test_a_shorter_run_says_go_ahead_without_a_percentage():
    check = check_long_run("12", "10")
    assert check.band_index == 0
    assert check.text.startswith("Go ahead: 10 km is no longer than your longest run")


def test_miles_are_answered_in_miles():
    check = check_long_run("7.5", "10", "mi")
    assert check.steps == (8, 8.5, 9, 9.5, 10)
    assert "8, 8.5, 9, 9.5, then 10 miles" in check.text and "km" not in check.text


def test_many_steps_are_listed_by_their_first_three_and_last_two():
    check = check_long_run("5", "30")
    assert len(check.steps) > 8
    assert "Build up over 25 long runs instead: 5.5, 6, 6.5 … 28, then 30 km" in check.text


@given(
    longest=st.floats(1, 200, allow_nan=False),
    ratio=st.floats(1.0, 20.0, allow_nan=False),
)
def test_every_step_is_at_most_10_percent_longer_and_the_last_is_the_planned_run(longest, ratio):
    planned = longest * ratio
    steps = practical_steps(longest, planned)
    assert steps[-1] == planned
    previous = longest
    for step in steps:
        assert step > previous or step == planned
        assert step <= previous * (1 + STEP_FRACTION) + 1e-9
        previous = step


@pytest.mark.parametrize(
    ("longest", "planned", "unit", "message"),
    [
        ("", "", "km", MESSAGES["start"]),
        ("12", " ", "km", "Type your planned run (a number)."),
        ("ten", "12", "km", "“ten” is not a number: type your longest run in the last 30 days"),
        ("12", "1.2.3", "km", "“1.2.3” is not a number"),
        ("-3", "12", "km", "Your longest run in the last 30 days cannot be negative"),
        ("0", "12", "km", MESSAGES["zero_longest"]),
        ("0.5", "12", "km", "A longest run of 0.5 km is too short for this check"),
        ("12", "0", "km", MESSAGES["zero_planned"]),
        ("12", "401", "km", "Your planned run of 401 km is more than anyone runs in one go"),
        ("12", "250", "mi", "type a distance up to 248.5 miles."),
    ],
)
def test_bad_input_gets_a_message_that_says_what_to_type(longest, planned, unit, message):
    check = check_long_run(longest, planned, unit)
    assert not check.ok
    assert check.text.startswith(message) or check.text.endswith(message)


def test_a_comma_is_a_decimal_point():
    assert check_long_run("12,5", "14").text == check_long_run("12.5", "14").text


def test_an_unknown_unit_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown unit"):
        check_long_run("12", "16", "furlongs")
