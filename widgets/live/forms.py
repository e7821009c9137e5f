"""Live view: a decision form in JupyterLab, with the same fields and answers as the book.

The fields are text boxes, as in the book, so "nothing typed" and "not a
number" get the same messages; every keystroke asks the Python model again.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

import ipywidgets

# ipywidgets cuts a long tick-box label to one line; a form's must wrap.
WRAP_LABELS = (
    "<style>.course-live-form .widget-checkbox{height:auto;margin:0.2em 0}"
    ".course-live-form .widget-label-basic{height:auto;align-items:flex-start;"
    "line-height:1.4}"
    ".course-live-form .widget-label-basic span{white-space:normal;overflow:visible}</style>"
)


class LiveForm(ipywidgets.VBox):
    """Labelled fields and an answer that follows them.

    Parameters
    ----------
    title : str
        The form's name, shown above the fields.
    fields : Mapping[str, ipywidgets.ValueWidget]
        The fields by the name of the argument each gives ``answer``.
    answer : Callable[..., str]
        Returns the answer (or the message for bad input) for the fields' values;
        a newline starts a new line.
    """

    def __init__(
        self,
        title: str,
        fields: Mapping[str, ipywidgets.ValueWidget],
        answer: Callable[..., str],
    ):
        self.fields = dict(fields)
        self.answer = answer
        self.result = ipywidgets.HTML()
        heading = ipywidgets.HTML(f"{WRAP_LABELS}<p><strong>{html.escape(title)}</strong></p>")
        super().__init__([heading, *self.fields.values(), self.result])
        self.add_class("course-live-form")
        for widget in self.fields.values():
            widget.observe(self._on_change, names="value")
        self.refresh()

    def values(self) -> dict:
        """Read the fields.

        Returns
        -------
        dict
            Each field's value by its name.
        """
        return {name: widget.value for name, widget in self.fields.items()}

    def refresh(self) -> None:
        """Ask the model again and show its answer in a status region."""
        self.text = self.answer(**self.values())
        lines = "<br>".join(html.escape(line) for line in self.text.split("\n"))
        self.result.value = (
            f'<p role="status" style="border-left:6px solid #0072B2;padding:0.25em 1em">{lines}</p>'
        )

    def _on_change(self, _change) -> None:
        self.refresh()


def text_field(label: str) -> ipywidgets.Text:
    """A text box for a number, with its label beside it, updated on every keystroke.

    Parameters
    ----------
    label : str
        The field's label.

    Returns
    -------
    ipywidgets.Text
        The field, empty.
    """
    return ipywidgets.Text(
        value="",
        description=label,
        continuous_update=True,
        style={"description_width": "initial"},
        layout=ipywidgets.Layout(width="auto"),
    )
