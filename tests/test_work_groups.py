"""Tests that share work run in one process: a notebook, a page's audits, a module's fixture."""

from __future__ import annotations

from pathlib import Path

from helpers.ci_only import CI_ONLY, CI_ONLY_CASES, ci_only
from helpers.work_groups import book_modules, module_groups, step_modules, work_group

TESTS = Path(__file__).parent
DOCNAMES = ["book/references", "notebooks/running-with-back-pain", "notebooks/running"]


def test_modules_with_a_module_fixture_stay_whole_and_audit_readers_group_by_page():
    whole, audits = module_groups(TESTS)
    assert {"tests/browser/test_pdf.py", "tests/test_bookext.py"} <= whole
    assert {"tests/browser/test_console.py", "tests/browser/test_accessibility.py"} <= audits
    assert not whole & audits


def test_each_kind_of_test_gets_its_group():
    whole, audits = {"tests/test_book.py"}, {"tests/browser/test_console.py"}

    def group(nodeid):
        return work_group(nodeid, whole, audits, DOCNAMES)

    assert group("notebooks/a.ipynb::Cell 3") == "notebooks/a.ipynb"
    assert group("tests/test_book.py::test_x[1]") == "tests/test_book.py"
    light = "tests/browser/test_console.py::test_clean[notebooks/running-with-back-pain-light]"
    assert group(light) == "page:notebooks/running-with-back-pain"  # the longest name wins
    assert group("tests/browser/test_console.py::test_guard") == (
        "tests/browser/test_console.py::test_guard"
    )
    assert group("tests/test_units.py::test_a[2]") == "tests/test_units.py::test_a[2]"


def test_tests_that_read_the_built_book_wait_for_it():
    needs_book = book_modules(TESTS)
    assert {"tests/browser/test_site.py", "tests/test_notebooks_ran.py"} <= needs_book
    assert {"tests/quality/test_links.py", "tests/test_assign.py"} <= needs_book
    assert not {"tests/test_units.py", "tests/test_work_groups.py"} & needs_book


def test_ci_only_checks_exist_and_ci_runs_them():
    for key in [*CI_ONLY, *CI_ONLY_CASES]:
        path, _, name = key.partition("::")
        source = (TESTS.parent / path).read_text(encoding="utf-8")
        assert not name or f"def {name}(" in source, f"{key} names no test"
    assert ci_only("tests/browser/test_pdf.py::test_x[a]")
    assert ci_only(
        "tests/browser/test_lazy_figures.py::test_printing_draws_every_figure[beforeprint]"
    )
    assert not ci_only(
        "tests/browser/test_lazy_figures.py::test_contrast_helper_uses_the_wcag_formula"
    )
    mouse = "tests/browser/test_site.py::test_every_plotly_button_and_slider_changes_the_figure"
    assert ci_only(f"{mouse}[notebooks/self-care-desktop-mouse]")
    assert not ci_only(f"{mouse}[notebooks/self-care-phone]")
    assert not ci_only(f"{mouse}[desktop-mouse-phone]")
    ci_run = (TESTS.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "-m ci_only" in ci_run
    readme = (TESTS.parent / "README.md").read_text(encoding="utf-8")
    assert "-m ci_only" in readme and "tests/helpers/ci_only.py" in readme


def test_make_test_s_two_steps_share_out_every_test_module():
    book, other = step_modules(TESTS, "book"), step_modules(TESTS, "no-book")
    every = sorted(str(m.relative_to(TESTS.parent)) for m in TESTS.rglob("test_*.py"))
    assert sorted(book + other) == every and not set(book) & set(other)
    assert "tests/browser/test_site.py" in book and "tests/test_units.py" in other
    runner = (TESTS / "run_every_test.sh").read_text(encoding="utf-8")
    assert "$book_modules" in runner and "$other_modules" in runner
