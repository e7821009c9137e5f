"""The training-log timeline in the built book: its points, its buttons and its hover labels.

The expected numbers are computed here from the shipped sample log with the
same analysis, and compared with what Chromium draws.
"""

from __future__ import annotations

import pytest
from book_site import DESKTOP, PHONE, assert_clean, wait_for_figures

from widgets.explorers.training_log import sample_analysis
from widgets.figures.training_log import timeline_title, weekly_title
from widgets.model.risk_factors import SPIKE_BANDS

PAGE = "notebooks/check-your-own-training"


def _figure(page):
    assert wait_for_figures(page) == 1
    figure = page.locator(".course-plotly").first
    return figure, figure.get_attribute("id")


def _state(page, figure_id):
    return page.evaluate(
        """id => {
            const d = document.getElementById(id);
            const shown = d.data.filter(t => t.visible !== false);
            return {title: d.querySelector('.gtitle').textContent,
                    traces: shown.map(t => ({name: t.name, type: t.type, n: (t.x || []).length})),
                    bars: d.querySelectorAll('.barlayer .point').length};
        }""",
        figure_id,
    )


def test_timeline_shows_each_group_and_the_buttons_switch_views(open_page):
    _, analysis = sample_analysis()
    page = open_page(PAGE, viewport=DESKTOP)
    figure, figure_id = _figure(page)
    start = _state(page, figure_id)
    assert start["title"].replace(" ", "") == timeline_title(analysis).replace(" ", "")
    points = {
        t["name"]: t["n"]
        for t in start["traces"]
        if t["name"] not in ("Longest run of the 30 days before", "10 % above it")
    }
    assert list(points.values()) == analysis.band_counts + [analysis.not_compared]
    assert all(t["type"] == "scatter" for t in start["traces"])

    figure.locator(".updatemenu-button", has_text="Weekly totals").click()
    page.wait_for_timeout(300)
    weeks = _state(page, figure_id)
    assert weeks["title"].replace(" ", "") == weekly_title(analysis).replace(" ", "")
    assert weeks["bars"] == len(analysis.weeks)

    figure.locator(".updatemenu-button", has_text="Each run").click()
    page.wait_for_timeout(300)
    assert _state(page, figure_id)["title"] == start["title"]
    assert_clean(page)


def test_hovering_the_biggest_jump_names_its_group_and_rate(open_page):
    _, analysis = sample_analysis()
    biggest = analysis.spikes(limit=1)[0]
    page = open_page(PAGE, viewport=DESKTOP)
    figure, figure_id = _figure(page)
    trace_index = page.evaluate(
        "([id, name]) => document.getElementById(id).data.findIndex(t => t.name === name)",
        [figure_id, "More than twice as long"],
    )
    point = figure.locator(".scatterlayer .trace").nth(trace_index).locator(".point").first
    point.scroll_into_view_if_needed()
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(300)
    label = page.evaluate(
        "id => document.getElementById(id).querySelector('.hoverlayer').textContent", figure_id
    )
    assert biggest.band is SPIKE_BANDS[3]
    assert "more than twice as long" in label
    assert f"{biggest.band.estimate.value:.2f} times" in label
    assert f"{biggest.activity.distance_km:.1f} km" in label
    assert_clean(page)


def test_timeline_fits_a_phone(open_page):
    page = open_page(PAGE, viewport=PHONE)
    figure, _ = _figure(page)
    box = figure.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    for selector in (".gtitle", ".legend", ".updatemenu-header", ".updatemenu-button"):
        for element in figure.locator(selector).all():
            inner = element.bounding_box()
            if inner is None:
                continue
            assert inner["x"] >= box["x"] - 1, f"{selector} is cut off on the left"
            assert inner["x"] + inner["width"] <= box["x"] + box["width"] + 1, (
                f"{selector} runs off the right edge on a phone"
            )
    details = page.locator("figure.course-figure details.course-text-alternative")
    details.locator("summary").click()
    assert details.locator("table").count() == 2
    assert_clean(page)


@pytest.mark.parametrize("width", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_summary_and_privacy_note_are_on_the_page(open_page, width):
    page = open_page(PAGE, viewport=width)
    text = page.locator("main").inner_text()
    assert "never stored, shown or written out" in text
    assert "not your own chance and not back pain" in text
    assert_clean(page)
