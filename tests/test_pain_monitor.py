"""The pain monitor against its written rules, over every score, and the plan it gates."""

from __future__ import annotations

import itertools
import json
import math
import re

import numpy as np
import pytest

from widgets import evidence, pain_monitor
from widgets.model import pain_monitor as pain_model
from widgets.pain_monitor import (
    DECISIONS,
    LEG_SYMPTOM_ACTION,
    LEG_SYMPTOM_STOP_RULE,
    STAGES,
    advice,
    current_stage,
    next_stage,
    rejoin,
    return_to_running_plan,
    start_ceiling,
)

pain_monitor_model = pain_model

SCORES = range(11)
RANK = {"green": 0, "amber": 1, "red": 2}


def written_rule(during: int, after: int, morning: int, usual: int, legs: bool) -> str:
    """The table in the module docstring, written out separately: the decision.

    Limits: during <= 5, after <= 5, morning <= usual and morning <= 5. Starting
    ceiling: to progress, during <= min(5, usual + 2).
    """
    if legs:
        return "stop"
    over = [x for x in (during - 5, after - 5, morning - min(usual, 5)) if x > 0]
    if len(over) > 1 or any(x > 1 for x in over):
        return "rest"
    if over:
        return "step back"
    return "hold" if during > min(5, usual + 2) else "progress"


LIGHT = {"progress": "green", "hold": "amber", "step back": "red", "rest": "red", "stop": "red"}
MINUTES_OR_KM = re.compile(r"\b\d+ minutes\b|\bkm\b|^No run|the same minutes")


def test_the_docstring_states_the_rules_the_test_checks():
    text = pain_monitor_model.__doc__
    for phrase in (
        "at most ``DURING_LIMIT`` (5/10)",
        "at most ``AFTER_LIMIT`` (5/10)",
        "``pain_next_morning <= min(usual_pain, MORNING_LIMIT)``",
        "never\n   above 5/10",
        "not rising from week to week",
        "as clinical summaries describe it",
        "two limits broken, or one by more than 1 point",
        "within the limits, during > usual + 2",
        "Leg symptoms are never green",
        "tested in back pain",
        "``leg_symptoms``",
        "``next_run``",
        "``recheck``",
    ):
        assert phrase in text, phrase


@pytest.mark.parametrize("legs", [False, True])
@pytest.mark.parametrize("usual", SCORES)
def test_whole_grid_follows_the_written_rules(usual, legs):
    for during, after, morning in itertools.product(SCORES, SCORES, SCORES):
        result = advice(during, after, morning, usual, leg_symptoms=legs)
        expected = written_rule(during, after, morning, usual, legs)
        where = (during, after, morning, usual, legs)
        assert result.decision == expected, where
        assert result.level == LIGHT[expected], where
        # No breach is ever a hold or green; a hold is only within the limits.
        if result.breaches:
            assert result.level == "red" and result.steps in (-1, None), where
        if result.decision == "hold":
            assert not result.breaches and during > usual + 2, where
        # Leg symptoms are never green, and always say stop and get checked.
        if legs:
            assert result.level != "green" and result.steps is None, where
            assert result.action == LEG_SYMPTOM_ACTION, where
            assert result.action.startswith("Stop running and get checked"), where
        # The next run is stated in minutes or km, or is no run.
        assert MINUTES_OR_KM.search(result.next_run), where
        assert result.recheck and result.explanation.startswith(
            LIGHT[expected].capitalize() + ":"
        ), where
        assert result.explanation.endswith(result.action), where


def test_the_grid_reaches_every_decision_and_green_only_inside_the_ceiling():
    counts = {d: 0 for d in DECISIONS}
    for during, after, morning in itertools.product(SCORES, SCORES, SCORES):
        for usual, legs in ((0, False), (1, False), (0, True)):
            result = advice(during, after, morning, usual, legs)
            counts[result.decision] += 1
            if result.level == "green":
                assert during <= usual + 2 and after <= 5 and morning <= usual
    assert all(counts.values()), counts
    # With no usual pain: during 0-2, after 0-5, morning 0.
    assert sum(advice(d, a, 0).level == "green" for d in SCORES for a in SCORES) == 3 * 6


