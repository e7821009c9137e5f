"""Exercise cards: what an exercise is for, how to do it and what the evidence says.

The same HTML serves the book (as a page output) and JupyterLab (beside the
live demo). Everything comes from the exercise library; every text is escaped.
"""

from __future__ import annotations

import html

from widgets.figures.exercise_drawing import HOLD_DEMO_SECONDS
from widgets.model.exercise_library import EASIER_DEMO_SUFFIX, load_exercises
from widgets.model.exercises import Exercise
from widgets.text_alternative import html_table

GUIDANCE_LABEL = (
    "Set-up, cues, mistakes, versions and dose: practical guidance from clinics "
    "and textbooks, not trial evidence."
)


def _list(items) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"


# The pain monitor's rule is about running; on a card, say first what it means for the exercise.
LEG_SYMPTOMS_ON_A_CARD = "Stop this exercise too if leg symptoms come on."


def _caution_text(key: str, text: str) -> str:
    return f"{LEG_SYMPTOMS_ON_A_CARD} {text}" if key == "leg_symptoms" else text


def _cautions(item: Exercise) -> str:
    """The card's cautions, each with its sources, in a labelled list."""
    entries = "".join(
        f"<li>{html.escape(_caution_text(c.key, c.text))}"
        + f" ({html.escape(c.source_text)})"
        + "</li>"
        for c in item.cautions
    )
    return f'<div class="course-exercise-cautions"><p><strong>Cautions:</strong></p><ul>{entries}</ul></div>'


EASIER_DRAWN = "The gallery of easier versions draws"


def _drawn(item) -> str:
    """That the easier version is drawn; which one, in a few words, where the card offers two."""
    if not item.easier_demo:
        return ""
    return f" {EASIER_DRAWN} {item.easier_drawn or 'it'}."


def card_html(item: Exercise, heading_level: int = 3) -> str:
    """Write one exercise as an HTML card: purpose, set-up, cues, dose, cautions and evidence.

    Parameters
    ----------
    item : Exercise
        The exercise, from the exercise library.
    heading_level : int
        The card's heading level (3 gives ``<h3>``); 0 leaves the heading out,
        for a card inside a summary that already names it.

    Returns
    -------
    str
        A ``<section>`` with every text escaped.
    """
    e = html.escape
    heading = f"<h{heading_level}>{e(item.name)}</h{heading_level}>" if heading_level else ""
    evidence = e(item.evidence_note)
    return (
        f'<section class="course-exercise-card" id="exercise-{e(item.id)}">'
        f"{heading}"
        f"<p><strong>What it is for:</strong> {e(item.purpose)}</p>"
        f"<p><strong>Main muscles:</strong> {e(', '.join(item.muscles))}</p>"
        f"<p><strong>Set-up:</strong> {e(item.setup)}</p>"
        f"<p><strong>Coaching cues:</strong></p>{_list(item.cues)}"
        f"<p><strong>Common mistakes:</strong></p>{_list(item.mistakes)}"
        f"<p><strong>Easier:</strong> {e(item.easier)}{e(_drawn(item))}<br>"
        f"<strong>Harder:</strong> {e(item.harder)}</p>"
        f"<p><strong>Dose:</strong> {e(item.dose.text())}. "
        f"<strong>Equipment:</strong> {e(item.equipment_text)}.</p>"
        f"{_cautions(item)}"
        f"<p><em>{e(GUIDANCE_LABEL)}</em></p>"
        f"<p><strong>Evidence:</strong> {evidence} ({e(item.source_text)})</p>"
        "</section>"
    )


