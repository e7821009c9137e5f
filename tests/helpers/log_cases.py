"""Every kind of file the training-log tests read, written into one folder per case.

The cross-engine test (``test_training_log_engines.py``) runs the command line
and the book's browser engine on each case and requires the same JSON. The
cases are the sample logs, the files the importer and format tests write
(good, odd and broken, of every kind), and a CSV in miles.
"""

from __future__ import annotations

import gzip
import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from widgets.training_log.file_writers import (
    PlannedActivity,
    write_export_csv,
    write_fit,
    write_gpx,
    write_plain_csv,
    write_tcx,
)
from widgets.training_log.sample_log import DIARY_SAMPLE, SAMPLE_FOLDER

START = datetime(2025, 5, 10, 6, 0, tzinfo=timezone.utc)
RUN = PlannedActivity(START, 10.0, 3300.0)
WRITERS = {".fit": write_fit, ".gpx": write_gpx, ".tcx": write_tcx}


def _later(days: float, km: float, seconds: float, sport: str = "running") -> PlannedActivity:
    return PlannedActivity(START + timedelta(days=days), km, seconds, sport)


def _csv(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def _good(folder: Path, suffix: str, name: str = "good") -> bytes:
    path = folder / f"{name}{suffix}"
    if suffix == ".csv":
        write_export_csv(path, [RUN, _later(1, 6.0, 2000.0)])
    else:
        WRITERS[suffix](path, RUN, interval_s=120.0)
    return path.read_bytes()


def _broken_of_each_kind(folder: Path, suffix: str) -> None:
    """Cut, noisy and random versions of a good file (as the importer's fuzz test)."""
    rng = random.Random(suffix)
    data = _good(folder, suffix)
    (folder / f"good{suffix}").unlink()
    for number in range(12):
        cut = rng.randrange(1, len(data))
        (folder / f"cut{number}{suffix}").write_bytes(data[:cut])
        noisy = bytearray(data)
        for _ in range(3):
            noisy[rng.randrange(len(noisy))] = rng.randrange(256)
        (folder / f"noisy{number}{suffix}").write_bytes(bytes(noisy))
        (folder / f"random{number}{suffix}").write_bytes(rng.randbytes(rng.randrange(1, 400)))
    (folder / f"nul{suffix}").write_bytes(b"date,distance_km\n2025-05-10,\x0010\n")


def _device_files(folder: Path) -> None:
    write_fit(folder / "run.fit", RUN, interval_s=10.0, local_offset_hours=2)
    write_fit(folder / "no-summary.fit", _later(1, 9.0, 3000.0), interval_s=10.0, session=False)
    write_gpx(folder / "run.gpx", _later(2, 7.0, 2400.0), interval_s=5.0)
    write_gpx(folder / "untyped.gpx", _later(3, 6.0, 2000.0), interval_s=30.0, sport="")
    write_tcx(folder / "out.tcx", _later(4, 12.0, 4200.0), interval_s=10.0)
    write_tcx(folder / "treadmill.tcx", _later(5, 8.0, 2800.0), interval_s=10.0, gps=False)
    write_fit(folder / "ride.fit", _later(6, 30.0, 3600.0, "cycling"), interval_s=60.0)
    write_tcx(folder / "ride.tcx", _later(7, 25.0, 3600.0, "cycling"), interval_s=60.0)
    write_gpx(
        folder / "future.gpx", PlannedActivity(datetime(2099, 1, 1, tzinfo=timezone.utc), 5, 1800)
    )


def _bad_files(folder: Path) -> None:
    for suffix in (".fit", ".gpx", ".tcx", ".csv"):
        (folder / f"empty{suffix}").write_bytes(b"")
    fit = _good(folder, ".fit", "whole")
    (folder / "cut.fit").write_bytes(fit[:2000])
    damaged = bytearray(fit)
    damaged[len(damaged) // 2] ^= 0xFF
    (folder / "damaged.fit").write_bytes(bytes(damaged))
    (folder / "whole.fit").unlink()
    (folder / "fake.fit").write_text("date,distance_km\n2025-05-10,10\n")
    for suffix, bad in (
        (".gpx", ('lat="55.', 'lat="5x.')),
        (".tcx", ("<Time>2025-05-10T06:02", "<Time>x")),
    ):
        whole = _good(folder, suffix, "whole")
        (folder / f"cut{suffix}").write_bytes(whole[: len(whole) // 2])
        (folder / f"damaged{suffix}").write_text(whole.decode().replace(*bad, 1))
        (folder / f"whole{suffix}").unlink()
    (folder / "run.gpx.gz").write_bytes(gzip.compress(b"<gpx>")[:10])
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    _csv(folder, "no-distance.csv", "when,how far\n2025-05-10,10\n")
    _csv(folder, "broken-row.csv", 'date,distance_km\n2025-05-10,5\n"2025-05-11,6\n')
    _csv(folder, "old-mac.csv", "date,distance_km\r2025-05-10,5\r")


def _csv_logs(folder: Path) -> None:
    _csv(
        folder,
        "rows.csv",
        "date,distance_km,duration_min,notes\n2025-05-10,10,55,felt good\nyesterday,10,55,\n"
        "2025-05-12,,30,\n2025-05-13,ten,30,\n2025-05-14,8,fast,\n,5,30,\n",
    )
    rows = [
        "2025-05-10T07:00:00Z,30,60,running",
        "2025-05-11T07:00:00Z,100,1500,running",
        "2025-05-12T07:00:00Z,0,30,running",
        "2025-05-13T07:00:00Z,-5,30,running",
        "2099-03-01T07:00:00Z,10,60,running",
        "2025-05-14T07:00:00Z,500,1400,running",
        "2025-05-15T07:00:00Z,30,60,Ride",
    ]
    _csv(folder, "implausible.csv", "date,distance_km,duration_min,type\n" + "\n".join(rows) + "\n")
    _csv(
        folder,
        "zones.csv",
        "date,distance_km\n2025-05-10T07:00:00-04:00,8\n2025-05-10T12:00:00+02:00,5\n"
        "2025-03-29T08:00:00+01:00,10\n2025-03-30T08:00:00+02:00,10\n",
    )
    _csv(folder, "twice.csv", "date,distance_km\n2025-05-20T07:00:00Z,5\n2025-05-20T18:00:00Z,5\n")
    write_plain_csv(folder / "km.csv", [_later(8, 11.0, 3600.0)])
    write_plain_csv(folder / "mi.csv", [_later(9, 16.09344, 5000.0)], miles=True)
    for number, header in enumerate(
        ("date,distance_mi", "Date,Distance (mi)", "Date,Distance (m)", "Date,Distance (km)")
    ):
        _csv(folder, f"header{number}.csv", f"{header}\n2025-06-{10 + number:02d},10\n")
    _csv(folder, "semicolon.csv", "date;distance_km;duration_min\n2025-06-20;10,5;60\n")
    _csv(folder, "dates.csv", "date,distance_km\n2025-06-21,10\n2025-06-23,6.5\n")
    (folder / "latin.csv").write_bytes(
        "date,distance_km,type\n2025-06-24,5,Lauf \xe4\n".encode("latin-1")
    )


def _same_run_twice(folder: Path) -> None:
    write_fit(folder / "run.fit", RUN, interval_s=30.0, local_offset_hours=2)
    write_export_csv(folder / "export.csv", [RUN])
    _csv(folder, "log.csv", "date,distance_km\n2025-05-10 08:01,10.1\n2025-05-12,7\n")
    write_gpx(folder / "a.gpx", _later(2, 7.0, 2400.0), interval_s=30.0)
    shutil.copyfile(folder / "a.gpx", folder / "copy.gpx")


def _many_runs(folder: Path) -> None:
    rows = ["date,distance_km,duration_min,type"]
    for day in range(1, 29):
        rows.append(f"2025-02-{day:02d}T07:00:00Z,{5 + day % 4},{30 + day},run")
    rows += ["2025-02-03T07:00:00Z,6,33,run", "2025-02-05T07:00:00Z,40,60,run", "bad,5,30,run"]
    rows += ["2025-02-09T12:00:00Z,1,30,swim"]
    _csv(folder, "log.csv", "\n".join(rows) + "\n")
    for day in range(18):
        write_gpx(
            folder / f"{day:02d}.gpx",
            PlannedActivity(
                datetime(2025, 3, 1, tzinfo=timezone.utc) + timedelta(days=day),
                5.0 + day / 10,
                1800.0,
            ),
            interval_s=120.0,
        )
    (folder / "zz-broken.gpx").write_text("<gpx")


LONG_LOG_ACTIVITIES = 2000


def write_long_log(folder: Path) -> Path:
    """2,000 activities over ten years, one in ten a ride, with a pain diary: a long log to draw."""
    rows = ["date,distance_km,duration_min,type,back_pain,leg_symptoms"]
    day = datetime(2015, 1, 5, 7, 0)
    for n in range(LONG_LOG_ACTIVITIES):
        day += timedelta(days=1 + n % 3, minutes=(n * 37) % 300)
        km = 4 + (n * 7919) % 180 / 10
        sport = "ride" if n % 10 == 9 else "run"
        pain = str(n % 6) if n % 5 == 0 else ""
        legs = "yes" if n % 97 == 0 else ""
        rows.append(f"{day:%Y-%m-%d %H:%M},{km:.1f},{round(km * 6)},{sport},{pain},{legs}")
    _csv(folder, "ten-years.csv", "\n".join(rows) + "\n")
    return folder / "ten-years.csv"


def assert_drawn_points_are_bounded(figure: dict) -> None:
    """A long log's figure: a few traces and at most about 300 runs or weeks drawn.

    plotly draws each point as an SVG element of its own: one point per run of
    ten years (1,800 runs) took 5.8 s to draw at a phone's speed (4x CPU
    slowdown). The tables beside the figure keep every run and week.

    Parameters
    ----------
    figure : dict
        The book's figure of the long log (``LONG_LOG_ACTIVITIES``) as plotly
        JSON, from either engine.
    """
    from widgets.figures.training_log import MAX_RUNS_DRAWN, MAX_WEEKS_DRAWN

    assert MAX_RUNS_DRAWN <= 300 and MAX_WEEKS_DRAWN <= 160
    data = figure["data"]
    assert len(data) == 11  # 2 lines, 5 groups of runs, 2 of the diary, 2 weekly traces
    assert not figure["layout"].get("shapes") and not figure["layout"].get("annotations")
    shown = [t for t in data if t["visible"] is True]
    runs = [t for t in shown if t.get("yaxis") != "y2" and t["mode"] == "markers"]
    assert 0 < sum(len(t["x"]) for t in runs) <= MAX_RUNS_DRAWN
    assert all(len(t["x"]) <= MAX_RUNS_DRAWN for t in shown)  # lines and diary too
    weekly = [t for t in data if t["visible"] is False]
    assert [len(t["x"]) for t in weekly] == [MAX_WEEKS_DRAWN, MAX_WEEKS_DRAWN]
    assert figure["layout"]["title"]["text"].startswith("Since ")


def _zips(folder: Path) -> None:
    """An export as a zip (a folder, a hidden file, a gz), a cut one and one damaged inside."""
    import zipfile

    inside = folder / "inside"
    inside.mkdir()
    _device_files(inside)
    with zipfile.ZipFile(folder / "export.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(inside.iterdir()):
            archive.write(path, f"activities/{path.name}")
        archive.writestr("activities/", "")
        archive.writestr(".DS_Store", b"\0\1")
        archive.writestr("__MACOSX/activities/._run.fit", b"x")
        archive.writestr("summary.csv", "date,distance_km,back_pain\n2025-05-30,5,2\n")
        archive.writestr("stored.gpx", (inside / "run.gpx").read_bytes(), zipfile.ZIP_STORED)
    shutil.rmtree(inside)
    whole = (folder / "export.zip").read_bytes()
    (folder / "cut.zip").write_bytes(whole[: len(whole) // 2])
    damaged = bytearray(whole)
    damaged[200] ^= 0xFF  # inside the first file's packed data
    (folder / "damaged.zip").write_bytes(bytes(damaged))


def write_cases(root: Path) -> dict[str, list[Path]]:
    """Write every case into ``root``; return each case's files, in the order both engines read them.

    Parameters
    ----------
    root : pathlib.Path
        An empty folder.

    Returns
    -------
    dict of str to list of pathlib.Path
        The case's name and its files, sorted.
    """
    builders = {
        "devices": _device_files,
        "bad": _bad_files,
        "csv": _csv_logs,
        "same-run-twice": _same_run_twice,
        "many-runs": _many_runs,
        "zips": _zips,
        "long-log": write_long_log,
        **{
            f"broken{suffix}": (lambda f, s=suffix: _broken_of_each_kind(f, s))
            for suffix in (".fit", ".gpx", ".tcx", ".csv")
        },
    }
    cases = {
        "sample-log": sorted(SAMPLE_FOLDER.iterdir()),
        "pain-diary": [DIARY_SAMPLE],
    }
    for name, build in builders.items():
        folder = root / name
        folder.mkdir()
        build(folder)
        cases[name] = sorted(folder.iterdir())
    return cases
