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


def plain_text(text) -> str:
    """Return plotly text as a reader sees it: no markup, ``<br>`` as a space, one line.

    The same rule as ``plain()`` in ``js/status.js``, which rewrites the
    figure's spoken result in the browser: the two must agree, or a figure
    would announce an unchanged result when it draws.

    Parameters
    ----------
    text : str or None
        Plotly text, which may hold ``<br>``, ``<b>`` and character entities.

    Returns
    -------
    str
        The text without markup; empty for None.
    """
    text = re.sub(r"<br\s*/?>", " ", "" if text is None else str(text), flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", "", text))).strip()


def plain_title(layout: dict) -> str:
    """Return a figure's title as plain text.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout; its title may hold ``<br>`` and ``<b>``.

    Returns
    -------
    str
        The title without markup, on one line; empty if it has none.
    """
    title = layout.get("title") or {}
    return plain_text(title.get("text", "") if isinstance(title, dict) else title)


RESULT_NAME = re.compile(r"^result\b")


def result_parts(layout: dict) -> list[tuple[str, str]]:
    """Return what a figure with controls says when they change, part by part.

    The title, then each annotation whose ``name`` starts with ``result``
    (hidden ones as empty text). ``js/status.js`` keeps the same parts in the
    figure's live region and rewrites a part when a control changes it.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    list of (str, str)
        ``(key, text)`` pairs: ``("title", …)``, then ``("annotation-N", …)``.
    """
    parts = [("title", plain_title(layout))]
    for index, note in enumerate(layout.get("annotations") or []):
        if RESULT_NAME.match(str(note.get("name") or "")):
            shown = note.get("visible", True) is not False
            parts.append((f"annotation-{index}", plain_text(note.get("text")) if shown else ""))
    return parts


def status_html(figure_id: str, layout: dict) -> str:
    """Write a figure's live region: its result, read aloud when a control changes it.

    Visually hidden: the figure itself shows the same text. It sits outside the
    drawing, where the words are spaced as written.

    Parameters
    ----------
    figure_id : str
        The figure's HTML id; the region's is ``{figure_id}-status``.
    layout : dict
        The figure's plotly layout (see ``result_parts``).

    Returns
    -------
    str
        A ``<div aria-live="polite">`` with one paragraph per part.
    """
    paragraphs = "".join(
        f'<p data-part="{key}">{html.escape(text)}</p>' for key, text in result_parts(layout)
    )
    return (
        f'<div class="course-figure-status visually-hidden" id="{figure_id}-status" '
        f'aria-live="polite">{paragraphs}</div>'
    )


def _visible(items) -> list[dict]:
    return [item for item in items or [] if item.get("visible", True) is not False]


def _is_player(menu: dict) -> bool:
    buttons = menu.get("buttons") or []
    return bool(buttons) and all(button.get("method") == "animate" for button in buttons)


def _count(number: int, noun: str) -> str:
    words = {1: "a", 2: "two", 3: "three", 4: "four"}
    return f"{words.get(number, str(number))} {noun}{'' if number == 1 else 's'}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def control_kinds(layout: dict) -> dict[str, int]:
    """Count the controls a figure shows when it is first drawn, by kind.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    dict of str to int
        How many ``chooser`` (drop-downs), ``buttons`` (rows of buttons),
        ``player`` (Play and Pause rows) and ``slider`` it shows.
    """
    menus = _visible(layout.get("updatemenus"))
    players = [menu for menu in menus if menu.get("type") == "buttons" and _is_player(menu)]
    return {
        "chooser": sum(1 for menu in menus if menu.get("type", "dropdown") == "dropdown"),
        "buttons": sum(1 for menu in menus if menu.get("type") == "buttons") - len(players),
        "player": len(players),
        "slider": len(_visible(layout.get("sliders"))),
    }


def group_label(layout: dict) -> str:
    """Name an interactive figure's controls in one sentence, read when focus enters it.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    str
        E.g. "Interactive figure with a chooser and a slider."
    """
    kinds = control_kinds(layout)
    names = {
        "chooser": _count(kinds["chooser"], "chooser"),
        "buttons": "buttons" if kinds["buttons"] else "",
        "player": "Play and Pause" if kinds["player"] else "",
        "slider": _count(kinds["slider"], "slider"),
    }
    parts = [names[kind] for kind in ("chooser", "buttons", "player", "slider") if kinds[kind]]
    return f"Interactive figure with {_join(parts)}." if parts else "Interactive figure."


def keyboard_note(layout: dict) -> str:
    """Say how the figure's controls work from the keyboard: what really works.

    Parameters
    ----------
    layout : dict
        The figure's plotly layout.

    Returns
    -------
    str
        Sentences for the figure's text description; empty without controls.
    """
    kinds = control_kinds(layout)
    sentences = []
    if kinds["chooser"]:
        sentences.append(
            "Open a chooser with Enter, Space or Alt and Down arrow, move with the arrow "
            "keys and choose with Enter; Escape closes it."
        )
    if kinds["buttons"] or kinds["player"]:
        sentences.append("Press a button with Enter or Space.")
    if kinds["slider"]:
        sentences.append("Move a slider with the arrow keys, Home and End.")
    if not sentences:
        return ""
    return "With the keyboard, Tab reaches each control. " + " ".join(sentences)


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
    return (
        f'<figure class="course-figure" id="{figure_id}-figure" aria-label="{name}">'
        f'<div class="course-plotly" id="{figure_id}" role="group" '
        f'aria-label="{label}" data-interactive="{html.escape(str(meta.get("name", "")))}" '
        f'style="height:{height}px" data-height="{height}">{preview_html(layout)}</div>'
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
