"""Self-check questions for each chapter, loaded and checked.

Each chapter's questions live in ``widgets/data/quizzes/<notebook-stem>.json``
(format in ``widgets/data/schemas/quiz.schema.json`` and the README,
"Self-check questions"). They are checked when loaded, so a broken question
fails the build instead of showing a half-empty form:

* at least :data:`MIN_QUESTIONS` questions, with unique ids;
* a choice question has at least two options, exactly one of them correct,
  and feedback for every option (why it is right or wrong);
* a numeric question has a number answer, a tolerance of zero or more and
  feedback for a right and a wrong answer. It also accepts the answer rounded
  as a reader would round it (7.3 for 7.29), down to ``round_to`` decimals
  (by default one decimal fewer than the answer has);
* every question names at least one source, and every source is a key of
  ``book/references.bib`` with a short label in ``widgets/data/sources.json``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

# BIB_PATH: book/references.bib in a clone; the copy inside an installed wheel otherwise.
from widgets.bibliography import BIB_PATH, bib_entries  # noqa: F401
from widgets.data import (
    DATA_DIR,
    QUIZ_FOLDER,
    DataError,
    check_json,
    check_sources,
    load_json,
    source_label,
)

QUIZ_DIR = DATA_DIR / QUIZ_FOLDER
MIN_QUESTIONS = 3
KINDS = ("choice", "numeric")
MAX_DECIMALS = 6  # the most decimals a reader's answer is read to; course-quiz.js uses the same
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_VERDICT = re.compile(
    r"^(right|correct|yes|no|not quite|not that|not|wrong|partly|close)\b\s*[:.,;!]", flags=re.I
)


def round_half_up(value: float, places: int) -> float:
    """``value`` rounded to ``places`` decimals, halves up, as people round (and as the JS does).

    Parameters
    ----------
    value : float
        The number to round.
    places : int
        How many decimals to keep (0 or more).

    Returns
    -------
    float
        The rounded number.
    """
    factor = 10**places
    return math.floor(value * factor + 0.5) / factor


def decimals_shown(value: float) -> int:
    """How many decimals a number needs: 15 needs 0, 7.3 needs 1, 7.29 needs 2.

    Parameters
    ----------
    value : float
        A number, such as a reader's answer.

    Returns
    -------
    int
        The fewest decimals that write it exactly, at most :data:`MAX_DECIMALS`.
    """
    for places in range(MAX_DECIMALS + 1):
        if abs(value - round_half_up(value, places)) < 1e-9:
            return places
    return MAX_DECIMALS


@dataclass(frozen=True)
class Option:
    """One answer to a choice question, and why it is right or wrong."""

    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    """One self-check question: ``kind`` is "choice" or "numeric"."""

    id: str
    kind: str
    prompt: str
    sources: tuple[str, ...]
    options: tuple[Option, ...] = ()
    answer: float = math.nan
    tolerance: float = 0.0
    unit: str = ""
    feedback_correct: str = ""
    feedback_wrong: str = ""
    round_to: int = 0

    @property
    def correct_index(self) -> int:
        """The position of the correct option (choice questions).

        Returns
        -------
        int
            The 0-based index of the one correct option.
        """
        return next(i for i, option in enumerate(self.options) if option.correct)

    @property
    def roundings(self) -> tuple[float, ...]:
        """The answer as a reader might round it: 7.29 gives (7.3,) when ``round_to`` is 1.

        Returns
        -------
        tuple of float
            The answer rounded to each number of decimals from ``round_to`` up to,
            but not including, the decimals the answer has.
        """
        return tuple(
            round_half_up(self.answer, places)
            for places in range(self.round_to, decimals_shown(self.answer))
        )

    def is_right(self, value: float) -> bool:
        """Whether a numeric answer is right: within the tolerance, or the answer rounded.

        A reader who gives 7.3 for 7.29 has rounded to one decimal: that counts,
        when one decimal is no coarser than ``round_to``. 7.2 or 7 does not.

        Parameters
        ----------
        value : float
            The reader's answer, in the question's ``unit``.

        Returns
        -------
        bool
            True when it is within ``tolerance`` of ``answer``, or equals the
            answer rounded to the decimals the reader gave (at least ``round_to``).
        """
        value = float(value)
        if abs(value - self.answer) <= self.tolerance + 1e-9:
            return True
        places = decimals_shown(value)
        return places >= self.round_to and abs(round_half_up(self.answer, places) - value) < 1e-9

    @property
    def citation(self) -> str:
        """'Frandsen 2025' or 'Belavý 2017; Maselli 2020': the labels of its sources.

        Returns
        -------
        str
            The short labels of ``sources``, separated by semicolons.
        """
        return "; ".join(source_label(key) for key in self.sources)


def verdict(right: bool, feedback: str) -> str:
    """'Right.' or 'Not quite.' to show before feedback, or '' when it starts with its own.

    Parameters
    ----------
    right : bool
        Whether the reader's answer was right.
    feedback : str
        The feedback the question gives for that answer.

    Returns
    -------
    str
        The verdict, or "" when the feedback opens with one ("Right: ...").
    """
    if _VERDICT.match(feedback.strip()):
        return ""
    return "Right." if right else "Not quite."


@dataclass(frozen=True)
class Quiz:
    """A chapter's self-check questions."""

    chapter: str
    stem: str
    questions: tuple[Question, ...]


