"""Benchmark the training-log check on the command line; prints medians, asserts nothing.

* csv: 2,000 activities (about a decade of running) in one CSV file, end to end
  on the command line, interpreter start included. Goal: at most 2 s.
* gpx / fit: 100 files of one-hour runs with a point every second, read from a
  folder on the command line (with its progress bar). Goal: at most 10 s.

Files are generated (seeded) in a temporary folder and kept there between runs
of this script, because writing 100 FIT files takes a few minutes.

    .venv/bin/python tests/bench/bench_training_log.py [--runs N] [--skip-fit]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from widgets.training_log.file_writers import (  # noqa: E402
    PlannedActivity,
    write_export_csv,
    write_fit,
    write_gpx,
)

WORK = Path(tempfile.gettempdir()) / "running-back-pain-bench-training-log"
FIRST_DAY = datetime(2015, 1, 5, 7, 0, tzinfo=timezone.utc)
CSV_ACTIVITIES = 2000
FILES = 100
GOALS_S = {"csv": 2.0, "gpx": 10.0, "fit": 10.0}


def decade_of_running(count: int = CSV_ACTIVITIES, seed: int = 7) -> list[PlannedActivity]:
    """``count`` activities spread over about ten years: mostly runs, some rides."""
    rng = np.random.default_rng(seed)
    days = np.sort(rng.choice(3650, size=count, replace=False))
    plan = []
    for day in days:
        start = FIRST_DAY + timedelta(days=int(day), minutes=int(rng.integers(0, 600)))
        if rng.random() < 0.1:
            plan.append(
                PlannedActivity(start, round(float(rng.uniform(15, 60)), 1), 3600.0, "cycling")
            )
        else:
            km = round(float(rng.uniform(4, 22)), 2)
            plan.append(PlannedActivity(start, km, round(km * float(rng.uniform(290, 400)))))
    return plan


def one_hour_run(index: int) -> PlannedActivity:
    return PlannedActivity(FIRST_DAY + timedelta(days=index), 10.0 + (index % 7) * 0.3, 3600.0)


def _write_one(kind: str, index: int, folder: str) -> None:
    path = Path(folder) / f"run-{index:03d}.{kind}"
    if not path.exists():
        writer = write_gpx if kind == "gpx" else write_fit
        partial = path.with_suffix(".part")
        writer(partial, one_hour_run(index), interval_s=1.0)
        partial.rename(path)


def prepare(kind: str) -> Path:
    folder = WORK / f"{kind}-{FILES}-one-hour"
    folder.mkdir(parents=True, exist_ok=True)
    missing = [i for i in range(FILES) if not (folder / f"run-{i:03d}.{kind}").exists()]
    if missing:
        print(f"writing {len(missing)} {kind.upper()} files into {folder} ...", flush=True)
        with ProcessPoolExecutor(max_workers=2) as pool:
            list(pool.map(_write_one, [kind] * len(missing), missing, [str(folder)] * len(missing)))
    return folder


def prepare_csv() -> Path:
    path = WORK / "decade.csv"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        write_export_csv(path, decade_of_running())
    return path


def time_cli(path: Path, runs: int) -> tuple[list[float], list[float], str]:
    """Wall-clock and CPU seconds (all processes) of each run, and the last stderr."""
    times, cpu, stderr = [], [], ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "widgets.training_log", str(path), "--json"],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        stderr = done.stderr
        if done.returncode != 0:
            raise SystemExit(f"the command failed on {path}: {done.stderr}")
    return times, cpu, stderr


def measure(runs: int = 5, skip_fit: bool = False) -> list[tuple]:
    """(case, median s, min s, max s, median CPU s, goal s, progress bar shown) per case."""
    cases = {"csv": prepare_csv(), "gpx": prepare("gpx")}
    if not skip_fit:
        cases["fit"] = prepare("fit")
    rows = []
    for name, path in cases.items():
        times, cpu, stderr = time_cli(path, runs)
        progress = "yes" if "Reading files [" in stderr else "no"
        rows.append(
            (
                name,
                statistics.median(times),
                min(times),
                max(times),
                statistics.median(cpu),
                GOALS_S[name],
                progress,
            )
        )
    return rows


def as_timings(rows: list[tuple]) -> dict:
    """The medians for ``bench-results.json`` (``make bench``)."""
    timings = {}
    for name, median, _low, _high, cpu, _goal, _progress in rows:
        timings[f"training_log_{name}_s"] = round(median, 3)
        timings[f"training_log_{name}_cpu_s"] = round(cpu, 3)
    return timings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-fit", action="store_true", help="leave out the 100 FIT files")
    args = parser.parse_args(argv)
    rows = measure(args.runs, args.skip_fit)
    load = os.getloadavg()[0]
    print(f"\n{'case':<34}{'median':>9}{'min':>8}{'max':>8}{'CPU':>8}{'goal':>7}  progress bar")
    labels = {
        "csv": f"{CSV_ACTIVITIES} activities in one CSV",
        "gpx": f"{FILES} GPX files, 1 h at 1 point/s",
        "fit": f"{FILES} FIT files, 1 h at 1 point/s",
    }
    for name, median, low, high, cpu, goal, progress in rows:
        print(
            f"{labels[name]:<34}{median:8.2f}s{low:7.2f}s{high:7.2f}s{cpu:7.2f}s{goal:6.0f}s"
            f"  {progress}"
        )
    print(
        f"(median of {args.runs} runs, command line end to end, interpreter start included; "
        f"CPU is the median CPU time of all its processes; {os.cpu_count()} cores, "
        f"load average {load:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
