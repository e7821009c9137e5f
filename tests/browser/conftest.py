"""Fixtures for driving the built book in Debian's Chromium with Playwright.

Every page a test opens records its console errors, uncaught exceptions,
requests to other hosts and failed requests, so any test can assert that a
page is clean with ``book_site.assert_clean(page)``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from book_site import CHROMIUM, CHROMIUM_ARGS, DESKTOP, SiteServer, built_site_root
from playwright.sync_api import sync_playwright


@dataclass
class PageLog:
    """What happened while a page was open."""

    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)


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
        page = context.new_page()
        log = PageLog()
        page.on(
            "console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None
        )
        page.on("pageerror", lambda e: log.console_errors.append(str(e)))

        def on_request(request):
            if not request.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
                log.external_requests.append(request.url)

        page.on("request", on_request)
        page.on("requestfailed", lambda r: log.failed_requests.append(r.url))
        page.on(
            "response",
            lambda r: (
                log.failed_requests.append(f"{r.status} {r.url}") if r.status >= 400 else None
            ),
        )
        response = page.goto(server.url(docname), wait_until="load")
        assert response is not None and response.ok, f"{docname} did not load"
        page.course_log = log
        return page

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
