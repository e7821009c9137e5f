"""The book's small decision forms: labelled fields, and an answer beside them.

A form in the book is plain HTML: a ``<form>`` of labelled fields, and a
``role="status"`` region right after it where the answer appears, in one or
two sentences. The course's script ``course-forms.js`` reads the fields as the
reader types and writes the answer from the rule tables generated from Python
(``widgets.bookext.rule_tables``). Fields are text fields with a decimal
keypad, so the form can tell "nothing typed" from "not a number".

:func:`decision_form` is what a notebook displays: this HTML in the book, an
ipywidgets form in JupyterLab.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from widgets.interactive import HtmlInteractive
from widgets.page_markers import FORM as FORM_ATTR

NO_SCRIPT = "The answer needs JavaScript. Without it, use the notebook of this chapter."


def number_field(prefix: str, name: str, label: str, unit: str = "", last: bool = False) -> str:
    """One labelled field for a number, with the decimal keypad on a phone.

    Parameters
    ----------
    prefix : str
        The form's id; the field's id is ``prefix-name``.
    name : str
        The field's name, as the form's script reads it.
    label : str
        The visible label.
    unit : str, optional
        A unit shown after the field (the script keeps it in step with the
        form's unit chooser); none when empty.
    last : bool, optional
        Whether this is the form's last field: the phone keyboard then shows
        "Done" instead of "Next".

    Returns
    -------
    str
        The field's HTML.
    """
    field_id = f"{prefix}-{name}"
    suffix = f'<span class="course-form-unit" aria-hidden="true">{html.escape(unit)}</span>'
    return (
        f'<div class="course-form-field"><label for="{field_id}">{html.escape(label)}</label>'
        f'<span class="course-form-input"><input type="text" id="{field_id}" name="{name}" '
        f'inputmode="decimal" autocomplete="off" enterkeyhint="{"done" if last else "next"}">'
        f"{suffix if unit else ''}</span></div>"
    )


def unit_chooser(prefix: str, units: dict[str, str], label: str = "Units") -> str:
    """A drop-down of units, the first one chosen.

    Parameters
    ----------
    prefix : str
        The form's id; the chooser's id is ``prefix-unit``.
    units : dict of str to str
        Each unit's value (what the script reads) and its visible name.
    label : str, optional
        The chooser's visible label.

    Returns
    -------
    str
        The chooser's HTML.
    """
    options = "".join(
        f'<option value="{html.escape(value)}">{html.escape(name)}</option>'
        for value, name in units.items()
    )
    return (
        f'<div class="course-form-field"><label for="{prefix}-unit">{html.escape(label)}</label>'
        f'<select id="{prefix}-unit" name="unit">{options}</select></div>'
    )


def form_html(kind: str, prefix: str, title: str, fields: list[str], start: str) -> str:
    """The whole form: its fields, then the status region with the first message.

    Parameters
    ----------
    kind : str
        Which tool the script runs (``data-course-form``), e.g. "long-run".
    prefix : str
        The form's id, the start of every id inside it.
    title : str
        The form's name, shown above the fields and naming the form.
    fields : list of str
        The fields' HTML, in order.
    start : str
        What the status region says before anything is typed.

    Returns
    -------
    str
        The form's HTML.
    """
    return (
        f'<div class="course-form" {FORM_ATTR}="{html.escape(kind)}" id="{prefix}">'
        f'<p class="course-form-title" id="{prefix}-title">{html.escape(title)}</p>'
        f'<form aria-labelledby="{prefix}-title" novalidate>{"".join(fields)}</form>'
        f'<p class="course-form-result" id="{prefix}-result" role="status" '
        f'aria-live="polite" data-state="message">{html.escape(start)}</p>'
        f"<noscript><p>{html.escape(NO_SCRIPT)}</p></noscript></div>"
    )


def decision_form(
    kind: str, static_html: Callable[[], str], live_view: Callable[[], object], plain_text: str
) -> HtmlInteractive:
    """A form a reader types numbers into: static HTML in the book, ipywidgets in JupyterLab.

    Parameters
    ----------
    kind : str
        Which tool it is, e.g. "long-run"; its name is ``form-<kind>``.
    static_html : Callable[[], str]
        Builds the book's form (see :func:`form_html`).
    live_view : Callable[[], object]
        Builds the ipywidgets form for JupyterLab.
    plain_text : str
        What the form is, for outputs that cannot show HTML.

    Returns
    -------
    HtmlInteractive
        Run in the book by ``course-forms.js`` (``widgets.page_markers.FORM``).
    """
    return HtmlInteractive(
        name=f"form-{kind}",
        static_markup=static_html,
        live_view=live_view,
        plain_text=plain_text,
        marker=FORM_ATTR,
    )
