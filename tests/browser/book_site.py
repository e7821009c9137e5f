"""Helpers shared by the browser tests: which pages the book has, and a local server.

The built site is served under a sub-path (``/course/``), as a static host
such as GitHub Pages would, so links that only work at the root fail here.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

from widgets.bookext.toc import toc_docnames as widgets_toc_docnames

REPO = Path(__file__).resolve().parents[2]
SUB_PATH = "/course/"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
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


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the site only under ``SUB_PATH``; everything else is a 404."""

    def translate_path(self, path):
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(SUB_PATH):])

    def log_message(self, *args):
        pass


class SiteServer:
    """A threaded HTTP server on 127.0.0.1 with the book under ``/course/``."""

    def __init__(self, root: Path):
        handler = functools.partial(_SubPathHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{SUB_PATH}"

    def url(self, docname: str) -> str:
        return self.base_url + docname + ".html"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def wait_for_figure(page, index: int, timeout_ms: int = 15000) -> None:
    """Scroll to the ``index``-th course figure, as a reader would, and wait until it has drawn.

    Figures draw only when they come near the screen (widgets/bookext/js/lazy.js).
    """
    page.locator(".course-plotly").nth(index).scroll_into_view_if_needed()
    page.wait_for_function(
        "i => document.querySelectorAll('.course-plotly')[i].dataset.rendered === 'true'",
        arg=index, timeout=timeout_ms)


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
    """No console errors, no requests to other hosts, no failed requests."""
    log = page.course_log
    assert log.console_errors == [], f"console errors: {log.console_errors}"
    assert log.external_requests == [], f"requests to other hosts: {log.external_requests}"
    assert log.failed_requests == [], f"failed requests: {log.failed_requests}"
