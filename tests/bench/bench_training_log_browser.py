"""Benchmark "Check your own files" in the built book; prints medians, asserts nothing.

Chromium (the system one) opens the chapter at full speed and with the CPU
slowed down 4x (as Lighthouse's phone preset does; the budgets are for 4x),
and a reader picks:

* csv: 2,000 activities in one CSV file. Goal: shown in at most 2 s.
* gpx: 100 one-hour GPX files with a point every second. Goal: at most 10 s,
  with a progress bar while it reads.
* big: one 50 MB file. Goal: a clear refusal at once, never a frozen tab.

Each pick is timed from the file picker's change event to the sentences shown
in the status region ("text") and to the figure drawn ("figure"), and includes
loading the engine and plotly.js (the first use of the page). The script also
prints how many points the figure draws (plotly makes an SVG element of each,
the figure's main cost), what the first use downloads (gzip) and the engine's
size. The files are the command-line benchmark's (``bench_training_log.py``).

    .venv/bin/python tests/bench/bench_training_log_browser.py [BOOK_HTML] [--runs N] [--slowdown 1 4]
        [--pick csv gpx big]
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "bench"))

from bench_training_log import FILES, WORK, prepare, prepare_csv  # noqa: E402

from widgets.classroom.pdf import CHROMIUM, CHROMIUM_ARGS, LocalSite  # noqa: E402

PAGE = "notebooks/check-your-own-training.html"
SLOWDOWNS = (1, 4)
GOALS_S = {"csv": 2.0, "gpx": 10.0, "big": 1.0}
FIRST_USE_GOAL_KB = 1024

WATCH = """() => {
  const input = document.querySelector('.course-log-input');
  window.courseBench = {start: 0, progress: 0, shown: 0};
  const box = document.querySelector('[data-course-log]');
  new MutationObserver(() => {
    if (box.dataset.state === 'shown' && !window.courseBench.shown) {
      window.courseBench.shown = performance.now();
    }
  }).observe(box, {attributes: true});
  input.addEventListener('change', () => { window.courseBench.start = performance.now(); },
                         {capture: true});
  const bar = document.querySelector('.course-log-progress');
  new MutationObserver(() => {
    const value = Number(bar.querySelector('progress').value);
    if (!bar.hidden && value > 0) { window.courseBench.progress += 1; }
  }).observe(bar, {attributes: true, subtree: true, childList: true});
}"""
DONE = """() => {
  const box = document.querySelector('[data-course-log]');
  if (box.dataset.state !== 'done') { return false; }
  const figure = document.querySelector('.course-log-figure .course-plotly');
  return !figure || figure.dataset.rendered === 'true';
}"""
POINTS = "document.querySelectorAll('.course-log-figure .point').length"


def big_file() -> Path:
    path = WORK / "big-50mb.csv"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        line = b"2025-05-10,5\n"
        path.write_bytes(b"date,distance_km\n" + line * (50 * 1024 * 1024 // len(line)))
    return path


def one_pick(browser, url: str, files: list[Path], site_root: Path, slowdown: float) -> tuple:
    """(s to figure, progress bar seen, first-use gzip bytes, s to the sentences, points drawn)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.wait_for_timeout(500)
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    session = context.new_cdp_session(page)
    session.send("Emulation.setCPUThrottlingRate", {"rate": slowdown})
    page.evaluate(WATCH)
    page.locator(".course-log-input").set_input_files([str(p) for p in files])
    page.wait_for_function(DONE, timeout=300000, polling=50)
    seconds = page.evaluate("(performance.now() - window.courseBench.start) / 1000")
    progress = page.evaluate("window.courseBench.progress") > 0
    shown = page.evaluate("(window.courseBench.shown - window.courseBench.start) / 1000")
    points = page.evaluate(POINTS)
    downloaded = 0
    for address in fetched:
        local = site_root / urlsplit(address).path.split("/course/", 1)[-1]
        if local.is_file() and local.suffix == ".js":
            downloaded += len(gzip.compress(local.read_bytes(), 9))
    context.close()
    return seconds, progress, downloaded, shown, points


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", nargs="?", default=str(REPO / "_build" / "html"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--slowdown", type=float, nargs="+", default=list(SLOWDOWNS))
    parser.add_argument("--pick", nargs="+", choices=("csv", "gpx", "big"), default=None)
    args = parser.parse_args(argv)
    root = Path(args.html)
    if not (root / PAGE).exists():
        raise SystemExit(f"No built book at {root}: run `make book` first.")
    gpx = prepare("gpx")
    cases = {
        "csv": [prepare_csv()],
        "gpx": sorted(gpx.glob("*.gpx"))[:FILES],
        "big": [big_file()],
    }
    cases = {name: files for name, files in cases.items() if name in (args.pick or cases)}
    from playwright.sync_api import sync_playwright

    rows = {}
    with LocalSite(root, prefix="/course/") as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        url = site.url(PAGE.removesuffix(".html"))
        for slowdown in args.slowdown:
            for name, files in cases.items():
                picks = [one_pick(browser, url, files, root, slowdown) for _ in range(args.runs)]
                rows[name, slowdown] = picks
        browser.close()
    engine = root / "_static" / "course-log.js"
    picker = root / "_static" / "course-log-picker.js"
    labels = {
        "csv": "2,000 activities in one CSV",
        "gpx": f"{FILES} GPX files, 1 h at 1 point/s",
        "big": "one 50 MB file (refused)",
    }
    print(
        f"\n{'pick':<34}{'CPU':>4}{'text':>8}{'figure':>8}{'min':>7}{'max':>7}{'goal':>6}"
        "  points  progress bar"
    )
    for (name, slowdown), picks in rows.items():
        times = [p[0] for p in picks]
        shown = statistics.median(p[3] for p in picks)
        print(
            f"{labels[name]:<34}{slowdown:3g}x{shown:7.2f}s{statistics.median(times):7.2f}s"
            f"{min(times):6.2f}s{max(times):6.2f}s{GOALS_S[name]:5.0f}s{picks[0][4]:>8}  "
            f"{'yes' if picks[0][1] else 'no'}"
        )
    first_use = next(p for (name, _), p in rows.items() if name == "csv")[0][2]
    print(
        f"first use downloads {first_use / 1024:.0f} KB gzip of code (goal <= "
        f"{FIRST_USE_GOAL_KB} KB; plotly.js included when no figure had drawn yet); engine "
        f"course-log.js {engine.stat().st_size / 1024:.0f} KB, "
        f"{len(gzip.compress(engine.read_bytes(), 9)) / 1024:.0f} KB gzip; picker on the page "
        f"{len(gzip.compress(picker.read_bytes(), 9)) / 1024:.1f} KB gzip"
    )
    print(
        f"(median of {args.runs} picks; goals at 4x; from the picker's change event to the "
        f"sentences and to the figure drawn, engine and plotly.js load included; "
        f"{os.cpu_count()} cores, load "
        f"average {os.getloadavg()[0]:.1f}: compare medians taken on a quiet machine)"
    )
    return 0


if __name__ == "__main__":
    started = time.perf_counter()
    status = main()
    print(f"({time.perf_counter() - started:.0f} s)")
    raise SystemExit(status)
