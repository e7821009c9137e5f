"""Every chapter runs top to bottom in JupyterLab, in a fresh kernel, with no page error.

A page error once appeared while running all cells of a chapter in JupyterLab
("Cannot read properties of undefined (reading 'node')", one run in three). It
came from JupyterLab's cell toolbar measuring cells that its windowed
(virtual) notebook had not drawn; the course's settings now draw every cell
(``windowingMode: none``), which ``tests/test_lab_settings.py`` checks every
time, so each chapter runs once here. Slow (a few minutes), so ``make test``
leaves it out; ``.ci/run`` runs it with ``-m jupyterlab``.
"""

from __future__ import annotations

import pytest
from book_site import DESKTOP, REPO
from lab_server import jupyter_lab, open_notebook_and_run_all

pytestmark = pytest.mark.jupyterlab

CHAPTERS = sorted(p.stem for p in (REPO / "notebooks").glob("*.ipynb"))
RUNS = [(chapter, 0) for chapter in CHAPTERS]


@pytest.fixture(scope="module")
def lab(tmp_path_factory, request):
    if "jupyterlab" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("slow: runs every chapter in JupyterLab; run with -m jupyterlab")
    with jupyter_lab(tmp_path_factory.mktemp("lab"), CHAPTERS) as url:
        yield url


@pytest.mark.parametrize("chapter, run", RUNS)
def test_chapter_runs_in_jupyterlab_with_no_page_error(browser, lab, chapter, run):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"{error}\n{error.stack}"))
    try:
        open_notebook_and_run_all(page, lab, chapter)
        page.wait_for_timeout(1500)  # let widget views finish rendering
        failed = page.locator(".jp-OutputArea-output[data-mime-type*='error']").count()
        assert failed == 0, f"{chapter}: {failed} cells raised an error"
        assert errors == [], f"{chapter} (run {run + 1}): {errors}"
    finally:
        # Each run starts a fresh kernel, as a learner's "open and run all" does.
        page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")
        context.close()
