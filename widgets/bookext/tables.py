"""Tables a phone can read: each cell labelled with its column, so rows can stack.

A table of three or more columns of prose does not fit a 390 px screen: the
columns shrink to a few letters, or the table scrolls sideways and cuts words
off. Below 576 px the course's stylesheet shows each row of such a table as a
block, its first cell as the row's heading and every other cell under its
column's name. This module gives those tables the ``course-stack`` class and
each body cell a ``data-label`` with its column's name, and keeps the table's
meaning for screen readers with ARIA roles (a table whose rows are blocks is no
longer a table to some browsers).

It works on the HTML Sphinx writes for a Markdown table (``<table
class="table">`` with one header row), so only those change; the data tables
under figures keep their columns and scroll.
"""

from __future__ import annotations

import html
import re

STACK_CLASS = "course-stack"
MIN_COLUMNS = 3
_TABLE = re.compile(r'<table class="table">(.*?)</table>', re.S)
_HEAD = re.compile(r"<thead>(.*?)</thead>", re.S)
_BODY = re.compile(r"<tbody>(.*?)</tbody>", re.S)
_HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
_ROW = re.compile(r"<tr\b([^>]*)>(.*?)</tr>", re.S)
_CELL_START = re.compile(r"<td\b")
_TAG = re.compile(r"<[^>]+>")


def _text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _label_row(match: re.Match, labels: list[str]) -> str:
    attributes, cells = match.group(1), match.group(2)
    if len(_CELL_START.findall(cells)) != len(labels):
        raise ValueError("row and header differ in length")
    names = iter(labels)
    cells = _CELL_START.sub(
        lambda _: f'<td role="cell" data-label="{html.escape(next(names), quote=True)}"', cells
    )
    return f'<tr role="row"{attributes}>{cells}</tr>'


def _stack(match: re.Match) -> str:
    inner = match.group(1)
    head, body = _HEAD.search(inner), _BODY.search(inner)
    if (
        head is None
        or body is None
        or 'class="head"' not in head.group(1)  # Sphinx's tables only, not a figure's data
        or len(_ROW.findall(head.group(1))) != 1
    ):
        return match.group(0)
    labels = [_text(cell) for cell in _HEADER_CELL.findall(head.group(1))]
    if len(labels) < MIN_COLUMNS:
        return match.group(0)
    try:
        rows = _ROW.sub(lambda row: _label_row(row, labels), body.group(1))
    except ValueError:  # merged cells: the table keeps its columns and scrolls
        return match.group(0)
    head_html = (
        head.group(0).replace("<th ", '<th role="columnheader" ').replace("<tr ", '<tr role="row" ')
    )
    head_html = head_html.replace("<thead>", '<thead role="rowgroup">')
    inner = inner.replace(head.group(0), head_html, 1).replace(
        body.group(0), f'<tbody role="rowgroup">{rows}</tbody>', 1
    )
    return f'<table class="table {STACK_CLASS}" role="table">{inner}</table>'


def label_table_cells(body: str) -> str:
    """Mark every prose table of three or more columns in a page so it can stack on a phone.

    Parameters
    ----------
    body : str
        The HTML of a page's body, as Sphinx wrote it.

    Returns
    -------
    str
        The same HTML; each such table has the ``course-stack`` class, ARIA
        table roles, and a ``data-label`` on every body cell naming its column.
    """
    return _TABLE.sub(_stack, body)


def stack_wide_tables(app, pagename, templatename, context, doctree) -> None:
    """Sphinx ``html-page-context`` handler: run :func:`label_table_cells` on the page.

    Parameters
    ----------
    app : sphinx.application.Sphinx
        The Sphinx application (unused; the event passes it).
    pagename : str
        The page's name (unused).
    templatename : str
        The page's template (unused).
    context : dict
        The page's template context; its ``body`` is changed.
    doctree : docutils.nodes.document or None
        The page's document (unused).
    """
    if context.get("body"):
        context["body"] = label_table_cells(context["body"])
