"""Live view: the myth self-check, answer first and verdict after.

This is a different shape from :class:`~widgets.live.view.LiveView`: the
verdict must stay hidden until the reader has chosen, and the view remembers
every answer so it can keep score.
"""

from __future__ import annotations

import html

import ipywidgets
import plotly.graph_objects as go

from widgets.figures.myths import myth_figure
from widgets.live.view import replace_figure
from widgets.model.myths import CATEGORIES, feedback, load_myths, score


class MythCheckView(ipywidgets.VBox):
    """Choose a claim, give your answer, then see the verdict and its source."""

    def __init__(self):
        self.myths = {m.id: m for m in load_myths()}
        self.answers: dict[str, str] = {}
        self.claim = ipywidgets.Dropdown(
            options=[(f"{i + 1}. {m.short}", m.id) for i, m in enumerate(self.myths.values())],
            description="Claim",
            layout=ipywidgets.Layout(width="max-content"),
        )
        self.answer = ipywidgets.ToggleButtons(
            options=[(label, key) for key, label in CATEGORIES.items()],
            value=None,
            description="Your answer",
            style={"button_width": "auto", "description_width": "initial"},
        )
        self.claim_text = ipywidgets.HTML()
        self.verdict = ipywidgets.HTML(layout=ipywidgets.Layout(min_height="6em"))
        self.tally = ipywidgets.HTML()
        self.figure = go.FigureWidget()
        super().__init__(
            [self.claim, self.claim_text, self.answer, self.verdict, self.tally, self.figure]
        )
        self.claim.observe(self._on_claim, names="value")
        self.answer.observe(self._on_answer, names="value")
        self._show_claim()

    def _show_claim(self) -> None:
        myth = self.myths[self.claim.value]
        self.claim_text.value = (
            f"<p><b>The article says:</b> \u201c{html.escape(myth.claim)}\u201d<br>"
            f"<small>Article heading: {html.escape(myth.heading)}</small></p>"
        )
        with self.answer.hold_trait_notifications():
            self.answer.value = self.answers.get(myth.id)
        self._show_verdict()

    def _show_verdict(self) -> None:
        myth = self.myths[self.claim.value]
        given = self.answers.get(myth.id)
        if given is None:
            self.verdict.value = (
                "<p><i>Choose your answer to see the verdict and its source.</i></p>"
            )
        else:
            self.verdict.value = (
                f"<p>{html.escape(feedback(myth, given))}<br>"
                f"<b>Verdict: {html.escape(myth.verdict)}.</b> {html.escape(myth.explanation)}"
                f"<br><i>{html.escape(myth.source_text)}</i></p>"
            )
        matched, answered = score(self.answers)
        self.tally.value = (
            f"<p>You matched the evidence on {matched} of {answered} claims so far.</p>"
            if answered
            else ""
        )
        replace_figure(self.figure, myth_figure(self.answers, current=myth.id))

    def _on_claim(self, _change) -> None:
        self._show_claim()

    def _on_answer(self, change) -> None:
        if change["new"] is None:
            return
        self.answers[self.claim.value] = change["new"]
        self._show_verdict()


def myth_check_live_view() -> MythCheckView:
    """Choose a claim, answer it, and see the verdict with its reason and source.

    Returns
    -------
    MythCheckView
        The live self-check; it remembers each claim's answer.
    """
    return MythCheckView()
