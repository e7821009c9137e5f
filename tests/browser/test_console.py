"""No JavaScript errors and nothing from other hosts: light, dark and on a phone."""

from __future__ import annotations

import pytest
from audit_figures import upload_problems
from book_site import toc_docnames
from page_audit import MODES, audit, console_problems

PAGES = toc_docnames()


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("docname", PAGES)
def test_no_console_errors_or_outside_requests(browser, server, docname, mode):
    problems = console_problems(audit(browser, server, docname, mode))
    assert problems == [], f"{docname} ({mode}):\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("docname", PAGES)
def test_figures_offer_no_button_that_uploads_them(browser, server, docname):
    problems = upload_problems(audit(browser, server, docname, "light"))
    assert problems == [], f"{docname}: {problems}"
