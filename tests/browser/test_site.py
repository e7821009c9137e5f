"""The built book, page by page, as a reader's browser sees it (served under /course/)."""

from __future__ import annotations

import datetime

import pytest

from book_site import DESKTOP, PHONE, assert_clean, toc_docnames, wait_for_figures

PAGES = toc_docnames()


@pytest.mark.parametrize("docname", PAGES)
def test_page_loads_clean_and_draws_its_figures(open_page, docname):
    page = open_page(docname)
    assert page.locator("article h1").first.is_visible()
    figures = wait_for_figures(page)
    for index in range(figures):
        figure = page.locator(".course-plotly").nth(index)
        assert figure.locator("svg.main-svg").count() > 0, f"figure {index} has no SVG"
        assert figure.get_attribute("aria-label"), f"figure {index} has no alt text"
    page.wait_for_timeout(300)  # let late scripts report errors
    assert_clean(page)


def test_root_redirects_into_the_book(open_page, server):
    page = open_page("index")
    page.wait_for_url("**/book/start-here.html")
    assert page.locator("article h1").first.inner_text().strip().startswith("Start here")


def test_start_here_has_an_interactive_figure(open_page):
    page = open_page("book/start-here")
    assert wait_for_figures(page) >= 1


def test_figures_are_served_locally_only_where_needed(open_page):
    with_figure = open_page("book/start-here")
    wait_for_figures(with_figure)  # plotly.js loads when the first figure is needed
    scripts = with_figure.eval_on_selector_all("script[src]", "s => s.map(x => x.src)")
    assert any("_static/plotly.min.js" in s for s in scripts)
    without = open_page("book/glossary")
    scripts = without.eval_on_selector_all("script[src]", "s => s.map(x => x.src)")
    assert not any("plotly" in s for s in scripts)


def _title_and_visible(page, figure_id):
    return page.evaluate(
        """id => {
            const d = document.getElementById(id);
            return {title: d.layout.title.text,
                    visible: d.data.map(t => t.visible),
                    x: JSON.stringify(d.data.map(t => t.x)),
                    y: JSON.stringify(d.data.map(t => t.y)),
                    annotations: JSON.stringify((d.layout.annotations || []).map(a => a.text))};
        }""",
        figure_id,
    )


# plotly draws one header group per menu (holding a button row's buttons) and one
# shared group for the options of whichever drop-down is open.
_MENU_HEADER_JS = """([id, m]) => [...document.getElementById(id)
    .querySelectorAll('.updatemenu-header-group')]
    .find(g => g.__data__ && g.__data__._index === m)"""


def _settle(page, figure_id):
    """Wait until the figure has finished redrawing for the reader's screen and theme."""
    page.wait_for_timeout(150)
    page.wait_for_function("id => !document.getElementById(id).dataset.restyling", arg=figure_id)


def _press_every_menu_option(page, figure, figure_id, docname):
    """Operate each option of each visible plotly menu.

    A row of buttons is clicked with the mouse. A drop-down is stepped through
    with the arrow keys, as a keyboard user would (its list can be longer than
    the figure, so some options are only reachable by scrolling the list).
    """
    pressed = 0
    menu_count = page.evaluate(
        "id => (document.getElementById(id).layout.updatemenus || []).length", figure_id)
    for m in range(menu_count):
        menu = page.evaluate(
            "([id, m]) => { const u = document.getElementById(id)._fullLayout.updatemenus[m];"
            " return {visible: u.visible, type: u.type, count: u.buttons.length}; }",
            [figure_id, m])
        if not menu["visible"]:
            continue
        # A drop-down visits every other option once with the arrow keys.
        presses = menu["count"] - 1 if menu["type"] == "dropdown" else menu["count"]
        for b in range(presses):
            before = _title_and_visible(page, figure_id)
            header = page.evaluate_handle(_MENU_HEADER_JS, [figure_id, m]).as_element()
            assert header is not None, f"{docname}: menu {m} is not drawn"
            if menu["type"] == "dropdown":
                header.focus()
                page.keyboard.press("ArrowDown")
            else:
                header.query_selector_all(".updatemenu-button")[b].click()
            _settle(page, figure_id)
            after = _title_and_visible(page, figure_id)
            active = page.evaluate(
                "([id, m]) => document.getElementById(id).layout.updatemenus[m].active",
                [figure_id, m])
            unchanged_is_fine = menu["type"] != "dropdown" and active == b and b == 0
            assert before != after or unchanged_is_fine, (
                f"{docname}: menu {m} option {b} changed nothing")
            pressed += 1
    return pressed


def _move_every_slider(page, figure, figure_id, docname):
    """Click the second step of each plotly slider's rail."""
    moved = 0
    for slider in range(figure.locator(".slider-container").count()):
        steps = page.evaluate(
            "([id, s]) => document.getElementById(id).layout.sliders[s].steps.length",
            [figure_id, slider])
        active = page.evaluate(
            "([id, s]) => document.getElementById(id).layout.sliders[s].active || 0",
            [figure_id, slider])
        target = 0 if active != 0 else 1
        before = _title_and_visible(page, figure_id)
        rail = figure.locator(".slider-container").nth(slider).locator(".slider-rail-rect")
        box = rail.bounding_box()
        page.mouse.click(box["x"] + box["width"] * target / max(steps - 1, 1),
                         box["y"] + box["height"] / 2)
        _settle(page, figure_id)
        after = _title_and_visible(page, figure_id)
        assert before != after, f"{docname}: slider {slider} changed nothing"
        moved += 1
    return moved


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_plotly_button_and_slider_changes_the_figure(open_page, viewport):
    """Press each precomputed menu option and move each slider: the figure must change."""
    operated = 0
    for docname in PAGES:
        page = open_page(docname, viewport=viewport)
        for index in range(wait_for_figures(page)):
            figure = page.locator(".course-plotly").nth(index)
            figure.scroll_into_view_if_needed()
            figure_id = figure.get_attribute("id")
            operated += _press_every_menu_option(page, figure, figure_id, docname)
            operated += _move_every_slider(page, figure, figure_id, docname)
        assert_clean(page)
    assert operated > 0, "no plotly control was found anywhere in the book"


def test_start_here_buttons_switch_the_view(open_page):
    page = open_page("book/start-here")
    wait_for_figures(page)
    figure = page.locator(".course-plotly").first
    figure_id = figure.get_attribute("id")
    first = _title_and_visible(page, figure_id)
    figure.locator(".updatemenu-button").nth(1).click()
    page.wait_for_timeout(200)
    second = _title_and_visible(page, figure_id)
    assert first["title"] != second["title"]
    assert first["visible"] != second["visible"]
    assert "disagree" in second["title"]
    labels = " ".join(page.locator(f"#{figure_id} .xtick text").all_text_contents())
    assert "new cases" in labels and "Everyone" not in labels


def test_footer_shows_the_current_year(open_page):
    page = open_page("book/about-the-evidence")
    footer = page.locator("footer.bd-footer-content").inner_text()
    assert str(datetime.date.today().year) in footer
