"""Phones (390 x 844): no sideways scrolling of the page, figures fit the column."""

from __future__ import annotations

import pytest
from audit_layout import overflow_problems, scroll_problems
from book_site import PHONE, toc_docnames
from page_audit import audit

PAGES = toc_docnames()


@pytest.mark.parametrize("docname", PAGES)
def test_page_does_not_scroll_sideways_on_a_phone(browser, server, docname):
    layout = audit(browser, server, docname, "phone").layout
    assert layout["viewport"] == PHONE["width"]
    assert scroll_problems(layout) == [], f"{docname}: {scroll_problems(layout)}"


@pytest.mark.parametrize("docname", PAGES)
def test_figures_fit_the_column_on_a_phone(browser, server, docname):
    layout = audit(browser, server, docname, "phone").layout
    problems = overflow_problems(layout["figures"], layout["viewport"])
    assert problems == [], f"{docname} at {layout['viewport']}px:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("docname", PAGES)
def test_figures_shrink_when_the_window_narrows(browser, server, docname):
    """Drawn at desktop width, then the window becomes a phone's: figures follow."""
    result = audit(browser, server, docname, "light")
    problems = overflow_problems(result.resized_figures, PHONE["width"])
    assert problems == [], f"{docname} resized to {PHONE['width']}px:\n  " + "\n  ".join(problems)
