"""A page on a touch phone: tap targets, what covers what, tables, tap-for-details boxes.

Measured on the page audit's phone load (390 x 844, touch, ``page_audit``):

* every control's tap target: at least 24 x 24 px (WCAG 2.2, 2.5.8; a link
  inside a sentence is exempt, as WCAG allows), and the course's own controls
  at least 44 px tall (``OWN_CONTROLS``: checker rows and links on, quiz options, Check
  buttons, form fields, figure choosers, plan presets, "Text description and
  data", Menu and Home, the "Hurting now?" links, slider rails);
* plotly's toolbar, "Back to top" and code-cell bars: not on the screen;
* each figure's tap-for-details box, for points across every trace: inside
  the figure (the figure clips anything outside it);
* tables, with every "Text description and data" open: each fits its column,
  stacks its rows, or scrolls sideways with a shadow that shows it does;
* in each figure as first drawn, the words that must not touch: title, legend,
  axis titles, notes and choosers (``figure_overlaps``);
* after the rest: the Menu button opens the chapter list; and scrolling up,
  which makes the theme show "Back to top", leaves it hidden (``menu_and_scroll``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

WCAG_MIN_PX = 24
OWN_MIN_PX = 44
TOLERANCE_PX = 0.5

# The course's own controls, by what they are (a selector, measured as drawn).
OWN_CONTROLS = {
    "checker row": ".course-warning-signs-checker-item label",
    "checker button": ".course-warning-signs-checker button",
    "checker list": "details.course-warning-signs-checker-list > summary",
    "checker next link": ".course-warning-signs-checker-next a",
    "quiz option": ".course-quiz-option label",
    "quiz answer field": ".course-quiz-option input[type=number]",
    "quiz Check button": ".course-quiz-check",
    "form field": ".course-form input[type=text], .course-form select, .course-form-tick label",
    "figure chooser": ".course-plotly .updatemenu-header, .course-plotly .updatemenu-button",
    "slider rail": ".course-plotly .slider-group > .slider-rail-touch-rect",
    "text description": "details.course-text-alternative > summary",
    "exercise card": ".course-exercise-cards summary",
    "menu and home": ".course-menu-button, .course-home-link",
    "hurting now link": ".course-hurting-now li > p > a:first-child",
}

_TARGETS_JS = """([own, exemptBlocks]) => {
  const vw = window.innerWidth;
  const visible = el => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= vw) return null;
    const style = getComputedStyle(el);
    // A slider's rail takes the finger through transparent rects (plotly's and touch.js's).
    const seeThrough = el.matches('.slider-rail-touch-rect, .course-hit-area');
    if (style.visibility === 'hidden' || (style.opacity === '0' && !seeThrough)) return null;
    if (el.closest('dialog:not([open]), details:not([open]) > :not(summary)')) return null;
    if (el.closest('.visually-hidden, .sr-only, .skip-link')) return null;
    return r;
  };
  const name = el => (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title')
    || el.getAttribute('class') || el.tagName).trim().replace(/\\s+/g, ' ').slice(0, 50);
  const inSentence = el => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = el.closest(exemptBlocks);
    if (!block) return false;
    return (block.textContent || '').trim().length > (el.textContent || '').trim().length + 2;
  };
  const targets = [];
  const seen = new Set();
  for (const [kind, selector] of Object.entries(own)) {
    for (const el of document.querySelectorAll(selector)) {
      const r = visible(el);
      if (!r) continue;
      seen.add(el);
      targets.push({kind, own: true, name: name(el), width: r.width, height: r.height});
    }
  }
  const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary, '
    + '[role=button], [role=slider], [role=combobox], [tabindex="0"]';
  for (const el of document.querySelectorAll(controls)) {
    if (seen.has(el) || el.closest('.course-plotly svg')) continue;  // plotly's, measured above
    const r = visible(el);
    if (!r) continue;
    let width = r.width, height = r.height;
    const label = (el.type === 'checkbox' || el.type === 'radio') && el.labels && el.labels[0];
    if (label) {  // a box and its label are one target: either one ticks it
      const l = label.getBoundingClientRect();
      width = Math.max(r.right, l.right) - Math.min(r.left, l.left);
      height = Math.max(r.bottom, l.bottom) - Math.min(r.top, l.top);
    }
    targets.push({kind: el.tagName.toLowerCase(), own: false, name: name(el), width, height,
                  inSentence: inSentence(el)});
  }
  const shown = s => [...document.querySelectorAll(s)].filter(visible).length;
  return {
    targets,
    modebars: shown('.course-plotly .modebar-container .modebar-btn'),
    backToTop: shown('#pst-back-to-top'),
    codeBars: shown('details.above-input, details.hide.above-input')
      + [...document.querySelectorAll('summary')].filter(
          s => /code cell/i.test(s.textContent) && visible(s)).length,
    tooltips: shown('.tooltip'),
  };
}"""

EXEMPT_BLOCKS = "p, li, dd, dt, td, th, figcaption, caption, h1, h2, h3, h4, h5, h6"

_HOVER_JS = """async () => {
  const problems = [];
  let tried = 0;
  for (const div of document.querySelectorAll('.course-plotly')) {
    if (!div._fullData || typeof Plotly === 'undefined') continue;
    const box = div.getBoundingClientRect();
    for (let t = 0; t < div._fullData.length; t++) {
      const trace = div._fullData[t];
      if (trace.visible !== true || trace.hoverinfo === 'skip' || trace.hoverinfo === 'none') continue;
      const n = (trace.x && trace.x.length) || (trace.y && trace.y.length) || 0;
      const points = [...new Set([0, Math.floor(n / 2), n - 1])].filter(p => p >= 0 && p < n);
      for (const p of points) {
        try {
          Plotly.Fx.hover(div, [{curveNumber: t, pointNumber: p}]);
        } catch (e) {
          continue;  // a trace whose points are not numbered one by one (a heatmap's cells)
        }
        const label = div.querySelector('.hoverlayer .hovertext');
        if (!label) continue;
        tried += 1;
        const r = label.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1
            || r.bottom > box.bottom + 1) {
          problems.push(`${div.id} trace ${t} point ${p}: the box spans ${Math.round(r.left)}`
            + `-${Math.round(r.right)} px in a figure of ${Math.round(box.left)}`
            + `-${Math.round(box.right)} px`);
        }
      }
      Plotly.Fx.unhover(div);
    }
  }
  return {tried, problems};
}"""

_TABLES_JS = """() => {
  document.querySelectorAll('details.course-text-alternative, details.course-warning-signs-checker-list')
    .forEach(d => { d.open = true; });
  const column = document.querySelector('article') || document.body;
  const right = column.getBoundingClientRect().right;
  return [...document.querySelectorAll('article table')].map(table => {
    const r = table.getBoundingClientRect();
    if (r.width === 0) return null;
    const row = table.querySelector('tbody tr');
    const stacked = !!row && getComputedStyle(row).display === 'block';
    let scroller = null;
    for (let el = table; el && el !== column; el = el.parentElement) {
      const s = getComputedStyle(el);
      if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        scroller = el; break;
      }
    }
    const cue = !!scroller && /gradient/.test(getComputedStyle(scroller).backgroundImage);
    const fits = !scroller && r.right <= right + 1
      && table.scrollWidth <= table.getBoundingClientRect().width + 1;
    const caption = table.querySelector('caption, th');
    return {name: ((caption && caption.textContent) || '').trim().slice(0, 50),
            fits, stacked, scrolls: !!scroller, cue};
  }).filter(Boolean);
}"""

_MODEBAR_TITLE_JS = """() => [...document.querySelectorAll('.course-plotly')].flatMap(div => {
  const bar = div.querySelector('.modebar');
  const container = div.querySelector('.modebar-container');
  if (!bar || !container || getComputedStyle(container).display === 'none') return [];
  const b = bar.getBoundingClientRect();
  if (b.width === 0) return [];
  const parts = {title: '.g-gtitle .gtitle', legend: '.legend', 'x-axis title': '.g-xtitle text',
                 'menu': '.updatemenu-container', 'note': '.annotation'};
  return Object.entries(parts).flatMap(([what, selector]) =>
    [...div.querySelectorAll(selector)].filter(el => {
      const t = el.getBoundingClientRect();
      return t.width > 0 && b.left < t.right && t.left < b.right && b.top < t.bottom
        && t.top < b.bottom;
    }).map(() => `${div.id}: the toolbar covers a ${what}`));
})"""


_OVERLAPS_JS = """() => {
  const parts = {
    title: '.g-gtitle .gtitle',
    legend: '.legend',
    'axis title': '.infolayer > g[class$="title"]:not(.g-gtitle) text',
    note: '.annotation',
    // What is drawn, not the finger-sized transparent hit areas around it (touch.js).
    chooser: '.updatemenu-container .updatemenu-item-rect',
    slider: '.slider-rail-rect, .slider-grip-rect, .slider-label, .slider-tick',
  };
  const problems = [];
  for (const div of document.querySelectorAll('.course-plotly')) {
    const found = [];
    for (const [kind, selector] of Object.entries(parts)) {
      for (const el of div.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden') continue;
        const named = el.closest('.updatemenu-button, .updatemenu-header') || el;
        const text = (named.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
        found.push({kind, text, r});
      }
    }
    for (let i = 0; i < found.length; i++) {
      for (let j = i + 1; j < found.length; j++) {
        const a = found[i], b = found[j];
        if (a.kind === b.kind && (a.kind === 'slider' || a.kind === 'chooser')) continue;  // parts
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) {
          problems.push(`${div.id}: ${a.kind} '${a.text}' overlaps ${b.kind} '${b.text}'`
            + ` by ${Math.round(x)} x ${Math.round(y)} px`);
        }
      }
    }
  }
  return problems;
}"""

_BACK_TO_TOP_JS = """async () => {
  const button = document.getElementById('pst-back-to-top');
  const frame = () => new Promise(done => requestAnimationFrame(() => done()));
  const bottom = document.documentElement.scrollHeight - window.innerHeight;
  if (!button || bottom < 2 * window.innerHeight) return {tried: false, shown: false};
  window.scrollTo(0, bottom);
  await frame(); await frame();
  window.scrollTo(0, bottom - 400);  // a reader scrolling back up
  await frame(); await frame();
  const r = button.getBoundingClientRect();
  const result = {tried: button.style.display === 'block',
                  shown: r.width > 0 && getComputedStyle(button).display !== 'none'};
  window.scrollTo(0, 0);
  return result;
}"""


@dataclass
class TouchAudit:
    """What a touch phone measured on one page (see the module docstring)."""

    targets: list[dict] = field(default_factory=list)
    modebars: int = 0
    back_to_top: int = 0
    code_bars: int = 0
    tooltips: int = 0
    hover_tried: int = 0
    hover_problems: list[str] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)
    overlaps: list[str] = field(default_factory=list)
    menu_links: list[str] = field(default_factory=list)
    back_to_top_tried: bool = False
    back_to_top_shown: bool = False


def touch_measures(page) -> TouchAudit:
    """Measure targets, covers and tap-for-details boxes (before any control is operated)."""
    found = page.evaluate(_TARGETS_JS, [OWN_CONTROLS, EXEMPT_BLOCKS])
    hover = page.evaluate(_HOVER_JS)
    return TouchAudit(
        targets=found["targets"],
        modebars=found["modebars"],
        back_to_top=found["backToTop"],
        code_bars=found["codeBars"],
        tooltips=found["tooltips"],
        hover_tried=hover["tried"],
        hover_problems=hover["problems"],
        overlaps=page.evaluate(_OVERLAPS_JS),
    )


def table_measures(page) -> list[dict]:
    """Open every text description, then say how each table fits the phone's column."""
    return page.evaluate(_TABLES_JS)


