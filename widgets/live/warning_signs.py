"""Live view: the warning-signs checker as ipywidgets checkboxes.

Every tick re-runs :func:`widgets.model.warning_signs_checker.assess`; the result box is
the same HTML the book's checker shows (``widgets.figures.warning_signs_checker``).
"""

from __future__ import annotations

import html

import ipywidgets

from widgets.figures.colours import WARNING_LEVEL_COLOURS
from widgets.figures.warning_signs_checker import LEGEND, result_html
from widgets.model.warning_signs_checker import QUESTIONS, assess

# ipywidgets cuts a long checkbox label to one line; the questions must wrap.
WRAP_LABELS = (
    "<style>.course-live-checker .widget-checkbox{height:auto;margin:0.2em 0}"
    ".course-live-checker .widget-label-basic{height:auto;align-items:flex-start;"
    "line-height:1.4}"
    ".course-live-checker .widget-label-basic span{white-space:normal;"
    "overflow:visible}</style>"
)
LEVEL_BORDERS = WARNING_LEVEL_COLOURS


class WarningSignsCheckerView(ipywidgets.VBox):
    """One checkbox per warning sign and a result that updates on every tick."""

    def __init__(self):
        self.boxes = {
            q.key: ipywidgets.Checkbox(
                value=False,
                description=q.text,
                indent=False,
                description_allow_html=False,
                layout=ipywidgets.Layout(width="100%", height="auto"),
            )
            for q in QUESTIONS
        }
        self.result = ipywidgets.HTML()
        intro = ipywidgets.HTML(f"{WRAP_LABELS}<p><strong>{html.escape(LEGEND)}</strong></p>")
        super().__init__([intro, *self.boxes.values(), self.result])
        self.add_class("course-live-checker")
        for box in self.boxes.values():
            box.observe(self._on_change, names="value")
        self.refresh()

    def answers(self) -> dict[str, bool]:
        """Read which questions are ticked.

        Returns
        -------
        dict[str, bool]
            True for each ticked question, by its key.
        """
        return {key: box.value for key, box in self.boxes.items()}

    def refresh(self) -> None:
        """Assess the ticked signs and show what to do, bordered in the level's colour."""
        assessment = assess(self.answers())
        self.assessment = assessment
        colour = LEVEL_BORDERS[assessment.level]
        self.result.value = (
            f'<div role="status" style="border-left:6px solid {colour};'
            f'padding:0.25em 1em">{result_html(assessment, target="lab")}</div>'
        )

    def _on_change(self, _change) -> None:
        self.refresh()


def warning_signs_checker_live_view() -> WarningSignsCheckerView:
    """Tick the warning signs you have in JupyterLab; the result says how urgently to get help.

    Returns
    -------
    WarningSignsCheckerView
        The checkboxes and the result.
    """
    return WarningSignsCheckerView()
