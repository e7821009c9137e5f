"""Self-check questions: the data files are valid and both renderings work."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import nbformat
import pytest

from widgets import self_check
from widgets.bibliography import bib_keys
from widgets.data import source_labels
from widgets.explorers.self_check import quiz_html, quiz_interactive, quiz_text
from widgets.interactive import HtmlInteractive
from widgets.live.quiz import QuestionView
from widgets.model.quizzes import (
    MIN_QUESTIONS,
    load_quiz,
    quiz_stems,
    validate_question,
    validate_quiz,
    verdict,
)
from widgets.render_mode import STATIC_BOOK_ENV

STEMS = quiz_stems()

VALID = {
    "chapter": "Test",
    "questions": [
        {
            "id": "a",
            "kind": "choice",
            "prompt": "Pick one",
            "options": [
                {"text": "Yes", "correct": True, "feedback": "Because."},
                {"text": "No", "correct": False, "feedback": "Because not."},
            ],
            "sources": ["maselli2020"],
        },
        {
            "id": "b",
            "kind": "choice",
            "prompt": "Pick again",
            "options": [
                {"text": "Left", "correct": False, "feedback": "Wrong way."},
                {"text": "Right", "correct": True, "feedback": "Right way."},
            ],
            "sources": ["frandsen2025"],
        },
        {
            "id": "c",
            "kind": "numeric",
            "prompt": "How many?",
            "answer": 1.64,
            "tolerance": 0.005,
            "unit": "times",
            "feedback_correct": "That is the number.",
            "feedback_wrong": "That is not it.",
            "sources": ["frandsen2025"],
        },
    ],
}


REPO = Path(__file__).resolve().parents[1]


def test_there_are_quiz_files():
    assert STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_every_quiz_file_loads(stem):
    quiz = load_quiz(stem)
    assert len(quiz.questions) >= MIN_QUESTIONS
    for question in quiz.questions:
        assert question.citation
        assert set(question.sources) <= bib_keys()
    # The chapter's own title: a learning platform names its question category with it.
    notebook = nbformat.read(REPO / "notebooks" / f"{stem}.ipynb", as_version=4)
    title = next(c.source for c in notebook.cells if c.source.startswith("# "))
    assert quiz.chapter == title.splitlines()[0][2:]


def test_a_valid_quiz_loads():
    quiz = validate_quiz(VALID, "test")
    assert [q.id for q in quiz.questions] == ["a", "b", "c"]
    assert quiz.questions[1].correct_index == 1
    assert quiz.questions[2].is_right(1.644) and not quiz.questions[2].is_right(1.7)


def _broken(change):
    data = copy.deepcopy(VALID)
    change(data)
    return data


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["questions"].pop(), "questions needs at least 3 entries"),
        (
            lambda d: d["questions"][0]["options"][1].update(feedback=""),
            "option 2: feedback must be non-empty text",
        ),
        (lambda d: d["questions"][0]["options"][1].update(correct=True), "exactly one option"),
        (lambda d: d["questions"][0]["options"][0].update(correct=False), "exactly one option"),
        (
            lambda d: d["questions"][0].update(sources=["nosuchkey2099"]),
            "not in book/references.bib",
        ),
        (lambda d: d["questions"][0].update(sources=[]), "sources needs at least 1 entry"),
        (
            lambda d: d["questions"][0].update(kind="essay"),
            "kind must be one of 'choice', 'numeric'",
        ),
        (lambda d: d["questions"][2].update(answer="many"), "answer must be a number"),
        (lambda d: d["questions"][2].update(tolerance=-1), "tolerance must be 0 or more"),
        (lambda d: d["questions"][2].update(round_to=-1), "round_to must be 0 or more"),
        (lambda d: d["questions"][2].update(round_to=1.5), "round_to must be a whole number"),
        (lambda d: d["questions"][2].pop("feedback_wrong"), "feedback_wrong is missing"),
        (lambda d: d["questions"][1].update(id="a"), "same id"),
        (lambda d: d["questions"][0]["options"].pop(), "options needs at least 2 entries"),
    ],
)
def test_a_broken_quiz_says_what_is_wrong(change, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        validate_quiz(_broken(change), "test")


def test_an_unknown_chapter_is_a_plain_error():
    with pytest.raises(ValueError, match="no self-check questions"):
        load_quiz("no-such-chapter")
    with pytest.raises(ValueError, match="not a chapter name"):
        load_quiz("../etc/passwd")


def test_a_question_names_its_sources_by_their_labels_in_sources_json():
    labels = source_labels()
    for stem in quiz_stems():
        for question in load_quiz(stem).questions:
            assert question.citation == "; ".join(labels[key] for key in question.sources)


@pytest.mark.parametrize("stem", STEMS)
def test_book_html_is_deterministic_and_complete(stem):
    quiz = load_quiz(stem)
    page = quiz_html(quiz)
    assert page == quiz_html(load_quiz(stem))
    assert "http" not in page and "<script" not in page
    assert f'data-course-quiz="{stem}"' in page
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "element ids must be unique"
    assert page.count('aria-live="polite"') == len(quiz.questions)
    for question in quiz.questions:
        assert f'id="quiz-{stem}-{question.id}"' in page
        for option in question.options:
            assert option.feedback.replace("'", "&#x27;").replace('"', "&quot;") in page
    text = quiz_text(quiz)
    assert all(q.prompt in text for q in quiz.questions)


def test_static_and_live_renderings(monkeypatch):
    quiz = validate_quiz(VALID, "test")
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    bundle = quiz_interactive(quiz)._repr_mimebundle_()
    assert set(bundle) == {"text/html", "text/plain"}
    monkeypatch.delenv(STATIC_BOOK_ENV)
    live = quiz_interactive(quiz)._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in live


def test_live_feedback_is_immediate():
    quiz = validate_quiz(VALID, "test")
    view = QuestionView(1, quiz.questions[0])
    assert view.feedback.value == ""
    view.answer.value = 1
    assert "Not quite." in view.feedback.value and "Because not." in view.feedback.value
    assert "Maselli 2020" in view.feedback.value
    view.answer.value = 0
    assert "Right." in view.feedback.value
    number = QuestionView(3, quiz.questions[2])
    number.answer.value = 1.64
    assert "Right." in number.feedback.value
    number.answer.value = 2.0
    assert "Not quite." in number.feedback.value


def test_self_check_is_one_call():
    assert isinstance(self_check(STEMS[0]), HtmlInteractive)


def test_a_verdict_is_added_only_when_the_feedback_has_none():
    assert verdict(True, "Because.") == "Right."
    assert verdict(False, "Because not.") == "Not quite."
    assert verdict(True, "Right: 1.64 times.") == ""
    assert verdict(False, "No: it was tested.") == ""
    assert verdict(False, "Nothing suggests it.") == "Not quite."


def _numeric(answer, tolerance=0.0, **extra):
    item = {
        "id": "n",
        "kind": "numeric",
        "prompt": "How many?",
        "answer": answer,
        "tolerance": tolerance,
        "feedback_correct": "Yes.",
        "feedback_wrong": "No.",
        "sources": ["vandergaag2020"],
        **extra,
    }
    return validate_question(item)


def test_a_numeric_answer_accepts_the_rounding_a_reader_would_give():
    nsaid = _numeric(7.29)  # points out of 100, as in the self-care chapter
    assert nsaid.round_to == 1 and nsaid.roundings == (7.3,)
    for right in (7.29, 7.3, 7.30):
        assert nsaid.is_right(right), right
    for wrong in (7.2, 7.28, 7.4, 7.0, 7, 73):  # other numbers, or rounded too far
        assert not nsaid.is_right(wrong), wrong
    # A whole-number answer needs the whole number, unless a tolerance says otherwise.
    assert _numeric(28).is_right(28) and not _numeric(28).is_right(27.5)
    assert _numeric(15, tolerance=0.5).is_right(15.4)
    # A question may allow coarser rounding: 0.729 to one decimal is 0.7.
    per_ten = _numeric(0.729, round_to=1)
    assert per_ten.roundings == (0.7, 0.73)
    assert all(per_ten.is_right(v) for v in (0.7, 0.73, 0.729))
    assert not per_ten.is_right(1) and not per_ten.is_right(0.72)
    # Halves round up, as people round: 2.25 to one decimal is 2.3.
    assert _numeric(2.25).is_right(2.3) and not _numeric(2.25).is_right(2.2)


@pytest.mark.parametrize("stem", quiz_stems())
def test_every_numeric_question_takes_its_readers_roundings(stem):
    for question in load_quiz(stem).questions:
        if question.kind != "numeric":
            continue
        assert question.is_right(question.answer)
        for rounded in question.roundings:
            assert question.is_right(rounded), (question.id, rounded)
        assert not question.is_right(question.answer + 10 * question.tolerance + 1)


def test_no_question_asks_to_recall_a_hazard_ratio():
    # Questions test understanding: a hazard ratio or rate ratio is never the answer to type.
    for stem in quiz_stems():
        for question in load_quiz(stem).questions:
            if question.kind == "numeric":
                assert question.unit not in ("", "times", "hazard ratio"), (stem, question.id)
