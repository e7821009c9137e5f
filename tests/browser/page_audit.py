"""One page load per page and mode, measured once and shared by the quality tests.

``audit(browser, server, docname, mode)`` opens the page in a fresh context,
waits for its figures, and records what the accessibility, mobile, dark-mode
and console tests need: axe-core violations, the figures' names, captions and
text alternatives, the contrast of the figures' SVG text, keyboard access to
plotly's controls, the page's width and the figures' widths. Results are kept
for the session, so each test only reads them.

Modes: ``light`` and ``dark`` (desktop, colour scheme preference) and
``phone`` (390 x 844, light).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest
from book_site import DESKTOP, PHONE, REPO, wait_for_figures
from playwright.sync_api import TimeoutError as PlaywrightTimeout

AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}
MODES = {"light": (DESKTOP, "light"), "dark": (DESKTOP, "dark"), "phone": (PHONE, "light")}
SETTLE_MS = 300  # time for late scripts to report errors and for resize handlers to run

_CACHE: dict[tuple[str, str, str], PageAudit] = {}


@dataclass
class PageAudit:
    docname: str
    mode: str
    theme: str = ""
    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    axe: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    svg_text: list[dict] = field(default_factory=list)
    keyboard: list[dict] = field(default_factory=list)
    layout: dict = field(default_factory=dict)
    resized_figures: list[dict] = field(default_factory=list)

    @property
    def serious_axe(self) -> list[dict]:
        return [v for v in self.axe if v["impact"] in FAILING_IMPACTS]


def axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail(
            f"{AXE_JS} is missing: run `make install` "
            "(it installs axe-core from npm for the accessibility tests)."
        )
    return AXE_JS.read_text()


def audit(browser, server, docname: str, mode: str) -> PageAudit:
    """Open ``docname`` once in ``mode`` and measure everything; cached for the session."""
    key = (server.base_url, docname, mode)
    if key not in _CACHE:
        try:
            _CACHE[key] = _measure(browser, server, docname, mode)
        except Exception as problem:  # remembered, so other tests of this page fail fast
            _CACHE[key] = problem
    if isinstance(_CACHE[key], Exception):
        raise AssertionError(f"{docname} ({mode}): {_CACHE[key]}")
    return _CACHE[key]


def _measure(browser, server, docname: str, mode: str) -> PageAudit:
    viewport, scheme = MODES[mode]
    result = PageAudit(docname, mode)
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    try:
        page = context.new_page()
        page.on(
            "console", lambda m: result.console_errors.append(m.text) if m.type == "error" else None
        )
        page.on("pageerror", lambda e: result.console_errors.append(str(e)))
        page.on(
            "request",
            lambda r: (
                result.external_requests.append(r.url)
                if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))
                else None
            ),
        )
        page.on("requestfailed", lambda r: result.failed_requests.append(r.url))
        page.on(
            "response",
            lambda r: (
                result.failed_requests.append(f"{r.status} {r.url}") if r.status >= 400 else None
            ),
        )
        response = page.goto(server.url(docname), wait_until="load")
        assert response is not None and response.ok, f"{docname} did not load"
        wait_for_figures(page)
        page.wait_for_timeout(SETTLE_MS)
        result.theme = page.evaluate("document.documentElement.dataset.theme || ''")
        result.figures = page.evaluate(_FIGURES_JS)
        result.images = page.evaluate(_IMAGES_JS)
        result.layout = page.evaluate(_LAYOUT_JS)
        if mode in ("light", "dark"):
            result.svg_text = page.evaluate(_SVG_TEXT_JS)
            page.add_script_tag(content=axe_source())
            result.axe = page.evaluate(_AXE_JS, AXE_TAGS)
        if mode == "light":
            if result.figures:
                page.set_viewport_size(PHONE)
                page.wait_for_timeout(SETTLE_MS)
                result.resized_figures = page.evaluate(_LAYOUT_JS)["figures"]
                page.set_viewport_size(DESKTOP)
                page.wait_for_timeout(SETTLE_MS)
            result.keyboard = _keyboard_controls(page)
        page.wait_for_timeout(100)
    finally:
        context.close()
    return result


_AXE_JS = """async tags => {
  const results = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                           resultTypes: ['violations']});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), impact: n.impact,
                              summary: (n.failureSummary || '').slice(0, 300)}))}));
}"""

_FIGURES_JS = """() => {
  const text = el => el ? el.innerText.trim() : '';
  const plotly = [...document.querySelectorAll('.course-plotly')].map(div => {
    const fig = div.closest('figure');
    const alt = fig && fig.querySelector('details.course-text-alternative');
    return {kind: 'plotly', id: div.id, role: div.getAttribute('role') || '',
            name: (div.getAttribute('aria-label') || '').trim(),
            caption: text(fig && fig.querySelector('figcaption')),
            in_figure: !!fig,
            alternative: alt ? {summary: text(alt.querySelector('summary')),
                                text: alt.textContent.trim().slice(0, 4000),
                                tables: alt.querySelectorAll('table').length} : null,
            modebar: [...div.querySelectorAll('.modebar-btn')].map(b =>
                       b.getAttribute('data-title') || b.getAttribute('aria-label') || '')};
  });
  const others = [...document.querySelectorAll('article figure')]
    .filter(fig => !fig.querySelector('.course-plotly'))
    .map(fig => {
      const media = fig.querySelector('img, svg, video, canvas, iframe');
      return {kind: 'figure', id: fig.id || '', caption: text(fig.querySelector('figcaption')),
              name: media ? (media.getAttribute('alt') || media.getAttribute('aria-label') ||
                             media.getAttribute('title') || '').trim() : '',
              media: media ? media.tagName.toLowerCase() : ''};
    });
  return plotly.concat(others);
}"""

_IMAGES_JS = """() => [...document.querySelectorAll('main img, article img')].map(img => ({
  src: img.getAttribute('src'), alt: img.getAttribute('alt'),
  hidden: img.getAttribute('aria-hidden') === 'true' || img.getAttribute('role') === 'presentation',
}))"""

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

# Contrast of the text plotly draws in SVG (axe does not check SVG text): titles,
# axis labels, legend, button and slider labels, annotations.
_SVG_TEXT_JS = """() => {
  const parse = c => {
    const m = (c || '').match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(',').map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const pageBackground = el => {
    const layers = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let colour = [255, 255, 255, 1];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const luminance = c => {
    const ch = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const fillOf = el => {
    const style = getComputedStyle(el);
    const c = parse(style.fill);
    if (!c) return null;
    c[3] *= Number(style.fillOpacity || 1) * Number(style.opacity || 1);
    return c;
  };
  const out = [];
  document.querySelectorAll('.course-plotly').forEach(div => {
    const full = div._fullLayout;
    if (!full) return;
    const page = pageBackground(div);
    const paper = over(parse(full.paper_bgcolor) || [0, 0, 0, 0], page);
    const plotArea = over(parse(full.plot_bgcolor) || [0, 0, 0, 0], paper);
    const plotBox = (div.querySelector('.bglayer rect.bg') || div.querySelector('.plot')) ?.getBoundingClientRect();
    const selector = '.gtitle, .xtick text, .ytick text, .g-xtitle text, .g-ytitle text, ' +
      '.legendtext, .annotation-text, .updatemenu-button text, .updatemenu-header text, ' +
      '.slider-label, .slider-tick-label, .slider-current-value, text.g-gtitle';
    div.querySelectorAll(selector).forEach(text => {
      if (!text.textContent.trim() || text.getBBox().width === 0) return;
      const style = getComputedStyle(text);
      if (style.visibility === 'hidden' || style.display === 'none') return;
      let background = paper;
      const button = text.closest('.updatemenu-button, .updatemenu-header');
      const annotation = text.closest('.annotation');
      if (button) {
        const rect = button.querySelector('rect');
        const fill = rect && fillOf(rect);
        if (fill) background = over(fill, paper);
      } else if (annotation) {
        const bg = annotation.querySelector('rect.bg');
        const fill = bg && fillOf(bg);
        const box = text.getBoundingClientRect();
        const inPlot = plotBox && box.left >= plotBox.left && box.right <= plotBox.right &&
                       box.top >= plotBox.top && box.bottom <= plotBox.bottom;
        background = inPlot ? plotArea : paper;
        if (fill && fill[3] > 0) background = over(fill, background);
      }
      const colour = fillOf(text);
      if (!colour) return;
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700 || style.fontWeight === 'bold';
      const large = size >= 24 || (bold && size >= 18.66);
      const kind = button ? 'button' : annotation ? 'annotation' :
        (text.getAttribute('class') || text.parentNode.getAttribute('class') || 'text').split(' ')[0];
      out.push({figure: div.id, kind: kind, text: text.textContent.trim().slice(0, 60),
                colour: style.fill, background: 'rgb(' + background.slice(0, 3).map(Math.round).join(',') + ')',
                ratio: Math.round(ratio(over(colour, background), background) * 100) / 100,
                needed: large ? 3 : 4.5});
    });
  });
  return out;
}"""


# Keyboard: move focus into each figure with Tab, and operate what gets focus.
CONTROL_ROLES = {
    "button",
    "slider",
    "radio",
    "tab",
    "option",
    "menuitem",
    "menuitemradio",
    "combobox",
    "listbox",
    "spinbutton",
    "switch",
    "checkbox",
}

_STATE_JS = """id => {
  const d = document.getElementById(id);
  return JSON.stringify({title: d.layout.title, annotations: d.layout.annotations,
                         shapes: d.layout.shapes, sliders: (d.layout.sliders || []).map(s => s.active),
                         menus: (d.layout.updatemenus || []).map(m => m.active),
                         data: d.data.map(t => [t.x, t.y, t.visible, t.text])});
}"""

_CONTROLS_JS = """id => {
  const full = document.getElementById(id)._fullLayout || {};
  const menus = (full.updatemenus || []).filter(m => m.visible !== false);
  const sliders = (full.sliders || []).filter(s => s.visible !== false);
  const buttonGroups = menus.filter(m => m.type === 'buttons');
  return {id, sliders: sliders.length, dropdowns: menus.length - buttonGroups.length,
          button_groups: buttonGroups.length,
          buttons: buttonGroups.reduce((n, m) => n + m.buttons.filter(b => b.visible !== false).length, 0)};
}"""

_FOCUS_JS = """id => {
  const el = document.activeElement;
  const div = document.getElementById(id);
  const figure = div.closest('figure') || div;
  if (!el || !figure.contains(el)) return null;
  if (el.closest('details') && !div.contains(el)) return {outside: true};
  const tag = el.tagName.toLowerCase();
  const implicit = {button: 'button', select: 'combobox', a: 'link', summary: 'button'}[tag] ||
    (tag === 'input' ? ({range: 'slider', radio: 'radio', checkbox: 'checkbox'}[el.type] || 'textbox') : '');
  const labelled = (el.getAttribute('aria-labelledby') || '').split(/\\s+/)
    .map(i => document.getElementById(i)).filter(Boolean).map(n => n.textContent).join(' ');
  const native = ['button', 'select', 'summary', 'a'].includes(tag) ? el.innerText :
                 (el.labels && el.labels.length ? el.labels[0].innerText : '');
  return {index: [...figure.querySelectorAll('*')].indexOf(el), tag,
          role: el.getAttribute('role') || implicit,
          name: (el.getAttribute('aria-label') || labelled || native || el.getAttribute('title') || '').trim(),
          in_plot: !el.closest('.modebar-container') && div.contains(el),
          in_modebar: !!el.closest('.modebar-container'),
          visible: (() => { const box = el.getBoundingClientRect(), style = getComputedStyle(el);
                            return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' &&
                                   Number(style.opacity) > 0; })(),
          valuenow: el.getAttribute('aria-valuenow') ?? (tag === 'input' || tag === 'select' ? el.value : null)};
}"""

_START_BEFORE_JS = """id => {
  document.getElementById('course-keyboard-start')?.remove();
  const figure = document.getElementById(id).closest('figure') || document.getElementById(id);
  const start = document.createElement('span');
  start.tabIndex = -1;
  start.id = 'course-keyboard-start';
  figure.parentNode.insertBefore(start, figure);
  start.focus();
  return document.activeElement === start;
}"""

# What a keyboard user would try on each kind of control, in order, until the figure changes.
KEYS = {
    "slider": ["ArrowRight", "ArrowLeft"],
    "combobox": ["ArrowDown"],
    "listbox": ["ArrowDown"],
    "spinbutton": ["ArrowUp"],
}
BUTTON_KEYS = ["Enter", "ArrowDown", "ArrowRight"]


def _changes(page, figure_id: str, before: str, timeout_ms: int = 400) -> bool:
    """Whether the figure's data or layout differs from ``before`` within the timeout."""
    try:
        page.wait_for_function(
            f"([id, before]) => ({_STATE_JS})(id) !== before",
            arg=[figure_id, before],
            timeout=timeout_ms,
            polling=20,
        )
    except PlaywrightTimeout:
        return False
    page.wait_for_timeout(50)  # let plotly finish redrawing the controls
    return True


def _tab_into(page, figure_id: str, presses: int):
    """Focus just before the figure, press Tab ``presses`` times; what has focus then."""
    assert page.evaluate(_START_BEFORE_JS, figure_id), "could not place focus before the figure"
    for _ in range(presses):
        page.keyboard.press("Tab")
    return page.evaluate(_FOCUS_JS, figure_id) if presses else None


def _keyboard_controls(page) -> list[dict]:
    """For each figure with plotly buttons or sliders: what Tab reaches and what it does.

    First Tab walks through the figure and lists what takes focus. Then each
    control found (not the modebar's) is reached again with Tab and operated
    with the keys a reader would try; the figure's data and layout are compared
    before and after, and focus must stay on a control of the same kind.
    """
    found = []
    figure_ids = page.eval_on_selector_all(".course-plotly", "ds => ds.map(d => d.id)")
    for figure_id in figure_ids:
        expected = page.evaluate(_CONTROLS_JS, figure_id)
        total = expected["sliders"] + expected["dropdowns"] + expected["buttons"]
        if not total:
            continue
        reached, seen = [], set()
        _tab_into(page, figure_id, 0)
        for _ in range(total + 15):
            page.keyboard.press("Tab")
            focus = page.evaluate(_FOCUS_JS, figure_id)
            if focus is None or focus.get("outside") or focus["index"] in seen:
                break
            seen.add(focus["index"])
            reached.append(focus)
        for position, control in enumerate(reached, start=1):
            if control["in_modebar"] or control["role"] in ("link", "textbox"):
                continue  # modebar: download and the like, not a view of the data
            focus = _tab_into(page, figure_id, position)
            if not focus or focus.get("outside") or focus["role"] != control["role"]:
                control["changes_figure"] = False
                control["focus_kept"] = False
                continue
            control["valuenow"] = focus["valuenow"]
            control["changes_figure"] = False
            for key in KEYS.get(control["role"], BUTTON_KEYS):
                before = page.evaluate(_STATE_JS, figure_id)
                page.keyboard.press(key)
                if _changes(page, figure_id, before):
                    control["changes_figure"] = key
                    break
            if control["role"] == "slider" and control["changes_figure"]:
                try:  # the value may be announced after the redraw
                    page.wait_for_function(
                        "before => document.activeElement?.getAttribute('aria-valuenow') !== before",
                        arg=control["valuenow"],
                        timeout=600,
                        polling=20,
                    )
                except PlaywrightTimeout:
                    pass
            after = page.evaluate(_FOCUS_JS, figure_id)
            control["focus_kept"] = bool(
                after and not after.get("outside") and after["role"] == control["role"]
            )
            control["valuenow_after"] = (after or {}).get("valuenow")
        found.append({"figure": figure_id, **expected, "reached": reached})
    return found


# What counts as a problem: each returns a list of readable problems (empty = pass).
TOLERANCE_PX = 1
UPLOADING_BUTTONS = ("Share chart", "Edit in Chart Studio", "Edit chart")  # plotly modebar


def console_problems(result: PageAudit) -> list[str]:
    return (
        [f"console error: {e}" for e in result.console_errors]
        + [f"request to another host: {u}" for u in result.external_requests]
        + [f"failed request: {u}" for u in result.failed_requests]
    )


def contrast_problems(result: PageAudit) -> list[str]:
    return [
        f"{t['figure']} {t['kind']} {t['text']!r}: {t['colour']} on {t['background']} "
        f"= {t['ratio']}:1, needs {t['needed']}:1"
        for t in result.svg_text
        if t["ratio"] < t["needed"]
    ]


def figure_problems(result: PageAudit) -> list[str]:
    problems = []
    for f in result.figures:
        label = f"{f['kind']} {f['id'] or '(no id)'}"
        if len(f["name"]) < 10:
            problems.append(f"{label}: no alt text or aria-label ({f['name']!r})")
        if len(f["caption"]) < 10:
            problems.append(f"{label}: no caption")
        if f["kind"] != "plotly":
            continue
        alt = f["alternative"]
        if not f["in_figure"]:
            problems.append(f"{label}: not inside a <figure>")
        if f["role"] == "img" and f["modebar"]:
            problems.append(f"{label}: role=img hides its controls from assistive technology")
        if alt is None:
            problems.append(f"{label}: no <details> text alternative")
        elif not alt["tables"] and len(alt["text"]) - len(alt["summary"]) < 40:
            problems.append(f"{label}: the text alternative has no table and no sentence")
    for image in result.images:
        if image["alt"] is None and not image["hidden"]:
            problems.append(f"img {image['src']}: no alt attribute")
    return problems


def upload_problems(result: PageAudit) -> list[str]:
    offered = sorted(
        {
            title
            for f in result.figures
            for title in f.get("modebar", [])
            if title.startswith(UPLOADING_BUTTONS)
        }
    )
    return [
        f"the figure toolbar offers {title!r}, which sends the reader's figure to another "
        "host; remove it from the plotly config"
        for title in offered
    ]


def keyboard_problems(result: PageAudit) -> list[str]:
    problems = []
    for figure in result.keyboard:
        controls = [
            c for c in figure["reached"] if not c["in_modebar"] and c["role"] in CONTROL_ROLES
        ]
        needed = figure["buttons"] + figure["dropdowns"] + figure["sliders"]
        where = (
            f"{figure['figure']} ({figure['buttons']} buttons, {figure['dropdowns']} "
            f"dropdowns, {figure['sliders']} sliders)"
        )
        for c in figure["reached"]:
            if not c.get("visible", True):
                problems.append(
                    f"{where}: Tab stops on an invisible {c['role'] or c['tag']} {c['name']!r}"
                )
        controls = [c for c in controls if c.get("visible", True)]
        if len(controls) < needed:
            problems.append(
                f"{where}: Tab reaches {len(controls)} of {needed} controls; reached "
                f"{[(c['tag'], c['role'], c['name']) for c in figure['reached']]}"
            )
        for c in controls:
            if not c["name"]:
                problems.append(f"{where}: a {c['role']} <{c['tag']}> has no accessible name")
            if not c.get("focus_kept", True):
                problems.append(f"{where}: focus is lost after operating {c['name']!r}")
            if (
                c["role"] == "slider"
                and c.get("changes_figure")
                and c.get("valuenow") == c.get("valuenow_after")
            ):
                problems.append(
                    f"{where}: slider {c['name']!r} moves but aria-valuenow stays "
                    f"{c.get('valuenow')!r}"
                )
        working = [c for c in controls if c.get("changes_figure")]
        # In a group of buttons, the one already active may change nothing.
        if len(working) < needed - figure["button_groups"]:
            idle = [c["name"] for c in controls if not c.get("changes_figure")]
            problems.append(
                f"{where}: only {len(working)} controls change the figure from the "
                f"keyboard (Enter, arrow keys); no change from {idle}"
            )
    return problems


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


def describe_axe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:8]:
            reason = node["summary"].splitlines()[-1] if node["summary"] else ""
            lines.append(f"    {node['target']}  {reason.strip()}")
        if len(v["nodes"]) > 8:
            lines.append(f"    ... and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


def dump(result: PageAudit) -> str:
    """Everything measured, for debugging a failure."""
    return json.dumps(result.__dict__, indent=1, default=str)
