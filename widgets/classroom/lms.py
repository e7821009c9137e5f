"""The chapters' self-check questions as files a learning platform imports.

Built from the quiz model (``widgets.model.quizzes``, which reads
``widgets/data/quizzes/*.json``), so a question reworded there changes every file:

* **Moodle XML** (``moodle.xml``): one category per chapter; each choice option
  keeps its feedback; a numeric answer keeps its tolerance, its feedback, and a
  catch-all answer (``*``) with the feedback for a wrong number.
* **GIFT** (``moodle.gift``): the same questions in Moodle's text format.
* **QTI 1.2** (``canvas-qti.zip``, with ``imsmanifest.xml``): the package Canvas
  imports (*Settings → Import course content → QTI .zip file*), made with
  text2qti, a maintained library for exactly this.

No maintained library on PyPI writes Moodle XML or GIFT from Python data
(``moodle-questions`` was last released in 2020; ``pygiftparser`` in 2017 and only
reads), so both are written here with the standard library.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from widgets.model.quizzes import Question, Quiz, load_quiz

COURSE = "Running and Back Pain"
MOODLE_FILE = "moodle.xml"
GIFT_FILE = "moodle.gift"
QTI_FILE = "canvas-qti.zip"
_GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")


def quizzes(stems) -> list[Quiz]:
    """Load and check the self-check questions of the chosen chapters.

    Parameters
    ----------
    stems : Iterable[str]
        Chapter notebook names without ``.ipynb``.

    Returns
    -------
    list of Quiz
        The chapters' quizzes, in the order given.
    """
    return [load_quiz(stem) for stem in stems]


def _with_source(text: str, question: Question) -> str:
    return f"{text} (Source: {question.citation}.)"


def _number(value: float) -> str:
    return f"{value:g}"


def question_name(quiz: Quiz, question: Question) -> str:
    """Name a question for the platform's question bank: chapter and question id.

    Parameters
    ----------
    quiz : Quiz
        The chapter's quiz.
    question : Question
        One of its questions.

    Returns
    -------
    str
        For example ``mileage-load-and-injury-risk: spike-factor``.
    """
    return f"{quiz.stem}: {question.id}"


# Moodle XML ---------------------------------------------------------------------------


def _text(parent: ET.Element, tag: str, text: str, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "text").text = text
    return element


def _moodle_question(quiz: Quiz, question: Question) -> ET.Element:
    kind = "multichoice" if question.kind == "choice" else "numerical"
    element = ET.Element("question", {"type": kind})
    _text(element, "name", question_name(quiz, question))
    _text(element, "questiontext", question.prompt, format="plain_text")
    _text(element, "generalfeedback", f"Source: {question.citation}.", format="plain_text")
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "penalty").text = "0"
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = question_name(quiz, question)
    if question.kind == "choice":
        ET.SubElement(element, "single").text = "true"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
        for option in question.options:
            fraction = "100" if option.correct else "0"
            answer = _text(element, "answer", option.text, fraction=fraction, format="plain_text")
            _text(answer, "feedback", option.feedback, format="plain_text")
        return element
    right = _text(element, "answer", _number(question.answer), fraction="100")
    ET.SubElement(right, "tolerance").text = _number(question.tolerance)
    _text(right, "feedback", question.feedback_correct, format="plain_text")
    wrong = _text(element, "answer", "*", fraction="0")
    ET.SubElement(wrong, "tolerance").text = "0"
    _text(wrong, "feedback", question.feedback_wrong, format="plain_text")
    ET.SubElement(element, "unitgradingtype").text = "0"
    ET.SubElement(element, "showunits").text = "3"  # no unit box: the prompt names the unit
    return element


def moodle_xml(chosen: list[Quiz]) -> str:
    """Write the quizzes as Moodle XML, one question category per chapter.

    Parameters
    ----------
    chosen : list of Quiz
        The chapters' quizzes.

    Returns
    -------
    str
        The XML document.
    """
    root = ET.Element("quiz")
    for quiz in chosen:
        category = ET.SubElement(root, "question", {"type": "category"})
        _text(category, "category", f"$course$/top/{COURSE}/{quiz.chapter}")
        _text(category, "info", f"Self-check questions of the chapter {quiz.chapter}.")
        root.extend(_moodle_question(quiz, q) for q in quiz.questions)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# GIFT -----------------------------------------------------------------------------------


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters (``~ = # { } :`` and backslash) with a backslash.

    Parameters
    ----------
    text : str
        Plain text.

    Returns
    -------
    str
        The text, safe inside a GIFT question; newlines become spaces.
    """
    return _GIFT_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _gift_question(quiz: Quiz, question: Question) -> str:
    head = f"::{gift_escape(question_name(quiz, question))}::[plain]{gift_escape(question.prompt)}"
    general = f"####{gift_escape('Source: ' + question.citation + '.')}"
    if question.kind == "choice":
        lines = [
            f"\t{'=' if o.correct else '~'}{gift_escape(o.text)}#{gift_escape(o.feedback)}"
            for o in question.options
        ]
    else:
        lines = [
            f"\t={_number(question.answer)}:{_number(question.tolerance)}"
            f"#{gift_escape(question.feedback_correct)}",
            f"\t~#{gift_escape(question.feedback_wrong)}",
        ]
    opening = "{#" if question.kind == "numeric" else "{"
    return "\n".join([head + " " + opening, *lines, "\t" + general, "}"])


