"""Every internal link and anchor in the built site, checked offline.

Parses each HTML file of the built book, resolves every relative ``href`` and
``src`` to a file, and every ``#fragment`` to an ``id`` (or ``<a name>``) in
the page it points to. Links to other hosts are collected, never fetched here.

Report:  .venv/bin/python tests/quality/site_links.py [BUILT_HTML_DIR]
Check the external links too (optional, needs the internet):
         .venv/bin/python tests/quality/site_links.py --external
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parents[2]
LINK_ATTRIBUTES = {"href", "src", "poster", "data", "action"}
NOT_LINKS = ("mailto:", "tel:", "javascript:", "data:", "blob:", "about:")
# <link rel=...> values that name a resource the page really needs or links to.
SKIPPED_RELS = {"dns-prefetch", "preconnect"}
ASSET_FOLDERS = {"_static", "_sources", "_images"}


def site_root() -> Path:
    return Path(os.environ.get("BOOK_HTML", REPO / "_build" / "html")).resolve()


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, int]] = []  # (tag, url, line)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id", "name" if tag == "a" else ""):
            if name and values.get(name):
                self.ids.add(values[name])
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            target = (values.get("content") or "").partition("url=")[2].strip(" '\"")
            if target:
                self.links.append(("meta", target, self.getpos()[0]))
        if tag == "link" and SKIPPED_RELS & set((values.get("rel") or "").split()):
            return
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.links.append((tag, value.strip(), self.getpos()[0]))
            elif name == "srcset" and value:
                for candidate in value.split(","):
                    if candidate.strip():
                        self.links.append((tag, candidate.split()[0], self.getpos()[0]))

    handle_startendtag = handle_starttag


@dataclass
class Broken:
    page: str
    line: int
    tag: str
    url: str
    problem: str

    def __str__(self):
        return f"{self.page}:{self.line} <{self.tag}> {self.url!r}: {self.problem}"


@dataclass
class LinkReport:
    pages: int = 0
    internal: int = 0
    fragments: int = 0
    broken: list[Broken] = field(default_factory=list)
    external: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def summary(self) -> str:
        lines = [
            f"{self.pages} HTML pages, {self.internal} internal links checked "
            f"({self.fragments} with an #anchor), {len(self.broken)} broken, "
            f"{len(self.external)} distinct external links (listed, not fetched)",
        ]
        lines += [f"  BROKEN {b}" for b in self.broken]
        for url in sorted(self.external):
            pages = sorted(self.external[url])
            more = f" and {len(pages) - 2} more" if len(pages) > 2 else ""
            lines.append(f"  external {url}  (on {', '.join(pages[:2])}{more})")
        return "\n".join(lines)


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def check_site(root: Path) -> LinkReport:
    """Check every link in every HTML file under ``root``."""
    root = root.resolve()
    # Theme templates copied into _static are not pages; everything else is.
    pages = sorted(
        p for p in root.rglob("*.html") if p.relative_to(root).parts[0] not in ASSET_FOLDERS
    )
    parsed = {path.resolve(): _parse(path) for path in pages}
    report = LinkReport(pages=len(pages))

    def ids_of(target: Path) -> set[str]:
        if target not in parsed:
            parsed[target] = _parse(target)
        return parsed[target].ids

    for path in pages:
        page = str(path.relative_to(root))
        for tag, url, line in parsed[path.resolve()].links:
            if not url or url.lower().startswith(NOT_LINKS):
                continue
            parts = urlsplit(url)
            if parts.scheme or url.startswith("//"):
                if parts.scheme in ("http", "https") or url.startswith("//"):
                    report.external[url].add(page)
                continue
            report.internal += 1
            if parts.path.startswith("/"):
                report.broken.append(
                    Broken(
                        page,
                        line,
                        tag,
                        url,
                        "absolute path: breaks when the book is served under a sub-path",
                    )
                )
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path.resolve()
            if target.is_dir():
                target = target / "index.html"
            if root not in target.parents and target != root:
                report.broken.append(Broken(page, line, tag, url, "points outside the site"))
                continue
            if not target.is_file():
                report.broken.append(Broken(page, line, tag, url, "no such file"))
                continue
            fragment = unquote(parts.fragment)
            if fragment and tag in ("a", "area", "meta") and target.suffix == ".html":
                report.fragments += 1
                if fragment not in ids_of(target):
                    report.broken.append(
                        Broken(page, line, tag, url, f"no id {fragment!r} in {target.name}")
                    )
    return report


def check_external(urls, timeout: float = 15.0) -> list[str]:
    """Fetch each external link (optional; not part of the tests). Returns the failures."""
    import urllib.request

    failures = []
    for url in sorted(urls):
        full = "https:" + url if url.startswith("//") else url
        request = urllib.request.Request(
            full, method="HEAD", headers={"User-Agent": "course-link-check"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status = response.status
        except Exception as problem:  # report every kind of failure the same way
            status = getattr(problem, "code", None) or type(problem).__name__
        if status not in (200, 301, 302, 303, 307, 308, 405):
            failures.append(f"{status} {url}")
    return failures


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else site_root()
    if not (root / "index.html").exists():
        print(f"No built book at {root}: run `make book` first (or set BOOK_HTML).")
        return 2
    report = check_site(root)
    print(report.summary())
    status = 1 if report.broken else 0
    if "--external" in argv:
        failures = check_external(report.external)
        lines = [f"  EXTERNAL FAILED {f}" for f in failures]
        print("\n".join(lines) or "  every external link answered")
        status = status or (1 if failures else 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
