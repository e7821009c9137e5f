"""plotly internals are read in one adapter; this breaks when a plotly.js update changes them.

Read on each page's shared phone load (``page_audit``), after every figure has drawn.
"""

from __future__ import annotations

import pytest
from book_site import toc_docnames
from page_audit import audit

PAGES = toc_docnames()


@pytest.mark.parametrize("docname", PAGES)
def test_plotly_internals_still_work_as_the_adapter_expects(browser, server, docname):
    result = audit(browser, server, docname, "phone")
    assert result.adapter_problems == [], f"{docname}: {result.adapter_problems}"
