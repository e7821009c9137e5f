"""A runner with a sore back, on a 390 px touch phone, from the Start page: count the taps.

Each answer must take at most 3 taps from the Start page, typing not counted
(the phone keyboard's Next key moves between fields; it is typing). The taps
are real touch events (Playwright's ``tap``), on the built book.
"""

from __future__ import annotations

import pytest
from book_site import PHONE, assert_clean, toc_docnames
from page_events import open_recorded

from widgets.model.long_run_check import check_long_run
from widgets.model.run_tomorrow import should_i_run

START = "book/start-here"
MOST_TAPS = 3
CHAPTERS = [name for name in toc_docnames() if name.startswith("notebooks/")]


class Finger:
    """Taps elements of a page and counts the taps."""

    def __init__(self, page):
        self.page = page
        self.taps = 0

    def tap(self, locator) -> None:
        locator.tap()
        self.taps += 1


@pytest.fixture
def phone(browser, server):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = open_recorded(context, server.url(START))
    yield page
    assert_clean(page)
    context.close()


def _in_view(page, selector: str) -> bool:
    return page.evaluate(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1; }""",
        selector,
    )


def test_hurting_now_is_on_the_first_screen_of_start_here(phone):
    """No swipe before the first tap: the box and its three links are on the first screen."""
    assert _in_view(phone, ".course-hurting-now")
    links = phone.locator(".course-hurting-now li > p > a:first-child")
    assert links.count() == 3
    for link in links.all():
        box = link.bounding_box()
        assert box["y"] + box["height"] <= PHONE["height"], link.inner_text()


def test_the_search_icon_sits_beside_the_typed_words(phone):
    finger = Finger(phone)
    finger.tap(phone.locator(".bd-header-article button.search-button, button.search-button").last)
    field = phone.locator("#pst-search-dialog[open] input[type=search]")
    field.wait_for(state="visible", timeout=3000)
    phone.keyboard.type("return to running")
    gap = phone.evaluate(
        """() => {
            const input = document.querySelector('#pst-search-dialog input[type=search]');
            const icon = document.querySelector('#pst-search-dialog .fa-magnifying-glass');
            const i = icon.getBoundingClientRect(), f = input.getBoundingClientRect();
            const textStart = f.left + parseFloat(getComputedStyle(input).paddingLeft)
                + parseFloat(getComputedStyle(input).borderLeftWidth);
            return textStart - i.right;
        }"""
    )
    assert gap >= 0, f"the magnifying glass covers {-gap:.0f} px of the typed words"
    assert field.input_value() == "return to running" and finger.taps == 1


def test_the_menu_reaches_every_chapter_in_two_taps(phone):
    for chapter in CHAPTERS:
        finger = Finger(phone)
        finger.tap(phone.locator(".course-menu-button"))
        dialog = phone.locator("dialog#pst-primary-sidebar-modal[open]")
        title = chapter.split("/")[-1]
        link = dialog.locator(f'a[href$="{title}.html"]')
        with phone.expect_navigation():
            finger.tap(link)
        assert phone.url.endswith(f"{chapter}.html")
        assert finger.taps == 2 <= MOST_TAPS
    # Home goes back to the Start page in one tap.
    finger = Finger(phone)
    with phone.expect_navigation():
        finger.tap(phone.locator(".course-home-link"))
    assert phone.url.endswith(f"{START}.html") and finger.taps == 1


def test_a_long_run_of_16_km_after_12_reads_1_52(phone):
    finger = Finger(phone)
    with phone.expect_navigation():
        finger.tap(phone.locator(".course-hurting-now a", has_text="long run"))
    finger.tap(phone.locator("#course-long-run input[name=longest]"))
    phone.keyboard.type("12")
    phone.keyboard.press("Enter")
    phone.keyboard.type("16")
    phone.keyboard.press("Enter")
    answer = phone.locator("#course-long-run [role=status]")
    assert "1.52 times" in answer.inner_text()
    assert answer.inner_text() == check_long_run("12", "16").text
    assert _in_view(phone, "#course-long-run [role=status]")
    assert finger.taps <= MOST_TAPS


def test_pains_of_2_3_and_4_give_a_next_run_in_minutes_and_leg_symptoms_say_get_checked(phone):
    finger = Finger(phone)
    with phone.expect_navigation():
        finger.tap(phone.locator(".course-hurting-now a", has_text="run tomorrow"))
    form = "#course-run-tomorrow"
    finger.tap(phone.locator(f"{form} input[name=during]"))
    for score in ("2", "3", "4"):
        phone.keyboard.type(score)
        phone.keyboard.press("Enter")  # Next: after, morning, then usual (0 already)
    phone.keyboard.press("Enter")  # Next: minutes, left empty
    phone.keyboard.press("Enter")  # Done: the keyboard closes, the answer is in view
    answer = phone.locator(f"{form} [role=status]")
    expected = should_i_run("2", "3", "4")
    assert answer.inner_text().replace("\n\n", "\n") == expected.text
    assert "Next run: No run: walk (up to 30 minutes)" in expected.text
    assert _in_view(phone, f"{form} [role=status]")
    assert finger.taps <= MOST_TAPS
    finger.tap(phone.locator(f"{form} label[for$=-legs]"))
    assert "get checked" in answer.inner_text().splitlines()[0]
    assert answer.get_attribute("data-level") == "red"
    assert finger.taps <= MOST_TAPS


def test_a_ticked_warning_sign_shows_its_result_without_scrolling(phone):
    finger = Finger(phone)
    with phone.expect_navigation():
        finger.tap(phone.locator(".course-hurting-now a", has_text="warning signs"))
    # The first question is on the screen the link lands on: no swipe before the tap.
    assert _in_view(phone, ".course-warning-signs-checker-item input")
    finger.tap(phone.locator(".course-warning-signs-checker-item label").first)
    assert phone.locator(".course-warning-signs-checker-item input").first.is_checked()
    result = ".course-warning-signs-checker-result"
    assert phone.locator(result).get_attribute("data-level") != "self_care"
    assert _in_view(phone, result)
    assert finger.taps <= MOST_TAPS
