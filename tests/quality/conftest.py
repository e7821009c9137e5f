"""Shared by the quality checks: the readability table at the end of the run."""

from __future__ import annotations

import pytest

_SCORES: list = []


@pytest.fixture(scope="session")
def readability_scores():
    """Scores appended here are printed as a table after the tests."""
    return _SCORES


def pytest_terminal_summary(terminalreporter):
    if _SCORES:
        from readability_report import report

        terminalreporter.section("reading level (SMOG, Flesch)")
        terminalreporter.write_line(report(sorted(_SCORES, key=lambda s: s.docname)))
