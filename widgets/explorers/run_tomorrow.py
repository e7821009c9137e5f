"""Interactive: should I run tomorrow? Type your pain scores; get the light and the next run.

In the book this is a small form (``explorers.forms``) answered by
``course-forms.js`` from the rule table of ``widgets.model.run_tomorrow``; in
JupyterLab the same fields call :func:`should_i_run` on every change.
"""

from __future__ import annotations

import html

from widgets.explorers.forms import decision_form, form_html, number_field
from widgets.interactive import HtmlInteractive
from widgets.model.pain_monitor import LEG_SYMPTOMS
from widgets.model.run_tomorrow import (
    LEG_FIELD,
    MESSAGES,
    MINUTES_FIELD,
    PAIN_FIELDS,
    USUAL_DEFAULT,
    should_i_run,
)

TITLE = "Should I run tomorrow?"


def leg_symptoms_box(prefix: str) -> str:
    """The leg-symptoms tick box, its label, and the symptoms it means, from the pain model.

    Parameters
    ----------
    prefix : str
        The form's id; the box's id is ``prefix-legs``.

    Returns
    -------
    str
        The tick box's HTML.
    """
    items = "".join(f"<li>{html.escape(symptom)}</li>" for symptom in LEG_SYMPTOMS)
    return (
        f'<div class="course-form-tick"><input type="checkbox" id="{prefix}-legs" name="legs" '
        f'aria-describedby="{prefix}-legs-list"><label for="{prefix}-legs">'
        f"{html.escape(LEG_FIELD)}: any of these</label>"
        f'<ul id="{prefix}-legs-list">{items}</ul></div>'
    )


def run_tomorrow_html(prefix: str = "course-run-tomorrow") -> str:
    """The book's form: three pain scores, usual pain, minutes run now, leg symptoms.

    Parameters
    ----------
    prefix : str
        Start of every element id, so two forms on a page do not clash.

    Returns
    -------
    str
        The form's HTML; the usual pain starts at 0.
    """
    fields = [number_field(prefix, key, label, unit="/ 10") for key, label in PAIN_FIELDS.items()]
    fields[-1] = fields[-1].replace('name="usual"', f'name="usual" value="{USUAL_DEFAULT}"')
    fields.append(number_field(prefix, "minutes", MINUTES_FIELD, unit="min", last=True))
    fields.append(leg_symptoms_box(prefix))
    return form_html("run-tomorrow", prefix, TITLE, fields, MESSAGES["start"])


def _live_view():
    import ipywidgets

    from widgets.live.forms import LiveForm, text_field

    fields = {
        "during_text": text_field(PAIN_FIELDS["during"]),
        "after_text": text_field(PAIN_FIELDS["after"]),
        "morning_text": text_field(PAIN_FIELDS["morning"]),
        "usual_text": text_field(PAIN_FIELDS["usual"]),
        "minutes_text": text_field(MINUTES_FIELD),
        "leg_symptoms": ipywidgets.Checkbox(
            value=False,
            description=f"{LEG_FIELD}: {'; '.join(LEG_SYMPTOMS)}",
            indent=False,
            layout=ipywidgets.Layout(width="100%", height="auto"),
        ),
    }
    fields["usual_text"].value = USUAL_DEFAULT
    return LiveForm(TITLE, fields, lambda **values: should_i_run(**values).text)


def run_tomorrow() -> HtmlInteractive:
    """Should I run tomorrow? The pain monitor's light, the next run, when to check, the plan.

    Returns
    -------
    HtmlInteractive
        A form in the book, live fields in JupyterLab; both answer with the
        pain monitor's light and action, the next run, when to check again and
        where to rejoin the walk-run plan from the running you manage now.
    """
    return decision_form("run-tomorrow", run_tomorrow_html, _live_view, MESSAGES["start"])
