"""Benchmark the course: build and test times, page weight, figure and widget speed.

Prints a table and writes ``bench-results.json`` (median of several runs each):

* clean build of the book, and a rebuild after touching one Markdown page
  (in a copy of the sources in a temporary folder, so the work tree is untouched);
* ``make test`` itself, as a reader runs it on a clean clone with its dependencies
  installed: lint, a clean build (into a new folder) and every test, wall-clock and CPU
  seconds (``bench_make_test.py``, which also runs alone); also the nbval suite (every
  chapter notebook) alone;
* per page, the bytes a reader downloads (measured once: they do not vary),
  without and with gzip, on a cold cache and on a warm cache (arriving from the
  page before it), served as a static host would (``Cache-Control: max-age=600``);
* in Chromium, the time from a slider step of the mileage-risk explorer to the
  redrawn figure; in Python, one live-widget recompute and figure update (both
  from ``bench_risk.py``);
* Lighthouse (mobile preset) for every page, median of the runs, and the
  interaction to next paint of every figure's controls with a 4x slower CPU
  (``bench_lighthouse.py``).

Usage:  .venv/bin/python tests/bench/bench_course.py [--runs N] [--quick] [--skip-tests]
        [--skip-lighthouse] [--json PATH]
--quick runs everything once and skips the full test suite.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "browser"))
sys.path.insert(0, str(Path(__file__).parent))

import bench_make_test  # noqa: E402
import bench_page_weight  # noqa: E402

BIN = REPO / ".venv" / "bin"
JB_FLAGS = ["-W", "-n", "--keep-going"]
TOUCHED_PAGE = "book/glossary.md"
GOALS = {
    **bench_page_weight.GOALS,
    "static_redraw_ms": 50.0,
    "live_update_ms": 150.0,
    "make_test_s": 240.0,
}


# --- timing helpers -----------------------------------------------------------------------


def _run(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, int, str]:
    start = time.perf_counter()
    done = subprocess.run(
        command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True
    )
    return time.perf_counter() - start, done.returncode, (done.stdout + done.stderr)[-3000:]


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def copy_sources(target: Path) -> Path:
    """Copy the files git knows (tracked or new, not ignored) into ``target``."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    if (REPO / "node_modules").exists():
        (target / "node_modules").symlink_to(REPO / "node_modules")
    return target


def build(source: Path, output: Path) -> tuple[float, int, str]:
    return _run(
        [str(BIN / "jupyter-book"), "build", str(source), *JB_FLAGS, "--path-output", str(output)],
        cwd=source,
    )


def bench_builds(runs: int, work: Path) -> dict:
    source = copy_sources(work / "src")
    clean, rebuild, statuses, html = [], [], [], None
    for run in range(runs):
        output = work / f"out{run}"
        seconds, status, log = build(source, output)
        clean.append(seconds)
        statuses.append(status)
        print(f"  clean build {run + 1}/{runs}: {seconds:.1f} s (exit {status})", flush=True)
        if status:
            print("  " + log.strip().splitlines()[-1] if log.strip() else "", flush=True)
        # Page weight is measured on a clean build, as published (a rebuild rewrites only
        # some pages, which can leave pages naming their scripts differently).
        html = work / "html"
        if html.exists():
            shutil.rmtree(html)
        if (output / "_build" / "html").exists():
            shutil.copytree(output / "_build" / "html", html)
        touched = source / TOUCHED_PAGE
        touched.write_text(touched.read_text())  # a new modification time, same text
        seconds, status, _ = build(source, output)
        rebuild.append(seconds)
        print(f"  rebuild after touching {TOUCHED_PAGE}: {seconds:.1f} s", flush=True)
    return {
        "clean_build_s": _median(clean),
        "clean_build_runs_s": clean,
        "rebuild_one_page_s": _median(rebuild),
        "rebuild_runs_s": rebuild,
        "build_exit_codes": statuses,
        "html": str(html),
    }


def bench_tests(runs: int, html: str, full: bool, work: Path) -> dict:
    result = {}
    env = {"BOOK_HTML": html}
    nbval = []
    for run in range(runs):
        seconds, status, _ = _run(
            [str(BIN / "python"), "-m", "pytest", "-q", "--nbval-lax", "notebooks"],
            cwd=REPO,
            env=env,
        )
        nbval.append(seconds)
        print(f"  nbval suite {run + 1}/{runs}: {seconds:.1f} s (exit {status})", flush=True)
    result.update(nbval_s=_median(nbval), nbval_runs_s=nbval)
    if full:
        times, cpu, statuses = [], [], []
        for run in range(runs):
            timed = bench_make_test.run_once(work / f"make-test-{run}")
            times.append(timed["seconds"])
            cpu.append(timed["cpu_seconds"])
            statuses.append(timed["exit_code"])
            print(
                f"  make test {run + 1}/{runs}: {timed['seconds']:.1f} s, "
                f"{timed['cpu_seconds']:.0f} s CPU, load {timed['load']:.1f} "
                f"(tests {timed['tests']}, exit {timed['exit_code']})",
                flush=True,
            )
        result.update(
            make_test_s=_median(times),
            make_test_runs_s=times,
            make_test_cpu_s=_median(cpu),
            make_test_exit_codes=statuses,
        )
    return result


