"""The optional pain diary columns of a CSV log: read, reported as written, never as a cause."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from helpers.training_logs import read

from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE
from widgets.training_log import analyse, as_data, as_text, summary_sentences
from widgets.training_log.sample_log import DIARY_SAMPLE, diary_sample_rows

SCHEMA = json.loads((Path(__file__).parent / "training_log_check.schema.json").read_text())


def _log(tmp_path, text: str):
    path = tmp_path / "log.csv"
    path.write_text(text)
    return read(path)


def test_diary_values_per_run_and_per_day(tmp_path):
    result = _log(
        tmp_path,
        "date,distance_km,back_pain,leg_symptoms\n"
        "2025-05-10,10,2,no\n"
        "2025-05-11,,4,\n"  # a diary day without a run: not a skipped run
        "2025-05-12,,,YES\n"
        "2025-05-13,,,\n",  # nothing at all: still a row without a distance
    )
    assert [a.distance_km for a in result.activities] == [10]
    assert [(e.date.day, e.back_pain, e.leg_symptoms) for e in result.diary] == [
        (10, 2, False),
        (11, 4, None),
        (12, None, True),
    ]
    assert [p.reason for p in result.skipped] == ["no distance given"]


def test_a_diary_alone_needs_no_distance_column(tmp_path):
    result = _log(tmp_path, "date,back_pain\n2025-05-10,3\n")
    assert result.activities == [] and len(result.diary) == 1
    assert result.skipped == []


@pytest.mark.parametrize(
    "cells, note",
    [("11,no", "'11' is not a number from 0 to 10"), ("x,maybe", "'maybe' are not yes or no")],
)
def test_bad_diary_values_are_left_out_with_a_note(tmp_path, cells, note):
    result = _log(tmp_path, f"date,distance_km,back_pain,leg_symptoms\n2025-05-10,10,{cells}\n")
    assert len(result.activities) == 1
    assert any(note in n.reason for n in result.notes)


def test_summary_shows_what_happened_and_the_stop_rule_without_a_cause(tmp_path):
    path = tmp_path / "diary.csv"
    path.write_text("\n".join(diary_sample_rows()) + "\n")
    result = read(path)
    analysis = analyse(result)
    sentences = summary_sentences(analysis)
    text = " ".join(sentences)
    assert "the highest was on 22 Sep 2025" in text
    assert "You noted leg symptoms on 1 day: 24 Sep 2025." in sentences
    assert LEG_SYMPTOM_STOP_RULE in sentences  # the pain monitor's words, unchanged
    assert "cannot show whether a run caused the pain" in text
    for causal in ("because of", "caused by", "led to", "due to"):
        assert causal not in text
    data = as_data(result, analysis)
    jsonschema.validate(data, SCHEMA)
    assert [d["date"] for d in data["diary"]][:2] == ["2025-08-24", "2025-09-21"]
    assert "24 Sep 2025: leg symptoms" in as_text(result, analysis)


def test_the_shipped_diary_sample_is_what_the_writer_writes():
    assert DIARY_SAMPLE.read_text().splitlines() == diary_sample_rows()


def test_the_figure_draws_the_diary_beside_the_runs_on_its_own_axis(tmp_path):
    from widgets.figures.training_log import LEGS_NAME, PAIN_NAME, training_log_figure_for_book

    path = tmp_path / "diary.csv"
    path.write_text("\n".join(diary_sample_rows()) + "\n")
    figure = training_log_figure_for_book(analyse(read(path)))
    traces = {t.name: t for t in figure.data}
    assert list(traces[PAIN_NAME].y) == [1, 1, 4, 3, 2, 1]
    assert list(traces[LEGS_NAME].x) == ["2025-09-24"] and traces[LEGS_NAME].yaxis == "y2"
    runs, weeks = figure.layout.updatemenus[0].buttons
    assert runs.args[1]["yaxis2.visible"] is True and weeks.args[1]["yaxis2.visible"] is False
