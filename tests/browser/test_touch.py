"""Every page on a 390 px touch phone: tap sizes, nothing covering text, tables, detail boxes.

Read from the page audit's one phone load per page (``page_audit``, measures in
``audit_touch``); the desktop check of plotly's toolbar reads the light load.
"""

from __future__ import annotations

import pytest
from audit_touch import OWN_MIN_PX, WCAG_MIN_PX, small_targets, table_problems
from book_site import PHONE, assert_clean, toc_docnames, wait_for_figure
from page_audit import audit
from page_events import open_recorded

PAGES = toc_docnames()


@pytest.mark.parametrize("docname", PAGES)
def test_every_control_is_big_enough_for_a_finger(browser, server, docname):
    touch = audit(browser, server, docname, "phone").touch
    assert touch.targets, f"{docname}: no controls measured"
    problems = small_targets(touch.targets)
    assert problems == [], (
        f"{docname}: under {WCAG_MIN_PX} px, or course controls under {OWN_MIN_PX} px:\n  "
        + "\n  ".join(problems)
    )


@pytest.mark.parametrize("docname", PAGES)
def test_nothing_floats_over_the_text_on_a_phone(browser, server, docname):
    touch = audit(browser, server, docname, "phone").touch
    assert touch.modebars == 0, f"{docname}: plotly's toolbar is on the screen"
    assert touch.back_to_top == 0, f"{docname}: 'Back to top' floats over the text"
    assert touch.code_bars == 0, f"{docname}: a 'Show code cell' bar"
    assert touch.tooltips == 0, f"{docname}: a tooltip is open"


@pytest.mark.parametrize("docname", PAGES)
def test_legends_titles_notes_and_choosers_never_overlap_on_a_phone(browser, server, docname):
    overlaps = audit(browser, server, docname, "phone").touch.overlaps
    assert overlaps == [], f"{docname}:\n  " + "\n  ".join(overlaps)


@pytest.mark.parametrize("docname", PAGES)
def test_the_menu_opens_the_chapter_list_on_every_page(browser, server, docname):
    links = audit(browser, server, docname, "phone").touch.menu_links
    chapters = [name.split("/")[-1] for name in PAGES if name.startswith("notebooks/")]
    for chapter in chapters:
        assert any(
            (href or "").split("#")[0].endswith(f"{chapter}.html") for href in links
        ) or docname.endswith(chapter), f"{docname}: the menu has no link to {chapter}"


@pytest.mark.parametrize("docname", PAGES)
def test_back_to_top_stays_hidden_when_a_reader_scrolls_up(browser, server, docname):
    touch = audit(browser, server, docname, "phone").touch
    assert not touch.back_to_top_shown, f"{docname}: 'Back to top' floats over the text"
    if docname.startswith("notebooks/"):  # long pages: the theme did try to show it
        assert touch.back_to_top_tried, f"{docname}: the scroll did not reach the theme"


@pytest.mark.parametrize("docname", PAGES)
def test_tap_for_details_boxes_stay_inside_their_figure(browser, server, docname):
    result = audit(browser, server, docname, "phone")
    touch = result.touch
    assert touch.hover_problems == [], f"{docname}:\n  " + "\n  ".join(touch.hover_problems)
    if result.layout["figures"]:  # the check opened boxes, so it can fail
        assert touch.hover_tried > 0, f"{docname}: no tap-for-details box opened"


@pytest.mark.parametrize("docname", PAGES)
def test_wide_tables_stack_or_show_that_they_scroll(browser, server, docname):
    tables = audit(browser, server, docname, "phone").touch.tables
    problems = table_problems(tables)
    assert problems == [], f"{docname}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("docname", PAGES)
def test_plotly_s_toolbar_never_covers_a_title_on_a_desktop(browser, server, docname):
    covered = audit(browser, server, docname, "light").toolbar_over_title
    assert covered == [], f"{docname}: " + "; ".join(covered)


@pytest.mark.parametrize(
    "docname", ["notebooks/exercises-for-runners-backs", "notebooks/mileage-load-and-injury-risk"]
)
def test_a_finger_drags_a_slider_from_its_handle(browser, server, docname):
    """Touch down on the handle, slide along the rail, lift: the slider moves with the finger."""
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        page = open_recorded(context, server.url(docname))
        wait_for_figure(page, 0)
        figure = page.locator(".course-plotly").first
        start = page.evaluate(
            "id => document.getElementById(id).layout.sliders[0].active || 0",
            figure.get_attribute("id"),
        )
        grip = figure.locator(".slider-grip-rect").first.bounding_box()
        rail = figure.locator(".slider-rail-rect").first.bounding_box()
        x, y = grip["x"] + grip["width"] / 2, grip["y"] + grip["height"] / 2
        target = rail["x"] + rail["width"] * 0.8
        cdp = context.new_cdp_session(page)
        touch = lambda kind, px: cdp.send(
            "Input.dispatchTouchEvent",
            {"type": kind, "touchPoints": [{"x": px, "y": y}] if kind != "touchEnd" else []},
        )
        touch("touchStart", x)
        for step in range(1, 6):
            touch("touchMove", x + (target - x) * step / 5)
        touch("touchEnd", target)
        page.wait_for_function(
            "([id, start]) => (document.getElementById(id).layout.sliders[0].active || 0) > start",
            arg=[figure.get_attribute("id"), start],
            timeout=5000,
        )
        # The handle's target is a finger's height (touch.js), not plotly's 20 px grip.
        area = figure.locator(".slider-group > .slider-rail-touch-rect").first.bounding_box()
        assert area["height"] >= OWN_MIN_PX - 0.5
        assert_clean(page)
    finally:
        context.close()
