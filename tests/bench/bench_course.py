"""Benchmark the course: build and test times, page weight, figure and widget speed.

Prints a table and writes ``bench-results.json`` (median of several runs each):

* clean build of the book, and a rebuild after touching one Markdown page
  (in a copy of the sources in a temporary folder, so the work tree is untouched);
* the nbval suite (every chapter notebook), and the full test suite against the
  freshly built book; their sum with the clean build approximates ``make test``;
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
import functools
import gzip
import http.server
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "browser"))
sys.path.insert(0, str(Path(__file__).parent))

from book_site import (CHROMIUM, CHROMIUM_ARGS, DESKTOP, SUB_PATH,  # noqa: E402
                       toc_docnames, wait_for_figures)

BIN = REPO / ".venv" / "bin"
JB_FLAGS = ["-W", "-n", "--keep-going"]
TOUCHED_PAGE = "book/glossary.md"
GOALS = {
    "chapter_first_visit_gzip_bytes": 1.5 * 1024 * 1024,
    "next_chapter_gzip_bytes": 250 * 1024,
    "static_redraw_ms": 50.0,
    "live_update_ms": 150.0,
    "clean_make_test_s": 240.0,
}
COMPRESSIBLE = (".html", ".js", ".css", ".json", ".svg", ".txt", ".map", ".xml", ".inv")


# --- timing helpers -----------------------------------------------------------------------

def _run(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, int, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})},
                          capture_output=True, text=True)
    return time.perf_counter() - start, done.returncode, (done.stdout + done.stderr)[-3000:]


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def copy_sources(target: Path) -> Path:
    """Copy the files git knows (tracked or new, not ignored) into ``target``."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
                            cwd=REPO, capture_output=True, text=True, check=True).stdout
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    if (REPO / "node_modules").exists():
        (target / "node_modules").symlink_to(REPO / "node_modules")
    return target


def build(source: Path, output: Path) -> tuple[float, int, str]:
    return _run([str(BIN / "jupyter-book"), "build", str(source), *JB_FLAGS,
                 "--path-output", str(output)], cwd=source)


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
    return {"clean_build_s": _median(clean), "clean_build_runs_s": clean,
            "rebuild_one_page_s": _median(rebuild), "rebuild_runs_s": rebuild,
            "build_exit_codes": statuses, "html": str(html)}


def bench_tests(runs: int, html: str, full: bool) -> dict:
    result = {}
    env = {"BOOK_HTML": html}
    nbval = []
    for run in range(runs):
        seconds, status, _ = _run([str(BIN / "python"), "-m", "pytest", "-q", "notebooks"],
                                  cwd=REPO, env=env)
        nbval.append(seconds)
        print(f"  nbval suite {run + 1}/{runs}: {seconds:.1f} s (exit {status})", flush=True)
    result.update(nbval_s=_median(nbval), nbval_runs_s=nbval)
    if full:
        times, statuses = [], []
        for run in range(runs):
            seconds, status, log = _run([str(BIN / "python"), "-m", "pytest", "-q"], cwd=REPO,
                                        env=env)
            times.append(seconds)
            statuses.append(status)
            summary = log.strip().splitlines()[-1] if log.strip() else ""
            print(f"  full test suite {run + 1}/{runs}: {seconds:.1f} s ({summary})", flush=True)
        result.update(full_tests_s=_median(times), full_tests_runs_s=times,
                      full_tests_exit_codes=statuses)
    return result


# --- page weight ----------------------------------------------------------------------------

