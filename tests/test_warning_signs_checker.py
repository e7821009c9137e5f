"""The warning-signs checker's two renderings: static HTML for the book, ipywidgets live."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import nbformat
import pytest
from helpers.tiny_book import build

from widgets import warning_signs_checker
from widgets.figures.warning_signs_checker import (
    CHECKER_MARKER,
    checker_data,
    checker_html,
    result_html,
)
from widgets.live.warning_signs import warning_signs_checker_live_view
from widgets.model.warning_signs import LEVEL_INFO, LEVELS, WARNING_SIGNS
from widgets.model.warning_signs_checker import (
    NEXT_STEPS,
    NEXT_STEPS_LINE,
    NOTHING_TICKED,
    QUESTIONS,
    assess,
    line_for,
)
from widgets.render_mode import STATIC_BOOK_ENV

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def page():
    return checker_html()


def test_one_labelled_checkbox_per_question_in_a_fieldset(page):
    boxes = re.findall(r'<input type="checkbox" id="([^"]+)" name="([^"]+)"', page)
    assert [name for _, name in boxes] == [q.key for q in QUESTIONS]
    for box_id, name in boxes:
        question = next(q for q in QUESTIONS if q.key == name)
        assert f'<label for="{box_id}">{html.escape(question.text)}</label>' in page
    assert page.count("<fieldset>") == 1 and "<legend>" in page


def test_result_region_is_live_and_starts_with_nothing_ticked(page):
    region = re.search(r'<div class="course-warning-signs-checker-result"[^>]*>', page).group(0)
    assert 'role="status"' in region and 'aria-live="polite"' in region
    assert html.escape(NOTHING_TICKED) in page
    assert "you are fine" not in page.lower()


def test_in_jupyterlab_the_next_step_links_open_a_new_tab():
    # A link followed in the notebook's own tab would lose the running notebook.
    lab = result_html(assess({}), target="lab")
    hrefs = re.findall(r'<a href="([^"]+)" target="_blank"', lab)
    assert hrefs == [step.href("lab") for step in NEXT_STEPS]
    assert all(href.endswith(".ipynb") for href in hrefs)
    assert "target=" not in result_html(assess({}))  # the book's links stay in the tab


def test_embedded_data_is_the_data_file(page):
    payload = page.split('class="course-warning-signs-checker-data">')[1].split("</script>")[0]
    data = json.loads(payload)
    assert data == checker_data()
    assert data["levels"] == list(LEVELS)
    for sign in WARNING_SIGNS:
        assert data["signs"][sign.key] == {"level": sign.level, "line": line_for(sign.key)}
        assert sign.action in data["signs"][sign.key]["line"]


def test_printable_list_has_every_sign_under_its_level_heading(page):
    printable = page.split('class="course-warning-signs-checker-printable">')[1].split("</div>")[0]
    for level in LEVELS:
        assert html.escape(LEVEL_INFO[level].heading) in printable
    for sign in WARNING_SIGNS:
        assert html.escape(line_for(sign.key)) in printable


def test_nothing_ticked_links_to_self_care_and_to_running(page):
    result = result_html(assess({}))
    assert result in page  # the page starts with it; the script puts it back when unticked
    hrefs = re.findall(r'<a href="([^"]+)">', result)
    assert hrefs == [step.href("book") for step in NEXT_STEPS]
    assert hrefs[0] == "self-care-and-when-to-see-a-doctor.html#self-care-what-helps"
    assert hrefs[1] == "running-with-back-pain.html"
    text = re.sub(r"<[^>]+>", "", html.unescape(result))
    assert text == NOTHING_TICKED + NEXT_STEPS_LINE
    # In JupyterLab the same sentence links to the notebooks.
    lab = result_html(assess({}), target="lab")
    assert re.findall(r'<a href="([^"]+)"', lab) == [
        "self-care-and-when-to-see-a-doctor.ipynb",
        "running-with-back-pain.ipynb",
    ]
    # The section the self-care link names is labelled in the chapter.
    chapter = (REPO / "notebooks" / "self-care-and-when-to-see-a-doctor.ipynb").read_text()
    assert "(self-care-what-helps)=" in chapter


def test_result_html_lists_every_reason(page):
    first, last = WARNING_SIGNS[0], WARNING_SIGNS[-1]
    result = assess({first.key: True, last.key: True})
    text = html.unescape(result_html(result))
    assert LEVEL_INFO[first.level].label in text
    assert text.count("<li>") == 2


def test_book_gets_html_and_jupyterlab_gets_a_widget(monkeypatch):
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    bundle = warning_signs_checker()._repr_mimebundle_()
    assert CHECKER_MARKER in bundle["text/html"]
    monkeypatch.delenv(STATIC_BOOK_ENV)
    assert "application/vnd.jupyter.widget-view+json" in warning_signs_checker()._repr_mimebundle_()


def test_live_checkboxes_update_the_result():
    view = warning_signs_checker_live_view()
    assert len(view.boxes) == len(QUESTIONS)
    assert view.assessment.level == "self_care" and NOTHING_TICKED in html.unescape(
        view.result.value
    )
    assert 'href="running-with-back-pain.ipynb"' in view.result.value
    least = next(s for s in reversed(WARNING_SIGNS) if s.level == LEVELS[-1])
    most = next(s for s in WARNING_SIGNS if s.group == "cauda_equina")
    view.boxes[least.key].value = True
    assert view.assessment.level == LEVELS[-1]
    view.boxes[most.key].value = True
    assert view.assessment.level == "emergency"
    assert LEVEL_INFO["emergency"].label in html.unescape(view.result.value)
    view.boxes[most.key].value = False
    assert view.assessment.level == LEVELS[-1]


def test_checker_script_is_served_only_on_pages_with_a_checker(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    cell = nbformat.v4.new_code_cell("warning_signs_checker()")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data", data={"text/html": checker_html(), "text/plain": NOTHING_TICKED}
        )
    ]
    notebook.cells = [nbformat.v4.new_markdown_cell("# Checker"), cell]
    html_dir, warnings = build(tmp_path, {"checker": notebook, "text": "# Words\n\nNone.\n"})
    assert (html_dir / "_static" / "course-warning-signs.js").exists()
    assert re.search(
        r"_static/course-warning-signs\.js\?v=[0-9a-f]+", (html_dir / "checker.html").read_text()
    )
    assert "course-warning-signs.js" not in (html_dir / "text.html").read_text()
    assert CHECKER_MARKER in (html_dir / "checker.html").read_text()
