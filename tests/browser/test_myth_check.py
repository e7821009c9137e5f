"""The myth self-check in the built book: choose a claim, answer, see the verdict."""

from __future__ import annotations

import re

import pytest
from book_site import PHONE, assert_clean, wait_for_figures

PAGE = "notebooks/why-runners-get-back-pain"
SELF_CHECK = '.course-plotly[data-interactive="myth-check"]'


def verdict_panel(page) -> str:
    return page.eval_on_selector(SELF_CHECK, "d => d.layout.annotations[1].text")


def visible_marks(page) -> int:
    return page.eval_on_selector(
        SELF_CHECK, "d => d.data.slice(1).filter(t => t.visible === true).length"
    )


def choose(page, header_text: str, label: str) -> None:
    """Open the drop-down whose header shows ``header_text`` and pick ``label``."""
    figure = page.locator(SELF_CHECK)
    headers = figure.locator("g.updatemenu-header-group", has_text=header_text)
    headers.filter(visible=True).first.click()
    page.wait_for_timeout(500)
    option = figure.locator(
        "g.updatemenu-dropdown-button", has_text=re.compile(f"^{re.escape(label)}")
    )
    option.filter(visible=True).first.click()
    page.wait_for_timeout(300)


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_answer_reveals_verdict_and_source_only_after_choosing(open_page, viewport):
    page = open_page(PAGE, **({"viewport": viewport} if viewport else {}))
    wait_for_figures(page)
    assert "Verdict" not in verdict_panel(page)
    assert visible_marks(page) == 0
    # Claim 2 is the invented "Running-Related Lower Back Syndrome".
    choose(page, "1. Running causes", "2. A syndrome called")
    claim = page.eval_on_selector(SELF_CHECK, "d => d.layout.annotations[0].text")
    assert "Back Syndrome (RLBS)" in claim.replace("<br>", " ")
    assert "Verdict" not in verdict_panel(page)
    choose(page, "Choose an answer", "Supported")
    text = verdict_panel(page).replace("<br>", " ")
    assert "You said: Supported. The evidence says: Myth." in text
    assert "Not a recognised diagnosis" in text and "Hartvigsen 2018" in text
    assert visible_marks(page) == 1
    assert "Not a recognised diagnosis" in page.locator(SELF_CHECK).text_content()
    assert_clean(page)


def test_show_every_verdict_and_start_again(open_page):
    page = open_page(PAGE)
    wait_for_figures(page)
    figure = page.locator(SELF_CHECK)
    claims = page.eval_on_selector(SELF_CHECK, "d => d.data.length - 1")
    figure.locator("g.updatemenu-button", has_text="Show every verdict").click()
    page.wait_for_timeout(300)
    assert visible_marks(page) == claims
    figure.locator("g.updatemenu-button", has_text="Start again").click()
    page.wait_for_timeout(300)
    assert visible_marks(page) == 0
    assert "Verdict" not in verdict_panel(page)
    assert_clean(page)