class _HostLikeHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the site under SUB_PATH as a static host would: cacheable, gzip if asked."""

    use_gzip = False

    def translate_path(self, path):
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(SUB_PATH):])

    def send_head(self):
        path = Path(self.translate_path(self.path.split("?")[0].split("#")[0]))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            return super().send_head()
        body = path.read_bytes()
        encoded = self.use_gzip and path.suffix in COMPRESSIBLE \
            and "gzip" in self.headers.get("Accept-Encoding", "")
        if encoded:
            body = gzip.compress(body, 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if encoded:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        import io
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a browser that stops reading (a page closed early) is not a failure here


def _serve(root: Path, use_gzip: bool):
    handler_class = type("Handler", (_HostLikeHandler,), {"use_gzip": use_gzip})
    handler = functools.partial(handler_class, directory=str(root))
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"


def _visit_bytes(context, url: str, before: str | None = None) -> int:
    """Bytes over the wire (headers and bodies) to show ``url``, after visiting ``before``."""
    page = context.new_page()
    if before:
        page.goto(before, wait_until="networkidle")
        wait_for_figures(page)
        page.wait_for_timeout(500)  # let the browser finish writing its cache
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    received: dict[str, int] = {}
    cdp.on("Network.loadingFinished",
           lambda e: received.__setitem__(e["requestId"], int(e["encodedDataLength"])))
    page.goto(url, wait_until="networkidle")
    wait_for_figures(page)
    page.wait_for_timeout(200)
    page.close()
    return sum(received.values())


def bench_page_weight(html: Path, runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    pages = [name for name in toc_docnames() if (html / f"{name}.html").exists()]
    rows = {name: {"page": name} for name in pages}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for use_gzip in (False, True):
            server, base = _serve(html, use_gzip)
            kind = "gzip" if use_gzip else "raw"
            try:
                for index, name in enumerate(pages):
                    url = f"{base}{name}.html"
                    previous = pages[index - 1] if index else pages[min(1, len(pages) - 1)]
                    cold, warm = [], []
                    for _ in range(runs):
                        context = browser.new_context(viewport=DESKTOP)
                        cold.append(_visit_bytes(context, url))
                        context.close()
                        context = browser.new_context(viewport=DESKTOP)
                        warm.append(_visit_bytes(context, url, before=f"{base}{previous}.html"))
                        context.close()
                    rows[name][f"cold_{kind}_bytes"] = int(statistics.median(cold))
                    rows[name][f"warm_{kind}_bytes"] = int(statistics.median(warm))
                    rows[name]["warm_from"] = previous
            finally:
                server.shutdown()
                server.server_close()
        browser.close()
    return list(rows.values())


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

def _kb(value) -> str:
    return "-" if value is None else f"{value / 1024:,.0f} KB"


def _s(value) -> str:
    return "-" if value is None else f"{value:.1f} s"


def _ms(value) -> str:
    return "-" if value is None else f"{value:.1f} ms"


def _verdict(value, goal) -> str:
    if value is None:
        return "not measured"
    return "meets goal" if value <= goal else "OVER GOAL"


def report(results: dict) -> str:
    lines = [f"Course benchmark, {results['date']} ({results['machine']['cpus']} CPUs, "
             f"median of {results['runs']} runs)", ""]
    t = results["timings"]
    make_test = None
    if t.get("clean_build_s") is not None and t.get("full_tests_s") is not None:
        make_test = t["clean_build_s"] + t["full_tests_s"]
    results["timings"]["clean_make_test_s"] = make_test
    rows = [
        ("clean build", _s(t.get("clean_build_s")), ""),
        (f"rebuild after touching {TOUCHED_PAGE}", _s(t.get("rebuild_one_page_s")), ""),
        ("nbval suite (notebooks)", _s(t.get("nbval_s")), ""),
        ("full test suite (built book)", _s(t.get("full_tests_s")), ""),
        ("clean make test (build + tests)", _s(make_test),
         f"goal <= {GOALS['clean_make_test_s']:.0f} s: "
         f"{_verdict(make_test, GOALS['clean_make_test_s'])}"),
        ("static slider step -> redraw (Chromium)", _ms(t.get("static_redraw_ms")),
         f"goal <= {GOALS['static_redraw_ms']:.0f} ms: "
         f"{_verdict(t.get('static_redraw_ms'), GOALS['static_redraw_ms'])}"),
        ("live recompute + figure update (Python)", _ms(t.get("live_update_ms")),
         f"goal <= {GOALS['live_update_ms']:.0f} ms: "
         f"{_verdict(t.get('live_update_ms'), GOALS['live_update_ms'])}"),
    ]
    width = max(len(r[0]) for r in rows)
    lines += [f"{name:<{width}}  {value:>10}  {goal}" for name, value, goal in rows]
    if t.get("interaction_note"):
        lines.append(f"note: {t['interaction_note']}")
    pages = results["pages"]
    if pages:
        lines += ["", "Bytes downloaded per page (cold: empty cache; warm: arriving from the "
                      "page named; goals: a chapter's first visit <= 1.5 MB gzip, the next "
                      "chapter <= 250 KB gzip)"]
        width = max(len(p["page"]) for p in pages)
        lines.append(f"{'page':<{width}}  {'cold raw':>10}  {'cold gzip':>10}  {'warm raw':>10}  "
                     f"{'warm gzip':>10}  warm from")
        for p in pages:
            flag = ""
            if p["page"].startswith("notebooks/"):
                if p["cold_gzip_bytes"] > GOALS["chapter_first_visit_gzip_bytes"]:
                    flag += "  FIRST VISIT OVER GOAL"
                if p["warm_gzip_bytes"] > GOALS["next_chapter_gzip_bytes"]:
                    flag += "  NEXT CHAPTER OVER GOAL"
            lines.append(f"{p['page']:<{width}}  {_kb(p['cold_raw_bytes']):>10}  "
                         f"{_kb(p['cold_gzip_bytes']):>10}  {_kb(p['warm_raw_bytes']):>10}  "
                         f"{_kb(p['warm_gzip_bytes']):>10}  {p['warm_from']}{flag}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing (median)")
    parser.add_argument("--quick", action="store_true", help="one run, no full test suite")
    parser.add_argument("--skip-tests", action="store_true", help="no nbval or full test runs")
    parser.add_argument("--skip-lighthouse", action="store_true",
                        help="no Lighthouse runs or interaction timings")
    parser.add_argument("--json", default=str(REPO / "bench-results.json"))
    args = parser.parse_args(argv)
    runs = 1 if args.quick else max(1, args.runs)
    results = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "runs": runs,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "goals": GOALS, "timings": {}, "pages": [],
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
            print("==> Running the notebooks (nbval) and the test suite", flush=True)
            results["timings"].update(bench_tests(runs, str(html), full=not args.quick))
        print("==> Measuring page weight in Chromium", flush=True)
        results["pages"] = bench_page_weight(html, 1)  # bytes do not vary from run to run
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
            results["lighthouse"])
    if results.get("interactions"):
        text += "\n\nFigure inputs\n" + bench_lighthouse.interaction_table(
            results["interactions"])
    Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    print("\n" + text + f"\n\nWrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
