"""Benchmark the mileage-risk explorer; prints medians, asserts nothing.

* static: in Chromium, the time from pressing a step of the book figure's
  slider to the figure having redrawn (plotly's update done and the next frame
  painted). Goal: at most 50 ms.
* live: in Python, one change of a live-view slider: the model, the new figure
  pushed into the FigureWidget and the new sentence. Goal: at most 150 ms.
* the size of the static figure's JSON, which each page embeds.

Run after building the book:
    .venv/bin/python tests/bench/bench_risk.py [path/to/_build/html]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import plotly.io as pio

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "browser"))

from book_site import CHROMIUM, CHROMIUM_ARGS, DESKTOP, SiteServer, site_root, wait_for_figures  # noqa: E402

from widgets.figures.risk import risk_figure_for_book  # noqa: E402
from widgets.live.risk import risk_live_view  # noqa: E402
from widgets.model.risk_scenarios import BOOK_INCREASES  # noqa: E402

PAGE = "notebooks/mileage-load-and-injury-risk"
RUNS = 21

_WATCH = """id => {
    const d = document.getElementById(id);
    window.__benchTimes = [];
    let start = null;
    d.addEventListener('mousedown', () => { start = performance.now(); }, true);
    d.on('plotly_update', () => {
        if (start === null) return;
        const began = start;
        start = null;
        // The next frame is painted right after its animation-frame callbacks.
        requestAnimationFrame(() => setTimeout(() => {
            window.__benchTimes.push(performance.now() - began);
        }, 0));
    });
}"""


def static_step_ms(html_root: Path) -> list[float]:
    from playwright.sync_api import sync_playwright

    with SiteServer(html_root) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=DESKTOP)
        page.goto(server.url(PAGE))
        wait_for_figures(page)
        figure = page.locator(".course-plotly").first
        page.evaluate(_WATCH, figure.get_attribute("id"))
        rail = figure.locator(".slider-container .slider-rail-rect").first
        rail.scroll_into_view_if_needed()
        box = rail.bounding_box()
        steps = len(BOOK_INCREASES)
        for run in range(RUNS + 1):  # the first press warms up
            index = 1 + (run % (steps - 1))
            page.mouse.click(
                box["x"] + box["width"] * (index + 0.5) / steps, box["y"] + box["height"] / 2
            )
            page.wait_for_function(f"window.__benchTimes.length >= {run + 1}", timeout=5000)
            page.wait_for_timeout(50)
        times = page.evaluate("window.__benchTimes")
        browser.close()
    return times[1:]


def live_update_ms() -> list[float]:
    view = risk_live_view()
    slider = view.controls["planned_longest"]
    times = []
    for run in range(RUNS + 1):
        value = 25.0 if run % 2 == 0 else 12.0
        start = time.perf_counter()
        slider.value = value  # recompute, redraw the FigureWidget, new sentence
        times.append((time.perf_counter() - start) * 1000)
        assert view.message.value == "" and str(int(value)) in view.sentence.value
    return times[1:]


def main() -> None:
    html_root = Path(sys.argv[1]) if len(sys.argv) > 1 else site_root()
    size = len(json.dumps(json.loads(pio.to_json(risk_figure_for_book())), separators=(",", ":")))
    print(f"static figure JSON: {size / 1024:.1f} KB")
    live = live_update_ms()
    print(
        f"live recompute + figure update (Python): median {statistics.median(live):.1f} ms "
        f"over {len(live)} runs (goal <= 150 ms)"
    )
    if not (html_root / "index.html").exists():
        print(f"static slider step: skipped, no built book at {html_root} (run make book)")
        return
    static = static_step_ms(html_root)
    print(
        f"static slider step to redraw (Chromium): median {statistics.median(static):.1f} ms "
        f"over {len(static)} runs (goal <= 50 ms)"
    )


if __name__ == "__main__":
    main()
