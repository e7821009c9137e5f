"""One interactive, two renderings.

An :class:`Interactive` is what a chapter notebook displays. In JupyterLab it
shows a live ipywidgets view: Python recomputes on every change. In the built
book there is no kernel, so it shows a plotly figure whose own buttons, sliders
and frames were precomputed from the same model.

Only the plotly rendering is produced during the book build (see
``render_mode``); the Sphinx extension in ``bookext`` turns it into HTML with a
caption and a text alternative.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

import plotly.graph_objects as go
import plotly.io as pio

from widgets.render_mode import is_static_book

PLOTLY_MIME = "application/vnd.plotly.v1+json"


@dataclass
class Interactive:
    """A figure a reader can operate: live in JupyterLab, precomputed in the book.

    The book reserves the static figure's own ``layout.height`` before plotly
    draws it, so the builder in ``widgets.figures`` is the one place a
    figure's height is set.

    Attributes
    ----------
    name : str
        Short id of the interactive, for example ``"risk-explorer"``.
    static_figure : Callable[[], plotly.graph_objects.Figure]
        Builds the kernel-free figure, with plotly's own buttons, sliders and
        frames. It must set ``layout.height`` (pixels).
    live_view : Callable[[], object]
        Builds the ipywidgets view for JupyterLab.
    alt_text : str
        What the figure shows, in a few sentences, for screen readers.
    caption : str
        The caption under the figure, with its sources.
    text_alternative : str
        HTML (usually a table) with the figure's numbers, for readers who
        cannot use the figure.
    """

    name: str
    static_figure: Callable[[], go.Figure]
    live_view: Callable[[], object]
    alt_text: str
    caption: str
    text_alternative: str = ""
    _widget: object = field(default=None, init=False, repr=False)

    def static_bundle(self) -> tuple[dict, dict]:
        """Build the mime bundle and metadata the book renders.

        Returns
        -------
        data : dict
            The plotly figure as JSON under :data:`PLOTLY_MIME`, and the alt
            text as ``text/plain``.
        metadata : dict
            Alt text, caption, text alternative and the height in pixels the
            book reserves (the figure's ``layout.height``).

        Raises
        ------
        ValueError
            If the figure has no ``layout.height``: the book could not reserve
            its room, and the page would shift when it draws.
        """
        figure = self.static_figure()
        if figure.layout.height is None:
            raise ValueError(
                f"The figure of {self.name!r} has no layout height: set one in its builder "
                "so the book can reserve its room."
            )
        figure_json = json.loads(pio.to_json(figure, validate=False))
        data = {PLOTLY_MIME: figure_json, "text/plain": self.alt_text}
        metadata = {
            PLOTLY_MIME: {
                "name": self.name,
                "alt": self.alt_text,
                "caption": self.caption,
                "text_alternative": self.text_alternative,
                "height_px": int(figure.layout.height),
            }
        }
        return data, metadata

    def widget(self):
        """Build the live ipywidgets view once and return it.

        Returns
        -------
        object
            The view ``live_view`` built, the same object on every call.
        """
        if self._widget is None:
            self._widget = self.live_view()
        return self._widget

    def _repr_mimebundle_(self, include=None, exclude=None):
        if is_static_book():
            return self.static_bundle()
        return self.widget()._repr_mimebundle_(include=include, exclude=exclude)
