"""The rule tables the book's JavaScript reads are the Python models' own rules, as data."""

from __future__ import annotations

import json
import math

from widgets.bookext.rule_tables import (
    RULE_TABLES,
    rule_tables,
    rules_script,
    spike_bands_table,
    write_rules_script,
)
from widgets.model.long_run_check import ANSWERS, MESSAGES
from widgets.model.risk_factors import SPIKE_BANDS


def _script_data(text: str) -> dict:
    prefix = "window.CourseRules = "
    body = text.split(prefix, 1)[1].rstrip().rstrip(";")
    return json.loads(body)


def test_the_script_sets_window_course_rules_to_every_table():
    data = _script_data(rules_script())
    assert set(data) == set(RULE_TABLES)
    assert set(data) == {"typedNumbers", "spikeBands", "longRunCheck", "runTomorrow"}
    assert data == json.loads(json.dumps(rule_tables()))


def test_spike_bands_are_frandsen_2025_s_groups_in_order():
    table = spike_bands_table()
    assert [row["label"] for row in table] == [band.label for band in SPIKE_BANDS]
    for row, band in zip(table, SPIKE_BANDS):
        edge = None if math.isinf(band.up_to_percent) else band.up_to_percent
        assert row["upToPercent"] == edge
        if band.estimate is None:
            assert row["value"] is None and row["valueText"] is None
        else:
            assert (row["value"], row["low"], row["high"]) == (
                band.estimate.value,
                band.estimate.low,
                band.estimate.high,
            )
            assert row["source"] == "frandsen2025"
    assert table[2]["valueText"] == "1.52" and table[2]["lowText"] == "1.16"


def test_the_long_run_table_carries_the_python_wording():
    data = _script_data(rules_script())["longRunCheck"]
    assert data["messages"] == MESSAGES and data["answers"] == ANSWERS
    assert data["stepFraction"] == 0.1 and data["units"]["km"]["max"] == 400


def test_the_script_is_written_again_only_when_it_changes(tmp_path):
    path = write_rules_script(tmp_path)
    path.write_text("stale")
    write_rules_script(tmp_path)
    assert path.read_text() == rules_script()
    before = path.stat().st_mtime_ns
    write_rules_script(tmp_path)
    assert path.stat().st_mtime_ns == before
