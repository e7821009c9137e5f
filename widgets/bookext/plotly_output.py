"""Render plotly outputs of executed notebooks as HTML figures.

Registered with myst-nb through the ``myst_nb.mime_renderers`` entry point
(see ``pyproject.toml``). Each figure gets an id made from its page and cell,
so rebuilding gives the same HTML, plus a caption and a text alternative. A
figure without alt text is a build warning (an error with ``-W``).
"""

from __future__ import annotations

import html
import json
import re

from docutils import nodes

from widgets.bookext import PLOTLY_PAGES_ATTR
from widgets.bookext.bundle import unsupported_trace_types
from widgets.bookext.figure_speech import (
    group_label,
    keyboard_note,
    plain_text,
    plain_title,
    status_html,
)
from widgets.interactive import PLOTLY_MIME

WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"


def element_id(docname: str, cell_index, output_index) -> str:
    """Make the HTML id of a figure, the same on every build.

    Parameters
    ----------
    docname : str
        The page, e.g. ``notebooks/why-runners-get-back-pain``.
    cell_index : int
        The notebook cell the figure comes from.
    output_index : int
        The output of that cell.

    Returns
    -------
    str
        E.g. ``plotly-notebooks-why-runners-get-back-pain-7-0``.
    """
    slug = re.sub(r"[^a-z0-9]+", "-", docname.lower()).strip("-")
    return f"plotly-{slug}-{cell_index}-{output_index}"


def preview_html(layout: dict) -> str:
    """Return what a figure's box shows until plotly has drawn it: its title.

    Hidden from assistive technology (the figure's label says more); the
    drawing script removes it.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    str
        A ``<div class="course-plotly-preview">`` holding the plain title.
    """
    title = html.escape(plain_title(layout))
    return (
        f'<div class="course-plotly-preview" aria-hidden="true">'
        f'<p class="course-plotly-preview-title">{title}</p></div>'
    )


# Room a fitted figure keeps beyond its drawing and margins (fit.js's SLACK_PX).
FIT_SLACK_PX = 8


def fit_style(layout: dict, height: int) -> tuple[str, str]:
    """The class and CSS custom properties that let a phone fit a figure's box to its drawing.

    A figure whose ``layout.meta.fit`` is "drawing" (an exercise demo, one
    metre as long across as up) gets a box on a narrow screen only as tall as
    its drawing needs (``course.css`` and ``fit.js``), so its box is the right
    height before it draws and nothing below it moves.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.
    height : int
        The figure's own height in pixels, the most the box may be.

    Returns
    -------
    tuple of str
        An extra class ("" or " course-plotly-fit") and declarations to add to
        the box's ``style`` ("" when the figure does not ask to be fitted).
    """
    if (layout.get("meta") or {}).get("fit") != "drawing":
        return "", ""
    across = layout["xaxis"]["range"]
    up = layout["yaxis"]["range"]
    margin = layout.get("margin", {})
    rise = abs(up[1] - up[0]) / abs(across[1] - across[0])
    return " course-plotly-fit", (
        f";--fit-height:{height}px;--fit-rise:{rise:.4f}"
        f";--fit-margin:{margin.get('t', 0) + margin.get('b', 0) + FIT_SLACK_PX}px"
        f";--fit-side:{margin.get('l', 0) + margin.get('r', 0)}px"
    )


