"""Helpers shared by the browser tests: which pages the book has, and a local server.

The built site is served under a sub-path (``/course/``), as a static host
such as GitHub Pages would, so links that only work at the root fail here.
"""

from __future__ import annotations

import os
from pathlib import Path

from widgets.bookext.figure_data import figure_payloads
from widgets.bookext.toc import toc_docnames as widgets_toc_docnames
from widgets.classroom import pdf
from widgets.classroom.pdf import LocalSite

REPO = Path(__file__).resolve().parents[2]
SUB_PATH = "/course/"
CHROMIUM, CHROMIUM_ARGS = pdf.CHROMIUM, pdf.CHROMIUM_ARGS  # the browser the PDFs are printed with
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def site_root() -> Path:
    """The built book: ``$BOOK_HTML`` or ``_build/html``."""
    return Path(os.environ.get("BOOK_HTML", REPO / "_build" / "html")).resolve()


def built_site_root() -> Path:
    """The built book, or a test failure that says how to build it."""
    import pytest

    root = site_root()
    if not (root / "index.html").exists():
        pytest.fail(f"No built book at {root}: run `make book` first (or set BOOK_HTML).")
    return root


def toc_docnames() -> list[str]:
    """Every page in ``_toc.yml``, in reading order (e.g. ``book/start-here``)."""
    return widgets_toc_docnames(REPO / "_toc.yml")


def figures_with_controls(docname: str) -> list[str]:
    """Ids of the page's figures whose plotly JSON shows buttons, drop-downs or sliders.

    Read from the built page, not the browser, so a check that operates controls can
    be told how many it should have found.
    """
    page = site_root() / f"{docname}.html"
    if not page.exists():
        return []
    found = []
    for figure_id, figure in figure_payloads(page).items():
        layout = figure.get("layout", {})
        controls = layout.get("updatemenus", []) + layout.get("sliders", [])
        if any(control.get("visible", True) is not False for control in controls):
            found.append(figure_id)
    return found


class SiteServer(LocalSite):
    """A threaded HTTP server on 127.0.0.1 with the book under ``/course/`` (``widgets.classroom.pdf``)."""

    def __init__(self, root: Path):
        super().__init__(root, prefix=SUB_PATH)
        self.root = root


def wait_for_figure(page, index: int, timeout_ms: int = 15000) -> None:
    """Scroll to the ``index``-th course figure, as a reader would, and wait until it has drawn.

    Figures draw only when they come near the screen (widgets/bookext/js/lazy.js).
    """
    page.locator(".course-plotly").nth(index).scroll_into_view_if_needed()
    page.wait_for_function(
        "i => document.querySelectorAll('.course-plotly')[i].dataset.rendered === 'true'",
        arg=index,
        timeout=timeout_ms,
    )


def wait_for_figures(page, timeout_ms: int = 15000) -> int:
    """Scroll through ``page`` until every course figure has drawn, then back to the top.

    Returns how many figures there are.
    """
    count = page.locator(".course-plotly").count()
    for index in range(count):
        wait_for_figure(page, index, timeout_ms)
    if count:
        page.evaluate("window.scrollTo(0, 0)")
    return count


def assert_clean(page) -> None:
    """No console errors, no requests to other hosts, no failed requests (``page_events``)."""
    problems = page.course_events.problems()
    assert problems == [], "\n  ".join(["the page is not clean:", *problems])
