"""The self-check questions as ipywidgets, for JupyterLab.

Each question is a prompt, radio buttons (or a number box) and a feedback line.
Choosing an option shows its feedback at once; a number is checked when you
press Check (or Enter).
"""

from __future__ import annotations

import html

import ipywidgets

from widgets.model.quizzes import Question, Quiz, verdict

RIGHT = "#009E73"  # Okabe-Ito bluish green
WRONG = "#B34700"  # dark orange, AA contrast on white


def feedback_html(question: Question, right: bool, feedback: str) -> str:
    """Write the feedback line for an answer: verdict, why, and the source.

    Parameters
    ----------
    question : Question
        The question answered; its citation label ends the line.
    right : bool
        Whether the answer was right (green tick) or wrong (orange cross).
    feedback : str
        Why the answer is right or wrong, in a sentence or two.

    Returns
    -------
    str
        A ``<p role="status">`` that screen readers announce.
    """
    colour = RIGHT if right else WRONG
    mark = "\u2713" if right else "\u2717"
    label = verdict(right, feedback)
    return (
        f'<p role="status"><strong style="color:{colour}" aria-hidden="true">{mark}</strong> '
        f"<strong>{label}</strong> {html.escape(feedback)} "
        f"<em>({html.escape(question.citation)})</em></p>"
    )


class QuestionView(ipywidgets.VBox):
    """One question with immediate feedback.

    Parameters
    ----------
    number : int
        The question's position in the quiz, from 1.
    question : Question
        The prompt, its options (or the unit of a number answer) and feedback.
    """

    def __init__(self, number: int, question: Question):
        self.question = question
        self.prompt = ipywidgets.HTML(
            f"<p><strong>{number}.</strong> {html.escape(question.prompt)}</p>"
        )
        self.feedback = ipywidgets.HTML(layout=ipywidgets.Layout(min_height="1.5em"))
        if question.kind == "choice":
            self.answer = ipywidgets.RadioButtons(
                options=[(o.text, i) for i, o in enumerate(question.options)],
                value=None,
                layout=ipywidgets.Layout(width="auto"),
                style={"description_width": "0"},
            )
            self.answer.observe(self._on_choice, names="value")
            children = [self.prompt, self.answer, self.feedback]
        else:
            self.answer = ipywidgets.FloatText(
                value=None,
                description=question.unit or "Answer",
                continuous_update=False,
                style={"description_width": "initial"},
            )
            self.check = ipywidgets.Button(description="Check", button_style="")
            self.check.on_click(lambda _: self.check_number())
            self.answer.observe(lambda _: self.check_number(), names="value")
            children = [self.prompt, ipywidgets.HBox([self.answer, self.check]), self.feedback]
        super().__init__(children, layout=ipywidgets.Layout(margin="0 0 1em 0"))

    def _on_choice(self, change) -> None:
        if change["new"] is None:
            self.feedback.value = ""
            return
        option = self.question.options[change["new"]]
        self.feedback.value = feedback_html(self.question, option.correct, option.feedback)

    def check_number(self) -> None:
        """Check the number typed in and show its feedback (or ask for a number)."""
        value = self.answer.value
        if value is None:
            self.feedback.value = '<p role="status">Type a number first.</p>'
            return
        right = self.question.is_right(value)
        text = self.question.feedback_correct if right else self.question.feedback_wrong
        self.feedback.value = feedback_html(self.question, right, text)


def quiz_live_view(quiz: Quiz) -> ipywidgets.VBox:
    """Show every question of a chapter, one under the other.

    Parameters
    ----------
    quiz : Quiz
        The chapter's questions, loaded and checked from its data file.

    Returns
    -------
    ipywidgets.VBox
        The questions; its ``questions`` attribute lists each ``QuestionView``.
    """
    views = [QuestionView(i, q) for i, q in enumerate(quiz.questions, start=1)]
    box = ipywidgets.VBox(views)
    box.questions = views
    return box