def _sources(item: dict, where: str) -> tuple[str, ...]:
    """The question's sources: each in ``book/references.bib`` (when installed), each labelled."""
    known = bib_entries()
    unknown = [key for key in item["sources"] if known and key not in known]
    if unknown:
        raise DataError(f"{where}: sources {unknown} are not in book/references.bib")
    return check_sources(item["sources"], where)


def _question(item: dict, where: str) -> Question:
    """A question whose shape the schema has checked: options differ, sources are known."""
    where = f"{where}, question {item['id']!r}"
    sources = _sources(item, where)
    prompt = item["prompt"].strip()
    if item["kind"] == "choice":
        options = tuple(
            Option(o["text"].strip(), o["correct"], o["feedback"].strip()) for o in item["options"]
        )
        if len({option.text for option in options}) != len(options):
            raise DataError(f"{where}: two options have the same text")
        return Question(item["id"], "choice", prompt, sources, options=options)
    answer = float(item["answer"])
    round_to = item.get("round_to", max(decimals_shown(answer) - 1, 0))
    return Question(
        item["id"],
        "numeric",
        prompt,
        sources,
        answer=answer,
        tolerance=float(item.get("tolerance", 0.0)),
        unit=item.get("unit", ""),
        feedback_correct=item["feedback_correct"].strip(),
        feedback_wrong=item["feedback_wrong"].strip(),
        round_to=int(round_to),
    )


def validate_question(item: dict, where: str = "question") -> Question:
    """A :class:`Question` from one JSON item, checked as a quiz file would check it.

    Parameters
    ----------
    item : dict
        One entry of ``questions`` in a quiz file.
    where : str, optional
        A name for the item in an error message.

    Returns
    -------
    Question
        The checked question.
    """
    check_json(
        {"chapter": where, "questions": [item] * MIN_QUESTIONS}, f"{QUIZ_FOLDER}/{where}.json"
    )
    return _question(item, f"widgets/data/{QUIZ_FOLDER}/{where}")


def validate_quiz(data: dict, stem: str) -> Quiz:
    """A :class:`Quiz` from a parsed quiz file, or a ``ValueError`` saying what is wrong.

    Parameters
    ----------
    data : dict
        The parsed quiz file.
    stem : str
        The chapter's notebook name without ``.ipynb``.

    Returns
    -------
    Quiz
        The chapter's checked questions (at least ``MIN_QUESTIONS``, ids unique).
    """
    name = f"{QUIZ_DIR.name}/{stem}.json"
    check_json(data, name)
    where = f"widgets/data/{name}"
    questions = tuple(_question(item, where) for item in data["questions"])
    ids = [q.id for q in questions]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise DataError(f"{where}: two questions have the same id {repeated}")
    return Quiz(data["chapter"].strip(), stem, questions)


def quiz_path(stem: str) -> Path:
    """Where the quiz of a chapter lives, or a ``ValueError`` for a name that is not a chapter's.

    Parameters
    ----------
    stem : str
        The chapter's notebook name without ``.ipynb``.

    Returns
    -------
    Path
        ``widgets/data/quizzes/<stem>.json`` (it may not exist).
    """
    if not isinstance(stem, str) or not _ID.match(stem):
        raise ValueError(
            f"{stem!r} is not a chapter name: use the notebook's file name without "
            "'.ipynb', for example 'why-runners-get-back-pain'"
        )
    return QUIZ_DIR / f"{stem}.json"


def load_quiz(stem: str) -> Quiz:
    """The checked questions of the chapter whose notebook is ``<stem>.ipynb``.

    Parameters
    ----------
    stem : str
        The chapter's notebook name without ``.ipynb``.

    Returns
    -------
    Quiz
        The chapter's questions, checked.
    """
    path = quiz_path(stem)
    if not path.exists():
        raise ValueError(
            f"no self-check questions for {stem!r}: add widgets/data/quizzes/{stem}.json"
        )
    return validate_quiz(load_json(f"{QUIZ_DIR.name}/{stem}.json"), stem)


def quiz_stems() -> list[str]:
    """Every chapter that has a quiz file.

    Returns
    -------
    list of str
        The notebook names, sorted.
    """
    return sorted(p.stem for p in QUIZ_DIR.glob("*.json"))
