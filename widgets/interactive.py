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
    """A figure a reader can operate, live or static.

    ``static_figure`` builds the kernel-free figure (plotly controls only).
    ``live_view`` builds the ipywidgets view. ``alt_text`` describes what the
    figure shows; ``text_alternative`` is HTML (usually a table) with the same
    numbers, for readers who cannot use the figure.
    """

    name: str
    static_figure: Callable[[], go.Figure]
    live_view: Callable[[], object]
    alt_text: str
    caption: str
    text_alternative: str = ""
    height_px: int = 480
    _widget: object = field(default=None, init=False, repr=False)

    def static_bundle(self) -> tuple[dict, dict]:
        """The mime bundle and metadata the book renders."""
        figure = self.static_figure()
        figure_json = json.loads(pio.to_json(figure, validate=False))
        data = {PLOTLY_MIME: figure_json, "text/plain": self.alt_text}
        metadata = {
            PLOTLY_MIME: {
                "name": self.name,
                "alt": self.alt_text,
                "caption": self.caption,
                "text_alternative": self.text_alternative,
                "height_px": self.height_px,
            }
        }
        return data, metadata

    def widget(self):
        """The live ipywidgets view, built once per object."""
        if self._widget is None:
            self._widget = self.live_view()
        return self._widget

    def _repr_mimebundle_(self, include=None, exclude=None):
        if is_static_book():
            return self.static_bundle()
        return self.widget()._repr_mimebundle_(include=include, exclude=exclude)
