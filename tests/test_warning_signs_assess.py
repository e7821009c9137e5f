"""The warning-signs checker: every question alone and in combination, and bad answers."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from widgets.model.warning_signs import LEVEL_INFO, LEVELS, WARNING_SIGNS
from widgets.model.warning_signs_checker import NEXT_STEPS, NEXT_STEPS_LINE
from widgets.warning_signs import NOTHING_TICKED, QUESTIONS, SELF_CARE, assess

KEYS = [q.key for q in QUESTIONS]
LEVEL_OF = {q.key: q.level for q in QUESTIONS}


def most_urgent(keys) -> str:
    levels = [LEVEL_OF[k] for k in keys]
    return min(levels, key=LEVELS.index) if levels else SELF_CARE


def test_one_question_per_warning_sign_in_the_data_file():
    assert [q.key for q in QUESTIONS] == [s.key for s in WARNING_SIGNS]
    for question, sign in zip(QUESTIONS, WARNING_SIGNS):
        assert question.text == sign.question and question.text.endswith("?")
        assert question.level == sign.level
        assert question.sources == sign.sources and question.source


def test_nothing_ticked_is_self_care_and_never_says_you_are_fine():
    for answers in ({}, {k: False for k in KEYS}):
        result = assess(answers)
        assert result.level == SELF_CARE and result.reasons == ()
        assert result.message == NOTHING_TICKED
        assert result.lines() == [NOTHING_TICKED, NEXT_STEPS_LINE]
        assert NOTHING_TICKED.startswith(
            "No warning signs ticked; if you are unsure or getting worse, get advice"
        )
        assert "fine" not in " ".join(result.lines()).lower()


def test_nothing_ticked_says_what_to_read_next():
    # Self-care first, then running with back pain: both chapters, by their titles.
    assert [step.stem for step in NEXT_STEPS] == [
        "self-care-and-when-to-see-a-doctor",
        "running-with-back-pain",
    ]
    for step in NEXT_STEPS:
        assert step.title in NEXT_STEPS_LINE
        assert step.href("book").startswith(f"{step.stem}.html")
        assert step.href("lab") == f"{step.stem}.ipynb"
    with pytest.raises(ValueError, match="book"):
        NEXT_STEPS[0].href("pdf")


@pytest.mark.parametrize("key", KEYS)
def test_every_question_alone_gives_its_own_level_and_action(key):
    sign = next(s for s in WARNING_SIGNS if s.key == key)
    result = assess({key: True})
    assert result.level == sign.level
    assert [r.key for r in result.reasons] == [key]
    assert result.reasons[0].action == sign.action
    assert result.message == LEVEL_INFO[sign.level].action
    assert result.lines()[0] == LEVEL_INFO[sign.level].label
    assert sign.action in result.lines()[2]


@pytest.mark.parametrize("first, second", list(itertools.combinations(KEYS, 2)))
def test_every_pair_most_urgent_wins_and_both_are_reasons(first, second):
    other = next(k for k in KEYS if k not in (first, second))
    result = assess({first: True, second: True, other: False})
    assert result.level == most_urgent([first, second])
    assert {r.key for r in result.reasons} == {first, second}
    ranks = [LEVELS.index(r.level) for r in result.reasons]
    assert ranks == sorted(ranks)  # most urgent first


def test_random_combinations_of_any_size():
    rng = random.Random(20261130)
    for _ in range(2000):
        ticked = rng.sample(KEYS, rng.randint(0, len(KEYS)))
        answers = {k: (k in ticked) for k in rng.sample(KEYS, rng.randint(0, len(KEYS)))}
        answers.update({k: True for k in ticked})
        result = assess(answers)
        assert result.level == most_urgent(ticked)
        assert sorted(r.key for r in result.reasons) == sorted(ticked)


def test_every_level_is_reachable_and_a_cauda_equina_sign_is_an_emergency():
    reached = {assess({k: True}).level for k in KEYS} | {assess({}).level}
    assert reached == set(LEVELS) | {SELF_CARE}
    for sign in WARNING_SIGNS:
        if sign.group == "cauda_equina":
            assert assess({sign.key: True, KEYS[-1]: True}).level == "emergency"


@pytest.mark.parametrize(
    "answers, words",
    [
        ({"no_such_sign": True}, "unknown warning-sign keys: no_such_sign"),
        ({KEYS[0]: 1}, "must be True or False"),
        ({KEYS[0]: "yes"}, "must be True or False"),
        ({KEYS[0]: None}, "must be True or False"),
        ({KEYS[0]: math.nan}, "must be True or False"),
        ({KEYS[0]: 0}, "must be True or False"),
        ([(KEYS[0], True)], "must map question keys"),
        (None, "must map question keys"),
        ("saddle_numbness", "must map question keys"),
    ],
)
def test_bad_answers_raise_plain_value_errors(answers, words):
    with pytest.raises(ValueError, match=words):
        assess(answers)
