"""Figures, the book interactive and the live view of the training-log check."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest

from widgets import training_log_explorer, training_log_summary
from widgets.explorers.training_log import sample_analysis
from widgets.figures.training_log import (
    VIEWS,
    recent_part,
    timeline_figure,
    training_log_figure,
    training_log_figure_for_book,
    weekly_figure,
)
from widgets.live.training_log import TrainingLogLiveView
from widgets.units import KM_PER_MILE

BASIC_BUNDLE = {"scatter", "bar", "pie"}


@pytest.fixture(scope="module")
def analysis():
    return sample_analysis()[1]


def test_timeline_has_a_trace_per_group_and_the_ceiling(analysis):
    figure = timeline_figure(analysis)
    names = [t.name for t in figure.data]
    assert names[:2] == ["Longest run of the 30 days before", "10 % above it"]
    assert [len(t.x) for t in figure.data[2:]] == analysis.band_counts + [analysis.not_compared]
    assert len(figure.data[0].x) == len(analysis.checks) - analysis.not_compared
    assert figure.layout.yaxis.title.text == "Run distance (km)"
    assert "were over 10 % longer" in figure.layout.title.text


def test_timeline_in_miles(analysis):
    km = timeline_figure(analysis, "km")
    mi = timeline_figure(analysis, "mi")
    assert mi.data[2].y[0] == pytest.approx(km.data[2].y[0] / KM_PER_MILE)
    assert mi.layout.yaxis.title.text == "Run distance (mi)"


def test_weekly_figure(analysis):
    figure = weekly_figure(analysis)
    assert figure.data[0].type == "bar" and len(figure.data[0].x) == len(analysis.weeks)
    assert sum(figure.data[0].y) == pytest.approx(analysis.total_km)
    assert figure.layout.title.text.startswith("About ")


def test_unknown_view_is_a_plain_error(analysis):
    with pytest.raises(ValueError, match="Choose a view"):
        training_log_figure(analysis, "map")


def test_book_figure_switches_views_with_plotly_buttons_only(analysis):
    figure = training_log_figure_for_book(analysis)
    assert {t.type for t in figure.data} <= BASIC_BUNDLE
    buttons = figure.layout.updatemenus[0].buttons
    assert [b.label for b in buttons] == list(VIEWS.values())


def test_explorer_has_alt_text_caption_and_two_tables():
    interactive = training_log_explorer()
    data, metadata = interactive.static_bundle()
    meta = metadata["application/vnd.plotly.v1+json"]
    assert "six-month sample log" in meta["alt"]
    assert "not a personal chance" in meta["caption"] and "not about back pain" in meta["caption"]
    assert meta["text_alternative"].count("<table") == 2
    assert not re.search(r"55\.67\d\d|12\.56\d\d", str(data))  # no GPS position


def test_summary_object_shows_in_html_and_text():
    summary = training_log_summary()
    assert summary._repr_html_().count("<p>") == len(summary.sentences)
    assert "not back pain" in repr(summary)


def test_live_view_reads_the_sample_and_redraws_in_miles():
    view = TrainingLogLiveView()
    assert "Read 7 files" in view.message.value
    assert "Counted once (1)" in view.message.value
    view.unit.value = "mi"
    assert view.figure.layout.yaxis.title.text == "Run distance (mi)"
    view.view.value = "weeks"
    assert view.figure.data[0].type == "bar"
    assert "not back pain" in view.summary.value


def test_live_view_reads_uploads_and_reports_bad_paths(tmp_path):
    view = TrainingLogLiveView()
    view.path.value = str(tmp_path / "missing")  # reads when the box changes
    assert "Nothing usable was read" in view.message.value and "not found" in view.message.value
    assert "<details open><summary>Skipped (1)" in view.message.value
    view.path.value = " "
    view.read_path()
    assert "Type the path" in view.message.value
    csv = b"date,distance_km\n2025-01-01,5\n2025-02-10,6\n2025-02-15,9\n"
    view.upload.value = (
        {
            "name": "mine.csv",
            "type": "text/csv",
            "size": len(csv),
            "content": memoryview(csv),
            "last_modified": datetime(2025, 3, 1),
        },
    )
    assert "Read 1 file: 3 runs" in view.message.value
    assert len(view.analysis.checks) == 3


def test_a_short_log_is_drawn_whole(analysis):
    part, since = recent_part(analysis)
    assert since is None
    assert (part.checks, part.weeks, part.diary) == (
        analysis.checks,
        analysis.weeks,
        analysis.diary,
    )


def test_a_long_log_is_drawn_as_its_recent_part(tmp_path):
    """Ten years of runs: the last year's runs and the last weeks, so a phone draws it quickly."""
    from helpers.log_cases import assert_drawn_points_are_bounded, write_long_log

    from widgets.training_log import analyse, read_log

    log = analyse(read_log([str(write_long_log(tmp_path))], today=date(2026, 12, 6)))
    part, since = recent_part(log)
    last = log.checks[-1].activity.local_start
    assert part.checks == tuple(c for c in log.checks if c.activity.local_start.date() >= since)
    assert (last - part.checks[0].activity.local_start).days < 365
    assert part.weeks == log.weeks[-len(part.weeks) :] and part.diary[0].date >= since
    figure = json.loads(training_log_figure_for_book(log, "mi").to_json())
    assert_drawn_points_are_bounded(figure)
    assert figure["layout"]["title"]["text"] == (
        f"Since {since:%d %b %Y}: {sum(part.band_counts[1:])} of {len(part.checks)} runs "
        "were over 10 % longer than the 30 days before"
    )
    weekly = figure["layout"]["updatemenus"][0]["buttons"][1]["args"][1]["title.text"]
    assert f"a week over the last {len(part.weeks)} weeks" in weekly
