"""Accessibility of every page in the table of contents, in light and dark themes.

axe-core (from npm, see package.json) runs on each built page: no serious or
critical violation of WCAG 2.1 A/AA or axe's best practices. axe does not
check text drawn in SVG, so the figures' text contrast is measured too. Every
figure has a name, a caption and a text alternative, and plotly's own buttons,
dropdowns and sliders work from the keyboard.

Each page is loaded once per mode (``page_audit``); the tests read the results.
"""

from __future__ import annotations

import pytest
from audit_axe import axe_source, describe_axe
from audit_contrast import contrast_problems
from audit_figures import figure_problems
from audit_keyboard import keyboard_problems
from book_site import figures_with_controls, toc_docnames
from page_audit import audit

PAGES = toc_docnames()
THEMES = ["light", "dark"]


def _fail_on(problems: list[str], heading: str) -> None:
    assert problems == [], f"{heading}:\n  " + "\n  ".join(problems)


@pytest.fixture(scope="session", autouse=True)
def _axe_is_installed():
    axe_source()


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("docname", PAGES)
def test_no_serious_or_critical_axe_violations(browser, server, docname, theme):
    result = audit(browser, server, docname, theme)
    assert result.theme == theme, f"{docname}: expected the {theme} theme, got {result.theme!r}"
    assert result.serious_axe == [], (
        f"{docname} ({theme}): axe-core found serious or critical violations:\n"
        + describe_axe(result.serious_axe)
    )


@pytest.mark.parametrize("docname", PAGES)
def test_everything_on_the_page_is_inside_a_landmark(browser, server, docname):
    """axe's moderate ``region`` rule: a screen reader's landmark list reaches all content."""
    outside = [v for v in audit(browser, server, docname, "light").axe if v["id"] == "region"]
    assert outside == [], f"{docname}: content outside landmarks:\n" + describe_axe(outside)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("docname", PAGES)
def test_figure_text_meets_wcag_aa_contrast(browser, server, docname, theme):
    """Titles, axis labels, legends, annotations and control labels drawn by plotly."""
    result = audit(browser, server, docname, theme)
    if any(f["kind"] == "plotly" for f in result.figures):
        assert result.svg_text, f"{docname}: figures drew no text to check"
    _fail_on(contrast_problems(result), f"{docname} ({theme}): figure text below WCAG AA contrast")


@pytest.mark.parametrize("docname", PAGES)
def test_every_figure_has_a_name_a_caption_and_a_text_alternative(browser, server, docname):
    _fail_on(figure_problems(audit(browser, server, docname, "light")), docname)


@pytest.mark.parametrize("docname", PAGES)
def test_plotly_controls_work_from_the_keyboard(browser, server, docname):
    """Tab reaches every plotly button, dropdown and slider; keys operate them."""
    _fail_on(keyboard_problems(audit(browser, server, docname, "light")), docname)


@pytest.mark.parametrize("docname", PAGES)
def test_the_keyboard_check_reaches_every_figure_with_controls(browser, server, docname):
    """Guards the check above against passing because it found nothing to operate."""
    expected = figures_with_controls(docname)
    checked = {figure["figure"] for figure in audit(browser, server, docname, "light").keyboard}
    assert [name for name in expected if name not in checked] == [], f"{docname}: not checked"


def test_the_book_has_figures_with_controls():
    assert any(figures_with_controls(name) for name in PAGES), "no figure has plotly controls"