def test_the_two_cases_the_audit_found_now_step_back():
    for scores in ((6, 2, 0), (3, 3, 1)):
        result = advice(*scores)
        assert result.level == "red" and result.decision == "step back", scores
        assert "repeat" not in result.action.lower() and "repeat" not in result.next_run.lower()
        assert result.next_run.startswith("Run less") and "minutes less running" in result.next_run


def test_more_pain_never_gives_better_advice():
    for during, after, morning in itertools.product(SCORES, SCORES, SCORES):
        here = RANK[advice(during, after, morning, 2).level]
        for bumped in (
            (during + 1, after, morning),
            (during, after + 1, morning),
            (during, after, morning + 1),
        ):
            if max(bumped) <= 10:
                assert RANK[advice(*bumped, usual_pain=2).level] >= here
        assert advice(during, after, morning, 2, leg_symptoms=True).level == "red"


@pytest.mark.parametrize(
    "scores, decision, words",
    [
        ((2, 5, 0), "progress", "back to your usual level"),
        ((3, 0, 0), "hold", "more than 2 points above your usual 0/10"),
        ((5, 3, 3, 3), "progress", "within 2 points of your usual pain"),
        (
            (6, 0, 0),
            "step back",
            "pain during the run reached 6/10, 1 point above the limit of 5/10",
        ),
        ((0, 6, 0), "step back", "pain after the run reached 6/10"),
        ((0, 0, 1), "step back", "the next morning pain was 1/10, 1 point above your usual 0/10"),
        ((7, 0, 0), "rest", "2 points above"),
        ((6, 6, 0), "rest", "pain after the run reached 6/10"),
        ((0, 0, 3), "rest", "3 points above your usual 0/10"),
    ],
)
def test_explanations_say_why_and_what_to_do(scores, decision, words):
    result = advice(*scores)
    assert result.decision == decision
    assert words in result.explanation
    assert result.explanation.endswith(pain_monitor.ACTIONS[decision])
    assert result.next_run == pain_monitor.NEXT_RUNS[decision]
    assert result.recheck == pain_monitor.RECHECKS[decision]


def test_leg_symptoms_name_the_scores_too_and_say_where_to_go_if_worse():
    result = advice(7, 2, 0, leg_symptoms=True)
    assert "leg symptoms" in result.explanation and "7/10" in result.explanation
    assert result.next_run.startswith("No run")
    assert "getting worse" in result.recheck and "Get help now" in result.recheck
    assert all(symptom in LEG_SYMPTOM_STOP_RULE for symptom in pain_monitor.LEG_SYMPTOMS)
    assert advice(0, 0, 0, leg_symptoms=np.bool_(True)).decision == "stop"


def test_as_dict_is_plain_json_for_a_browser_table():
    values = advice(6, 6, 0).as_dict()
    assert json.loads(json.dumps(values)) == values
    assert values["decision"] == "rest" and values["breaches"][0]["excess"] == 1
    assert set(values) >= {"level", "action", "next_run", "recheck", "steps", "breaches"}


def test_the_limits_come_from_evidence_with_their_source():
    assert pain_monitor.DURING_LIMIT == evidence.PAIN_MONITOR_LIMIT.value == 5
    assert evidence.PAIN_MONITOR_LIMIT.source == "silbernagel2007"
    assert pain_monitor.START_CEILING_ABOVE_USUAL == evidence.PAIN_MONITOR_SAFE_ZONE.value
    assert evidence.PAIN_MONITOR_SAFE_ZONE.source == evidence.PAIN_MONITOR_LIMIT.source
    assert [start_ceiling(u) for u in (0, 1, 2, 3, 9)] == [2, 3, 4, 5, 5]


def test_the_next_run_numbers_match_the_ladder():
    running = [s.running_minutes for s in STAGES]
    assert max(b - a for a, b in zip(running, running[1:])) == pain_model.STEP_MINUTES
    assert running[-1] == pain_model.LADDER_TOP_MINUTES


def test_usual_pain_moves_the_morning_limit_and_fractions_work():
    assert advice(3, 3, 3, usual_pain=3).level == "green"
    assert advice(3, 3, 3.5, usual_pain=3).decision == "step back"
    assert advice(5.5, 0, 0).decision == "step back"
    assert advice(2.5, 0, 0).decision == "hold"
    assert advice(2, 2, 1, usual_pain=2).level == "green"  # better than usual


