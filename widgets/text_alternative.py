"""Text alternatives: the numbers behind a figure, as an HTML table.

Screen-reader users, and anyone whose browser cannot run the figure, get the
same numbers the figure draws.
"""

from __future__ import annotations

import html
from collections.abc import Sequence


def html_table(headers: Sequence[str], rows: Sequence[Sequence[object]], caption: str = "") -> str:
    """Build a plain, accessible HTML table with every cell escaped.

    Parameters
    ----------
    headers : Sequence[str]
        Column headings, one per column.
    rows : Sequence[Sequence[object]]
        The table body; each row has one cell per heading (numbers are shown
        with ``str``, so format them first).
    caption : str
        What the table shows; no caption when empty.

    Returns
    -------
    str
        The ``<table>`` element.

    Raises
    ------
    ValueError
        If a row has more or fewer cells than there are headings.
    """
    if any(len(row) != len(headers) for row in rows):
        raise ValueError("every row needs one cell per header")
    head = "".join(f'<th scope="col">{html.escape(str(h))}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    caption_html = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f'<table class="table">{caption_html}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
