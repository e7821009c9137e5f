"""Checks too slow for ``make test``'s four minutes: only ``.ci/run`` runs them.

Each still runs on every push and pull request (``.ci/run`` runs
``pytest -m ci_only`` on the book ``make test`` built). Run them locally, after
``make test`` or ``make book``, with::

    .venv/bin/python -m pytest -m ci_only -n 2

``tests/conftest.py`` marks them; the README's test section names them.
"""

from __future__ import annotations

# Test id prefix -> why it is too slow for make test.
CI_ONLY = {
    "tests/browser/test_pdf.py": "prints every chapter to PDF in both editions",
    "tests/browser/test_jupyterlab_quiz.py": "starts JupyterLab and runs a chapter in it",
    "tests/browser/test_lazy_figures.py::test_figures_below_the_fold_draw_only_when_scrolled_to": (
        "opens every page with a figure"
    ),
    "tests/browser/test_lazy_figures.py::test_plotly_js_loads_only_when_a_figure_is_needed": (
        "opens every page with a figure"
    ),
    "tests/browser/test_lazy_figures.py::test_keyboard_focus_draws_a_figure_and_lands_on_its_first_control": (
        "opens every page with a figure"
    ),
    "tests/browser/test_lazy_figures.py::test_printing_draws_every_figure": (
        "prints the figure pages three ways"
    ),
}


def ci_only(nodeid: str) -> bool:
    """Whether the test with this id runs only in CI."""
    return any(nodeid == key or nodeid.startswith((key + "::", key + "[")) for key in CI_ONLY)
