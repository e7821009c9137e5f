"""The pain monitor's map and the example plans in the built book: controls change the figures."""

from __future__ import annotations

import pytest
from book_site import DESKTOP, PHONE, assert_clean, wait_for_figures

from widgets.figures.pain_monitor import BOOK_USUAL_PAINS, pain_map_figure
from widgets.figures.walk_run_plan import EXAMPLE_PLANS, example_plan

PAGE = "notebooks/running-with-back-pain"
MAP = '.course-plotly[data-interactive="pain-monitor"]'
PLANS = '.course-plotly[data-interactive="return-to-running-plans"]'


def green_cells(page) -> int:
    return page.eval_on_selector(MAP, "d => d.data[0].x.length")


def expected_cells(usual: int) -> list[int]:
    return [len(t.x) for t in pain_map_figure(usual).data[:3]]


def _click_step(page, index: int) -> None:
    rail = page.locator(f"{MAP} .slider-container .slider-rail-rect").first
    rail.scroll_into_view_if_needed()
    box = rail.bounding_box()
    page.mouse.click(
        box["x"] + box["width"] * (index + 0.5) / len(BOOK_USUAL_PAINS),
        box["y"] + box["height"] / 2,
    )
    page.wait_for_timeout(300)


def test_the_slider_moves_the_morning_limit_and_recolours_the_map(open_page):
    page = open_page(PAGE, viewport=DESKTOP)
    wait_for_figures(page)
    counts = lambda: page.eval_on_selector(MAP, "d => d.data.slice(0, 3).map(t => t.x.length)")
    assert counts() == expected_cells(0)
    for index in (3, 5, 1):
        _click_step(page, index)
        usual = BOOK_USUAL_PAINS[index]
        assert counts() == expected_cells(usual)
        limit = page.eval_on_selector(MAP, "d => d.data[4].y[0]")
        assert limit == pytest.approx(usual + 0.5)
    hover = page.eval_on_selector(MAP, "d => d.data[1].hovertext[0]")
    assert "Amber" in hover and "usual 1/10" in hover
    assert_clean(page)


def test_plan_buttons_show_each_example(open_page):
    page = open_page(PAGE, viewport=DESKTOP)
    wait_for_figures(page)
    plans = page.locator(PLANS)
    for name in EXAMPLE_PLANS:
        plans.locator("g.updatemenu-button", has_text=name).click()
        page.wait_for_timeout(300)
        running = page.eval_on_selector(
            PLANS,
            """(d, name) => {
            const i = d.data.findIndex(t => t.visible !== false && t.type === 'bar');
            return Array.from(d.data[i].y); }""",
            name,
        )
        assert running == [w.step.running_minutes for w in example_plan(name).weeks], name
    title = plans.locator(".gtitle").text_content()
    assert "red week" in title
    assert_clean(page)


def test_both_figures_fit_a_phone(open_page):
    page = open_page(PAGE, viewport=PHONE)
    assert wait_for_figures(page) == 2
    for selector in (MAP, PLANS):
        figure = page.locator(selector)
        box = figure.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        for text in figure.locator(
            ".gtitle, .legendtext, .slider-labels, .updatemenu-header"
        ).all():
            inner = text.bounding_box()
            if inner is None:
                continue
            assert inner["x"] + inner["width"] <= box["x"] + box["width"] + 1, selector
    assert_clean(page)
