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
    "tests/browser/test_lazy_figures.py::test_a_figure_s_data_is_requested_only_when_the_figure_is_needed": (
        "opens every page with a big figure and follows its requests"
    ),
    "tests/browser/test_lazy_figures.py::test_the_book_opened_from_disk_draws_its_big_figures": (
        "opens every page with a big figure from disk"
    ),
    "tests/browser/test_lazy_figures.py::test_an_in_page_link_draws_the_figure_it_targets": (
        "opens a figure page twice with scrolling switched off"
    ),
    "tests/browser/test_lazy_figures.py::test_a_figure_with_frames_draws_plays_and_keeps_its_frames_on_a_new_width": (
        "plays a figure's frames and resizes the window"
    ),
    # Whole interaction walks: each opens its pages afresh and drives them step by step. The
    # page gates every page must pass (axe, console, phone layout, keyboard, figures, links,
    # reading level, skeleton) stay in make test.
    "tests/browser/test_exercise_demos.py": "plays, scrubs and switches every exercise demo and plan",
    "tests/browser/test_warning_signs_checker_page.py": (
        "ticks every warning-sign question alone and in combinations"
    ),
    "tests/browser/test_screen_reader_walk.py": "walks every page's controls by the accessibility tree",
    "tests/browser/test_instructor_kit.py": "opens the instructor kit's pages and downloads",
    "tests/browser/test_phone_journey.py": "follows a runner's journey through several pages on a phone",
    "tests/browser/test_myth_check.py": "answers every myth on a desktop and a phone",
    "tests/browser/test_figure_presses.py": (
        "presses, holds and drags figure controls on a phone and times the answer"
    ),
}


# Test function -> the parameter (ending the id's brackets) that runs only in CI, and why.
CI_ONLY_CASES = {
    "tests/browser/test_site.py::test_every_plotly_button_and_slider_changes_the_figure": (
        "desktop-mouse",
        "a desktop page load per page; the keyboard check operates the same controls there",
    ),
    "tests/browser/test_site.py::test_the_mouse_check_presses_controls_where_there_are_some": (
        "desktop-mouse",
        "guards the desktop mouse check above",
    ),
}


def ci_only(nodeid: str) -> bool:
    """Whether the test with this id runs only in CI."""
    if any(nodeid == key or nodeid.startswith((key + "::", key + "[")) for key in CI_ONLY):
        return True
    function, _, params = nodeid.partition("[")
    case = CI_ONLY_CASES.get(function)
    return case is not None and params.endswith(f"-{case[0]}]")
