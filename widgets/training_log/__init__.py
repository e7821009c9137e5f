"""Check your own training: import a running log and compare each run with the last 30 days.

Reads FIT, GPX, TCX and CSV files (``formats``), checks and de-duplicates the
activities (``importer``), compares each run with the longest run of the 30 days
before it in the groups of Frandsen 2025 (``analysis``, using the course's risk
model), puts that in plain words (``wording``) and reports the result as text or
data (``report``). Pure Python and numpy; no plotting, so the command line
starts fast::

    python -m widgets.training_log PATH... [--units km|mi] [--json]

Privacy: files are read on this computer only. GPS positions are used only to
measure distance and are never stored, shown or written out.
"""

from widgets.training_log.analysis import (
    LogAnalysis,
    RunCheck,
    Week,
    analyse,
    check_runs,
    steps_within_ten_percent,
    weekly_totals,
)
from widgets.training_log.importer import read_log
from widgets.training_log.records import Activity, ImportResult, Problem
from widgets.training_log.report import PRIVACY, SCHEMA, as_data, as_text
from widgets.training_log.wording import summary_sentences

__all__ = [
    "PRIVACY",
    "SCHEMA",
    "Activity",
    "ImportResult",
    "LogAnalysis",
    "Problem",
    "RunCheck",
    "Week",
    "analyse",
    "as_data",
    "as_text",
    "check_runs",
    "read_log",
    "steps_within_ten_percent",
    "summary_sentences",
    "weekly_totals",
]
