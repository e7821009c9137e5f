"""The built book's HTML has the phone fixes of ``widgets.bookext`` (no browser needed).

* One ☰ button, labelled "Menu", with no tooltip: the theme's hidden second row
  of sidebar buttons, which took its click handler, is not drawn
  (pydata/pydata-sphinx-theme#2451; ``widgets/bookext/navigation.py``).
* A Home link in every page's header.
* No "Show code cell source" bars; code a learner is meant to read stays.
* The forms' rules and script load only on pages with a form.
"""

from __future__ import annotations

import html
import re

import pytest
from book_site import toc_docnames

PAGES = toc_docnames()


def _page(book_root, docname: str) -> str:
    return (book_root / f"{docname}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("docname", PAGES)
def test_every_page_has_one_labelled_menu_button_and_a_home_link(book_root, docname):
    page = _page(book_root, docname)
    assert page.count("primary-toggle") == 1, f"{docname}: the theme drew a second menu button"
    button = page.split("primary-toggle", 1)[1].split("</button>")[0]
    assert '<span class="course-header-label">Menu</span>' in button
    assert "tooltip" not in button
    home = re.search(r'<a class="btn btn-sm course-home-link" href="([^"]+)"', page)
    assert home, f"{docname}: no Home link"
    assert (
        home.group(1) == "#" if docname == PAGES[0] else home.group(1).endswith("start-here.html")
    )


@pytest.mark.parametrize("docname", PAGES)
def test_no_page_shows_code_cell_bars(book_root, docname):
    page = _page(book_root, docname)
    assert "Show code cell" not in page
    assert "from widgets import" not in page


def test_code_a_learner_is_asked_to_run_stays_in_the_book(book_root):
    page = _page(book_root, "notebooks/mileage-load-and-injury-risk")
    assert "relative_injury_rate" in page


def _visible_sentences(page: str) -> list[str]:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", text)]


@pytest.mark.parametrize("docname", PAGES)
def test_no_page_asks_a_phone_reader_to_hover(book_root, docname):
    """A phone cannot hover: every sentence that says hover also says tap."""
    page = _page(book_root, docname)
    hover_only = [
        s
        for s in _visible_sentences(page)
        if re.search(r"\bhover", s, re.I) and not re.search(r"\btap", s, re.I)
    ]
    assert hover_only == [], f"{docname}: " + " | ".join(hover_only)


@pytest.mark.parametrize("docname", PAGES)
def test_form_scripts_load_only_where_there_is_a_form(book_root, docname):
    page = _page(book_root, docname)
    has_form = "data-course-form=" in page
    assert ("course-forms.js" in page) == has_form
    assert ("course-rules.js" in page) == has_form


def test_the_forms_are_on_their_chapters_and_linked_from_start_here(book_root):
    for docname in ("notebooks/mileage-load-and-injury-risk", "notebooks/check-your-own-training"):
        assert 'data-course-form="long-run"' in _page(book_root, docname)
    start = _page(book_root, "book/start-here")
    box = start.split("course-hurting-now", 1)[1].split("</div>\n</div>")[0]
    assert "self-care-and-when-to-see-a-doctor.html#self-care-checker" in box
    assert "mileage-load-and-injury-risk.html#mileage-long-run-check" in box
    assert "running-with-back-pain.html#running-should-i-run-tomorrow" in box
    running = _page(book_root, "notebooks/running-with-back-pain")
    assert 'data-course-form="run-tomorrow"' in running
