"""Time ``make test`` as a reader runs it: wall-clock and CPU seconds, median of N runs.

Each run starts like a clean clone with its dependencies installed: a new build folder
(``BUILD_ROOT``) and an empty mypy cache. Besides the wall-clock time it prints

* the CPU seconds of ``make test`` and everything it starts (Chromium included),
  sampled twice a second, so a little low: processes that live under half a second
  are missed. CPU time barely moves when other work shares the machine, so it
  compares runs made at different times better than the wall-clock time does;
* the mean one-minute load average during the run (above 2 on 2 cores, other work
  was sharing the machine and the wall-clock time is too high);
* each step's time as ``make test`` prints it (lint, book, the tests of the built book,
  the tests that ran while the book built) and the test counts.

Usage:  .venv/bin/python tests/bench/bench_make_test.py [--runs N]
(``make bench`` measures ``make test`` too, through ``bench_course.py``.)
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[2]
STEPS = {
    "lint_s": r"==> Lint: (\d+) s",
    "book_s": r"==> Book: (\d+) s",
    "book_tests_s": r"==> Tests of the built book: (\d+) s",
}
COUNTS = re.compile(r"(\d+) (passed|failed|skipped|errors?|deselected)")


def _cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def run_once(build_root: Path) -> dict:
    """One ``make test`` in ``build_root``: seconds, CPU seconds, load, steps, exit code."""
    build_root.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MYPY_CACHE_DIR": str(build_root / "mypy-cache")}
    log_path = build_root / "make-test.log"
    start = time.perf_counter()
    with log_path.open("w") as log:
        make = subprocess.Popen(
            ["make", "test", f"BUILD_ROOT={build_root}"],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        root = psutil.Process(make.pid)
        cpu: dict[tuple[int, float], float] = {}
        loads = []
        while make.poll() is None:
            try:
                processes = [root, *root.children(recursive=True)]
            except psutil.Error:
                processes = []
            for process in processes:
                try:
                    cpu[(process.pid, process.create_time())] = _cpu_seconds(process)
                except psutil.Error:
                    pass
            loads.append(os.getloadavg()[0])
            time.sleep(0.5)
    seconds = time.perf_counter() - start
    text = log_path.read_text(errors="replace")
    result = {
        "seconds": seconds,
        "cpu_seconds": sum(cpu.values()),
        "load": statistics.mean(loads) if loads else os.getloadavg()[0],
        "exit_code": make.returncode,
        "log": str(log_path),
    }
    for key, pattern in STEPS.items():
        found = re.search(pattern, text)
        result[key] = int(found.group(1)) if found else None
    counts: dict[str, int] = {}
    for line in text.splitlines():
        if re.match(r"^=+ .* in [\d.]+s", line) or re.match(r"^\d+ passed", line):
            for number, word in COUNTS.findall(line):
                counts[word] = counts.get(word, 0) + int(number)
    result["tests"] = counts
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of make test (median)")
    parser.add_argument("--keep", action="store_true", help="keep the build folders and logs")
    args = parser.parse_args(argv)
    print(f"==> make test, {args.runs} runs on {os.cpu_count()} cores", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="course-make-test-"))
    runs = []
    for number in range(1, args.runs + 1):
        run = run_once(folder / f"run-{number}")
        runs.append(run)
        steps = ", ".join(f"{k[:-2]} {run[k]} s" for k in STEPS if run[k] is not None)
        print(
            f"  run {number}: {run['seconds']:.0f} s wall, {run['cpu_seconds']:.0f} s CPU, "
            f"load {run['load']:.1f}, exit {run['exit_code']} ({steps}; tests {run['tests']})",
            flush=True,
        )
        if run["exit_code"]:
            print(f"    make test failed: see {run['log']}", flush=True)
            args.keep = True
    wall = statistics.median(r["seconds"] for r in runs)
    cpu = statistics.median(r["cpu_seconds"] for r in runs)
    print(f"median: {wall:.0f} s wall ({wall / 60:.1f} min), {cpu:.0f} s CPU; goal 240 s wall")
    if args.keep:
        print(f"build folders and logs kept in {folder}")
    else:
        subprocess.run(["rm", "-rf", str(folder)], check=False)
    return 0 if all(r["exit_code"] == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