def gift(chosen: list[Quiz]) -> str:
    """Write the quizzes in Moodle's GIFT format, one category per chapter.

    Parameters
    ----------
    chosen : list of Quiz
        The chapters' quizzes.

    Returns
    -------
    str
        The GIFT text (UTF-8).
    """
    parts = [f"// {COURSE}: self-check questions. Import in Moodle as GIFT format."]
    for quiz in chosen:
        parts.append(f"$CATEGORY: $course$/top/{COURSE}/{quiz.chapter}")
        parts.extend(_gift_question(quiz, q) for q in quiz.questions)
    return "\n\n".join(parts) + "\n"


# QTI for Canvas (text2qti) ------------------------------------------------------------


def _md_escape(text: str) -> str:
    """Escape what text2qti's Markdown would read as markup or as a quiz keyword."""
    text = " ".join(text.split())
    return re.sub(r"([\\`*_{}\[\]<>#+!|$~])", r"\\\1", text)


def text2qti_source(chosen: list[Quiz], title: str) -> str:
    """Write the quizzes in text2qti's plain-text quiz format.

    Parameters
    ----------
    chosen : list of Quiz
        The chapters' quizzes.
    title : str
        The quiz's title in Canvas.

    Returns
    -------
    str
        The text2qti source: per-option feedback after ``...``, numeric answers as
        ``=   answer +- tolerance`` with ``+`` and ``-`` feedback.
    """
    chapters = ", ".join(q.chapter for q in chosen)
    lines = [
        f"Quiz title: {_md_escape(title)}",
        f"Quiz description: Self-check questions of {_md_escape(chapters)}.",
        "Shuffle answers: true",
        "",
    ]
    number = 0
    for quiz in chosen:
        for question in quiz.questions:
            number += 1
            lines += [f"Title: {_md_escape(question_name(quiz, question))}"]
            lines += [f"{number}.  {_md_escape(question.prompt)}"]
            lines += [f"... {_md_escape('Source: ' + question.citation + '.')}"]
            if question.kind == "choice":
                for letter, option in zip("abcdefghijklmnopqrstuvwxyz", question.options):
                    mark = "*" if option.correct else ""
                    lines += [f"{mark}{letter}) {_md_escape(option.text)}"]
                    lines += [f"... {_md_escape(option.feedback)}"]
            else:
                lines += [f"+   {_md_escape(question.feedback_correct)}"]
                lines += [f"-   {_md_escape(question.feedback_wrong)}"]
                lines += [f"=   {_number(question.answer)} +- {_number(question.tolerance)}"]
            lines.append("")
    return "\n".join(lines)


def qti_package(chosen: list[Quiz], title: str) -> bytes:
    """Build the QTI 1.2 package Canvas imports, with ``imsmanifest.xml``.

    Parameters
    ----------
    chosen : list of Quiz
        The chapters' quizzes.
    title : str
        The quiz's title in Canvas.

    Returns
    -------
    bytes
        The zip file's content.
    """
    from text2qti.config import Config
    from text2qti.qti import QTI
    from text2qti.quiz import Quiz as Text2qtiQuiz

    source = text2qti_source(chosen, title)
    return QTI(Text2qtiQuiz(source, config=Config(), source_name="course quizzes")).zip_bytes()


def write_all(stems, out: Path) -> list[Path]:
    """Write the Moodle XML, GIFT and QTI files for the chosen chapters.

    Parameters
    ----------
    stems : Iterable[str]
        Chapter notebook names without ``.ipynb``.
    out : pathlib.Path
        The folder to write into; it is created.

    Returns
    -------
    list of pathlib.Path
        The three files written.
    """
    chosen = quizzes(stems)
    out.mkdir(parents=True, exist_ok=True)
    title = f"{COURSE}: self-check questions"
    moodle, text, qti = out / MOODLE_FILE, out / GIFT_FILE, out / QTI_FILE
    moodle.write_text(moodle_xml(chosen), encoding="utf-8")
    text.write_text(gift(chosen), encoding="utf-8")
    qti.write_bytes(qti_package(chosen, title))
    return [moodle, text, qti]
