"""Every table names each of its columns, so a screen reader can say what a cell is.

A table whose first header cell is empty (``| | A | B |``) leaves its row labels
without a header; Lighthouse's accessibility audit (axe ``td-has-header``)
reports it.
"""

from __future__ import annotations

import re

import pytest
from readability_report import markdown_of, page_sources

PAGES = page_sources()
HEADER_ROW = re.compile(r"^\|(.*)\|\s*\n\|[\s:|-]+\|\s*$", re.M)


def empty_headers(markdown: str) -> list[str]:
    """The header rows of the Markdown tables in ``markdown`` that leave a column unnamed."""
    rows = [match.group(1) for match in HEADER_ROW.finditer(markdown)]
    return [row for row in rows if any(not cell.strip() for cell in row.split("|"))]


@pytest.mark.parametrize("docname", list(PAGES))
def test_every_table_column_has_a_header(docname):
    assert empty_headers(markdown_of(PAGES[docname])) == []


def test_an_unnamed_column_is_found():
    table = "| | Upper | Lower |\n|---|---|---|\n| Studies | none | 19 |\n"
    assert empty_headers(table) == [" | Upper | Lower "]
    assert empty_headers(table.replace("| |", "| Topic |", 1)) == []
