"""The warning-signs checker's HTML: the book's form and the result both renderings show.

In the book there is no kernel, so the checker is a plain HTML form generated
from the one warning-signs data file, with a few lines of the course's own
JavaScript (``bookext/static/course-warning-signs.js``) that update a live result
region. It is keyboard and screen-reader usable (native checkboxes, a
fieldset with a legend, an ``aria-live`` result) and carries a list of every
sign that can be printed. In JupyterLab the same questions are ipywidgets
checkboxes (``widgets.live.warning_signs``) under the same result HTML.
"""

from __future__ import annotations

import html
import json

from widgets.figures.colours import OKABE_ITO
from widgets.model.warning_signs import LEVEL_INFO, LEVELS, signs_for
from widgets.model.warning_signs_checker import (
    NEXT_STEPS,
    NEXT_STEPS_TEMPLATE,
    NOTHING_TICKED,
    QUESTIONS,
    SELF_CARE,
    Assessment,
    assess,
    line_for,
)
from widgets.page_markers import WARNING_SIGNS as CHECKER_MARKER

LEGEND = "Tick each question where your answer is yes"
NO_SCRIPT = (
    "The result needs JavaScript. Without it, use the list below: it says what to do for each sign."
)
PRINT_SUMMARY = "Every warning sign, as a list you can print"


def next_steps_html(target: str = "book") -> str:
    """The "what next" sentence with nothing ticked, each chapter a link.

    Parameters
    ----------
    target : str, optional
        "book" links to the built pages, "lab" to the notebooks in JupyterLab.

    Returns
    -------
    str
        A paragraph with a link to self-care and one to running with back pain.
    """
    # JupyterLab would load a link in the notebook's own tab, losing the running notebook:
    # there it opens a new tab, drawn as a link (its widget styles show links as plain text).
    new_tab = (
        ' target="_blank" rel="noopener"'
        f' style="color:{OKABE_ITO["blue"]};text-decoration:underline"'
        if target == "lab"
        else ""
    )
    links = [
        f'<a href="{html.escape(step.href(target))}"{new_tab}>{html.escape(step.title)}</a>'
        for step in NEXT_STEPS
    ]
    parts = html.escape(NEXT_STEPS_TEMPLATE).replace("{0}", links[0]).replace("{1}", links[1])
    return f'<p class="course-warning-signs-checker-next">{parts}</p>'


def result_html(assessment: Assessment, target: str = "book") -> str:
    """Write the checker's result region for an assessment (the JavaScript builds the same).

    Parameters
    ----------
    assessment : Assessment
        The level and lines that follow from the ticked signs.
    target : str, optional
        Where the "what next" links point when nothing is ticked: "book" or "lab".

    Returns
    -------
    str
        The result's HTML: the level, what to do, and a line per ticked sign;
        with nothing ticked, what to read next.
    """
    if assessment.level == SELF_CARE:
        return (
            f'<p class="course-warning-signs-checker-label">{html.escape(NOTHING_TICKED)}</p>'
            + next_steps_html(target)
        )
    items = "".join(f"<li>{html.escape(line)}</li>" for line in assessment.lines()[2:])
    return (
        f'<p class="course-warning-signs-checker-label"><strong>{html.escape(assessment.label)}</strong></p>'
        f"<p>{html.escape(assessment.message)}</p><ul>{items}</ul>"
    )


def checker_data() -> dict:
    """Collect what the book's JavaScript needs, generated from the warning-signs data file.

    Returns
    -------
    dict
        The levels in order of urgency, their labels and actions, the text when
        nothing is ticked, and each sign's level and line.
    """
    return {
        "levels": list(LEVELS),
        "labels": {level: LEVEL_INFO[level].label for level in LEVELS},
        "messages": {level: LEVEL_INFO[level].action for level in LEVELS},
        "none": NOTHING_TICKED,
        "signs": {q.key: {"level": q.level, "line": line_for(q.key)} for q in QUESTIONS},
    }


def _printable_list() -> str:
    parts = []
    for level in LEVELS:
        parts.append(f"<p><strong>{html.escape(LEVEL_INFO[level].heading)}</strong></p><ul>")
        parts += [f"<li>{html.escape(line_for(s.key))}</li>" for s in signs_for(level=level)]
        parts.append("</ul>")
    return "".join(parts)


def checker_html(prefix: str = "course-warning-signs-checker") -> str:
    """Build the whole static checker: form, live result, data and printable list.

    Parameters
    ----------
    prefix : str
        Start of every element id, so two checkers on a page do not clash.

    Returns
    -------
    str
        The checker's HTML, ready for the page.
    """
    items = []
    for q in QUESTIONS:
        box_id = f"{prefix}-{q.key}"
        items.append(
            f'<div class="course-warning-signs-checker-item"><input type="checkbox" id="{box_id}" '
            f'name="{q.key}" value="yes" data-level="{q.level}">'
            f'<label for="{box_id}">{html.escape(q.text)}</label></div>'
        )
    data = json.dumps(checker_data(), separators=(",", ":"), sort_keys=True).replace("</", "<\\/")
    return (
        f'<div class="course-warning-signs-checker" {CHECKER_MARKER} id="{prefix}">'
        f'<form class="course-warning-signs-checker-form" aria-describedby="{prefix}-result">'
        f"<fieldset><legend>{html.escape(LEGEND)}</legend>{''.join(items)}</fieldset>"
        f'<button type="reset" class="course-warning-signs-checker-clear">Clear all ticks</button></form>'
        f'<p class="course-warning-signs-checker-result-title" id="{prefix}-result-title">What to do</p>'
        f'<div class="course-warning-signs-checker-result" id="{prefix}-result" role="status" tabindex="0" '
        f'aria-live="polite" aria-atomic="true" aria-labelledby="{prefix}-result-title" '
        f'data-level="{SELF_CARE}">{result_html(assess({}))}</div>'
        f"<noscript><p>{html.escape(NO_SCRIPT)}</p></noscript>"
        f'<script type="application/json" class="course-warning-signs-checker-data">{data}</script>'
        f'<details class="course-warning-signs-checker-list"><summary>{html.escape(PRINT_SUMMARY)}</summary>'
        f'<div class="course-warning-signs-checker-printable">{_printable_list()}</div>'
        f'<button type="button" class="course-warning-signs-checker-print">Print this list</button>'
        f"</details></div>"
    )
