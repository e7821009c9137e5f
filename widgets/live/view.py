"""A live view: controls, a figure that redraws in place, and one sentence.

Every live interactive is the same shape, so it is built here once. The view
calls ``build_figure`` and ``describe`` with the controls' values on every
change. A ``ValueError`` from the model (bad input) is shown as a message in
plain words instead of a traceback.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from copy import deepcopy

import ipywidgets
import plotly.graph_objects as go


def keep_first_draw_in_step(target: go.FigureWidget) -> None:
    """Store a figure widget's current traces and layout as the ones a new view first draws.

    JupyterLab draws a figure widget from a copy of its traces and layout that
    plotly takes when the widget is created. Changes after that travel as
    one-off messages, and plotly's browser code only hears them once it has
    loaded (several megabytes, asynchronously). A figure filled in right after
    creation, before the cell's output is drawn, therefore showed empty axes.
    plotly refreshes the copy when a figure widget is displayed on its own, but
    not when it sits inside a box of controls, as every live view's does.

    Parameters
    ----------
    target : plotly.graph_objects.FigureWidget
        The figure widget whose copy is brought up to date.
    """
    target._widget_data = deepcopy(target._data)
    target._widget_layout = deepcopy(target._layout_obj._props)


def replace_figure(target: go.FigureWidget, source: go.Figure) -> None:
    """Make a figure widget show another figure, updating traces in place when they match.

    Updating in place keeps click handlers attached and avoids a flicker. The
    copy a new view draws first is kept in step (see ``keep_first_draw_in_step``).

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
    keep_first_draw_in_step(target)


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
        self._alt_text = alt_text
        # Created with the first figure, so the first drawing has its traces.
        first = self._compute()
        self.figure = go.FigureWidget(first[0] if isinstance(first, tuple) else None)
        self.sentence = ipywidgets.HTML(layout=ipywidgets.Layout(min_height="2.5em"))
        self.message = ipywidgets.HTML()
        control_box = ipywidgets.HBox(
            list(self.controls.values()),
            layout=ipywidgets.Layout(flex_flow="row wrap"),
        )
        super().__init__([control_box, self.message, self.figure, self.sentence])
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

    def _compute(self) -> tuple[go.Figure, str] | ValueError:
        """The figure and sentence for the controls' values, or the model's complaint."""
        values = self.values()
        try:
            figure, sentence = self._build_figure(**values), self._describe(**values)
        except ValueError as problem:
            return problem
        if self._alt_text and not figure.layout.meta:
            figure.update_layout(meta={"alt": self._alt_text})
        return figure, sentence

    def refresh(self) -> None:
        """Recompute from the model and redraw; show bad input as a message."""
        result = self._compute()
        if isinstance(result, ValueError):
            self.message.value = (
                '<p role="alert" style="color:#B34700;font-weight:600">'
                f"{html.escape(str(result))}</p>"
            )
            return
        new_figure, sentence = result
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
