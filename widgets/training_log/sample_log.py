"""The book's sample running log: six months of a made-up recreational runner.

Run ``python -m widgets.training_log.sample_log [FOLDER]`` to write the sample
log the book analyses (default ``widgets/data/sample_log``). It is seeded, so
every run writes the same six months: a recreational runner with three or four
runs a week, a few rides and swims, and a few runs much longer than the longest
run of the 30 days before. Most activities are in one CSV (an app's bulk
export); the last weeks are also FIT, GPX and TCX files (one treadmill run with
no GPS), and one run is in both a FIT file and the CSV, so the check shows it
counted once. The files are written by ``file_writers``.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from widgets.training_log.file_writers import (
    DEFAULT_ZONE_HOURS,
    PlannedActivity,
    write_export_csv,
    write_fit,
    write_gpx,
    write_tcx,
)

SEED = 20250401
SAMPLE_FOLDER = Path(__file__).resolve().parents[1] / "data" / "sample_log"
# A plain log a runner keeps by hand, with the optional pain diary columns.
DIARY_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_pain_diary.csv"
DIARY_HEADER = "date,distance_km,duration_min,type,back_pain,leg_symptoms"
SAMPLE_END = date(2025, 9, 28)  # a Sunday; the log covers the 26 weeks before it
SAMPLE_WEEKS = 26
SAMPLE_ZONE_HOURS = DEFAULT_ZONE_HOURS  # the runner's clock: UTC+2 (the log spans Apr to Sep)
BREAK_WEEKS = range(13, 18)  # weeks 14 to 18: an illness, then a few short runs
# Long runs much longer than the 30 days before (0-based weeks) -> km.
SPIKE_LONG_RUNS_KM = {18: 15.2, 23: 21.1, 20: 16.6}


def _pace_s_per_km(rng, distance_km: float) -> float:
    return 330.0 + 6.0 * distance_km + rng.normal(0.0, 12.0)


def _utc(monday: date, day: int, hour: int, minutes: int = 0) -> datetime:
    """A start in UTC from the runner's clock time on ``monday`` + ``day`` days."""
    local = datetime.combine(monday + timedelta(days=day), datetime.min.time()) + timedelta(
        hours=hour, minutes=minutes
    )
    return (local - timedelta(hours=SAMPLE_ZONE_HOURS)).replace(tzinfo=timezone.utc)


def _week_runs(rng, week: int, monday: date) -> list[PlannedActivity]:
    """One week's runs: two easy runs, a Sunday long run, sometimes a Saturday run."""
    long_km = 10.0 + 0.25 * week + rng.normal(0, 0.4)
    easy_km = 6.0 + rng.normal(0, 0.6)
    if week in BREAK_WEEKS:
        long_km, easy_km = 5.0 + rng.normal(0, 0.3), 4.0
    if week == 8:  # a 20 km long run after about 12 km
        long_km = 20.0 + rng.normal(0, 0.2)
    long_km = SPIKE_LONG_RUNS_KM.get(week, long_km)
    days = [(1, easy_km), (3, easy_km + rng.normal(1.0, 0.5)), (6, long_km)]
    if rng.random() < 0.5:
        days.append((5, 5.0 + rng.normal(0, 0.5)))
    runs = []
    for day, km in days:
        if 13 <= week <= 16 and day != 6:
            continue
        km = round(max(km, 3.0), 2)
        start = _utc(monday, day, 17 if day < 5 else 8, int(rng.integers(0, 50)))
        runs.append(PlannedActivity(start, km, round(km * _pace_s_per_km(rng, km))))
    return runs


def _week_other_sport(rng, monday: date) -> list[PlannedActivity]:
    """Sometimes a Wednesday ride and a Friday swim."""
    other = []
    if rng.random() < 0.6:
        other.append(
            PlannedActivity(_utc(monday, 2, 18), round(20 + rng.normal(0, 3), 1), 3600.0, "cycling")
        )
    if rng.random() < 0.25:
        other.append(PlannedActivity(_utc(monday, 4, 7), 1.5, 2400.0, "swimming"))
    return other


