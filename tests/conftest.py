"""Shared by the whole test run: how tests are shared out between processes, and the
reading-level table printed at the end.

``make test`` runs the tests in two processes (pytest-xdist, ``-n 2``). Tests
that share expensive work stay in one process, so the work is done once
(``pytest_xdist_make_scheduler`` below):

* every cell of one notebook (nbval runs them in order, on one kernel);
* the browser tests that read one page's shared load (``page_audit.audit``):
  one group per page, whichever module the test is in;
* every test of a module that has a module- or class-scoped fixture (a built
  book, a JupyterLab server, the printed PDFs).

Every other test goes to whichever process is free. Without ``-n`` nothing
changes.

Two markers are set here, from the tests' ids and source, not in the test modules:

* ``book``: the test needs the built book (``helpers.work_groups.book_modules``).
  ``make test`` runs the other tests while the book builds (``tests/run_every_test.sh``).
* ``ci_only``: too slow for ``make test``; ``.ci/run`` runs it (``helpers.ci_only``).

The reading-level table is worked out here, after the tests, rather than
collected from the test that checks reading level, so it also prints when the
tests run spread over several processes: only this process writes the summary.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import settings

# Property tests check answers, not speed: hypothesis' 200 ms deadline per example fails
# on a busy machine. Speed is measured by the benchmarks in tests/bench/.
settings.register_profile("course", deadline=None)
settings.load_profile("course")

READING_LEVEL_TEST = "test_readability.py::test_prose_reading_level"
_reading_level_checked: list[str] = []


def pytest_xdist_make_scheduler(config, log):
    """Hand out tests by ``work_group``: pytest-xdist's ``--dist loadgroup`` marks do not
    reach its scheduler with pytest 9 (the group is added to a node id pytest no longer
    reads), so the groups are worked out here from the ids themselves."""
    from helpers.work_groups import module_groups, work_group
    from xdist.scheduler import LoadScopeScheduling

    from widgets.bookext.toc import toc_docnames

    tests = Path(__file__).parent
    whole, audits = module_groups(tests)
    docnames = toc_docnames(tests.parent / "_toc.yml")

    class SharedWorkScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return work_group(nodeid, whole, audits, docnames)

    return SharedWorkScheduling(config, log)


def pytest_collection_modifyitems(config, items):
    from helpers.ci_only import ci_only
    from helpers.work_groups import book_modules

    tests = Path(__file__).parent
    needs_book = book_modules(tests)
    for item in items:
        if item.nodeid.split("::", 1)[0] in needs_book:
            item.add_marker("book")
        if ci_only(item.nodeid):
            item.add_marker("ci_only")


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
