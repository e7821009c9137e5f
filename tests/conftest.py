"""Shared by the whole test run: the reading-level table printed at the end.

The table is worked out here, after the tests, rather than collected from the
test that checks reading level, so it also prints when the tests run spread
over several processes (pytest-xdist): only this process writes the summary.
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
