"""The quality checks catch real faults: a copy of a page with faults put in fails each one.

A copy of the built site gets one extra page, made from the first page with a
course figure, with a fault for every check: an image without alt text, grey
text on grey, a block wider than a phone, a console error, a figure without
its name and caption, figure text too faint, a figure wider than a phone,
plotly controls taken out of the Tab order, a button too small for a finger,
"Back to top" shown over the text and figure titles so big they run into the
rest of the figure. Each check must report its fault.
"""

from __future__ import annotations

import re
import shutil

import pytest
from audit_contrast import contrast_problems
from audit_figures import figure_problems
from audit_keyboard import keyboard_problems
from audit_layout import overflow_problems, scroll_problems
from audit_touch import small_targets
from book_site import SiteServer, site_root, toc_docnames
from page_audit import audit, console_problems

FAULTS_HTML = """
<img src="no-such-image.png">
<p style="color:#8a8a8a;background:#999999">Grey text on grey.</p>
<div style="width:720px;height:4px;background:#000">&nbsp;</div>
<style>
  @media (max-width: 500px) { .course-plotly svg.main-svg { width: 700px !important; } }
</style>
<script>console.error("a deliberate error");</script>
<style>.course-plotly .xtick text, .course-plotly .ytick text { fill: #e8e8e8 !important; }</style>
<button type="button" style="width:10px;height:10px;padding:0;min-height:0">x</button>
<style>
  #pst-back-to-top { display: block !important; }
  .course-plotly .gtitle { font-size: 200px !important; }
</style>
<script>
  setInterval(() => document.querySelectorAll('.course-plotly [tabindex]')
    .forEach(el => el.setAttribute('tabindex', '-1')), 20);
</script>
"""


@pytest.fixture(scope="module")
def faulty(browser, tmp_path_factory):
    """A server for a copy of the site, and the docname of the page with the faults."""
    root = site_root()
    source = next(
        (
            name
            for name in toc_docnames()
            if (root / f"{name}.html").exists()
            and "course-plotly" in (root / f"{name}.html").read_text()
            and "updatemenu" in (root / f"{name}.html").read_text()
        ),
        None,
    )
    if source is None:
        pytest.fail("no built page has a course figure with plotly controls to break")
    copy = tmp_path_factory.mktemp("faulty") / "html"
    shutil.copytree(root, copy)
    page = (copy / f"{source}.html").read_text()
    page = re.sub(r'(<div class="course-plotly"[^>]*?) aria-label="[^"]*"', r"\1", page, count=1)
    page = re.sub(
        r"<figcaption[^>]*>.*?</figcaption>", "<figcaption></figcaption>", page, count=1, flags=re.S
    )
    page = page.replace("</article>", FAULTS_HTML + "</article>", 1)
    folder = source.rsplit("/", 1)[0] + "/" if "/" in source else ""
    faulty_name = folder + "quality-faults"  # beside the page, so its relative links work
    (copy / f"{faulty_name}.html").write_text(page)
    with SiteServer(copy) as running:
        yield running, faulty_name


def test_axe_finds_missing_alt_text_and_low_contrast(browser, faulty):
    server, name = faulty
    found = {v["id"] for v in audit(browser, server, name, "light").serious_axe}
    assert {"image-alt", "color-contrast"} <= found, found


def test_console_check_finds_the_error_and_the_missing_image(browser, server, faulty):
    problems = " ".join(console_problems(audit(browser, faulty[0], faulty[1], "light")))
    assert "a deliberate error" in problems and "no-such-image.png" in problems


def test_figure_check_finds_no_name_no_caption_and_no_alt(browser, faulty):
    problems = " ".join(figure_problems(audit(browser, faulty[0], faulty[1], "light")))
    assert "no alt text or aria-label" in problems
    assert "no caption" in problems
    assert "no-such-image.png: no alt attribute" in problems


def test_contrast_check_finds_faint_figure_text(browser, faulty):
    problems = contrast_problems(audit(browser, faulty[0], faulty[1], "light"))
    assert any("tick" in p for p in problems), problems


def test_keyboard_check_finds_controls_out_of_the_tab_order(browser, faulty):
    problems = " ".join(keyboard_problems(audit(browser, faulty[0], faulty[1], "light")))
    assert "Tab reaches 0 of" in problems, problems


def test_phone_checks_find_sideways_scrolling_and_a_figure_too_wide(browser, faulty):
    result = audit(browser, faulty[0], faulty[1], "phone")
    assert scroll_problems(result.layout), result.layout
    assert any("700px wide" in p for p in overflow_problems(result.layout["figures"], 390))


def test_resize_check_finds_a_figure_that_stays_too_wide(browser, faulty):
    figures = audit(browser, faulty[0], faulty[1], "light").resized_figures
    assert any("700px wide" in p for p in overflow_problems(figures, 390)), figures


def test_touch_checks_find_a_tiny_button_back_to_top_and_words_running_into_each_other(
    browser, faulty
):
    touch = audit(browser, faulty[0], faulty[1], "phone").touch
    assert any("'x': 10 x 10 px" in p for p in small_targets(touch.targets)), touch.targets
    assert touch.back_to_top_shown
    assert any("title" in p and "overlaps" in p for p in touch.overlaps), touch.overlaps
