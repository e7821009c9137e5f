"""Benchmark the exercise demos and the plan builder; prints numbers, asserts nothing.

* the size of each demo's figure JSON (goal: at most 60 KB each), and of the
  gallery and the chapter pages (goal: a chapter page at most 250 KB gzip on
  top of the shared assets);
* the time to build every demo, the gallery and every plan figure from a cold
  start (goal: at most 2 s in total), and each preset plan with its figure
  on its own;
* in Chromium, the median time from one animation frame to the next while a
  demo plays at its default tempo (goal: at most 50 ms).

Run after building the book:
    .venv/bin/python tests/bench/bench_exercises.py [path/to/_build/html]
"""

from __future__ import annotations

import gzip
import statistics
import sys
import time
from pathlib import Path

import plotly.io as pio

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "browser"))

from book_site import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    SiteServer,
    site_root,
    wait_for_figures,
)

from widgets.figures import exercise_demo as demo  # noqa: E402
from widgets.figures.prevention import prevention_figure_with_buttons  # noqa: E402
from widgets.figures.strength_plan import (  # noqa: E402
    PRESETS,
    plan_figure,
    preset_plans,
    preset_plans_figure,
)
from widgets.model.exercise_library import easier_demo_ids  # noqa: E402
from widgets.model.strength_plan import build_plan  # noqa: E402
from widgets.model.strength_plan_items import plan_item  # noqa: E402

PAGES = ("notebooks/exercises-for-runners-backs", "notebooks/preventing-back-pain")
DEMO_GOAL_KB = 60
PLAY_SECONDS = 3.0


def _kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


def figure_sizes() -> None:
    print("Demo figure JSON (goal: at most 60 KB each)")
    for exercise_id in demo.gallery_ids() + easier_demo_ids():
        text = pio.to_json(demo.exercise_demo_figure(exercise_id), validate=False)
        flag = "" if len(text) <= DEMO_GOAL_KB * 1024 else "  over the goal"
        print(
            f"  {exercise_id:32s} {_kb(len(text)):>9s}  gzip {_kb(len(gzip.compress(text.encode()))):>8s}{flag}"
        )
    for name, ids in (
        ("gallery (all demos)", None),
        ("easier versions gallery", easier_demo_ids()),
    ):
        text = pio.to_json(demo.exercise_gallery_figure(ids), validate=False)
        print(
            f"  {name:32s} {_kb(len(text)):>9s}  gzip {_kb(len(gzip.compress(text.encode()))):>8s}"
        )


def build_times(runs: int = 3) -> None:
    totals = []
    for _ in range(runs):
        demo.clear_caches()
        start = time.perf_counter()
        for exercise_id in demo.gallery_ids() + easier_demo_ids():
            pio.to_json(demo.exercise_demo_figure(exercise_id), validate=False)
        pio.to_json(demo.exercise_gallery_figure(), validate=False)
        pio.to_json(demo.exercise_gallery_figure(easier_demo_ids()), validate=False)
        for plan in preset_plans().values():
            pio.to_json(plan_figure(plan), validate=False)
        pio.to_json(preset_plans_figure(), validate=False)
        pio.to_json(prevention_figure_with_buttons(), validate=False)
        totals.append(time.perf_counter() - start)
    print(
        f"Build every demo, the gallery and every plan figure, cold (goal: at most 2 s): "
        f"median {statistics.median(totals):.2f} s of {runs} runs "
        f"({', '.join(f'{t:.2f}' for t in totals)})"
    )


def plan_build_times(runs: int = 5) -> None:
    """Each preset plan from its inputs to figure JSON, with the plan's cache cleared first."""
    print(f"Build each plan and its figure, cold (goal: at most 2 s each), median of {runs} runs")
    for name, inputs in PRESETS.items():
        times = []
        for _ in range(runs):
            plan_item.cache_clear()
            start = time.perf_counter()
            pio.to_json(plan_figure(build_plan(**inputs)), validate=False)
            times.append(time.perf_counter() - start)
        print(f"  {name:22s} median {statistics.median(times) * 1000:7.1f} ms")
    times = []
    for _ in range(runs):
        plan_item.cache_clear()
        start = time.perf_counter()
        pio.to_json(preset_plans_figure(), validate=False)
        times.append(time.perf_counter() - start)
    print(f"  {'all three, with buttons':22s} median {statistics.median(times) * 1000:7.1f} ms")


def page_weights(root: Path) -> None:
    print("Chapter pages (HTML only; shared assets such as plotly.js are extra)")
    for page in PAGES:
        data = (root / f"{page}.html").read_bytes()
        print(
            f"  {page:42s} raw {_kb(len(data)):>9s}  gzip {_kb(len(gzip.compress(data))):>8s}"
            "  (goal: at most 250 KB gzip)"
        )


_WATCH = """id => {
  const d = document.getElementById(id);
  window.__benchFrames = [];
  if (!d.__benchWatched) {
    d.__benchWatched = true;
    d.on('plotly_animatingframe', () => window.__benchFrames.push(performance.now()));
  }
}"""


def frame_intervals(root: Path) -> None:
    from playwright.sync_api import sync_playwright

    with SiteServer(root) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=DESKTOP)
        page.goto(server.url(PAGES[0]))
        # Figures draw as they scroll into view: scroll through them all first.
        wait_for_figures(page, 90000)
        figure_id = page.evaluate(
            "() => [...document.querySelectorAll('.course-plotly')]"
            ".find(d => (d.layout.sliders || []).length > 1).id"
        )
        figure = page.locator(f"#{figure_id}")
        figure.scroll_into_view_if_needed()
        intervals = []
        for label in ("Bird dog", "Side plank", "Progressive walking"):
            page.evaluate(
                "([id, label]) => { const d = document.getElementById(id);"
                " const p = d.layout.updatemenus[0].buttons.findIndex(b => b.label === label);"
                " const b = d.layout.updatemenus[0].buttons[p];"
                " return Plotly.update(d, b.args[0], b.args[1]); }",
                [figure_id, label],
            )
            page.wait_for_timeout(300)
            page.evaluate(_WATCH, figure_id)
            figure.locator(".updatemenu-button", has_text="Play").first.click()
            page.wait_for_timeout(int(PLAY_SECONDS * 1000))
            figure.locator(".updatemenu-button", has_text="Pause").first.click()
            times = page.evaluate("window.__benchFrames")
            gaps = [b - a for a, b in zip(times, times[1:])]
            intervals += gaps
            print(
                f"  {label:22s} {len(times):3d} frames in {PLAY_SECONDS:.0f} s, "
                f"median {statistics.median(gaps):.1f} ms"
            )
        browser.close()
    print(
        f"Median frame-to-frame time while playing (goal: at most 50 ms): "
        f"{statistics.median(intervals):.1f} ms; 90th percentile "
        f"{statistics.quantiles(intervals, n=10)[-1]:.1f} ms"
    )


def main() -> None:
    root = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else site_root()
    figure_sizes()
    build_times()
    plan_build_times()
    if (root / f"{PAGES[0]}.html").exists():
        page_weights(root)
        frame_intervals(root)
    else:
        print(f"No built book at {root}: build it to measure pages and playback.")


if __name__ == "__main__":
    main()