# --- figures and widgets ------------------------------------------------------------------


def bench_interaction(html: Path) -> dict:
    try:
        import bench_risk
    except Exception as problem:  # the explorer's own benchmark is missing or broken
        return {"interaction_note": f"bench_risk.py not usable: {problem}"}
    result = {}
    live = bench_risk.live_update_ms()
    result.update(live_update_ms=_median(live), live_update_runs=len(live))
    try:
        static = bench_risk.static_step_ms(html)
        result.update(static_redraw_ms=_median(static), static_redraw_steps=len(static))
    except Exception as problem:
        result["interaction_note"] = f"static slider step not measured: {problem}"
    return result


# --- report -------------------------------------------------------------------------------


def _s(value) -> str:
    return "-" if value is None else f"{value:.1f} s"


def _ms(value) -> str:
    return "-" if value is None else f"{value:.1f} ms"


def _goal(value, key: str, unit: str) -> str:
    """``goal <= 50 ms: meets goal`` for the timing ``value`` and its goal ``GOALS[key]``."""
    goal = GOALS[key]
    verdict = "not measured" if value is None else "meets goal" if value <= goal else "OVER GOAL"
    return f"goal <= {goal:.0f} {unit}: {verdict}"


def _timing_rows(t: dict) -> list[tuple[str, str, str]]:
    make_test = t.get("make_test_s")
    return [
        ("clean build", _s(t.get("clean_build_s")), ""),
        (f"rebuild after touching {TOUCHED_PAGE}", _s(t.get("rebuild_one_page_s")), ""),
        ("nbval suite (notebooks)", _s(t.get("nbval_s")), ""),
        (
            "clean make test (lint, build, every test)",
            _s(make_test)
            + (f", {t['make_test_cpu_s']:.0f} s CPU" if t.get("make_test_cpu_s") else ""),
            _goal(make_test, "make_test_s", "s"),
        ),
        (
            "static slider step -> redraw (Chromium)",
            _ms(t.get("static_redraw_ms")),
            _goal(t.get("static_redraw_ms"), "static_redraw_ms", "ms"),
        ),
        (
            "live recompute + figure update (Python)",
            _ms(t.get("live_update_ms")),
            _goal(t.get("live_update_ms"), "live_update_ms", "ms"),
        ),
    ]


def report(results: dict) -> str:
    """The timings and page weights as a table, each against its goal."""
    t = results["timings"]
    rows = _timing_rows(t)
    width = max(len(r[0]) for r in rows)
    lines = [
        f"Course benchmark, {results['date']} ({results['machine']['cpus']} CPUs, "
        f"median of {results['runs']} runs)",
        "",
        *(f"{name:<{width}}  {value:>10}  {goal}" for name, value, goal in rows),
    ]
    if t.get("interaction_note"):
        lines.append(f"note: {t['interaction_note']}")
    lines += bench_page_weight.weight_table(results["pages"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing (median)")
    parser.add_argument("--quick", action="store_true", help="one run, no full test suite")
    parser.add_argument("--skip-tests", action="store_true", help="no nbval or full test runs")
    parser.add_argument(
        "--skip-lighthouse", action="store_true", help="no Lighthouse runs or interaction timings"
    )
    parser.add_argument("--json", default=str(REPO / "bench-results.json"))
    args = parser.parse_args(argv)
    runs = 1 if args.quick else max(1, args.runs)
    results = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "runs": runs,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "goals": GOALS,
        "timings": {},
        "pages": [],
    }
    with tempfile.TemporaryDirectory(prefix="course-bench-") as folder:
        work = Path(folder)
        print("==> Building the book (clean, then after touching one page)", flush=True)
        builds = bench_builds(runs, work)
        results["timings"].update({k: v for k, v in builds.items() if k != "html"})
        html = Path(builds["html"])
        if not (html / "index.html").exists():
            print("The book did not build; see the exit codes above.")
            return 1
        if not args.skip_tests:
            print("==> Running the notebooks (nbval), then make test itself", flush=True)
            results["timings"].update(bench_tests(runs, str(html), not args.quick, work))
        print("==> Measuring page weight in Chromium", flush=True)
        results["pages"] = bench_page_weight.bench_page_weight(
            html, 1
        )  # bytes do not vary from run to run
        print("==> Measuring figure and widget speed", flush=True)
        results["timings"].update(bench_interaction(html))
        if not args.skip_lighthouse:
            import bench_lighthouse

            print("==> Lighthouse, mobile preset (every page)", flush=True)
            results["lighthouse"] = bench_lighthouse.bench_lighthouse(html, runs)
            print("==> Interaction to next paint, 4x CPU slowdown", flush=True)
            results["interactions"] = bench_lighthouse.bench_interactions(html)
    text = report(results)
    if results.get("lighthouse"):
        text += "\n\nLighthouse, mobile preset\n" + bench_lighthouse.lighthouse_table(
            results["lighthouse"]
        )
    if results.get("interactions"):
        text += "\n\nFigure inputs\n" + bench_lighthouse.interaction_table(results["interactions"])
    Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    print("\n" + text + f"\n\nWrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
