"""In JupyterLab, a chapter runs top to bottom and its self-check quiz answers, with no page error.

Starts ``jupyter lab`` on 127.0.0.1 (port ``$LAB_TEST_PORT`` or a free one) on a
copy of one chapter, runs every cell through JupyterLab's own command
(``notebook:run-all-cells``, reachable because of ``expose_app_in_browser``),
then answers the first quiz question with the mouse and checks its feedback.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from book_site import DESKTOP
from lab_server import jupyter_lab

from widgets.model.quizzes import load_quiz

CHAPTER = "mileage-load-and-injury-risk"


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with jupyter_lab(tmp_path_factory.mktemp("lab"), [CHAPTER]) as url:
        yield url


def test_a_quiz_answers_in_jupyterlab_with_no_page_error(browser, lab):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda error: page_errors.append(f"{error}\n{error.stack}"))
    try:
        page.goto(f"{lab}/lab/tree/{CHAPTER}.ipynb", wait_until="load")
        page.wait_for_function(
            "() => window.jupyterapp && window.jupyterapp.shell"
            " && window.jupyterapp.shell.currentWidget"
            " && window.jupyterapp.shell.currentWidget.sessionContext"
            " && window.jupyterapp.shell.currentWidget.sessionContext.session"
            " && window.jupyterapp.shell.currentWidget.sessionContext.session.kernel",
            timeout=60_000,
        )
        page.wait_for_function(
            "() => window.jupyterapp.shell.currentWidget.sessionContext"
            ".session.kernel.status === 'idle'",
            timeout=60_000,
        )
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        question = load_quiz(CHAPTER).questions[0]
        wrong = next(o for o in question.options if not o.correct)
        right = next(o for o in question.options if o.correct)
        prompt = page.locator(".widget-html", has_text=question.prompt).first
        prompt.wait_for(timeout=120_000)
        # Answer once every cell has run: JupyterLab re-lays out the notebook while outputs arrive.
        page.wait_for_function(
            "() => { const nb = window.jupyterapp.shell.currentWidget;"
            " return nb.sessionContext.session.kernel.status === 'idle'"
            " && !document.querySelector('.jp-InputPrompt')"
            "       .closest('.jp-Notebook').innerText.includes('[*]'); }",
            timeout=120_000,
        )
        page.wait_for_timeout(1000)
        box = page.locator(".widget-vbox", has=prompt).last
        box.scroll_into_view_if_needed()
        box.locator(".widget-radio-box label", has_text=wrong.text).click()
        box.locator(".widget-html", has_text=wrong.feedback).wait_for(timeout=15_000)
        box.locator(".widget-radio-box label", has_text=right.text).click()
        box.locator(".widget-html", has_text=right.feedback).wait_for(timeout=15_000)
        assert question.citation in box.inner_text()
        # Every cell ran without an error output.
        page.wait_for_function(
            "() => window.jupyterapp.shell.currentWidget.sessionContext"
            ".session.kernel.status === 'idle'",
            timeout=60_000,
        )
        assert (
            page.locator(
                ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
            ).count()
            == 0
        )
        assert page.locator(".jp-RenderedText[data-mime-type*='error']").count() == 0
        page.screenshot(
            path=str(Path(os.environ.get("LAB_SCREENSHOT_DIR", "/tmp")) / "jupyterlab-quiz.png")
        )
        assert page_errors == [], page_errors
    finally:
        context.close()