def sample_activities(
    seed: int = SEED, end: date = SAMPLE_END, weeks: int = SAMPLE_WEEKS
) -> list[PlannedActivity]:
    """Six months of a recreational runner's log, with a few sudden long runs.

    Three or four runs a week with a long run on Sunday that grows slowly;
    week 9 has a 20 km long run after about 12 km, weeks 14 to 18 are a break
    with a few short runs followed by a 15 km run, and week 24 has a half marathon.

    Parameters
    ----------
    seed : int, optional
        Seed of the random generator; the same seed gives the same log.
    end : date, optional
        The log's last day, a Sunday.
    weeks : int, optional
        How many weeks the log covers, ending on ``end``.

    Returns
    -------
    list of PlannedActivity
        Runs, rides and swims, sorted by start.
    """
    rng = np.random.default_rng(seed)
    first_monday = end - timedelta(days=7 * weeks - 1)
    plan = []
    for week in range(weeks):
        monday = first_monday + timedelta(days=7 * week)
        plan += _week_runs(rng, week, monday)
        plan += _week_other_sport(rng, monday)
    return sorted(plan, key=lambda a: a.start)


def write_sample_log(folder=SAMPLE_FOLDER, seed: int = SEED) -> list[Path]:
    """Write the sample log into ``folder``; return the files written.

    The runs of the last two weeks go into device files (two FIT, two GPX, two
    TCX, one of them a treadmill run); everything before is in ``activities.csv``,
    which also repeats the first FIT run so that it is counted once. Old FIT,
    GPX, TCX and CSV files in ``folder`` are deleted first.

    Parameters
    ----------
    folder : str or Path, optional
        Where to write; created if missing.
    seed : int, optional
        Seed of :func:`sample_activities`.

    Returns
    -------
    list of Path
        The files written, device files first.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.suffix in (".fit", ".gpx", ".tcx", ".csv"):
            old.unlink()
    plan = sample_activities(seed)
    runs = [a for a in plan if a.sport == "running"]
    device_runs = runs[-6:]
    written = []
    writers = [
        ("fit", write_fit, {"interval_s": 5.0}),
        ("fit", write_fit, {"interval_s": 5.0}),
        ("gpx", write_gpx, {"interval_s": 15.0}),
        ("gpx", write_gpx, {"interval_s": 15.0}),
        ("tcx", write_tcx, {"interval_s": 15.0}),
        ("tcx", write_tcx, {"interval_s": 15.0, "gps": False}),
    ]
    for activity, (suffix, write, options) in zip(device_runs, writers):
        path = folder / f"{activity.start:%Y-%m-%d}-run.{suffix}"
        write(path, activity, **options)
        written.append(path)
    in_csv = [a for a in plan if a not in device_runs[1:]]
    path = folder / "activities.csv"
    write_export_csv(path, in_csv)
    written.append(path)
    return written


def diary_sample_rows(first_monday: date = date(2025, 8, 4)) -> list[str]:
    """Eight weeks of a plain log with a pain diary, and one long run over twice as long.

    Three runs a week (Tuesday, Thursday, Sunday); the long run of week 7 is
    20 km after 9 km. Back pain is scored on some days, runs or not; leg
    symptoms are noted once, so the summary shows the stop rule.

    Parameters
    ----------
    first_monday : date, optional
        The Monday the log starts on.

    Returns
    -------
    list of str
        The CSV lines, header first.
    """
    long_km = [8.0, 8.5, 8.5, 9.0, 9.0, 8.0, 20.0, 9.0]
    # Days from first_monday -> (back pain, leg symptoms) as the runner wrote them.
    diary = {20: ("1", ""), 48: ("1", ""), 49: ("4", "no"), 50: ("3", ""), 51: ("", "yes")}
    diary |= {52: ("2", "no"), 55: ("1", "no")}
    rows = [DIARY_HEADER]
    for index in range(7 * len(long_km)):
        day = first_monday + timedelta(days=index)
        runs = {1: 6.0, 3: 7.0, 6: long_km[index // 7]}
        pain, legs = diary.get(index, ("", ""))
        km = runs.get(index % 7)
        if km is not None:
            rows.append(f"{day} 07:30,{km:g},{round(km * 6.2)},run,{pain},{legs}")
        elif pain or legs:
            rows.append(f"{day},,,,{pain},{legs}")
    return rows


def main(argv=None) -> int:
    """Write the sample log from the command line and list the files written.

    Parameters
    ----------
    argv : list of str, optional
        The arguments: an optional folder (default ``SAMPLE_FOLDER``).

    Returns
    -------
    int
        The exit status, 0.
    """
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else SAMPLE_FOLDER
    written = write_sample_log(folder)
    if folder == SAMPLE_FOLDER:
        DIARY_SAMPLE.write_text("\n".join(diary_sample_rows()) + "\n", encoding="utf-8")
        written.append(DIARY_SAMPLE)
    for path in written:
        print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
