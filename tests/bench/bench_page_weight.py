"""The bytes a reader downloads for each page, as a static host would serve the book.

Used by ``bench_course.py``. Each page is measured in Chromium without and
with gzip, on a cold cache and on a warm cache (arriving from the page before
it), served with ``Cache-Control: max-age=600`` under ``/course/``. Bytes do
not vary from run to run, so one run is enough.
"""

from __future__ import annotations

import gzip
import io
import statistics
from pathlib import Path

from book_site import CHROMIUM, CHROMIUM_ARGS, DESKTOP, SUB_PATH, toc_docnames, wait_for_figures

from widgets.classroom.pdf import LocalSite, QuietHandler

GOALS = {
    "chapter_first_visit_gzip_bytes": 1.5 * 1024 * 1024,
    "next_chapter_gzip_bytes": 250 * 1024,
}
COMPRESSIBLE = (".html", ".js", ".css", ".json", ".svg", ".txt", ".map", ".xml", ".inv")


class _HostLikeHandler(QuietHandler):
    """Serve the site as a static host would: cacheable, gzip if asked."""

    use_gzip = False

    def send_head(self):
        path = Path(self.translate_path(self.path.split("?")[0].split("#")[0]))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            return super().send_head()
        body = path.read_bytes()
        encoded = (
            self.use_gzip
            and path.suffix in COMPRESSIBLE
            and "gzip" in self.headers.get("Accept-Encoding", "")
        )
        if encoded:
            body = gzip.compress(body, 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if encoded:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        return io.BytesIO(body)


class _GzipHandler(_HostLikeHandler):
    use_gzip = True


def host_like_site(root: Path, use_gzip: bool) -> LocalSite:
    site = LocalSite(root, SUB_PATH, _GzipHandler if use_gzip else _HostLikeHandler)
    # A browser that stops reading (a page closed early) is not a failure here.
    site.server.handle_error = lambda request, client_address: None
    return site


def _visit_bytes(context, url: str, before: str | None = None) -> int:
    """Bytes over the wire (headers and bodies) to show ``url``, after visiting ``before``."""
    page = context.new_page()
    if before:
        page.goto(before, wait_until="networkidle")
        wait_for_figures(page)
        page.wait_for_timeout(500)  # let the browser finish writing its cache
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    received: dict[str, int] = {}
    cdp.on(
        "Network.loadingFinished",
        lambda e: received.__setitem__(e["requestId"], int(e["encodedDataLength"])),
    )
    page.goto(url, wait_until="networkidle")
    wait_for_figures(page)
    page.wait_for_timeout(200)
    page.close()
    return sum(received.values())


def _cold_and_warm(browser, url: str, before: str, runs: int) -> tuple[int, int]:
    """Median bytes for ``url`` on an empty cache, and arriving from ``before``."""
    cold, warm = [], []
    for _ in range(runs):
        for visits, previous in ((cold, None), (warm, before)):
            context = browser.new_context(viewport=DESKTOP)
            visits.append(_visit_bytes(context, url, before=previous))
            context.close()
    return int(statistics.median(cold)), int(statistics.median(warm))


def bench_page_weight(html: Path, runs: int) -> list[dict]:
    """One row per page: bytes raw and gzip, cold and warm, and the page arrived from."""
    from playwright.sync_api import sync_playwright

    pages = [name for name in toc_docnames() if (html / f"{name}.html").exists()]
    rows = {name: {"page": name} for name in pages}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for use_gzip in (False, True):
            kind = "gzip" if use_gzip else "raw"
            with host_like_site(html, use_gzip) as site:
                for index, name in enumerate(pages):
                    previous = pages[index - 1] if index else pages[min(1, len(pages) - 1)]
                    cold, warm = _cold_and_warm(browser, site.url(name), site.url(previous), runs)
                    rows[name].update(
                        {f"cold_{kind}_bytes": cold, f"warm_{kind}_bytes": warm},
                        warm_from=previous,
                    )
        browser.close()
    return list(rows.values())


def _kb(value) -> str:
    return "-" if value is None else f"{value / 1024:,.0f} KB"


def _flags(row: dict) -> str:
    if not row["page"].startswith("notebooks/"):
        return ""
    flag = ""
    if row["cold_gzip_bytes"] > GOALS["chapter_first_visit_gzip_bytes"]:
        flag += "  FIRST VISIT OVER GOAL"
    if row["warm_gzip_bytes"] > GOALS["next_chapter_gzip_bytes"]:
        flag += "  NEXT CHAPTER OVER GOAL"
    return flag


def weight_table(rows: list[dict]) -> list[str]:
    """The page-weight rows as lines of a table, with the goals they miss."""
    if not rows:
        return []
    width = max(len(row["page"]) for row in rows)
    lines = [
        "",
        "Bytes downloaded per page (cold: empty cache; warm: arriving from the "
        "page named; goals: a chapter's first visit <= 1.5 MB gzip, the next "
        "chapter <= 250 KB gzip)",
        f"{'page':<{width}}  {'cold raw':>10}  {'cold gzip':>10}  {'warm raw':>10}  "
        f"{'warm gzip':>10}  warm from",
    ]
    for row in rows:
        sizes = "  ".join(
            f"{_kb(row[key]):>10}"
            for key in ("cold_raw_bytes", "cold_gzip_bytes", "warm_raw_bytes", "warm_gzip_bytes")
        )
        lines.append(f"{row['page']:<{width}}  {sizes}  {row['warm_from']}{_flags(row)}")
    return lines
