"""The warning-signs checker's logic: which answers lead to which advice.

Built only on ``widgets.model.warning_signs.WARNING_SIGNS`` (the one data
file), so the checker asks exactly the signs the rest of the course states,
with the same urgency and action. The answer with the most urgent level wins;
nothing ticked is never worded as "you are fine", because a checker cannot rule
a problem out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from widgets.data import source_label
from widgets.model.warning_signs import LEVEL_INFO, LEVELS, WARNING_SIGNS, WarningSign

SELF_CARE = "self_care"
RESULT_LEVELS = LEVELS + (SELF_CARE,)
NOTHING_TICKED = "No warning signs ticked; if you are unsure or getting worse, get advice."
NOTHING_TICKED_LABEL = "No warning signs ticked"


@dataclass(frozen=True)
class NextStep:
    """A chapter to read next when nothing is ticked: its title, notebook and section."""

    title: str
    stem: str
    anchor: str = ""

    def href(self, target: str = "book") -> str:
        """Where the link goes, relative to the chapters' folder.

        Parameters
        ----------
        target : str, optional
            "book" for the built book's page, "lab" for the notebook in JupyterLab.

        Returns
        -------
        str
            For example ``running-with-back-pain.html``.
        """
        if target not in ("book", "lab"):
            raise ValueError(f"target must be 'book' or 'lab', not {target!r}")
        if target == "lab":
            return f"{self.stem}.ipynb"
        return f"{self.stem}.html" + (f"#{self.anchor}" if self.anchor else "")


# With nothing ticked, the result says what to do next: look after the back and
# keep running with a guide, each a link to its chapter.
NEXT_STEPS = (
    NextStep(
        "Self-care and when to see a doctor",
        "self-care-and-when-to-see-a-doctor",
        "self-care-what-helps",
    ),
    NextStep("Running with back pain", "running-with-back-pain"),
)
NEXT_STEPS_TEMPLATE = (
    "What next: {0} says what helps and who can help, and {1} says how to judge each run."
)
NEXT_STEPS_LINE = NEXT_STEPS_TEMPLATE.format(*(step.title for step in NEXT_STEPS))


@dataclass(frozen=True)
class Question:
    """One yes/no question of the checker, from one warning sign."""

    key: str
    text: str
    level: str
    sources: tuple[str, ...]

    @property
    def source(self) -> str:
        """The sources as short citation labels, e.g. "NHS back pain advice".

        Returns
        -------
        str
            The labels of ``sources``, separated by semicolons.
        """
        return "; ".join(source_label(k) for k in self.sources)


@dataclass(frozen=True)
class Reason:
    """A ticked sign: its plain statement and what to do about it."""

    key: str
    text: str
    level: str
    action: str


@dataclass(frozen=True)
class Assessment:
    """The checker's result: the most urgent ``level`` ticked and every ticked sign."""

    level: str
    reasons: tuple[Reason, ...]

    @property
    def label(self) -> str:
        """The result's heading: the level's label, or that nothing was ticked.

        Returns
        -------
        str
            For example the emergency level's label from the data file.
        """
        return NOTHING_TICKED_LABEL if self.level == SELF_CARE else LEVEL_INFO[self.level].label

    @property
    def message(self) -> str:
        """The one sentence to act on.

        Returns
        -------
        str
            The level's action, or :data:`NOTHING_TICKED`.
        """
        return NOTHING_TICKED if self.level == SELF_CARE else LEVEL_INFO[self.level].action

    def lines(self) -> list[str]:
        """The result as plain lines: label, message, then one line per ticked sign.

        With nothing ticked, :data:`NOTHING_TICKED` and then what to read next
        (:data:`NEXT_STEPS_LINE`).

        Returns
        -------
        list of str
            The lines in reading order.
        """
        if self.level == SELF_CARE:
            return [NOTHING_TICKED, NEXT_STEPS_LINE]
        lines = [self.label, self.message]
        lines += [line_for(r.key) for r in self.reasons]
        return lines


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:].rstrip(".") + "."


def _question(sign: WarningSign) -> Question:
    return Question(key=sign.key, text=sign.question, level=sign.level, sources=sign.sources)


def line_for(key: str) -> str:
    """A sign and its action as one line, e.g. for a ticked box or a printed list.

    Parameters
    ----------
    key : str
        A warning sign's key in the data file.

    Returns
    -------
    str
        The sign as a sentence, then its action.
    """
    if key not in _SIGNS:
        raise ValueError(f"unknown warning-sign key: {key}")
    sign = _SIGNS[key]
    return f"{_sentence(sign.text)} {sign.action}"


_SIGNS = {s.key: s for s in WARNING_SIGNS}
QUESTIONS: tuple[Question, ...] = tuple(_question(s) for s in WARNING_SIGNS)


def assess(answers: Mapping[str, bool]) -> Assessment:
    """The advice for ``answers``, a mapping of question key to True (ticked) or False.

    Keys left out count as not ticked. The result's ``level`` is the most urgent
    level among the ticked signs ("emergency", "urgent", "soon"), or
    "self_care" when none is ticked; ``reasons`` lists every ticked sign, most
    urgent first, with its action.

    Parameters
    ----------
    answers : mapping of str to bool
        True for each question the reader ticked, by key of :data:`QUESTIONS`.

    Returns
    -------
    Assessment
        The most urgent level ticked and every ticked sign with its action.

    Raises
    ------
    ValueError
        If ``answers`` is not a mapping, has a key that is not a question, or
        has an answer that is not ``True`` or ``False``.
    """
    if not isinstance(answers, Mapping):
        raise ValueError(f"answers must map question keys to True or False, got {answers!r}")
    unknown = sorted(str(k) for k in answers if k not in _SIGNS)
    if unknown:
        raise ValueError(f"unknown warning-sign keys: {', '.join(unknown)}")
    for key, value in answers.items():
        if not isinstance(value, bool):
            raise ValueError(f"the answer to {key!r} must be True or False, got {value!r}")
    ticked = [s for s in WARNING_SIGNS if answers.get(s.key) is True]
    ticked.sort(key=lambda s: LEVELS.index(s.level))  # stable: file order within a level
    level = ticked[0].level if ticked else SELF_CARE
    reasons = tuple(Reason(s.key, s.text, s.level, s.action) for s in ticked)
    return Assessment(level=level, reasons=reasons)
