"""Lighthouse (mobile) for every page in ``_toc.yml``, and figure interaction timings.

Prints two tables and returns them as data (``make bench`` calls this through
``bench_course.py``; it can also run on its own against a built book):

* Lighthouse 12 from npm (``node_modules/.bin/lighthouse``), mobile preset
  (simulated slow 4G, 4x CPU slowdown), the system Chromium, the built site
  served with gzip on 127.0.0.1 as a static host would. Median of N runs per
  page: the four category scores, first and largest contentful paint, total
  blocking time, cumulative layout shift, and the main-thread time spent in
  ``course-plotly.js`` and plotly.js.
* In Chromium through Playwright with the CPU slowed down 4x
  (``Emulation.setCPUThrottlingRate``): for a slider step (arrow key on a
  focused slider, and a mouse click on its rail), a button press (mouse
  click, and Enter on the focused button), and a drop-down choice (arrow key
  on its <select>, and a mouse click on an option of plotly's opened list) on
  each figure that has them, the interaction-to-next-paint of that input from
  the Event Timing API (the longest ``event`` entry of the interaction), and the time until the
  figure has finished redrawing (its last DOM change, then the next frame).

Lighthouse is a benchmark, not a test: its scores vary between runs on a
shared machine, which is why it reports medians and the spread.

Usage:  .venv/bin/python tests/bench/bench_lighthouse.py [HTML_DIR] [--runs N] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "browser"))
sys.path.insert(0, str(Path(__file__).parent))

from book_site import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE, site_root, toc_docnames  # noqa: E402

LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {
    "performance": 0.90,
    "accessibility": 1.0,
    "best-practices": 0.96,
    "seo": 0.9,
    "lcp_ms": 2500.0,
    "tbt_ms": 200.0,
    "cls": 0.02,
    "inp_ms": 200.0,
}
CPU_SLOWDOWN = 4
# How long a key or mouse button is held, as a reader's finger does: the
# release is part of the same interaction, so a redraw that runs while the key
# is down delays the release's paint.
HOLD_MS = 80


# --- Lighthouse ---------------------------------------------------------------------------


def _script_time(report: dict, name: str) -> float:
    items = report["audits"].get("bootup-time", {}).get("details", {}).get("items", [])
    return sum(item.get("total", 0.0) for item in items if name in item.get("url", ""))


# Lighthouse 12.2.3's largest-contentful-paint-element audit fails with Debian's newer
# Chromium (its TraceElements gatherer), so the element is read from Chromium itself:
# the page opened at Lighthouse's phone size, as its unthrottled trace sees it.
_LCP_ELEMENT_JS = """() => new Promise(resolve => {
  let last = null;
  new PerformanceObserver(list => { last = list.getEntries().at(-1); })
    .observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(() => {
    const el = last && last.element;
    resolve(el ? el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' "' +
      (el.textContent || last.url || '').trim().slice(0, 50) + '"' : '');
  }, 1000);
})"""
LIGHTHOUSE_PHONE = {"width": 412, "height": 823}


def lcp_elements(base: str, pages: list[str]) -> dict[str, str]:
    """The largest contentful paint element of each page, as Chromium reports it."""
    from playwright.sync_api import sync_playwright

    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name in pages:
            context = browser.new_context(
                viewport=LIGHTHOUSE_PHONE, device_scale_factor=1.75, is_mobile=True
            )
            page = context.new_page()
            page.goto(f"{base}{name}.html", wait_until="load")
            found[name] = page.evaluate(_LCP_ELEMENT_JS)
            context.close()
        browser.close()
    return found


def lighthouse_once(url: str) -> dict:
    """One Lighthouse run of ``url``: scores and metrics, or ``{"error": ...}``."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        done = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={out.name}",
                "--only-categories=" + ",".join(CATEGORIES),
                "--chrome-flags=--headless --no-sandbox --disable-gpu",
            ],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode:
            return {"error": (done.stderr or done.stdout).strip()[-500:]}
        report = json.loads(Path(out.name).read_text())
    audits = report["audits"]
    result = {name: report["categories"][name]["score"] for name in CATEGORIES}
    result.update(
        fcp_ms=audits["first-contentful-paint"]["numericValue"],
        lcp_ms=audits["largest-contentful-paint"]["numericValue"],
        tbt_ms=audits["total-blocking-time"]["numericValue"],
        cls=audits["cumulative-layout-shift"]["numericValue"],
        course_js_ms=_script_time(report, "course-plotly"),
        plotly_js_ms=_script_time(report, "plotly.min.js"),
        weight_bytes=audits["total-byte-weight"]["numericValue"],
        failed=[
            key
            for key, audit in audits.items()
            if audit.get("scoreDisplayMode") == "binary" and audit.get("score") == 0
        ],
    )
    return result


