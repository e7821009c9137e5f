"""The pain monitor against its written rules, over every score, and the plan it gates."""

from __future__ import annotations

import itertools
import math

import pytest

from widgets import pain_monitor
from widgets.pain_monitor import STAGES, advice, next_stage, return_to_running_plan

SCORES = range(11)


def written_rule(during: int, after: int, morning: int, usual: int) -> str:
    """The rules exactly as the module docstring states them, written out separately.

    Limits: during <= 5, after <= 5, morning <= usual. Green: none broken.
    Amber: exactly one broken, by at most 1 point. Red: otherwise.
    """
    over = [during - 5, after - 5, morning - usual]
    broken = [x for x in over if x > 0]
    if not broken:
        return "green"
    if len(broken) == 1 and broken[0] <= 1:
        return "amber"
    return "red"


def test_the_docstring_states_the_rules_the_test_checks():
    doc = pain_monitor.advice.__module__
    text = __import__(doc, fromlist=["x"]).__doc__
    for phrase in (
        "at most ``DURING_LIMIT`` (5/10)",
        "at most ``AFTER_LIMIT`` (5/10)",
        "``pain_next_morning <= usual_pain``",
        "rising from week to week",
        "exactly one limit is broken",
        "two or more limits are broken",
        "tested in back pain",
    ):
        assert phrase in text, phrase


def test_whole_grid_with_no_usual_pain_follows_the_written_rules():
    counts = {"green": 0, "amber": 0, "red": 0}
    for during, after, morning in itertools.product(SCORES, SCORES, SCORES):
        result = advice(during, after, morning)
        assert result.level == written_rule(during, after, morning, 0), (during, after, morning)
        counts[result.level] += 1
    assert sum(counts.values()) == 11**3
    # 6 x 6 scores within the two 5/10 limits, with a 0/10 morning.
    assert counts["green"] == 36
    assert all(counts.values())


@pytest.mark.parametrize("usual", SCORES)
def test_whole_grid_follows_the_written_rules_for_every_usual_pain(usual):
    for during, after, morning in itertools.product(SCORES, SCORES, SCORES):
        assert advice(during, after, morning, usual).level == written_rule(
            during, after, morning, usual
        ), (during, after, morning, usual)


def test_more_pain_never_gives_better_advice():
    rank = {"green": 0, "amber": 1, "red": 2}
    for during, after, morning in itertools.product(SCORES, SCORES, SCORES):
        here = rank[advice(during, after, morning, 2).level]
        for bumped in (
            (during + 1, after, morning),
            (during, after + 1, morning),
            (during, after, morning + 1),
        ):
            if max(bumped) <= 10:
                assert rank[advice(*bumped, usual_pain=2).level] >= here


@pytest.mark.parametrize(
    "scores, level, words",
    [
        ((5, 5, 0), "green", "back to your usual level"),
        ((6, 0, 0), "amber", "pain during the run reached 6/10, 1 point above the limit of 5/10"),
        ((0, 6, 0), "amber", "pain after the run reached 6/10"),
        ((0, 0, 1), "amber", "the next morning pain was 1/10, 1 point above your usual 0/10"),
        ((7, 0, 0), "red", "2 points above"),
        ((6, 6, 0), "red", "pain after the run reached 6/10"),
        ((0, 0, 3), "red", "3 points above your usual 0/10"),
    ],
)
def test_explanations_say_why_and_what_to_do(scores, level, words):
    result = advice(*scores)
    assert result.level == level
    assert words in result.explanation
    assert result.explanation.startswith(level.capitalize() + ":")
    assert result.explanation.endswith(pain_monitor.ACTIONS[level])


def test_usual_pain_moves_the_morning_limit_and_fractions_work():
    assert advice(3, 3, 3, usual_pain=3).level == "green"
    assert advice(3, 3, 3.5, usual_pain=3).level == "amber"
    assert advice(5.5, 0, 0).level == "amber"
    assert advice(2, 2, 1, usual_pain=2).level == "green"  # better than usual


BAD_SCORES = [
    -1,
    10.5,
    11,
    -0.01,
    math.nan,
    math.inf,
    -math.inf,
    True,
    False,
    "5",
    None,
    [5],
    complex(1, 0),
]


@pytest.mark.parametrize("bad", BAD_SCORES, ids=repr)
@pytest.mark.parametrize("position", range(4))
def test_every_bad_input_raises_a_plain_value_error(bad, position):
    scores = [1, 1, 1, 0]
    scores[position] = bad
    name = ("pain_during", "pain_after", "pain_next_morning", "usual_pain")[position]
    with pytest.raises(ValueError, match=f"{name} must be a number from 0 to 10"):
        advice(*scores)


def test_numpy_numbers_are_accepted():
    import numpy as np

    assert advice(np.int64(3), np.float64(2.0), 0).level == "green"


