"""Read training-log files the tests write, and the one run most of them hold.

``RUN`` is a 10 km run of 55 minutes starting at ``START``; ``read`` reads
files as of ``TODAY``, so the 30-day windows never depend on the real date.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from widgets.training_log import read_log
from widgets.training_log.file_writers import PlannedActivity
from widgets.training_log.records import Activity

TODAY = date(2026, 1, 1)
START = datetime(2025, 5, 10, 6, 0, tzinfo=timezone.utc)
RUN = PlannedActivity(START, 10.0, 3300.0)


def read(*paths, **options):
    """``read_log`` on ``paths``, as of ``TODAY`` unless ``today=`` says otherwise."""
    options.setdefault("today", TODAY)
    return read_log([str(p) for p in paths], **options)


def reasons(result) -> str:
    """Why each skipped file or activity was skipped, on one line."""
    return " | ".join(f"{p.source}: {p.reason}" for p in result.skipped)


def only_run(result) -> Activity:
    """The one activity read; fails with the reasons when there is not exactly one."""
    assert len(result.activities) == 1, reasons(result)
    return result.activities[0]
