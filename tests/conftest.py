"""Shared by the whole test run: how tests are shared out between processes, and the
reading-level table printed at the end.

``make test`` runs the tests in two processes (pytest-xdist, ``-n 2 --dist
loadgroup``). Tests that share expensive work stay in one process, so the work
is done once:

* every cell of one notebook (nbval runs them in order, on one kernel);
* the browser tests that read one page's shared load (``page_audit.audit``):
  one group per page, whichever module the test is in;
* every test of a module that has a module- or class-scoped fixture (a built
  book, a JupyterLab server, the printed PDFs).

Every other test goes to whichever process is free. Without ``-n`` the marks
change nothing.

The reading-level table is worked out here, after the tests, rather than
collected from the test that checks reading level, so it also prints when the
tests run spread over several processes: only this process writes the summary.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

READING_LEVEL_TEST = "test_readability.py::test_prose_reading_level"
_reading_level_checked: list[str] = []


def xdist_group(item) -> str | None:
    """The group ``item`` must run in, with the tests it shares work with; None if none."""
    path = Path(str(item.fspath))
    if path.suffix == ".ipynb":
        return f"notebook:{path.name}"
    audit = getattr(getattr(item, "module", None), "audit", None)
    callspec = getattr(item, "callspec", None)
    if (
        getattr(audit, "__module__", "") == "page_audit"
        and callspec
        and "docname" in callspec.params
    ):
        return f"page:{callspec.params['docname']}"
    fixtures = getattr(item, "_fixtureinfo", None)
    if fixtures and any(
        definition.scope in ("module", "class")
        for definitions in fixtures.name2fixturedefs.values()
        for definition in definitions
    ):
        return f"module:{item.nodeid.split('::')[0]}"
    return None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    for item in items:
        group = xdist_group(item)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))


def pytest_runtest_logreport(report):
    if report.when == "call" and READING_LEVEL_TEST in report.nodeid:
        _reading_level_checked.append(report.nodeid)


def pytest_terminal_summary(terminalreporter):
    if not _reading_level_checked:
        return
    sys.path.insert(0, str(Path(__file__).parent / "quality"))
    from readability_report import report, score_all

    terminalreporter.section("reading level (SMOG, Flesch)")
    terminalreporter.write_line(report(sorted(score_all(), key=lambda s: s.docname)))