# The plan -------------------------------------------------------------------


def test_ladder_increases_running_time_at_every_step():
    running = [s.running_minutes for s in STAGES]
    assert running == sorted(running) and len(set(running)) == len(running)
    assert STAGES[-1].walk_minutes == 0
    assert all(20 <= s.total_minutes <= 30 for s in STAGES)


@pytest.mark.parametrize("weeks", [1, 4, 8, 12, 52])
def test_all_green_plan_climbs_one_step_a_week_then_stays_at_the_top(weeks):
    plan = return_to_running_plan(weeks=weeks)
    assert [w.week for w in plan.weeks] == list(range(1, weeks + 1))
    stages = [w.stage for w in plan.weeks]
    assert stages == [min(i + 1, len(STAGES)) for i in range(weeks)]
    minutes = [w.running_minutes_per_week for w in plan.weeks]
    assert minutes == sorted(minutes)  # monotone when green
    assert all(w.check == "green" for w in plan.weeks)


def test_amber_repeats_and_red_steps_back():
    plan = return_to_running_plan(["green", "green", "amber", "red", "green", "red", "red", "red"])
    assert [w.stage for w in plan.weeks] == [1, 2, 3, 3, 2, 3, 2, 1]
    assert [w.next_step for w in plan.weeks][:4] == [
        "move up a step",
        "move up a step",
        "repeat this step",
        "step back",
    ]


@pytest.mark.parametrize("stage", range(1, len(STAGES) + 1))
@pytest.mark.parametrize("level", ["green", "amber", "red"])
def test_next_stage_rule_at_every_step(stage, level):
    expected = {"green": min(stage + 1, len(STAGES)), "amber": stage, "red": max(stage - 1, 1)}[
        level
    ]
    assert next_stage(stage, level) == expected


def test_checks_may_be_pain_scores_read_by_the_monitor():
    plan = return_to_running_plan([(3, 3, 1), (3, 3, 2), (8, 3, 1)], usual_pain=1)
    assert [w.check for w in plan.weeks] == ["green", "amber", "red"]
    assert [w.stage for w in plan.weeks] == [1, 2, 2]


def test_every_sequence_of_checks_moves_at_most_one_step_a_week():
    for levels in itertools.product(("green", "amber", "red"), repeat=5):
        plan = return_to_running_plan(list(levels), start_stage=3)
        stages = [w.stage for w in plan.weeks]
        for before, after, level in zip(stages, stages[1:], levels):
            assert after == next_stage(before, level)
        assert all(1 <= s <= len(STAGES) for s in stages)


def test_distances_in_km_and_miles_follow_the_paces():
    week = return_to_running_plan(weeks=1, run_pace_min_per_km=6, walk_pace_min_per_km=12).weeks[0]
    # Step 1: 8 minutes running at 6 min/km and 16 minutes walking at 12 min/km.
    assert week.session_km == pytest.approx(8 / 6 + 16 / 12)
    assert week.session_miles == pytest.approx(week.session_km / 1.609344)
    assert len(return_to_running_plan(weeks=3).rows()[0]) == len(pain_monitor.Plan.HEADERS)


@pytest.mark.parametrize(
    "kwargs, words",
    [
        (dict(checks=["green", "blue"]), "week 2: a check must be one of"),
        (dict(checks=[(3, 3)]), "three pain scores"),
        (dict(checks=[(3, 3, 11)]), "pain_next_morning must be a number"),
        (dict(checks="green"), "one entry per week"),
        (dict(checks=[]), "1 to 52 weeks"),
        (dict(checks=["green"], weeks=2), "weeks is 2 but checks has 1"),
        (dict(weeks=0), "weeks must be a whole number"),
        (dict(weeks=2.5), "weeks must be a whole number"),
        (dict(weeks=True), "weeks must be a whole number"),
        (dict(start_stage=0), "start_stage"),
        (dict(start_stage=len(STAGES) + 1), "start_stage"),
        (dict(sessions_per_week=8), "sessions_per_week"),
        (dict(usual_pain=-1), "usual_pain"),
        (dict(run_pace_min_per_km=math.nan), "run_pace_min_per_km"),
        (dict(run_pace_min_per_km="7"), "run_pace_min_per_km"),
        (dict(walk_pace_min_per_km=30), "walk_pace_min_per_km"),
        (dict(run_pace_min_per_km=10, walk_pace_min_per_km=9), "walking must be slower"),
    ],
)
def test_bad_plan_inputs_raise_plain_value_errors(kwargs, words):
    with pytest.raises(ValueError, match=words):
        return_to_running_plan(**kwargs)


def test_next_stage_refuses_an_unknown_level():
    with pytest.raises(ValueError, match="one of"):
        next_stage(2, "yellow")
