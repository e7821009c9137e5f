"""One interactive, two renderings.

An :class:`Interactive` is what a chapter notebook displays. In JupyterLab it
shows a live ipywidgets view: Python recomputes on every change. In the built
book there is no kernel, so it shows a plotly figure whose own buttons, sliders
and frames were precomputed from the same model.

An :class:`HtmlInteractive` is the same idea for what the book shows as HTML
(or MyST Markdown) instead of a figure: the quizzes, the warning-signs box and
checker, the decision forms and the file picker. A page script of the course's
runs it in the book; the registry in ``widgets.page_markers`` says which, and
the book's extension (``bookext``) adds that script only to pages that need it.

Only the static rendering is produced during the book build (see
``render_mode``); the Sphinx extension in ``bookext`` turns it into HTML with a
caption and a text alternative.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

import plotly.graph_objects as go
import plotly.io as pio

from widgets.page_markers import PAGE_SCRIPTS, has_marker
from widgets.render_mode import is_static_book

PLOTLY_MIME = "application/vnd.plotly.v1+json"


class _TwoRenderings:
    """What both kinds of interactive share: the live view built once, and the choice of rendering."""

    live_view: Callable[[], object]
    _widget: object

    def static_bundle(self) -> tuple[dict, dict] | dict:
        raise NotImplementedError

    def widget(self):
        """Build the live view once and return it.

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


@dataclass
class Interactive(_TwoRenderings):
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


MARKUP_TYPES = ("text/html", "text/markdown")


@dataclass
class HtmlInteractive(_TwoRenderings):
    """An interactive the book shows as HTML run by a page script, not as a plotly figure.

    In JupyterLab it shows ``live_view`` (ipywidgets, or an :class:`HtmlOutput`
    for a box that needs no kernel). In the book it shows ``static_markup``;
    when that markup carries a page marker (``widgets.page_markers``), the
    book adds the marker's scripts to the page.

    Attributes
    ----------
    name : str
        Short id of the interactive, for example ``"warning-signs-checker"``.
    static_markup : Callable[[], str]
        Builds what the book shows: HTML, or MyST Markdown (see ``markup_type``)
        when its citations and links must join the page's.
    live_view : Callable[[], object]
        Builds the view for JupyterLab.
    plain_text : str
        The interactive's words, for outputs that cannot show HTML.
    marker : str
        The page marker whose scripts run the book's HTML (a key of
        ``widgets.page_markers.PAGE_SCRIPTS``), or ``""`` for HTML that needs no script.
    markup_type : str
        ``"text/html"`` or ``"text/markdown"``.
    """

    name: str
    static_markup: Callable[[], str]
    live_view: Callable[[], object]
    plain_text: str
    marker: str = ""
    markup_type: str = "text/html"
    _widget: object = field(default=None, init=False, repr=False)

    def static_bundle(self) -> dict:
        """Build the mime bundle the book renders, checked against the registry of page scripts.

        Returns
        -------
        dict
            The markup under ``markup_type``, and the plain text.

        Raises
        ------
        ValueError
            If the markup type is unknown, if ``marker`` has no registered
            script or is missing from the markup (the page would not load the
            script), or if the markup carries a marker it does not declare.
        """
        if self.markup_type not in MARKUP_TYPES:
            raise ValueError(
                f"{self.name!r}: markup_type must be one of {', '.join(MARKUP_TYPES)}, "
                f"not {self.markup_type!r}"
            )
        if self.marker and self.marker not in PAGE_SCRIPTS:
            raise ValueError(
                f"{self.name!r}: no page script is registered for {self.marker!r}; "
                "add it to PAGE_SCRIPTS in widgets/page_markers.py"
            )
        markup = self.static_markup()
        if self.marker and not has_marker(markup, self.marker):
            raise ValueError(
                f"{self.name!r}: its HTML lacks the attribute {self.marker!r}, "
                "so the book would not load the script that runs it"
            )
        undeclared = [m for m in PAGE_SCRIPTS if m != self.marker and has_marker(markup, m)]
        if undeclared:
            raise ValueError(
                f"{self.name!r}: its HTML carries {', '.join(undeclared)}; "
                "declare the marker it needs"
            )
        return {self.markup_type: markup, "text/plain": self.plain_text}


@dataclass(frozen=True)
class HtmlOutput:
    """HTML and its plain text, shown as they are: the live side of a box that needs no kernel.

    Attributes
    ----------
    html : str
        What JupyterLab shows.
    text : str
        The same words without markup.
    """

    html: str
    text: str

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.html, "text/plain": self.text}
