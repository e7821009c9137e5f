"""The plotly internals ``adapter.js`` reads are still where it expects them.

Every plotly selector and internal the course's scripts use sits in one
adapter (``widgets/bookext/js/adapter.js``); ``adapter.check`` reports what it
cannot find on a drawn figure. This breaks when a plotly.js update moves them.
"""

from __future__ import annotations

from pathlib import Path

from widgets.bookext.figure_data import figure_payloads

_CHECK_JS = """frames => [...document.querySelectorAll('.course-plotly')].map(d => {
  const adapter = CoursePlotly.plotlyAdapter;
  const found = adapter.check(d, frames[d.id]);
  if ((d.layout.sliders || []).length &&
      adapter.controlIndex(d.querySelector('.slider-group')) === null)
    found.push('slider index not found');
  // Per-figure state lives in a WeakMap, not on the DOM or in the layout.
  const own = Object.keys(d).filter(k => k.startsWith('_course'));
  const inLayout = (d.layout.updatemenus || []).flatMap(m => Object.keys(m))
    .filter(k => k.startsWith('_course'));
  return found.concat(own, inLayout).map(p => d.id + ': ' + p);
}).flat()"""


def adapter_problems(page, html: Path) -> list[str]:
    """What the adapter misses on the page's drawn figures; ``html`` is the page's built file."""
    frames = {
        figure_id: len(figure.get("frames") or [])
        for figure_id, figure in figure_payloads(html).items()
    }
    return page.evaluate(_CHECK_JS, frames)