def menu_and_scroll(page, touch: TouchAudit) -> None:
    """Tap Menu and read the chapter links it shows; close it; then scroll down and back up.

    Last on the phone load: the menu is closed again with Escape, and the page is
    back at the top.
    """
    page.locator(".course-menu-button").tap()
    drawer = page.locator("dialog#pst-primary-sidebar-modal[open]")
    drawer.wait_for(state="visible", timeout=3000)
    links = drawer.locator(".bd-links a.reference.internal")
    touch.menu_links = [link.get_attribute("href") for link in links.all() if link.is_visible()]
    page.keyboard.press("Escape")
    drawer.wait_for(state="detached", timeout=3000)
    scrolled = page.evaluate(_BACK_TO_TOP_JS)
    touch.back_to_top_tried, touch.back_to_top_shown = scrolled["tried"], scrolled["shown"]


def modebar_over_title(page) -> list[str]:
    """Figures whose plotly toolbar (drawn, if unseen until hovered) covers a title or legend."""
    return page.evaluate(_MODEBAR_TITLE_JS)


def small_targets(targets: list[dict]) -> list[str]:
    """Controls under 24 x 24 px, and the course's own controls under 44 px tall, in words."""
    problems = []
    for t in targets:
        if t.get("inSentence"):
            continue
        if t["width"] + TOLERANCE_PX < WCAG_MIN_PX or t["height"] + TOLERANCE_PX < WCAG_MIN_PX:
            problems.append(f"{t['kind']} '{t['name']}': {t['width']:.0f} x {t['height']:.0f} px")
        elif t["own"] and t["height"] + TOLERANCE_PX < OWN_MIN_PX:
            problems.append(f"{t['kind']} '{t['name']}': {t['height']:.0f} px tall, not 44")
    return problems


def table_problems(tables: list[dict]) -> list[str]:
    """Tables that neither fit, nor stack, nor show that they scroll."""
    return [
        f"table '{t['name']}' is cut off: it scrolls sideways with no shadow to show it"
        for t in tables
        if not (t["fits"] or t["stacked"] or (t["scrolls"] and t["cue"]))
    ]
