"""In JupyterLab, a chapter runs top to bottom and its self-check quiz answers, with no page error.

Starts ``jupyter lab`` on 127.0.0.1 (port ``$LAB_TEST_PORT`` or a free one) on a
copy of one chapter, runs every cell through JupyterLab's own command
(``notebook:run-all-cells``, reachable because of ``expose_app_in_browser``)
and waits until each has run, then answers the first quiz question with the
mouse and checks its feedback.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from book_site import DESKTOP
from lab_server import KERNEL_IDLE_JS, jupyter_lab, open_notebook_and_run_all
from playwright.sync_api import Error as PlaywrightError

from widgets.model.quizzes import load_quiz

CHAPTER = "mileage-load-and-injury-risk"


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with jupyter_lab(tmp_path_factory.mktemp("lab"), [CHAPTER]) as url:
        yield url


def _answer(box, option) -> None:
    """Click ``option`` in the quiz ``box`` and wait for its feedback."""
    box.locator(".widget-radio-box label", has_text=option.text).click()
    box.locator(".widget-html", has_text=option.feedback).wait_for(timeout=15_000)


def _error_outputs(page) -> int:
    """How many outputs are an error or text written to stderr."""
    stderr = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
    errors = ".jp-RenderedText[data-mime-type*='error']"
    return page.locator(stderr).count() + page.locator(errors).count()


def test_a_quiz_answers_in_jupyterlab_with_no_page_error(browser, lab):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda error: page_errors.append(f"{error}\n{error.stack}"))
    try:
        open_notebook_and_run_all(page, lab, CHAPTER)
        # Answer once every cell has run: JupyterLab re-lays out the notebook while outputs arrive.
        page.wait_for_timeout(1000)
        question = load_quiz(CHAPTER).questions[0]
        prompt = page.locator(".widget-html", has_text=question.prompt).first
        box = page.locator(".widget-vbox", has=prompt).last
        box.scroll_into_view_if_needed()
        _answer(box, next(o for o in question.options if not o.correct))
        _answer(box, next(o for o in question.options if o.correct))
        assert question.citation in box.inner_text()
        page.wait_for_function(KERNEL_IDLE_JS, timeout=60_000)
        assert _error_outputs(page) == 0, "a cell wrote an error or to stderr"
        page.screenshot(
            path=str(Path(os.environ.get("LAB_SCREENSHOT_DIR", "/tmp")) / "jupyterlab-quiz.png")
        )
        assert page_errors == [], page_errors
    finally:
        # Shut the kernel down here, so stopping JupyterLab does not wait for it.
        with contextlib.suppress(PlaywrightError):
            page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")
        context.close()
