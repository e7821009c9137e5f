"""Tests that share work run in one process: a notebook, a page's audits, a module's fixture."""

from __future__ import annotations

from pathlib import Path

from helpers.work_groups import module_groups, work_group

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