def _median_row(runs: list[dict]) -> dict:
    ok = [run for run in runs if "error" not in run]
    row = {"runs": len(ok), "errors": [run["error"] for run in runs if "error" in run]}
    if not ok:
        return row
    for key, value in ok[0].items():
        if isinstance(value, (int, float)) and value is not None:
            values = [run[key] for run in ok if run.get(key) is not None]
            row[key] = statistics.median(values)
            row[key + "_range"] = [min(values), max(values)]
    row["failed"] = sorted({name for run in ok for name in run["failed"]})
    return row


def bench_lighthouse(html: Path, runs: int, pages: list[str] | None = None) -> list[dict]:
    from bench_page_weight import host_like_site

    if not LIGHTHOUSE.exists():
        return [{"page": "-", "errors": [f"{LIGHTHOUSE} missing: run make install"]}]
    pages = pages or [name for name in toc_docnames() if (html / f"{name}.html").exists()]
    site = host_like_site(html, use_gzip=True).__enter__()
    base = site.base_url
    rows = []
    try:
        elements = lcp_elements(base, pages)
        for name in pages:
            print(f"  {name}: largest contentful paint element {elements[name]}", flush=True)
            results = []
            for run in range(runs):
                results.append(lighthouse_once(f"{base}{name}.html"))
                got = results[-1]
                print(
                    f"  lighthouse {name} {run + 1}/{runs}: "
                    + (
                        got["error"][:200]
                        if "error" in got
                        else f"perf {got['performance']:.2f} LCP {got['lcp_ms']:.0f} ms "
                        f"TBT {got['tbt_ms']:.0f} ms CLS {got['cls']:.3f}"
                    ),
                    flush=True,
                )
            rows.append({"page": name, **_median_row(results), "lcp_element": elements[name]})
    finally:
        site.__exit__(None, None, None)
    return rows


# --- interaction to next paint --------------------------------------------------------------

# Event Timing: every event of an interaction, with its duration up to the next paint.
_OBSERVE_JS = """() => {
  window.__events = [];
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__events.push({id: e.interactionId, name: e.name,
                                                 start: e.startTime, duration: e.duration});
    }
  }).observe({type: 'event', durationThreshold: 16, buffered: true});
}"""

# Watch one figure: when the input arrives, and when the figure last changed.
_WATCH_JS = """id => {
  const div = document.getElementById(id);
  window.__input = null; window.__lastChange = null;
  const mark = () => { window.__input = performance.now(); window.__lastChange = null; };
  div.addEventListener('keydown', mark, true);
  div.addEventListener('mousedown', mark, true);
  new MutationObserver(() => { window.__lastChange = performance.now(); })
    .observe(div, {subtree: true, childList: true, attributes: true, characterData: true});
}"""

_SETTLED_JS = """seen => new Promise(resolve => requestAnimationFrame(() => setTimeout(() => {
  const events = window.__events.slice(seen);
  const inp = events.length ? Math.max(...events.map(e => e.duration)) : null;
  resolve({inp, redrawn: window.__lastChange === null ? null : window.__lastChange - window.__input});
}, 0)))"""

_CONTROLS_JS = """() => [...document.querySelectorAll('.course-plotly')].map(d => ({id: d.id}))"""


