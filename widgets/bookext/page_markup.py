"""Markup fixes a screen reader needs in the pages the theme writes.

* Icon glyphs (``<i class="fa-…">``) are hidden from assistive technology:
  the icon fonts draw them from private-use characters, which a screen reader
  reads inside link and landmark names ("next Why runners get back pain ",
  "navigation  Contents"). The theme writes them in its templates, so they are
  fixed in the written files, after the build.
* A table of contents inside a page ("Chapters" under "What the course
  covers") has a caption marked as a level-2 heading; it becomes one level
  below the heading it follows.
"""

from __future__ import annotations

import re
from pathlib import Path

_ICON = re.compile(r'<(i|span)(\s[^>]*?\bclass="(?:[^"]*\s)?fa-[^"]*"[^>]*?)>')
_HEADING_OR_CAPTION = re.compile(
    r'<h([1-6])\b|<p aria-level="(\d)" class="caption" role="heading">'
)


def hide_icon_glyphs(page: str) -> str:
    """Add ``aria-hidden="true"`` to every icon-font element that lacks it.

    Parameters
    ----------
    page : str
        HTML.

    Returns
    -------
    str
        The same HTML with icon glyphs hidden from assistive technology.
    """

    return _ICON.sub(_hidden_icon, page)


def _hidden_icon(match: re.Match) -> str:
    tag, attributes = match.group(1), match.group(2)
    if "aria-hidden" in attributes:
        return match.group(0)
    return f'<{tag}{attributes} aria-hidden="true">'


def nest_toctree_captions(body: str) -> str:
    """Make each table-of-contents caption in a page's text one level below the heading before it.

    Parameters
    ----------
    body : str
        The HTML of a page's text.

    Returns
    -------
    str
        The same HTML, each caption's ``aria-level`` one more than the last
        heading's (at most 6).
    """
    level = 1
    parts = []
    last = 0
    for match in _HEADING_OR_CAPTION.finditer(body):
        if match.group(1):
            level = int(match.group(1))
            continue
        parts.append(body[last : match.start()])
        nested = min(level + 1, 6)
        parts.append(f'<p aria-level="{nested}" class="caption" role="heading">')
        last = match.end()
    parts.append(body[last:])
    return "".join(parts)


def hide_icon_glyphs_in(outdir: Path) -> int:
    """Hide icon glyphs in every written HTML page of ``outdir``; returns how many files changed.

    Parameters
    ----------
    outdir : pathlib.Path
        The HTML builder's output folder.

    Returns
    -------
    int
        The number of files rewritten.
    """
    changed = 0
    for path in Path(outdir).rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        fixed = hide_icon_glyphs(text)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
            changed += 1
    return changed
