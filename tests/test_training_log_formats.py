"""Each file format the importer reads: FIT, GPX, TCX, and CSV logs of every shape.

The files are written by ``widgets.training_log.file_writers`` the way devices
and apps write them; each test reads one back and checks what came out.
"""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta

import pytest
from helpers.training_logs import RUN, START, only_run, read

from widgets.training_log.file_writers import (
    PlannedActivity,
    write_export_csv,
    write_fit,
    write_gpx,
    write_plain_csv,
    write_tcx,
)


def test_fit_file_gives_its_session(tmp_path):
    path = tmp_path / "run.fit"
    write_fit(path, RUN, interval_s=10.0, local_offset_hours=2)
    run = only_run(read(path))
    assert run.is_run and run.fmt == "FIT"
    assert run.start == START
    assert run.local_start == datetime(2025, 5, 10, 8, 0)  # the watch's clock, UTC+2
    assert run.distance_km == pytest.approx(10.0)
    assert run.duration_s == pytest.approx(3300.0)


def test_fit_file_without_a_session_is_measured_from_its_records(tmp_path):
    path = tmp_path / "no-summary.fit"
    write_fit(path, RUN, interval_s=10.0, session=False)
    result = read(path)
    run = only_run(result)
    assert run.distance_km == pytest.approx(10.0, rel=0.01)
    assert any("measured from its records" in n.reason for n in result.notes)


def test_gpx_distance_comes_from_the_track(tmp_path):
    path = tmp_path / "run.gpx"
    write_gpx(path, RUN, interval_s=5.0)
    run = only_run(read(path))
    assert run.fmt == "GPX" and run.is_run
    assert run.distance_km == pytest.approx(10.0, rel=0.01)
    assert run.duration_s == pytest.approx(3300.0, abs=5)


def test_gpx_without_a_type_is_counted_as_a_run_and_says_so(tmp_path):
    path = tmp_path / "untyped.gpx"
    write_gpx(path, RUN, interval_s=30.0, sport="")
    result = read(path)
    assert only_run(result).is_run
    assert any("no activity type" in n.reason for n in result.notes)


def test_tcx_with_gps_and_a_treadmill_run_without_it(tmp_path):
    outdoor, treadmill = tmp_path / "out.tcx", tmp_path / "treadmill.tcx"
    write_tcx(outdoor, RUN, interval_s=10.0)
    write_tcx(
        treadmill,
        PlannedActivity(START + timedelta(days=1), 8.0, 2800.0),
        interval_s=10.0,
        gps=False,
    )
    result = read(outdoor, treadmill)
    assert [round(a.distance_km, 2) for a in result.activities] == [10.0, 8.0]
    assert all(a.is_run for a in result.activities)
    assert result.skipped == []


def test_app_export_csv(tmp_path):
    path = tmp_path / "activities.csv"
    ride = PlannedActivity(START + timedelta(days=1), 30.0, 3600.0, "cycling")
    write_export_csv(path, [RUN, ride])
    result = read(path)
    assert len(result.runs) == 1 and len(result.other_sport) == 1
    assert result.runs[0].distance_km == pytest.approx(10.0)
    assert result.runs[0].duration_s == pytest.approx(3300.0)
    notes = " ".join(n.reason for n in result.notes)
    assert "Average Heart Rate" in notes  # unknown columns are named, then ignored
    assert "read as km" in notes
    assert "read as UTC" in notes


def test_plain_csv_in_km_and_in_miles(tmp_path):
    km, mi = tmp_path / "km.csv", tmp_path / "mi.csv"
    write_plain_csv(km, [RUN])
    write_plain_csv(mi, [PlannedActivity(START + timedelta(days=2), 16.09344, 5000.0)], miles=True)
    result = read(km, mi)
    assert [round(a.distance_km, 3) for a in result.activities] == [10.0, 16.093]


@pytest.mark.parametrize(
    "header, expected_km",
    [
        ("date,distance_km", 10.0),
        ("date,distance_mi", 16.09344),
        ("Date,Distance (mi)", 16.09344),
        ("Date,Distance (km)", 10.0),
        ("Date,Distance (m)", 0.01),
        ("Date,Distance", 10.0),
    ],
)
def test_the_header_decides_the_unit(tmp_path, header, expected_km):
    path = tmp_path / "log.csv"
    path.write_text(f"{header}\n2025-05-10,10\n")
    assert only_run(read(path)).distance_km == pytest.approx(expected_km)


def test_plain_csv_with_only_dates_and_distances(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("date,distance_km\n2025-05-10,10\n2025-05-12,6.5\n")
    result = read(path)
    assert [a.time_known for a in result.activities] == [False, False]
    assert result.activities[1].duration_s is None


def test_semicolon_csv_with_decimal_commas(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("date;distance_km;duration_min\n2025-05-10;10,5;60\n")
    assert only_run(read(path)).distance_km == pytest.approx(10.5)


def test_a_folder_of_mixed_files_and_compressed_files(tmp_path):
    folder = tmp_path / "export"
    (folder / "activities").mkdir(parents=True)
    write_fit(folder / "activities" / "a.fit", RUN, interval_s=30.0)
    write_gpx(
        folder / "activities" / "b.gpx",
        PlannedActivity(START + timedelta(days=2), 7.0, 2400.0),
        interval_s=30.0,
    )
    tcx = PlannedActivity(START + timedelta(days=4), 12.0, 4200.0)
    write_tcx(tmp_path / "c.tcx", tcx, interval_s=30.0)
    (folder / "activities" / "c.tcx.gz").write_bytes(
        gzip.compress((tmp_path / "c.tcx").read_bytes())
    )
    write_plain_csv(folder / "log.csv", [PlannedActivity(START + timedelta(days=6), 5.0, 1800.0)])
    (folder / "notes.txt").write_text("not a log")
    (folder / ".hidden.csv").write_text("date,distance_km\n2025-05-10,3\n")
    result = read(folder)
    assert [round(a.distance_km) for a in result.activities] == [10, 7, 12, 5]
    assert [a.fmt for a in result.activities] == ["FIT", "GPX", "TCX", "CSV"]
    assert any(
        p.source.endswith("notes.txt") and "not a FIT, GPX, TCX or CSV" in p.reason
        for p in result.skipped
    )
    assert any("hidden" in n.reason for n in result.notes)