def _draw_all(page) -> None:
    for index in range(page.locator(".course-plotly").count()):
        page.locator(".course-plotly").nth(index).scroll_into_view_if_needed()
        page.wait_for_function(
            "i => document.querySelectorAll('.course-plotly')[i].dataset.rendered === 'true'",
            arg=index,
            timeout=30000,
        )
    page.wait_for_timeout(500)


def _measure_input(page, do_input) -> dict:
    seen = page.evaluate("() => (window.__events = window.__events || []).length")
    do_input()
    page.wait_for_timeout(1200)  # let the redraw (and any transition) finish
    return page.evaluate(_SETTLED_JS, seen)


def _slider_steps(page, fid: str, presses: int) -> list[dict]:
    timings = []
    sliders = page.locator(f"#{fid} [role=slider]").count()
    for press in range(presses + 1 if sliders else 0):
        slider = page.locator(f"#{fid} [role=slider]").first
        slider.scroll_into_view_if_needed()
        slider.focus()
        key = "ArrowRight" if press % 2 == 0 else "ArrowLeft"
        timings.append(
            _measure_input(page, lambda key=key: page.keyboard.press(key, delay=HOLD_MS))
        )
    return timings


def _button_presses(page, fid: str, presses: int) -> list[dict]:
    selector = f"#{fid} .updatemenu-header-group .updatemenu-button"
    count = page.locator(selector).count()
    timings = []
    for press in range(presses + 1 if count else 0):
        target = page.locator(selector).nth(press % count)
        target.scroll_into_view_if_needed()
        timings.append(_measure_input(page, lambda target=target: target.click(delay=HOLD_MS)))
    return timings


def _button_keys(page, fid: str, presses: int) -> list[dict]:
    """Enter on each of the figure's buttons in turn (Play and Pause too), as a keyboard user."""
    selector = f"#{fid} [role=button][tabindex='0']"
    count = page.locator(selector).count()
    timings = []
    for press in range(presses + 1 if count else 0):
        target = page.locator(selector).nth(press % count)
        target.scroll_into_view_if_needed()
        target.focus()
        timings.append(_measure_input(page, lambda: page.keyboard.press("Enter", delay=HOLD_MS)))
    return timings


def _slider_clicks(page, fid: str, presses: int) -> list[dict]:
    """Mouse clicks on the slider's rail, at the tick of the next or the previous step."""
    ticks = page.locator(f"#{fid} .slider-group .slider-tick-rect")
    rail = page.locator(f"#{fid} .slider-group .slider-rail-touch-rect").first
    if ticks.count() < 3 or not rail.count():
        return []
    timings = []
    for press in range(presses + 1):
        rail.scroll_into_view_if_needed()
        tick, box = ticks.nth(1 + press % 2).bounding_box(), rail.bounding_box()
        x, y = tick["x"] + tick["width"] / 2, box["y"] + box["height"] / 2
        timings.append(_measure_input(page, lambda x=x, y=y: page.mouse.click(x, y, delay=HOLD_MS)))
    return timings


def _dropdown_clicks(page, fid: str, presses: int) -> list[dict]:
    """Open the drop-down with the mouse (not timed), then click another option (timed)."""
    # A drop-down's header: plotly's own, which the mouse opens (chooser.js lets clicks through).
    header = f"#{fid} .updatemenu-header-group:has(.updatemenu-header-arrow)"
    timings = []
    for press in range(presses + 1 if page.locator(header).count() else 0):
        page.locator(header).first.scroll_into_view_if_needed()
        page.locator(header).first.click()
        options = page.locator(f"#{fid} .updatemenu-dropdown-button")
        page.wait_for_timeout(300)
        if options.count() < 2:
            return []
        option = options.nth((press + 1) % 2)
        timings.append(_measure_input(page, lambda option=option: option.click(delay=HOLD_MS)))
    return timings


