"""Self-check questions: one call in a chapter, two renderings.

``self_check("<notebook-stem>")`` loads and checks the chapter's questions from
``widgets/data/quizzes/<stem>.json``. In JupyterLab it shows ipywidgets with
immediate feedback. In the book (no kernel) it shows a plain HTML form: radio
buttons or a number box, a Check button and a feedback region that screen
readers announce. The course's own ``course-quiz.js`` (loaded only on pages
with a quiz, see ``widgets.bookext``) shows the feedback; nothing comes from
another host and every element id is made from the chapter and question ids,
so rebuilding gives the same HTML.
"""

from __future__ import annotations

import html

from widgets.interactive import HtmlInteractive
from widgets.live.quiz import quiz_live_view
from widgets.model.quizzes import Question, Quiz, load_quiz, verdict
from widgets.page_markers import QUIZ as QUIZ_MARKER


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _feedback_store(base: str, index, right: bool, text: str, citation: str) -> str:
    label = verdict(right, text)
    label = f"<strong>{label}</strong> " if label else ""
    return (
        f'<div class="course-quiz-answer" id="{base}-fb-{index}" data-right="{str(right).lower()}" '
        f"hidden>{label}{_esc(text)} "
        f'<span class="course-quiz-source">({_esc(citation)})</span></div>'
    )


def question_html(stem: str, number: int, question: Question) -> str:
    """Build one question as an HTML form with a Check button and a live feedback region.

    Parameters
    ----------
    stem : str
        The chapter's notebook name, which makes every element id unique.
    number : int
        The question's position in the quiz, from 1.
    question : Question
        The question, its options or number answer, and their feedback.

    Returns
    -------
    str
        The ``<form>`` element, with every answer's feedback hidden in it.
    """
    base = f"quiz-{stem}-{question.id}"
    legend = (
        f'<legend id="{base}-prompt"><span class="course-quiz-number">{number}.</span> '
        f"{_esc(question.prompt)}</legend>"
    )
    if question.kind == "choice":
        inputs = "".join(
            f'<div class="course-quiz-option"><input type="radio" name="{base}" '
            f'id="{base}-{i}" value="{i}"><label for="{base}-{i}">{_esc(o.text)}</label></div>'
            for i, o in enumerate(question.options)
        )
        store = "".join(
            _feedback_store(base, i, o.correct, o.feedback, question.citation)
            for i, o in enumerate(question.options)
        )
        data = 'data-kind="choice"'
    else:
        unit = (
            f' <span class="course-quiz-unit">{_esc(question.unit)}</span>' if question.unit else ""
        )
        inputs = (
            f'<div class="course-quiz-option"><label for="{base}-value">Your answer</label> '
            f'<input type="number" step="any" inputmode="decimal" id="{base}-value" '
            f'name="{base}">{unit}</div>'
        )
        store = _feedback_store(
            base, "right", True, question.feedback_correct, question.citation
        ) + _feedback_store(base, "wrong", False, question.feedback_wrong, question.citation)
        data = (
            f'data-kind="numeric" data-answer="{question.answer!r}" '
            f'data-tolerance="{question.tolerance!r}" data-round-to="{question.round_to}"'
        )
    return (
        f'<form class="course-quiz-question" id="{base}" {data} novalidate>'
        f"<fieldset>{legend}{inputs}</fieldset>"
        f'<button type="submit" class="course-quiz-check">Check</button>'
        f'<div class="course-quiz-feedback" id="{base}-feedback" role="status" aria-live="polite">'
        f"</div>{store}</form>"
    )


def quiz_html(quiz: Quiz) -> str:
    """Build the whole quiz as the book shows it.

    Parameters
    ----------
    quiz : Quiz
        The chapter's questions, loaded and checked from its data file.

    Returns
    -------
    str
        A ``<section>`` with a line of help and one form per question.
    """
    body = "".join(question_html(quiz.stem, i, q) for i, q in enumerate(quiz.questions, start=1))
    return (
        f'<section class="course-quiz" id="quiz-{quiz.stem}" {QUIZ_MARKER}="{quiz.stem}" '
        f'aria-label="Self-check questions">'
        f'<p class="course-quiz-help">Choose an answer and press <strong>Check</strong> to see '
        f"why it is right or wrong.</p>{body}</section>"
    )


def quiz_text(quiz: Quiz) -> str:
    """Write the questions and options as plain text, without the answers.

    Parameters
    ----------
    quiz : Quiz
        The chapter's questions.

    Returns
    -------
    str
        Numbered questions, each with its options (or the unit of a number
        answer) and its source.
    """
    lines = []
    for number, question in enumerate(quiz.questions, start=1):
        lines.append(f"{number}. {question.prompt}")
        if question.kind == "choice":
            lines += [f"   - {o.text}" for o in question.options]
        else:
            lines.append(f"   Answer as a number ({question.unit or 'no unit'}).")
        lines.append(f"   ({question.citation})")
    return "\n".join(lines)


def self_check(chapter_stem: str) -> HtmlInteractive:
    """Load the self-check questions of ``notebooks/<chapter_stem>.ipynb``.

    Parameters
    ----------
    chapter_stem : str
        The chapter's notebook name without ``.ipynb``; its questions are in
        ``widgets/data/quizzes/<chapter_stem>.json``.

    Returns
    -------
    HtmlInteractive
        A form in the book (``course-quiz.js``), ipywidgets in JupyterLab.
    """
    return quiz_interactive(load_quiz(chapter_stem))


def quiz_interactive(quiz: Quiz) -> HtmlInteractive:
    """Show a loaded quiz: a form in the book, ipywidgets in JupyterLab.

    Parameters
    ----------
    quiz : Quiz
        The chapter's questions, loaded and checked from its data file.

    Returns
    -------
    HtmlInteractive
        Run in the book by ``course-quiz.js`` (``widgets.page_markers.QUIZ``).
    """
    return HtmlInteractive(
        name=f"quiz-{quiz.stem}",
        static_markup=lambda: quiz_html(quiz),
        live_view=lambda: quiz_live_view(quiz),
        plain_text=quiz_text(quiz),
        marker=QUIZ_MARKER,
    )
