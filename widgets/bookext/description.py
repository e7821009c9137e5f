"""A ``<meta name="description">`` for every page, from its first paragraph.

Search engines show it under the page's title. The first paragraph of the
page's own prose is used (not the safety note every chapter opens with, not
text inside boxes, tables or figures), cut at a word to at most
``MAX_CHARS`` characters. A page that sets its own description keeps it.
"""

from __future__ import annotations

import html
import re

from docutils import nodes
from sphinx import addnodes

MAX_CHARS = 160
MIN_WORDS = 8
# Every chapter repeats this note after its title: it says nothing about the page itself.
SAFETY_NOTE_START = "If your back pain comes with any warning sign"
SKIP_INSIDE = (
    nodes.Admonition,
    nodes.table,
    nodes.figure,
    nodes.footnote,
    nodes.citation,
    nodes.caption,
    nodes.sidebar,
    nodes.topic,
    addnodes.glossary,
    nodes.raw,
)


def _inside_skipped(node) -> bool:
    """Whether ``node`` sits in a box, table, figure, note or drop-down."""
    parent = node.parent
    while isinstance(parent, nodes.Element):
        if isinstance(parent, SKIP_INSIDE) or "dropdown" in parent.get("classes", []):
            return True
        parent = parent.parent
    return False


def shorten(text: str, limit: int = MAX_CHARS) -> str:
    """Shorten text for a meta description, cutting after a whole word.

    Parameters
    ----------
    text : str
        A paragraph of the page, as plain text.
    limit : int, optional
        The most characters to keep, the ellipsis included.

    Returns
    -------
    str
        ``text`` with its white space collapsed, ending in "…" if it was cut.
    """
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–-")
    return cut + "…"


def page_description(doctree) -> str:
    """Find the description of a page: its first paragraph of its own prose.

    Parameters
    ----------
    doctree : docutils.nodes.document or None
        The page's resolved document tree.

    Returns
    -------
    str
        That paragraph, shortened to ``MAX_CHARS``; empty if the page has none.
    """
    if doctree is None:
        return ""
    for paragraph in doctree.findall(nodes.paragraph):
        text = paragraph.astext().strip()
        if len(text.split()) < MIN_WORDS or text.startswith(SAFETY_NOTE_START):
            continue
        if _inside_skipped(paragraph):
            continue
        return shorten(text)
    return ""


def add_meta_description(app, pagename, templatename, context, doctree) -> None:
    """Add ``<meta name="description">`` to a page that has none (Sphinx ``html-page-context``).

    Parameters
    ----------
    app : sphinx.application.Sphinx
        The running Sphinx application.
    pagename : str
        The page being written, e.g. ``book/start-here``.
    templatename : str
        Its HTML template.
    context : dict
        The template's values; ``metatags`` gains the description.
    doctree : docutils.nodes.document or None
        The page's document tree (``None`` for pages Sphinx makes itself).
    """
    metatags = context.get("metatags", "")
    if 'name="description"' in metatags:
        return
    description = page_description(doctree)
    if description:
        context["metatags"] = (
            metatags + f'\n<meta name="description" '
            f'content="{html.escape(description, quote=True)}" />'
        )
