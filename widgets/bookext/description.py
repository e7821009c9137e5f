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
SKIP_INSIDE = (nodes.Admonition, nodes.table, nodes.figure, nodes.footnote, nodes.citation,
               nodes.caption, nodes.sidebar, nodes.topic, addnodes.glossary, nodes.raw)


def _inside_skipped(node) -> bool:
    """Whether ``node`` sits in a box, table, figure, note or drop-down."""
    parent = node.parent
    while isinstance(parent, nodes.Element):
        if isinstance(parent, SKIP_INSIDE) or "dropdown" in parent.get("classes", []):
            return True
        parent = parent.parent
    return False


def shorten(text: str, limit: int = MAX_CHARS) -> str:
    """``text`` with at most ``limit`` characters, cut after a whole word."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–-")
    return cut + "…"


def page_description(doctree) -> str:
    """The description for a page: its first real paragraph, shortened ('' if none)."""
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
    metatags = context.get("metatags", "")
    if 'name="description"' in metatags:
        return
    description = page_description(doctree)
    if description:
        context["metatags"] = (metatags + f'\n<meta name="description" '
                               f'content="{html.escape(description, quote=True)}" />')