def demo_card_html(item: Exercise) -> str:
    """The card beside a demo: the exercise's card, or a short card of its easier version.

    Beside an easier version, the standard card's set-up and cues would say
    something the drawing does not do (feet stacked, not knees), so the easier
    version gets its own words: what it is, its start position and each phase's
    cue as drawn, then the standard card's dose and cautions.

    Parameters
    ----------
    item : Exercise
        An exercise, or its easier version (``demo_exercise("<id>.easier")``).

    Returns
    -------
    str
        A ``<section>`` with every text escaped.
    """
    if not item.id.endswith(EASIER_DEMO_SUFFIX):
        return card_html(item)
    e = html.escape
    steps = [f"{e(label)}: {e(cue)}" for label, cue in _phase_cues(item)]
    return (
        f'<section class="course-exercise-card" id="exercise-{e(item.id.replace(".", "-"))}">'
        f"<h3>{e(item.name)}</h3>"
        f"<p><strong>Easier version:</strong> {e(item.plan_version('easier'))}</p>"
        f"<p><strong>Start position:</strong> {e(item.demo.start_cue)}</p>"
        f"<p><strong>As drawn:</strong></p><ul>{''.join(f'<li>{s}</li>' for s in steps)}</ul>"
        f"<p><strong>Dose:</strong> {e(item.dose.text())}.</p>"
        f"{_cautions(item)}"
        f"<p><em>{e(GUIDANCE_LABEL)}</em></p>"
        "</section>"
    )


def _phase_cues(item: Exercise) -> list[tuple[str, str]]:
    """Each phase a reader names, with its cue (a movement drawn in two parts once)."""
    return [(item.phase_label(phase), phase.cue) for phase, _ in merged_phases(item)]


def merged_phases(item: Exercise) -> list[tuple]:
    """The demo's phases as a reader names them: one movement drawn in two parts is one.

    Parameters
    ----------
    item : Exercise
        The exercise, from the exercise library.

    Returns
    -------
    list of tuple
        Each phase (the first of its parts) with its whole time in seconds.
    """
    merged: list[list] = []
    for phase in item.demo.phases:
        last = merged[-1][0] if merged else None
        if (
            last
            and last.moves
            and phase.moves
            and (last.label, last.cue) == (phase.label, phase.cue)
        ):
            merged[-1][1] += phase.seconds
        else:
            merged.append([phase, phase.seconds])
    return [(phase, round(seconds, 2)) for phase, seconds in merged]


def phases_table(item: Exercise) -> str:
    """Tabulate an exercise demo's phases with their cues and timing.

    This is the text alternative of the animated demo.

    Parameters
    ----------
    item : Exercise
        The exercise, from the exercise library.

    Returns
    -------
    str
        An HTML table: the start position, then each phase with its cue and
        its time in seconds.
    """
    rows = [["Start position", item.demo.start_cue, "—"]]
    for phase, seconds in merged_phases(item):
        if not phase.counts:
            timing = "—"
        else:
            shortened = not phase.moves and seconds > HOLD_DEMO_SECONDS
            timing = f"{seconds:g} s" + (" (shortened in the demo)" if shortened else "")
        rows.append([item.phase_label(phase), phase.cue, timing])
    return html_table(["Phase", "Cue", "Time"], rows, caption=f"{item.name}: {item.demo.movement}")


class ExerciseCards:
    """Cards for several exercises; shows itself as HTML in the book and in JupyterLab.

    Parameters
    ----------
    exercise_ids : Iterable[str] or None
        Ids from the exercise library, in the order to show them; ``None``
        shows every exercise.

    Raises
    ------
    ValueError
        If an id is not in the exercise library.
    """

    def __init__(self, exercise_ids=None):
        library = {e.id: e for e in load_exercises()}
        ids = list(exercise_ids) if exercise_ids is not None else list(library)
        unknown = [i for i in ids if i not in library]
        if unknown:
            raise ValueError(f"There is no exercise called {', '.join(map(repr, unknown))}.")
        self.exercises = [library[i] for i in ids]

    def html(self) -> str:
        """Write the cards, each folded under a summary of its category and dose.

        Returns
        -------
        str
            A ``<div>`` of ``<details>`` elements, one per exercise.
        """
        cards = "".join(
            '<details class="course-exercise-details">'
            f"<summary>{html.escape(item.name)}: {html.escape(item.category_label.lower())}, "
            f"{html.escape(item.dose.text())}</summary>{card_html(item, 0)}</details>"
            for item in self.exercises
        )
        return f'<div class="course-exercise-cards">{cards}</div>'

    def _repr_html_(self) -> str:
        return self.html()