def figure_html(figure_json: dict, meta: dict, figure_id: str) -> str:
    """Write the HTML of one figure: plot area, data, caption and text alternative.

    Parameters
    ----------
    figure_json : dict
        The plotly figure (``data``, ``layout``, optional ``frames``).
    meta : dict
        Its output metadata from ``widgets.Interactive``: ``name``, ``alt``,
        ``caption``, ``text_alternative`` (HTML) and ``height_px`` (pixels,
        default 450).
    figure_id : str
        Its HTML id (from ``element_id``).

    Returns
    -------
    str
        A ``<figure>`` whose box keeps the figure's height until it draws,
        with the JSON inline (``figure_data`` may move it out of the page later).
    """
    alt = html.escape(meta.get("alt", ""))
    caption = html.escape(meta.get("caption", ""))
    height = int(meta.get("height_px", 450))
    layout = figure_json.get("layout", {})
    has_controls = bool(layout.get("updatemenus") or layout.get("sliders"))
    # Entering an interactive figure, a screen reader says two short names: the
    # figure's (its title) and its controls'; the long description is in the
    # text description below, and the result in its live region.
    name = html.escape(plain_title(layout) or plain_text(meta.get("caption", "")))
    label = html.escape(group_label(layout)) if has_controls else f"Figure. {alt}"
    payload = json.dumps(figure_json, separators=(",", ":"), sort_keys=True)
    payload = payload.replace("</", "<\\/")
    details = ""
    keys = keyboard_note(layout) if has_controls else ""
    if alt or meta.get("text_alternative") or keys:
        details = (
            '<details class="course-text-alternative">'
            "<summary>Text description and data</summary>"
            f"<p>{alt}</p>{meta.get('text_alternative', '')}"
            + (f'<p class="course-keyboard-note">{html.escape(keys)}</p>' if keys else "")
            + "</details>"
        )
    status = status_html(figure_id, layout) if has_controls else ""
    fit_class, fit_vars = fit_style(layout, height)
    return (
        f'<figure class="course-figure" id="{figure_id}-figure" aria-label="{name}">'
        f'<div class="course-plotly{fit_class}" id="{figure_id}" role="group" '
        f'aria-label="{label}" data-interactive="{html.escape(str(meta.get("name", "")))}" '
        f'style="height:{height}px{fit_vars}" data-height="{height}">{preview_html(layout)}</div>'
        f"{status}"
        f'<script type="application/json" id="{figure_id}-data">{payload}</script>'
        f'<figcaption id="{figure_id}-caption">{caption}</figcaption>{details}</figure>'
    )


class PlotlyMimeRenderer:
    """myst-nb plugin: plotly JSON becomes a figure; widget views are dropped."""

    mime_priority_overrides = [
        (builder, PLOTLY_MIME, 0) for builder in ("html", "dirhtml", "singlehtml", "readthedocs")
    ] + [(builder, WIDGET_VIEW_MIME, None) for builder in ("html", "dirhtml", "singlehtml")]

    @staticmethod
    def handle_mime(renderer, data, inline):
        """Render one output: a figure for plotly JSON, ``None`` for anything else.

        Parameters
        ----------
        renderer : myst_nb.core.render.MditRenderMixin
            myst-nb's renderer of the current cell output.
        data : myst_nb.core.render.MimeData
            The output's MIME type, content and metadata.
        inline : bool
            Whether the output is inline in text (unused: figures are blocks).

        Returns
        -------
        list of docutils.nodes.Node or None
            The figure as raw HTML, or ``None`` to let myst-nb render the output.
        """
        if data.mime_type != PLOTLY_MIME:
            return None
        document = renderer.renderer.document
        env = document.settings.env
        meta = data.output_metadata.get(PLOTLY_MIME, {})
        if not meta.get("alt"):
            renderer.logger.warning(
                "plotly figure without alt text: display it through widgets.Interactive",
                subtype="course_plotly",
                line=data.line,
            )
        pages = getattr(env, PLOTLY_PAGES_ATTR, None)
        if pages is None:
            pages = set()
            setattr(env, PLOTLY_PAGES_ATTR, pages)
        pages.add(env.docname)
        content = data.content if isinstance(data.content, dict) else json.loads(data.content)
        bundle = getattr(env.app, "course_plotly_bundle", None)
        missing = unsupported_trace_types(content, bundle) if bundle else set()
        if missing:
            renderer.logger.warning(
                f"plotly trace types {sorted(missing)} are not in the {bundle.name} plotly.js "
                "bundle the book serves: use scatter, bar or pie traces",
                subtype="course_plotly",
                line=data.line,
            )
        figure_id = element_id(env.docname, data.cell_index, data.output_index)
        return [
            nodes.raw(
                "",
                figure_html(content, meta, figure_id),
                format="html",
                classes=["output", "course-plotly-output"],
            )
        ]
