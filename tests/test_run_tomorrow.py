"""Should I run tomorrow? The pain monitor's answer for typed scores, and where to rejoin."""

from __future__ import annotations

import itertools

import pytest

from widgets.model.pain_monitor import ACTIONS, NEXT_RUNS, RECHECKS, advice
from widgets.model.run_tomorrow import MESSAGES, rejoin_sentences, rule_table, should_i_run
from widgets.model.walk_run_plan import STAGES, rejoin


def test_a_sore_morning_after_a_run_says_rest_and_gives_a_walk_in_minutes():
    # The runner of the phone review: 2 during, 3 that evening, 4 the next morning, usual 0.
    answer = should_i_run("2", "3", "4")
    assert answer.ok and answer.level == "red" and answer.decision == "rest"
    assert answer.headline == f"Red: {ACTIONS['rest']}"
    assert dict(answer.parts)["next_run"] == NEXT_RUNS["rest"]
    assert "walk (up to 30 minutes)" in dict(answer.parts)["next_run"]
    assert dict(answer.parts)["recheck"] == RECHECKS["rest"]
    assert dict(answer.parts)["plan"] == MESSAGES["minutes_empty"]


def test_leg_symptoms_mean_stop_and_get_checked_even_with_no_scores():
    answer = should_i_run("", "", "", leg_symptoms=True)
    assert answer.ok and answer.decision == "stop" and answer.level == "red"
    assert "get checked" in answer.headline
    assert [key for key, _ in answer.parts] == ["next_run", "recheck"]


@pytest.mark.parametrize(
    ("minutes", "step"),
    [("0", 1), ("8", 2), ("20", 5), ("28", 8)],
)
def test_the_plan_starts_from_the_running_you_manage_now(minutes, step):
    answer = should_i_run("1", "1", "0", "0", minutes)
    assert answer.decision == "progress"
    assert dict(answer.parts)["plan"] == rejoin(float(minutes), "progress").sentence
    assert f"step {step} of {len(STAGES)}" in dict(answer.parts)["plan"]


def test_running_more_than_the_plan_s_last_step_needs_no_plan():
    plan = dict(should_i_run("1", "1", "0", "0", "45").parts)["plan"]
    assert plan == rejoin(45, "progress").sentence and "you do not need it" in plan


def test_every_whole_score_gives_the_model_s_decision():
    for during, after, morning, usual in itertools.product(range(11), repeat=4):
        answer = should_i_run(str(during), str(after), str(morning), str(usual))
        assert answer.decision == advice(during, after, morning, usual).decision


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (("", "", ""), MESSAGES["start"]),
        (("2", "", "1"), "Type your pain that evening, from 0 to 10."),
        (("two", "1", "1"), "“two” is not a number: type your pain during your last run"),
        (("2", "1", "11"), "11 is not on the 0 to 10 scale: type your pain the next morning"),
        (("2", "1", "1", "-1"), "-1 is not on the 0 to 10 scale: type your usual morning pain"),
    ],
)
def test_bad_scores_get_a_message_that_says_what_to_type(typed, message):
    answer = should_i_run(*typed)
    assert not answer.ok and answer.headline.startswith(message)


@pytest.mark.parametrize(
    ("minutes", "message"),
    [("lots", "“lots” is not a number"), ("-5", "from 0 to 300"), ("301", "from 0 to 300")],
)
def test_bad_minutes_leave_the_light_and_say_what_to_type(minutes, message):
    answer = should_i_run("1", "1", "0", "0", minutes)
    assert answer.ok and message in dict(answer.parts)["plan"]


def test_the_rule_table_has_rejoin_s_sentence_for_every_place_and_decision():
    table = rule_table()
    sentences = rejoin_sentences()
    assert table["rejoin"] == sentences
    assert set(sentences) == {"none", "beyond"} | {str(i) for i in range(1, len(STAGES) + 1)}
    assert sentences["4"]["hold"] == rejoin(STAGES[3].running_minutes, "hold").sentence
    assert table["stepMinutes"] == [s.running_minutes for s in STAGES]
    assert table["limits"]["during"] == 5 and table["limits"]["stepBackMargin"] == 1
