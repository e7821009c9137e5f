"""The built book, page by page, as a reader's browser sees it (served under /course/)."""

from __future__ import annotations

import datetime

import pytest
from audit_mouse import figure_view
from book_site import figures_with_controls, toc_docnames, wait_for_figures
from page_audit import DESKTOP_MOUSE, audit, console_problems

PAGES = toc_docnames()


@pytest.mark.parametrize("docname", PAGES)
def test_page_loads_clean_and_draws_its_figures(browser, server, docname):
    """Read from the page's one light-theme load, shared with the quality tests (page_audit)."""
    result = audit(browser, server, docname, "light")
    assert result.heading_visible, f"{docname}: no visible <h1>"
    for figure in result.layout["figures"]:
        assert figure["svg_width"] is not None, f"{docname}: {figure['id']} has no SVG"
    for figure in result.figures:
        if figure["kind"] == "plotly":
            assert figure["name"], f"{docname}: {figure['id']} has no alt text"
    assert console_problems(result) == [], f"{docname}: {console_problems(result)}"


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


@pytest.mark.parametrize("mode", ["phone", DESKTOP_MOUSE])
@pytest.mark.parametrize("docname", PAGES)
def test_every_plotly_button_and_slider_changes_the_figure(browser, server, docname, mode):
    """Press each precomputed menu option and move each slider: the figure must change.

    Done on the page's shared load (page_audit), after the measures that need the page
    as it first drew: on a phone, and (in CI only) on a desktop screen in the dark theme.
    """
    result = audit(browser, server, docname, mode)
    assert result.mouse_problems == [], f"{docname} ({mode}): {result.mouse_problems}"
    assert console_problems(result) == [], f"{docname} ({mode}): {console_problems(result)}"


@pytest.mark.parametrize("mode", ["phone", DESKTOP_MOUSE])
@pytest.mark.parametrize("docname", PAGES)
def test_the_mouse_check_presses_controls_where_there_are_some(browser, server, docname, mode):
    """Guards the test above against passing because no control was found."""
    if figures_with_controls(docname):
        assert audit(browser, server, docname, mode).mouse_operated > 0, f"{docname} ({mode})"


def test_start_here_buttons_switch_the_view(open_page):
    page = open_page("book/start-here")
    wait_for_figures(page)
    figure = page.locator(".course-plotly").first
    figure_id = figure.get_attribute("id")
    first = figure_view(page, figure_id)
    figure.locator(".updatemenu-button").nth(1).click()
    page.wait_for_timeout(200)
    second = figure_view(page, figure_id)
    assert first["title"] != second["title"]
    assert first["visible"] != second["visible"]
    assert "disagree" in second["title"]
    labels = " ".join(page.locator(f"#{figure_id} .xtick text").all_text_contents())
    assert "new cases" in labels and "Everyone" not in labels


def test_footer_shows_the_current_year(open_page):
    page = open_page("book/about-the-evidence")
    footer = page.locator("footer.bd-footer-content").inner_text()
    assert str(datetime.date.today().year) in footer
