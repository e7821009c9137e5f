"""The body map in the built book: buttons and hover work without a kernel."""

from __future__ import annotations

import re

from book_site import PHONE, assert_clean, wait_for_figures

PAGE = "notebooks/upper-vs-lower-back-pain"
MAP = '.course-plotly[id*="upper-vs-lower-back-pain"]'


def panel_text(page) -> str:
    return page.eval_on_selector(MAP, "d => d.layout.annotations[0].text")


def fill_opacities(page) -> list[float]:
    return page.eval_on_selector(
        MAP, "d => d.data.slice(0, 4).map(t => parseFloat(t.fillcolor.split(',')[3]))"
    )


def test_region_buttons_change_the_highlight_and_the_panel(open_page):
    page = open_page(PAGE)
    wait_for_figures(page)
    body_map = page.locator(MAP)
    assert "Lower back" in panel_text(page)
    assert fill_opacities(page).index(max(fill_opacities(page))) == 2
    body_map.locator("g.updatemenu-button", has_text="Upper back").click()
    page.wait_for_timeout(300)
    assert panel_text(page).startswith("<b>Upper and mid back")
    assert fill_opacities(page).index(max(fill_opacities(page))) == 1
    panel = re.sub(r"\s+", " ", panel_text(page).replace("<br>", " "))
    assert "chest pain" in panel and "ambulance" in panel and "999" in panel
    assert "between the shoulder blades" in panel
    body_map.locator("g.updatemenu-button", has_text="Pelvis").click()
    page.wait_for_timeout(300)
    assert "Sacroiliac" in panel_text(page)
    assert_clean(page)


def _screen_point(page, x: float, y: float) -> list[float]:
    """Where the map's data point (x, y) is on screen, from plotly's own axes."""
    return page.eval_on_selector(
        MAP,
        """(d, [x, y]) => {
        const box = d.getBoundingClientRect(), L = d._fullLayout;
        return [box.left + L.xaxis._offset + L.xaxis.l2p(x),
                box.top + L.yaxis._offset + L.yaxis.l2p(y)];
    }""",
        [x, y],
    )


def test_hovering_a_region_shows_its_summary(open_page):
    page = open_page(PAGE)
    wait_for_figures(page)
    page.eval_on_selector(MAP, "d => d.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)
    # A point inside the neck, then one inside the upper back.
    page.mouse.move(*_screen_point(page, 0, 16.0))
    hover = page.locator(f"{MAP} g.hovertext")
    hover.first.wait_for(timeout=3000)
    assert "Neck" in hover.first.text_content()
    page.mouse.move(*_screen_point(page, 1.2, 13.0))
    page.wait_for_timeout(300)
    assert "Upper and mid back" in hover.first.text_content()
    assert_clean(page)


def test_region_can_be_chosen_on_a_phone(open_page):
    page = open_page(PAGE, viewport=PHONE)
    wait_for_figures(page)
    body_map = page.locator(MAP)
    body_map.locator("g.updatemenu-header-group").first.click()
    page.wait_for_timeout(500)
    body_map.locator("g.updatemenu-dropdown-button", has_text="Neck").click()
    page.wait_for_timeout(300)
    assert panel_text(page).startswith("<b>Neck")
    width = page.eval_on_selector(MAP, "d => d.getBoundingClientRect().width")
    assert width <= PHONE["width"]
    assert_clean(page)
