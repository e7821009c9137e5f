"""A live view: controls, a figure that redraws in place, and one sentence.

Every live interactive is the same shape, so it is built here once. The view
calls ``build_figure`` and ``describe`` with the controls' values on every
change. A ``ValueError`` from the model (bad input) is shown as a message in
plain words instead of a traceback.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

import ipywidgets
import plotly.graph_objects as go


def replace_figure(target: go.FigureWidget, source: go.Figure) -> None:
    """Make a figure widget show another figure, updating traces in place when they match.

    Updating in place keeps click handlers attached and avoids a flicker.

    Parameters
    ----------
    target : plotly.graph_objects.FigureWidget
        The figure the live view shows; changed in place.
    source : plotly.graph_objects.Figure
        The newly built figure to show.
    """
    same_shape = len(target.data) == len(source.data) and all(
        t.type == s.type for t, s in zip(target.data, source.data)
    )
    if not same_shape:
        target.data = ()
        target.add_traces(list(source.data))
    with target.batch_update():
        if same_shape:
            for old, new in zip(target.data, source.data):
                values = new.to_plotly_json()
                values.pop("type", None)
                values.pop("uid", None)
                old.update(values, overwrite=True)
        target.layout = source.layout


class LiveView(ipywidgets.VBox):
    """Controls above a figure, with a sentence that states the result.

    Parameters
    ----------
    controls : Mapping[str, ipywidgets.ValueWidget]
        The controls by the name of the argument each sets in ``build_figure``
        and ``describe``.
    build_figure : Callable[..., plotly.graph_objects.Figure]
        Builds the figure from the controls' values, given by name.
    describe : Callable[..., str]
        States the result for the controls' values in one sentence.
    alt_text : str
        A short description of the figure for screen readers.
    """

    def __init__(
        self,
        controls: Mapping[str, ipywidgets.ValueWidget],
        build_figure: Callable[..., go.Figure],
        describe: Callable[..., str],
        alt_text: str = "",
    ):
        self.controls = dict(controls)
        self._build_figure = build_figure
        self._describe = describe
        self.figure = go.FigureWidget()
        self.sentence = ipywidgets.HTML(layout=ipywidgets.Layout(min_height="2.5em"))
        self.message = ipywidgets.HTML()
        control_box = ipywidgets.HBox(
            list(self.controls.values()),
            layout=ipywidgets.Layout(flex_flow="row wrap"),
        )
        super().__init__([control_box, self.message, self.figure, self.sentence])
        if alt_text:
            self.figure.layout.meta = {"alt": alt_text}
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self.refresh()

    def values(self) -> dict:
        """Read every control's current value.

        Returns
        -------
        dict
            The value of each control, by its name.
        """
        return {name: control.value for name, control in self.controls.items()}

    def refresh(self) -> None:
        """Recompute from the model and redraw; show bad input as a message."""
        values = self.values()
        try:
            new_figure = self._build_figure(**values)
            sentence = self._describe(**values)
        except ValueError as problem:
            self.message.value = (
                '<p role="alert" style="color:#B34700;font-weight:600">'
                f"{html.escape(str(problem))}</p>"
            )
            return
        self.message.value = ""
        replace_figure(self.figure, new_figure)
        self.sentence.value = f"<p>{html.escape(sentence)}</p>"

    def _on_change(self, _change) -> None:
        self.refresh()


def view_switcher(
    views: Mapping[str, str],
    default: str,
    build_figure: Callable[[str], go.Figure],
    describe: Callable[[str], str],
    label: str = "Show",
) -> LiveView:
    """Build a live view whose one control picks a view by name.

    The live twin of ``figures.controls.figure_with_view_buttons``.

    Parameters
    ----------
    views : Mapping[str, str]
        Each view's key and the label its button shows.
    default : str
        The key of the view shown first.
    build_figure : Callable[[str], plotly.graph_objects.Figure]
        Builds the figure for a view's key.
    describe : Callable[[str], str]
        States what a view shows in one sentence.
    label : str
        The label in front of the buttons.

    Returns
    -------
    LiveView
        Toggle buttons above the figure and its sentence.
    """
    choice = ipywidgets.ToggleButtons(
        options=[(text, key) for key, text in views.items()],
        value=default,
        description=label,
        style={"button_width": "auto"},
    )
    return LiveView({"view": choice}, build_figure, describe)
