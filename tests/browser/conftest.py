"""Fixtures for driving the built book in Debian's Chromium with Playwright.

Browser tests are most of ``make test``'s time. A new one should cost one
page load, or less:

* ``open_page(docname, viewport=PHONE, dark=True)``: a fresh tab (and context)
  in the session's one Chromium (``browser``), on the session's one server
  (``server``, the book under ``/course/``). Closed after the test. Use it for
  a check that changes the page (presses, typing).
* ``page_audit.audit(browser, server, docname, mode)``: each page loaded once
  per mode (``light``, ``dark``, ``phone``) for the whole run, drawn, then
  measured by the ``audit_*.py`` modules. A check that can read the page as it
  first drew adds a measure there and reads the result: no page load at all.
  Parametrize such a test by ``docname`` and it runs in the same process as
  the page's other audit tests (``tests/conftest.py``), so the page is still
  loaded once.
* ``book_site``: ``wait_for_figure(page, index)`` and ``wait_for_figures(page)``
  (scroll until drawn), ``figures_with_controls(docname)`` (from the built
  HTML), ``toc_docnames()``, ``PHONE`` and ``DESKTOP``.

Wait for a condition (``page.wait_for_function``, a locator's ``wait_for``),
not for a fixed time, and check several things on one load. A module with a
module-scoped fixture runs whole in one test process: keep it small.

Every page a test opens records its console errors, uncaught exceptions,
requests to other hosts and failed requests, so any test can assert that a
page is clean with ``book_site.assert_clean(page)``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from book_site import CHROMIUM, CHROMIUM_ARGS, DESKTOP, SiteServer, built_site_root
from page_events import open_recorded
from playwright.sync_api import sync_playwright


@pytest.fixture(scope="session")
def book_root():
    return built_site_root()


@pytest.fixture(scope="session")
def server(book_root):
    with SiteServer(book_root) as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser, server):
    """Open a book page: ``open_page("book/start-here", viewport=PHONE, dark=True)``."""
    contexts = []

    def _open(docname: str, viewport=DESKTOP, dark: bool = False):
        context = browser.new_context(viewport=viewport, color_scheme="dark" if dark else "light")
        contexts.append(context)
        return open_recorded(context, server.url(docname))

    yield _open
    for context in contexts:
        context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failing browser test, save a screenshot of every page it had open.

    The files go to ``$TEST_ARTIFACTS`` (default ``test-artifacts/``), which the
    CI workflow uploads, so a contributor can see what the page looked like.
    """
    outcome = yield
    report = outcome.get_result()
    browser = item.funcargs.get("browser")
    if report.when != "call" or not report.failed or browser is None:
        return
    folder = Path(os.environ.get("TEST_ARTIFACTS", "test-artifacts")) / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", item.nodeid)[-120:]
    for c, context in enumerate(browser.contexts):
        for p, page in enumerate(context.pages):
            try:
                page.screenshot(path=str(folder / f"{name}-{c}-{p}.png"), full_page=True)
            except Exception as error:  # a closed or crashed page must not hide the failure
                print(f"could not save a screenshot of {page.url}: {error}")
