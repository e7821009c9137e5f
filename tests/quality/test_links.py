"""Every internal link and #anchor in the built book resolves (offline).

External links are listed by ``tests/quality/site_links.py`` and checked only
on request (``--external``); tests never fetch them.
"""

from __future__ import annotations

import shutil

import pytest
from site_links import check_site, site_root

# A built book has dozens (navigation, table of contents, citations); fewer means a broken parse.
MIN_INTERNAL_LINKS = 20


@pytest.fixture(scope="module")
def built_site():
    root = site_root()
    if not (root / "index.html").exists():
        pytest.fail(f"No built book at {root}: run `make book` first (or set BOOK_HTML).")
    return root


@pytest.fixture(scope="module")
def report(built_site):
    return check_site(built_site)


def test_every_internal_link_and_anchor_resolves(report):
    assert report.internal >= MIN_INTERNAL_LINKS, f"only {report.internal} internal links found"
    broken = "\n".join(str(b) for b in report.broken)
    assert not report.broken, f"{len(report.broken)} broken internal links:\n{broken}"


def test_every_page_in_the_table_of_contents_is_built(built_site):
    from readability_report import page_sources

    missing = [name for name in page_sources() if not (built_site / f"{name}.html").exists()]
    assert missing == [], f"pages with no HTML in {built_site}: {missing}"


def test_the_checker_finds_broken_files_anchors_and_root_paths(built_site, tmp_path):
    """A copy of the site with three kinds of broken link fails the check."""
    copy = tmp_path / "html"
    shutil.copytree(built_site, copy)
    page = copy / "book" / "glossary.html"
    page.write_text(
        page.read_text().replace(
            "</article>",
            '<a href="no-such-page.html">a</a><a href="start-here.html#no-such-anchor">b</a>'
            '<img src="/_static/logo.png" alt=""></article>',
            1,
        )
    )
    problems = sorted(
        b.problem.split(":")[0] for b in check_site(copy).broken if b.page == "book/glossary.html"
    )
    assert problems == [
        "absolute path",
        "no id 'no-such-anchor' in start-here.html",
        "no such file",
    ]
