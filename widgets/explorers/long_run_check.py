"""Interactive: type your longest recent run and the run you plan; see the jump and the steps.

In the book this is a small form (``explorers.forms``) answered by
``course-forms.js`` from the rule table of ``widgets.model.long_run_check``;
in JupyterLab the same fields call :func:`check_long_run` on every keystroke.
"""

from __future__ import annotations

from widgets.explorers.forms import decision_form, form_html, number_field, unit_chooser
from widgets.interactive import HtmlInteractive
from widgets.model.long_run_check import FIELDS, MESSAGES, UNIT_WORDS, check_long_run

TITLE = "Is my long run a jump?"


def long_run_check_html(prefix: str = "course-long-run") -> str:
    """The book's long-run check: two distance fields, a unit chooser and the answer.

    Parameters
    ----------
    prefix : str
        Start of every element id, so two forms on a page do not clash.

    Returns
    -------
    str
        The form's HTML.
    """
    fields = [
        number_field(prefix, "longest", FIELDS["longest"], UNIT_WORDS["km"]),
        number_field(prefix, "planned", FIELDS["planned"], UNIT_WORDS["km"], last=True),
        unit_chooser(prefix, UNIT_WORDS),
    ]
    return form_html("long-run", prefix, TITLE, fields, MESSAGES["start"])


def _live_view():
    import ipywidgets

    from widgets.live.forms import LiveForm, text_field

    fields = {
        "longest_text": text_field(FIELDS["longest"]),
        "planned_text": text_field(FIELDS["planned"]),
        "unit": ipywidgets.Dropdown(
            options=[(name, unit) for unit, name in UNIT_WORDS.items()],
            value="km",
            description="Units",
        ),
    }
    return LiveForm(TITLE, fields, lambda **values: check_long_run(**values).text)


def long_run_check() -> HtmlInteractive:
    """Check a planned run against your longest run of the last 30 days.

    Returns
    -------
    HtmlInteractive
        A form in the book, live fields in JupyterLab; both answer with the
        increase, Frandsen 2025's group and rate ratio, and steps within 10 %.
    """
    return decision_form("long-run", long_run_check_html, _live_view, MESSAGES["start"])
