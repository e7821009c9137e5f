"""The importer on files the tests write: bad input, time zones, counting once, privacy.

Every file and activity must end up read, skipped with a reason, or counted once:
never a traceback, never a silent drop. How each format is read is tested in
``test_training_log_formats.py``; both use ``tests/helpers/training_logs.py``.
"""

from __future__ import annotations

import gzip
import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.training_logs import RUN, START, read, reasons

from widgets.training_log import analyse, as_data
from widgets.training_log.file_writers import (
    PlannedActivity,
    write_export_csv,
    write_fit,
    write_gpx,
    write_tcx,
)
from widgets.training_log.records import Activity

# Bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".fit", ".gpx", ".tcx", ".csv"])
def test_empty_files_are_skipped_with_a_reason(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    result = read(path)
    assert result.activities == [] and not result.usable
    assert [p.reason for p in result.skipped] == ["the file is empty"]


def _fit_bytes(tmp_path) -> bytes:
    path = tmp_path / "good.fit"
    write_fit(path, RUN, interval_s=10.0)
    return path.read_bytes()


def test_truncated_fit_file(tmp_path):
    path = tmp_path / "cut.fit"
    path.write_bytes(_fit_bytes(tmp_path)[:2000])
    result = read(path)
    assert result.activities == []
    assert "cut off" in reasons(result)


def test_corrupt_fit_file(tmp_path):
    data = bytearray(_fit_bytes(tmp_path))
    data[len(data) // 2] ^= 0xFF
    path = tmp_path / "damaged.fit"
    path.write_bytes(bytes(data))
    result = read(path)
    assert result.activities == []
    assert "damaged" in reasons(result) or "could not be decoded" in reasons(result)


def test_a_text_file_named_fit(tmp_path):
    path = tmp_path / "fake.fit"
    path.write_text("date,distance_km\n2025-05-10,10\n")
    result = read(path)
    assert result.activities == [] and "not a FIT file" in reasons(result)


@pytest.mark.parametrize("writer, suffix", [(write_gpx, ".gpx"), (write_tcx, ".tcx")])
def test_truncated_xml_files(tmp_path, writer, suffix):
    whole = tmp_path / f"whole{suffix}"
    writer(whole, RUN, interval_s=30.0)
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    result = read(cut)
    assert result.activities == []
    assert "broken or cut off" in reasons(result)


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "run.gpx.gz"
    path.write_bytes(gzip.compress(b"<gpx>")[:10])
    assert "damaged or cut off" in reasons(read(path))


def test_csv_without_a_distance_column(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("when,how far\n2025-05-10,10\n")
    result = read(path)
    assert result.activities == []
    assert "no column for a date and a distance" in reasons(result)
    assert "when, how far" in reasons(result)


def test_bad_csv_rows_are_skipped_one_by_one(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "date,distance_km,duration_min,notes\n"
        "2025-05-10,10,55,felt good\n"
        "yesterday,10,55,\n"
        "2025-05-12,,30,\n"
        "2025-05-13,ten,30,\n"
        "2025-05-14,8,fast,\n"
        ",5,30,\n"
    )
    result = read(path)
    assert [a.local_date.day for a in result.activities] == [10, 14]
    skipped = {p.source.rsplit(" ", 1)[-1]: p.reason for p in result.skipped}
    assert "not a date" in skipped["3"]
    assert skipped["4"] == "no distance given"
    assert "not a number" in skipped["5"]
    assert skipped["7"] == "no date"
    assert any("'fast' is not a duration" in n.reason for n in result.notes)
    assert any("notes" in n.reason and "not used" in n.reason for n in result.notes)


def test_missing_paths_and_unknown_files(tmp_path):
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8")
    result = read(tmp_path / "nowhere.fit", other)
    assert [p.reason for p in result.skipped] == ["not found", "not a FIT, GPX, TCX or CSV file"]


@pytest.mark.parametrize(
    "row, reason",
    [
        ("2025-05-10T07:00:00Z,30,60,running", "faster than 25 km/h"),
        ("2025-05-10T07:00:00Z,100,1500,running", "longer than 24 hours"),
        ("2025-05-10T07:00:00Z,0,30,running", "zero distance"),
        ("2025-05-10T07:00:00Z,-5,30,running", "negative distance"),
        ("2026-03-01T07:00:00Z,10,60,running", "after today"),
        ("2025-05-10T07:00:00Z,500,1400,running", "more than anyone runs"),
    ],
)
def test_implausible_runs_are_skipped_with_the_reason(tmp_path, row, reason):
    path = tmp_path / "log.csv"
    path.write_text(f"date,distance_km,duration_min,type\n{row}\n")
    result = read(path)
    assert result.activities == []
    assert reason in reasons(result)


def test_a_fast_ride_is_fine_and_counts_as_other_sport(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("date,distance_km,duration_min,type\n2025-05-10T07:00:00Z,30,60,Ride\n")
    result = read(path)
    assert len(result.other_sport) == 1 and result.runs == []
    assert analyse(result).other_sport_hours == pytest.approx(1.0)


def test_a_future_fit_file_is_skipped(tmp_path):
    path = tmp_path / "future.fit"
    write_fit(
        path,
        PlannedActivity(datetime(2030, 1, 1, tzinfo=timezone.utc), 10.0, 3000.0),
        interval_s=60.0,
    )
    assert "after today" in reasons(read(path))


# Time zones and daylight saving -------------------------------------------------------


def test_mixed_offsets_are_ordered_by_the_real_time(tmp_path):
    path = tmp_path / "log.csv"
    # A run in New York at 07:00 (-04:00) starts after one in Copenhagen at 12:00 (+02:00).
    path.write_text("date,distance_km\n2025-05-10T07:00:00-04:00,8\n2025-05-10T12:00:00+02:00,5\n")
    result = read(path)
    assert [a.distance_km for a in result.activities] == [5, 8]
    assert result.activities[1].start == datetime(2025, 5, 10, 11, 0, tzinfo=timezone.utc)
    assert result.activities[1].local_start == datetime(2025, 5, 10, 7, 0)


def test_daylight_saving_change_in_the_offsets(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "date,distance_km\n2025-03-29T08:00:00+01:00,10\n2025-03-30T08:00:00+02:00,10\n"
    )
    result = read(path)
    gap = result.activities[1].start - result.activities[0].start
    assert gap == timedelta(hours=23)
    assert len(result.activities) == 2  # same clock time on two days: not duplicates


def test_clock_times_that_never_happened_or_happened_twice(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "date,distance_km\n"
        "2025-03-30 01:30,5\n"  # clocks go forward at 01:00 in London
        "2025-10-26 01:30,6\n"  # clocks go back at 02:00
        "2025-06-01 09:00,7\n"
    )
    result = read(path, zone=ZoneInfo("Europe/London"))
    notes = " | ".join(n.reason for n in result.notes)
    assert "did not exist" in notes and "read as 02:30" in notes
    assert "happened twice" in notes
    starts = {a.distance_km: a.start for a in result.activities}
    assert starts[5] == datetime(2025, 3, 30, 1, 30, tzinfo=timezone.utc)
    assert starts[6] == datetime(2025, 10, 26, 0, 30, tzinfo=timezone.utc)
    assert starts[7] == datetime(2025, 6, 1, 8, 0, tzinfo=timezone.utc)
    assert "read as UTC" not in notes


# Counted once --------------------------------------------------------------------------


def test_a_fit_file_and_a_csv_row_of_the_same_run_count_once(tmp_path):
    write_fit(tmp_path / "run.fit", RUN, interval_s=30.0, local_offset_hours=2)
    write_export_csv(tmp_path / "export.csv", [RUN])  # UTC clock times, no zone
    result = read(tmp_path)
    assert len(result.activities) == 1 and result.activities[0].fmt == "FIT"
    assert len(result.duplicates) == 1
    assert result.duplicates[0].same_as.endswith("run.fit")


def test_a_local_clock_time_matches_the_watch_file(tmp_path):
    write_fit(tmp_path / "run.fit", RUN, interval_s=30.0, local_offset_hours=2)
    (tmp_path / "log.csv").write_text("date,distance_km\n2025-05-10 08:01,10.1\n")
    result = read(tmp_path)
    assert len(result.activities) == 1 and len(result.duplicates) == 1


def test_a_date_only_row_matches_a_file_on_that_day(tmp_path):
    write_gpx(tmp_path / "run.gpx", RUN, interval_s=30.0)
    (tmp_path / "log.csv").write_text("date,distance_km\n2025-05-10,10\n")
    result = read(tmp_path)
    assert len(result.activities) == 1 and result.activities[0].fmt == "GPX"


def test_the_same_file_twice_counts_once(tmp_path):
    write_gpx(tmp_path / "a.gpx", RUN, interval_s=30.0)
    (tmp_path / "copy.gpx").write_bytes((tmp_path / "a.gpx").read_bytes())
    result = read(tmp_path)
    assert len(result.activities) == 1 and len(result.duplicates) == 1


def test_two_equal_runs_on_one_day_are_both_kept(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("date,distance_km\n2025-05-10T07:00:00Z,5\n2025-05-10T18:00:00Z,5\n")
    assert len(read(path).activities) == 2


def test_nothing_is_dropped_silently(tmp_path):
    rows = ["date,distance_km,duration_min,type"]
    for day in range(1, 29):
        rows.append(f"2025-02-{day:02d}T07:00:00Z,{5 + day % 4},{30 + day},run")
    rows += [
        "2025-02-03T07:00:00Z,6,33,run",  # a repeat
        "2025-02-05T07:00:00Z,40,60,run",  # too fast
        "bad,5,30,run",
        "2025-02-09T12:00:00Z,1,30,swim",
    ]
    path = tmp_path / "log.csv"
    path.write_text("\n".join(rows) + "\n")
    result = read(path)
    accounted = len(result.activities) + len(result.skipped) + len(result.duplicates)
    assert accounted == len(rows) - 1


# Privacy -------------------------------------------------------------------------------


def test_positions_are_not_kept_or_written(tmp_path):
    write_gpx(tmp_path / "a.gpx", RUN, interval_s=30.0)
    write_fit(
        tmp_path / "b.fit", PlannedActivity(START + timedelta(days=1), 9.0, 3000.0), interval_s=30.0
    )
    write_tcx(
        tmp_path / "c.tcx", PlannedActivity(START + timedelta(days=2), 8.0, 2800.0), interval_s=30.0
    )
    result = read(tmp_path)
    assert len(result.activities) == 3
    fields = set(Activity.__dataclass_fields__)
    assert not fields & {"lat", "lon", "latitude", "longitude", "positions", "track"}
    text = json.dumps(as_data(result, analyse(result)))
    assert not re.search(r"55\.67\d\d|12\.56\d\d", text)
    assert "latitude" not in text.lower() and "longitude" not in text.lower()


def test_reading_in_several_processes_gives_the_same_result(tmp_path):
    for day in range(18):
        write_gpx(
            tmp_path / f"{day:02d}.gpx",
            PlannedActivity(START + timedelta(days=day), 5.0 + day / 10, 1800.0),
            interval_s=120.0,
        )
    (tmp_path / "zz-broken.gpx").write_text("<gpx")
    serial = read(tmp_path, workers=1)
    parallel = read(tmp_path, workers=2)
    assert parallel.activities == serial.activities and len(serial.activities) == 18
    assert parallel.skipped == serial.skipped and len(serial.skipped) == 1
    assert parallel.files_read == serial.files_read


@pytest.mark.parametrize("suffix", [".fit", ".gpx", ".tcx", ".csv"])
def test_random_bytes_and_every_cut_never_raise(tmp_path, suffix):
    import random

    rng = random.Random(suffix)
    writers = {".fit": write_fit, ".gpx": write_gpx, ".tcx": write_tcx}
    good = tmp_path / f"good{suffix}"
    if suffix == ".csv":
        write_export_csv(good, [RUN, PlannedActivity(START + timedelta(days=1), 6.0, 2000.0)])
    else:
        writers[suffix](good, RUN, interval_s=120.0)
    data = good.read_bytes()
    folder = tmp_path / "bad"
    folder.mkdir()
    for number in range(12):
        cut = rng.randrange(1, len(data))
        (folder / f"cut{number}{suffix}").write_bytes(data[:cut])
        noisy = bytearray(data)
        for _ in range(3):
            noisy[rng.randrange(len(noisy))] = rng.randrange(256)
        (folder / f"noisy{number}{suffix}").write_bytes(bytes(noisy))
        (folder / f"random{number}{suffix}").write_bytes(rng.randbytes(rng.randrange(1, 400)))
    (folder / f"nul{suffix}").write_bytes(b"date,distance_km\n2025-05-10,\x0010\n")
    result = read(folder)
    files = sorted(p.name for p in folder.iterdir())
    accounted = {Path(name).name for name in result.files_read}
    accounted |= {
        Path(p.source.split(" row ")[0].split(" from row ")[0]).name for p in result.skipped
    }
    assert set(files) <= accounted | {Path(a.file).name for a in result.activities}


@pytest.mark.parametrize(
    "writer, suffix, bad",
    [
        (write_gpx, ".gpx", ('lat="55.', 'lat="5x.')),
        (write_tcx, ".tcx", ("<Time>2025-05-10T06:02", "<Time>2025-05-10T0x:02")),
    ],
)
def test_reasons_never_quote_a_position(tmp_path, writer, suffix, bad):
    path = tmp_path / f"run{suffix}"
    writer(path, RUN, interval_s=120.0)
    path.write_text(path.read_text().replace(*bad, 1))
    result = read(path)
    assert result.activities == []
    assert "damaged or of the wrong kind" in reasons(result)
    assert not re.search(r"\d\.\d{3}", reasons(result))


def test_a_run_dated_tomorrow_in_the_runners_zone_is_kept(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("date,distance_km\n2026-01-02T08:00:00+14:00,5\n2026-01-03T08:00:00+00:00,5\n")
    result = read(path)
    assert [a.local_date for a in result.activities] == [date(2026, 1, 2)]
    assert "after today" in reasons(result)
