"""Every citation in the built book has its way back from the references page.

A reader who follows a citation to its entry, or reads the references page
first, finds under each entry one link per place it is cited, on every page
that cites it (``widgets/bookext/citations.py``). This reads the built HTML:
each citation's id on its page must be linked from its entry, and each link
back must land on a citation of that entry.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parents[1]
REFERENCES = "book/references.html"
# sphinxcontrib-bibtex's markup for one citation: a span with an id, links to entries inside.
CITATION = re.compile(r'<span class="bibtex-citation" id="([^"]+)">(.*?)</span>', re.S)
HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def site() -> Path:
    root = Path(os.environ.get("BOOK_HTML", REPO / "_build" / "html")).resolve()
    if not (root / REFERENCES).exists():
        pytest.fail(f"No built book at {root}: run `make book` first (or set BOOK_HTML).")
    return root


def _resolve(page: str, href: str) -> str:
    """``href`` on ``page`` as a site path with its anchor: ``notebooks/x.html#id3``."""
    path, _, anchor = href.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
    return f"{target}#{anchor}"


def _citations(site: Path) -> set[tuple[str, str]]:
    """(place of a citation, the entry it leads to), for every citation in the book."""
    found = set()
    for path in sorted(site.rglob("*.html")):
        page = path.relative_to(site).as_posix()
        if page == REFERENCES or page.startswith(("_", "genindex", "search")):
            continue
        for span_id, inside in CITATION.findall(path.read_text(encoding="utf-8")):
            for href in HREF.findall(inside):
                entry = _resolve(page, href)
                if entry.startswith(REFERENCES + "#"):
                    found.add((f"{page}#{span_id}", entry.split("#")[1]))
    return found


def _back_links(site: Path) -> set[tuple[str, str]]:
    """(place a link back leads to, the entry it is under), from the references page."""
    soup = BeautifulSoup((site / REFERENCES).read_text(encoding="utf-8"), "html.parser")
    return {
        (_resolve(REFERENCES, link["href"]), entry["id"])
        for entry in soup.select(".citation-list > .citation[id]")
        for link in entry.select(".course-cited-in a[href]")
    }


def test_every_citation_is_linked_back_from_its_entry_and_nothing_else_is(site):
    citations, back = _citations(site), _back_links(site)
    pages = {place.split("#")[0] for place, _ in citations}
    assert len(citations) > 200 and len(pages) >= 8, (len(citations), sorted(pages))
    assert citations - back == set(), "citations with no link back from their entry"
    assert back - citations == set(), "links back to a place that does not cite the entry"


def test_the_references_are_one_list_of_every_entry(site):
    soup = BeautifulSoup((site / REFERENCES).read_text(encoding="utf-8"), "html.parser")
    lists = soup.select("[role=list]")
    assert len(lists) == 1 and "citation-list" in lists[0]["class"]
    items = lists[0].find_all(attrs={"role": "listitem"}, recursive=False)
    assert len(items) == len(soup.select(".citation")) >= 50
