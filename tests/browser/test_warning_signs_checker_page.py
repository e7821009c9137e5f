"""The warning-signs checker in the built book: no kernel, keyboard only, a phone, no errors.

Every result the page shows is compared with ``widgets.warning_signs.assess``, so the
script and the Python model cannot drift apart.
"""

from __future__ import annotations

import pytest
from book_site import DESKTOP, PHONE, assert_clean

from widgets.model.warning_signs import LEVEL_INFO, WARNING_SIGNS
from widgets.model.warning_signs_checker import NEXT_STEPS
from widgets.warning_signs import QUESTIONS, assess

PAGE = "notebooks/self-care-and-when-to-see-a-doctor"
CHECKER = ".course-warning-signs-checker"
RESULT = ".course-warning-signs-checker-result"
CAUDA_EQUINA = [s.key for s in WARNING_SIGNS if s.group == "cauda_equina"]


def box(page, key: str):
    return page.locator(f'{CHECKER} input[name="{key}"]')


def shown(page) -> list[str]:
    """The result region's text as lines, as the model's ``Assessment.lines()`` gives them."""
    return [line.strip() for line in page.locator(RESULT).inner_text().split("\n") if line.strip()]


def test_the_page_has_one_checker_and_loads_its_script(open_page):
    page = open_page(PAGE)
    assert page.locator(CHECKER).count() == 1
    assert page.locator('script[src*="course-warning-signs.js"]').count() == 1
    assert box(page, QUESTIONS[0].key).count() == 1
    assert shown(page) == assess({}).lines()
    assert page.locator(RESULT).get_attribute("aria-live") == "polite"
    assert_clean(page)


@pytest.mark.parametrize("key", CAUDA_EQUINA)
def test_ticking_a_cauda_equina_sign_shows_the_emergency_message(open_page, key):
    page = open_page(PAGE)
    page.locator(f'{CHECKER} label[for="course-warning-signs-checker-{key}"]').click()
    lines = shown(page)
    assert lines[0] == LEVEL_INFO["emergency"].label
    assert lines[1] == LEVEL_INFO["emergency"].action
    assert "emergency department now" in lines[2]
    assert page.locator(RESULT).get_attribute("data-level") == "emergency"
    assert lines == assess({key: True}).lines()
    assert_clean(page)


def next_links(page) -> list[str]:
    """Where the result's links go (only the nothing-ticked result has them)."""
    return page.locator(f"{RESULT} a").evaluate_all("links => links.map(a => a.href)")


def test_every_question_alone_and_combined_matches_the_model(open_page):
    page = open_page(PAGE)
    expected = [server_url.split("#")[0] for server_url in next_links(page)]
    assert [url.rsplit("/", 1)[-1] for url in next_links(page)] == [
        step.href("book") for step in NEXT_STEPS
    ]
    for question in QUESTIONS:
        box(page, question.key).check()
        assert shown(page) == assess({question.key: True}).lines(), question.key
        assert next_links(page) == []
        box(page, question.key).uncheck()
        assert shown(page) == assess({}).lines()
        # Unticking puts back "what next", with its links to self-care and running.
        assert [url.split("#")[0] for url in next_links(page)] == expected
    # The self-care link lands on its section of this chapter.
    anchor = NEXT_STEPS[0].anchor
    assert page.locator(f"#{anchor}").count() == 1
    # Least urgent first, then more urgent: the most urgent always wins.
    ticked = {}
    for question in reversed(QUESTIONS):
        box(page, question.key).check()
        ticked[question.key] = True
        assert shown(page) == assess(ticked).lines()
    assert page.locator(RESULT).get_attribute("data-level") == "emergency"
    assert_clean(page)


def _tab_to(page, predicate_js: str, limit: int = 300) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"Tab never reached: {predicate_js}")


def test_keyboard_only(open_page):
    page = open_page(PAGE, viewport=DESKTOP)
    first, second = QUESTIONS[0].key, QUESTIONS[-1].key
    _tab_to(page, f"document.activeElement.name === '{first}'")
    page.keyboard.press("Space")
    assert box(page, first).is_checked()
    assert shown(page) == assess({first: True}).lines()
    _tab_to(page, f"document.activeElement.name === '{second}'")
    page.keyboard.press("Space")
    assert shown(page) == assess({first: True, second: True}).lines()
    page.keyboard.press("Space")
    assert shown(page) == assess({first: True}).lines()
    _tab_to(page, "document.activeElement.classList.contains('course-warning-signs-checker-clear')")
    page.keyboard.press("Enter")
    page.wait_for_timeout(100)
    assert not box(page, first).is_checked()
    assert shown(page) == assess({}).lines()
    _tab_to(page, "document.activeElement.tagName === 'SUMMARY'")
    page.keyboard.press("Enter")
    assert (
        page.locator("details.course-warning-signs-checker-list").get_attribute("open") is not None
    )
    # The focus ring is visible on the focused control.
    _tab_to(page, "document.activeElement.classList.contains('course-warning-signs-checker-print')")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    assert_clean(page)


def test_print_button_opens_and_prints_only_the_list(open_page):
    page = open_page(PAGE)
    page.evaluate("""() => { window.__printed = [];
        window.print = () => window.__printed.push(
            document.documentElement.classList.contains('course-print-warning-signs')); }""")
    page.locator("details.course-warning-signs-checker-list summary").click()
    page.locator(".course-warning-signs-checker-print").click()
    assert page.evaluate("window.__printed") == [True]
    assert not page.evaluate(
        "document.documentElement.classList.contains('course-print-warning-signs')"
    )
    printable = page.locator(".course-warning-signs-checker-printable").inner_text()
    for sign in WARNING_SIGNS:
        assert sign.action.split(":")[0] in printable
    assert_clean(page)


def test_phone_width_fits_and_ticks_by_touch_target(open_page):
    page = open_page(PAGE, viewport=PHONE)
    checker = page.locator(CHECKER)
    checker.scroll_into_view_if_needed()
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box_ = checker.bounding_box()
    assert box_["x"] >= 0 and box_["x"] + box_["width"] <= width
    for item in checker.locator(".course-warning-signs-checker-item").all():
        rect = item.bounding_box()
        assert rect["x"] + rect["width"] <= width + 1
        assert rect["height"] >= 24  # room to tap
    # Tapping the words ticks the box (the label is tied to it).
    key = CAUDA_EQUINA[0]
    page.locator(f'label[for="course-warning-signs-checker-{key}"]').click()
    assert shown(page)[0] == LEVEL_INFO["emergency"].label
    assert_clean(page)
