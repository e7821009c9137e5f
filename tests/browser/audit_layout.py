"""Layout on a phone: the page does not scroll sideways, and figures fit their column.

Measured on a page loaded at phone width, and on a page drawn at desktop width
whose window then narrows to a phone's (the figures must follow).
"""

from __future__ import annotations

from book_site import DESKTOP, PHONE
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

TOLERANCE_PX = 1
SETTLE_MS = 300  # time for resize handlers to run

_LAYOUT_JS = """() => {
  const doc = document.documentElement;
  const figures = [...document.querySelectorAll('.course-plotly')].map(div => {
    const svg = div.querySelector('svg.main-svg');
    const column = div.closest('article, main') || document.body;
    const box = svg ? svg.getBoundingClientRect() : null;
    return {id: div.id, svg_width: box ? box.width : null, svg_right: box ? box.right : null,
            div_width: div.getBoundingClientRect().width,
            column_width: column.clientWidth, column_right: column.getBoundingClientRect().right};
  });
  return {viewport: window.innerWidth, scroll_width: doc.scrollWidth,
          body_scroll_width: document.body.scrollWidth, figures};
}"""


def layout(page) -> dict:
    """The window's width, the page's scroll widths, and each figure's box and column."""
    return page.evaluate(_LAYOUT_JS)


# Every drawn figure's plot fits its box: plotly has followed a change of window width.
_FIGURES_FOLLOWED_JS = """tolerance => [...document.querySelectorAll('.course-plotly')].every(div => {
  const svg = div.querySelector('svg.main-svg');
  return !svg || svg.getBoundingClientRect().width <= div.getBoundingClientRect().width + tolerance;
})"""
FOLLOW_TIMEOUT_MS = 5000  # a busy machine can take seconds to redraw every figure


def figures_after_narrowing(page) -> list[dict]:
    """Narrow the window to a phone's, measure the figures, and widen it back.

    Waits until the figures have followed, or five seconds: a fixed pause failed on a busy
    machine. Figures that never follow are measured as they are, and the check reports them.
    """
    page.set_viewport_size(PHONE)
    page.wait_for_timeout(SETTLE_MS)
    try:
        page.wait_for_function(_FIGURES_FOLLOWED_JS, arg=TOLERANCE_PX, timeout=FOLLOW_TIMEOUT_MS)
    except PlaywrightTimeoutError:
        pass
    figures = layout(page)["figures"]
    page.set_viewport_size(DESKTOP)
    page.wait_for_timeout(SETTLE_MS)
    return figures


def scroll_problems(layout: dict) -> list[str]:
    widest = max(layout["scroll_width"], layout["body_scroll_width"])
    if widest > layout["viewport"] + TOLERANCE_PX:
        return [f"the page is {widest}px wide on a {layout['viewport']}px screen"]
    return []


def overflow_problems(figures: list[dict], viewport: int) -> list[str]:
    problems = []
    for f in figures:
        if f["svg_width"] is None:
            problems.append(f"{f['id']}: not drawn")
            continue
        if f["svg_width"] > f["div_width"] + TOLERANCE_PX:
            problems.append(
                f"{f['id']}: plot {f['svg_width']:.0f}px wide in a {f['div_width']:.0f}px box"
            )
        if f["div_width"] > f["column_width"] + TOLERANCE_PX:
            problems.append(
                f"{f['id']}: box {f['div_width']:.0f}px wide in a {f['column_width']:.0f}px column"
            )
        if f["svg_right"] > min(viewport, f["column_right"]) + TOLERANCE_PX:
            problems.append(
                f"{f['id']}: plot ends at {f['svg_right']:.0f}px, past the column "
                f"({f['column_right']:.0f}px) or screen ({viewport}px)"
            )
    return problems
