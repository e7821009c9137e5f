"""The mileage-risk explorer in the built book: its slider and dropdown change the figure.

Every position shows the model's numbers: the expected sentences are computed
here from ``widgets.figures.risk`` and compared with what Chromium draws.
"""

from __future__ import annotations

import re

import pytest
from book_site import DESKTOP, PHONE, assert_clean, wait_for_figures

from widgets.model.risk_scenarios import BOOK_INCREASES, book_reading, book_result

PAGE = "notebooks/mileage-load-and-injury-risk"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _figure(page):
    assert wait_for_figures(page) == 1
    figure = page.locator(".course-plotly").first
    return figure, figure.get_attribute("id")


def _state(page, figure_id):
    return page.evaluate(
        """id => {
            const d = document.getElementById(id);
            const point = d.data.find(t => t.name === 'Your plan' && t.visible !== false);
            const shown = [...d.querySelectorAll('.annotation')]
                .filter(a => !a.textContent.startsWith('Relative rate'))
                .filter(a => getComputedStyle(a).display !== 'none' && a.getAttribute('visibility') !== 'hidden')
                .map(a => a.textContent);
            return {x: point.x[0], y: point.y[0], reading: shown.join(' '),
                    yTop: d.layout.yaxis.range[1],
                    title: d.querySelector('.gtitle').textContent,
                    caveat: [...d.querySelectorAll('.annotation')].map(a => a.textContent)
                        .filter(t => t.startsWith('Relative rate')).join(' ')};
        }""",
        figure_id,
    )


def _click_step(page, figure, index):
    rail_rect = figure.locator(".slider-container .slider-rail-rect").first
    rail_rect.scroll_into_view_if_needed()
    rail = rail_rect.bounding_box()
    steps = len(BOOK_INCREASES)
    page.mouse.click(
        rail["x"] + rail["width"] * (index + 0.5) / steps, rail["y"] + rail["height"] / 2
    )
    page.wait_for_timeout(250)


def _choose(page, figure, label):
    figure.locator(".updatemenu-header-group").click()
    page.wait_for_timeout(150)
    figure.locator(".updatemenu-item-text", has_text=re.compile(f"^{re.escape(label)}$")).click()
    page.wait_for_timeout(250)


def test_slider_and_dropdown_change_the_figure_and_its_reading(open_page):
    page = open_page(PAGE, viewport=DESKTOP)
    figure, figure_id = _figure(page)
    start = _state(page, figure_id)
    assert start["x"] == 50
    assert start["y"] == pytest.approx(book_result("Recreational runner", 50).estimate)
    assert _squash(book_reading("Recreational runner", 50)) == _squash(start["reading"])
    assert "longer run" in start["title"]
    assert "Not back pain" in start["caveat"] and "Not your personal chance" in start["caveat"]

    _click_step(page, figure, BOOK_INCREASES.index(200))
    moved = _state(page, figure_id)
    assert moved["x"] == 200
    assert moved["y"] == pytest.approx(2.28)
    assert "2.3times" in _squash(moved["reading"])
    assert _squash(book_reading("Recreational runner", 200)) == _squash(moved["reading"])

    _choose(page, figure, "Novice")
    novice = _state(page, figure_id)
    assert novice["x"] == 200  # the slider position is kept
    assert novice["y"] == pytest.approx(book_result("Novice", 200).estimate)
    assert _squash(book_reading("Novice", 200)) == _squash(novice["reading"])
    assert novice["yTop"] > moved["yTop"]

    _click_step(page, figure, BOOK_INCREASES.index(20))
    back = _state(page, figure_id)
    assert back["x"] == 20
    assert _squash(book_reading("Novice", 20)) == _squash(back["reading"])
    assert_clean(page)


def test_figure_fits_a_phone_and_keeps_its_text_inside(open_page):
    page = open_page(PAGE, viewport=PHONE)
    figure, _ = _figure(page)
    box = figure.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    for selector in (".gtitle", ".annotation-text", ".slider-labels", ".updatemenu-header"):
        for element in figure.locator(selector).all():
            inner = element.bounding_box()
            if inner is None:  # hidden
                continue
            assert inner["x"] >= box["x"] - 1, f"{selector} is cut off on the left"
            assert inner["x"] + inner["width"] <= box["x"] + box["width"] + 1, (
                f"{selector} runs off the right edge on a phone"
            )
            assert inner["y"] >= box["y"] - 1, f"{selector} is cut off at the top"
    details = page.locator("figure.course-figure details.course-text-alternative")
    details.locator("summary").click()
    assert details.locator("table tr").count() == 1 + 4 * len(BOOK_INCREASES)
    assert_clean(page)