def _dropdown_choices(page, fid: str, presses: int) -> list[dict]:
    """Arrow keys on a drop-down's <select> (chooser.js): down, or up from the last option."""
    chooser = f"#{fid} select.course-chooser:not([hidden])"
    timings = []
    for _press in range(presses + 1 if page.locator(chooser).count() else 0):
        target = page.locator(chooser).first
        target.scroll_into_view_if_needed()
        target.focus()
        last = target.evaluate("s => s.selectedIndex === s.options.length - 1")
        key = "ArrowUp" if last else "ArrowDown"
        timings.append(
            _measure_input(page, lambda key=key: page.keyboard.press(key, delay=HOLD_MS))
        )
    return timings


VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


def bench_interactions(
    html: Path, presses: int = 5, pages: list[str] | None = None, screens: list[str] | None = None
) -> list[dict]:
    """Per figure with controls: median INP and redraw time of slider steps and menu choices.

    On a phone button rows are drop-downs (widgets/bookext/js/narrow.js), so the
    drop-down is timed there and the row of buttons on a desktop screen.
    ``pages`` (docnames) and ``screens`` ("phone", "desktop") narrow it down.
    """
    from bench_page_weight import host_like_site
    from playwright.sync_api import sync_playwright

    pages = [
        name
        for name in pages or toc_docnames()
        if (html / f"{name}.html").exists()
        and 'class="course-plotly"' in (html / f"{name}.html").read_text()
    ]
    site = host_like_site(html, use_gzip=True).__enter__()
    base = site.base_url
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for screen in screens or VIEWPORTS:
                viewport = VIEWPORTS[screen]
                for name in pages:
                    context = browser.new_context(viewport=viewport)
                    page = context.new_page()
                    page.goto(f"{base}{name}.html", wait_until="load")
                    page.evaluate(_OBSERVE_JS)
                    _draw_all(page)
                    cdp = context.new_cdp_session(page)
                    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
                    for figure in page.evaluate(_CONTROLS_JS):
                        fid = figure["id"]
                        page.evaluate(_WATCH_JS, fid)
                        for kind, timed in (
                            ("slider step (arrow key)", _slider_steps),
                            ("slider step (click)", _slider_clicks),
                            ("button press (click)", _button_presses),
                            ("button press (Enter key)", _button_keys),
                            ("drop-down choice (arrow key)", _dropdown_choices),
                            ("drop-down choice (click)", _dropdown_clicks),
                        ):
                            timings = timed(page, fid, presses)
                            if len(timings) > 1:
                                rows.append(
                                    _interaction_row(name, fid, f"{kind}, {screen}", timings[1:])
                                )
                    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
                    context.close()
            browser.close()
    finally:
        site.__exit__(None, None, None)
    return rows


def _interaction_row(page: str, figure: str, kind: str, timings: list[dict]) -> dict:
    inp = [t["inp"] if t["inp"] is not None else 16.0 for t in timings]  # below 16 ms: unreported
    redrawn = [t["redrawn"] for t in timings if t["redrawn"] is not None]
    row = {
        "page": page,
        "figure": figure,
        "input": kind,
        "inp_ms": statistics.median(inp),
        "inp_max_ms": max(inp),
        "redrawn_ms": statistics.median(redrawn) if redrawn else None,
        "presses": len(timings),
    }
    print(
        f"  {page} {figure} {kind}: INP {row['inp_ms']:.0f} ms (max {row['inp_max_ms']:.0f}), "
        f"redrawn {row['redrawn_ms'] or 0:.0f} ms",
        flush=True,
    )
    return row


# --- report -------------------------------------------------------------------------------


def _flag(value, goal, higher_is_better) -> str:
    if value is None:
        return "?"
    ok = value >= goal if higher_is_better else value <= goal
    return "" if ok else "*"


