"""The built book, page by page, as a reader's browser sees it (served under /course/)."""

from __future__ import annotations

import datetime

import pytest

from book_site import assert_clean, toc_docnames, wait_for_figures

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
                    x: JSON.stringify(d.data.map(t => t.x))};
        }""",
        figure_id,
    )


def test_every_plotly_button_and_slider_changes_the_figure(open_page):
    """Press each precomputed button and slider step: the figure must change."""
    checked = 0
    for docname in PAGES:
        page = open_page(docname)
        for index in range(wait_for_figures(page)):
            figure = page.locator(".course-plotly").nth(index)
            figure_id = figure.get_attribute("id")
            buttons = figure.locator(".updatemenu-button")
            for b in range(buttons.count()):
                before = _title_and_visible(page, figure_id)
                buttons.nth(b).click()
                page.wait_for_timeout(150)
                after = _title_and_visible(page, figure_id)
                active = b == 0 and before == after
                assert before != after or active, f"{docname}: button {b} changed nothing"
                checked += 1
            for slider in range(figure.locator(".slider-container").count()):
                steps = page.evaluate(
                    "([id, s]) => document.getElementById(id).layout.sliders[s].steps.length",
                    [figure_id, slider])
                before = _title_and_visible(page, figure_id)
                rail = figure.locator(".slider-container").nth(slider).locator(".slider-rail-rect")
                box = rail.bounding_box()
                target = 1 if steps > 1 else 0
                page.mouse.click(box["x"] + box["width"] * (target + 0.5) / steps if steps else 0,
                                 box["y"] + box["height"] / 2)
                page.wait_for_timeout(300)
                after = _title_and_visible(page, figure_id)
                assert before != after, f"{docname}: slider {slider} changed nothing"
                checked += 1
        assert_clean(page)
    assert checked > 0, "no plotly control was found anywhere in the book"


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