def test_severe_pain_every_morning_is_never_a_base_to_build_on():
    # Usual morning pain of 7 and a morning of 7: no step up, whatever the run was like.
    result = advice(5, 5, 7, usual_pain=7)
    assert result.level == "red" and result.decision == "rest"
    assert "above the limit of 5/10" in result.explanation
    assert "warning signs" in result.explanation
    for usual in range(6, 11):
        for morning in range(6, 11):
            assert advice(0, 0, morning, usual_pain=usual).level == "red", (usual, morning)
    # A usual level of 5 or less still counts as it did.
    assert advice(3, 3, 5, usual_pain=5).level == "green"


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


@pytest.mark.parametrize("bad", [None, 1, 0, "yes", "False", np.nan], ids=repr)
def test_leg_symptoms_must_be_yes_or_no(bad):
    with pytest.raises(ValueError, match="leg_symptoms must be True or False"):
        advice(1, 1, 1, 0, leg_symptoms=bad)


def test_numpy_numbers_are_accepted():
    assert advice(np.int64(2), np.float64(2.0), 0).level == "green"


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
    plan = return_to_running_plan([(3, 3, 1), (4, 3, 1), (3, 3, 2), (8, 3, 1)], usual_pain=1)
    assert [w.check for w in plan.weeks] == ["green", "amber", "red", "red"]
    assert [w.stage for w in plan.weeks] == [1, 2, 2, 1]


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


# Rejoining the plan from the running you manage now ----------------------------


@pytest.mark.parametrize(
    "minutes, stage",
    [(0, None), (7.5, None), (8, 1), (11, 1), (12, 2), (20, 4), (29, 7), (30, 8), (90, 8)],
)
def test_current_stage_is_the_highest_step_you_already_manage(minutes, stage):
    assert current_stage(minutes) == stage


def test_rejoin_follows_the_decision_from_every_amount_of_running():
    top = len(STAGES)
    for minutes in range(0, 61):
        now = current_stage(minutes)
        for decision in DECISIONS:
            result = rejoin(minutes, decision)
            if decision == "stop":
                assert result.stage is None and result.step is None
                assert LEG_SYMPTOM_STOP_RULE in result.sentence
                continue
            assert 1 <= result.stage <= top
            if now is None:
                assert result.stage == 1 and "step 1 of 8" in result.sentence
            elif minutes > STAGES[-1].running_minutes:
                assert result.stage == top
            else:
                move = pain_model.DECISION_STEPS[decision]
                assert result.stage == max(1, min(now + move, top)), (minutes, decision)
            # The session is stated in minutes and km, or says what to do beyond the plan.
            assert re.search(r"\d+(\.\d)? km|\d+ minutes", result.sentence), result.sentence
            if now is not None and minutes <= STAGES[-1].running_minutes:
                # Never more running than you manage now plus one step.
                assert result.step.running_minutes <= max(minutes, 0) + pain_model.STEP_MINUTES


def test_rejoin_from_a_long_run_steps_back_to_thirty_minutes_and_takes_advice():
    assert rejoin(60, "step back").sentence.endswith(
        "step 8 of 8: run 30 minutes without a break (about 4.3 km or 2.7 miles)."
    )
    assert "add no more than 5 minutes" in rejoin(60, "progress").sentence
    assert rejoin(20, advice(3, 3, 1)).stage == 3  # a step back from step 4
    assert rejoin(20, advice(2, 2, 0)).stage == 5
    assert rejoin(20, advice(2, 2, 0, leg_symptoms=True)).stage is None


@pytest.mark.parametrize(
    "args, words",
    [
        ((-1,), "minutes_running must be a number from 0 to 300"),
        ((301,), "minutes_running"),
        (("20",), "minutes_running"),
        ((math.nan,), "minutes_running"),
        ((True,), "minutes_running"),
        ((20, "green"), "decision must be one of"),
        ((20, None), "decision must be one of"),
        ((20, "progress", 2), "run_pace_min_per_km"),
    ],
)
def test_rejoin_refuses_bad_input_in_plain_words(args, words):
    with pytest.raises(ValueError, match=words):
        rejoin(*args)