def lighthouse_table(rows: list[dict]) -> str:
    head = (
        "| page | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | course-plotly.js | "
        "plotly.js | weight |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for row in rows:
        if "performance" not in row:
            lines.append(
                f"| {row['page']} | not measured: {'; '.join(row.get('errors', []))[:200]} |"
            )
            continue
        perf_range = row["performance_range"]
        lines.append(
            f"| {row['page']} | {row['performance']:.2f}{_flag(row['performance'], GOALS['performance'], True)}"
            f" ({perf_range[0]:.2f}–{perf_range[1]:.2f})"
            f" | {row['accessibility']:.2f}{_flag(row['accessibility'], GOALS['accessibility'], True)}"
            f" | {row['best-practices']:.2f}{_flag(row['best-practices'], GOALS['best-practices'], True)}"
            f" | {row['seo']:.2f}{_flag(row['seo'], GOALS['seo'], True)}"
            f" | {row['fcp_ms'] / 1000:.1f} s"
            f" | {row['lcp_ms'] / 1000:.1f} s{_flag(row['lcp_ms'], GOALS['lcp_ms'], False)}"
            f" | {row['tbt_ms']:,.0f} ms{_flag(row['tbt_ms'], GOALS['tbt_ms'], False)}"
            f" | {row['cls']:.3f}{_flag(row['cls'], GOALS['cls'], False)}"
            f" | {row['course_js_ms']:,.0f} ms | {row['plotly_js_ms']:,.0f} ms"
            f" | {row['weight_bytes'] / 1024:,.0f} KB |"
        )
    lines.append("")
    lines.append(
        "Median of the runs (performance: range in brackets); * misses the goal "
        "(performance >= 0.90, accessibility 1.0, best practices >= 0.96, SEO >= 0.9, "
        "LCP <= 2.5 s, TBT <= 200 ms, CLS <= 0.02). Script columns: Lighthouse's "
        "main-thread time (bootup-time) for that file; weight: transferred, gzip."
    )
    failed = sorted({f"{row['page']}: {name}" for row in rows for name in row.get("failed", [])})
    if failed:
        lines.append("Failed audits: " + "; ".join(failed))
    return "\n".join(lines)


def interaction_table(rows: list[dict]) -> str:
    lines = [
        "| page | figure | input | INP (median) | INP (worst) | figure redrawn |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        redrawn = "-" if row["redrawn_ms"] is None else f"{row['redrawn_ms']:.0f} ms"
        lines.append(
            f"| {row['page']} | {row['figure']} | {row['input']} | "
            f"{row['inp_ms']:.0f} ms{_flag(row['inp_ms'], GOALS['inp_ms'], False)} | "
            f"{row['inp_max_ms']:.0f} ms | {redrawn} |"
        )
    lines.append("")
    lines.append(
        f"Chromium with the CPU slowed down {CPU_SLOWDOWN}x (390 px phone, 1280 px desktop); "
        f"each key or mouse button held {HOLD_MS} ms. "
        "INP: the longest Event Timing duration (to the next paint) of the interaction's "
        "events, press and release; 16 ms means below the API's 16 ms threshold. "
        "Figure redrawn: from the input to the "
        "figure's last DOM change. Goal: INP <= 200 ms."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", nargs="?", default=None, help="built book (default: _build/html)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", nargs="*", help="docnames (default: every page in _toc.yml)")
    parser.add_argument("--skip-lighthouse", action="store_true")
    parser.add_argument("--skip-interactions", action="store_true")
    parser.add_argument(
        "--presses", type=int, default=5, help="timed inputs per control (after one warm-up)"
    )
    parser.add_argument("--screens", nargs="*", choices=sorted(VIEWPORTS), help="default: both")
    parser.add_argument("--json", default=None, help="also write the results here")
    args = parser.parse_args(argv)
    html = Path(args.html).resolve() if args.html else site_root()
    results = {}
    if not args.skip_lighthouse:
        print("==> Lighthouse, mobile preset", flush=True)
        results["lighthouse"] = bench_lighthouse(html, args.runs, args.pages)
    if not args.skip_interactions:
        print(f"==> Interactions with {CPU_SLOWDOWN}x CPU slowdown", flush=True)
        results["interactions"] = bench_interactions(html, args.presses, args.pages, args.screens)
    if "lighthouse" in results:
        print("\n" + lighthouse_table(results["lighthouse"]))
    if "interactions" in results:
        print("\n" + interaction_table(results["interactions"]))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
