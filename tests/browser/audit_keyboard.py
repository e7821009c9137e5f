"""Keyboard access to plotly's buttons, dropdowns and sliders in every figure.

Tab walks through each figure that has controls and lists what takes focus.
Then each control found (not the modebar's) is reached again with Tab and
operated with the keys a reader would try; the figure's data and layout are
compared before and after, and focus must stay on a control of the same kind.
"""

from __future__ import annotations

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


# How long a key may take to change a figure, counted in the page's own paints (a paint and
# the task after it), not in milliseconds: a busy machine paints less often, and waits longer.
# 24 paints is 400 ms at 60 frames a second.
CHANGE_PAINTS = 24
ANNOUNCE_PAINTS = 36

_WITHIN_PAINTS_JS = """([arg, paints]) => new Promise(resolve => {
  const holds = %s;
  let left = paints;
  (function check() {
    if (holds(arg)) { resolve(true); return; }
    if (left-- <= 0) { resolve(false); return; }
    // The next paint, then a task; a page that does not paint (a hidden tab) still goes on.
    let moved = false;
    const next = () => { if (!moved) { moved = true; setTimeout(check, 0); } };
    requestAnimationFrame(next);
    setTimeout(next, 100);
  })();
})"""


def _within_paints(page, test_js: str, arg, paints: int) -> bool:
    """Whether the JavaScript function ``test_js`` returns true for ``arg`` within ``paints``."""
    return page.evaluate(_WITHIN_PAINTS_JS % test_js, [arg, paints])


def _changes(page, figure_id: str, before: str) -> bool:
    """Whether the figure's data or layout differs from ``before`` within ``CHANGE_PAINTS``."""
    test = f"([id, before]) => ({_STATE_JS})(id) !== before"
    if not _within_paints(page, test, [figure_id, before], CHANGE_PAINTS):
        return False
    page.wait_for_timeout(50)  # let plotly finish redrawing the controls
    return True


def _tab_into(page, figure_id: str, presses: int):
    """Focus just before the figure, press Tab ``presses`` times; what has focus then."""
    assert page.evaluate(_START_BEFORE_JS, figure_id), "could not place focus before the figure"
    for _ in range(presses):
        page.keyboard.press("Tab")
    return page.evaluate(_FOCUS_JS, figure_id) if presses else None


def _reached_by_tab(page, figure_id: str, limit: int) -> list[dict]:
    """What takes focus, in order, as Tab walks from just before the figure through it."""
    reached, seen = [], set()
    _tab_into(page, figure_id, 0)
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(_FOCUS_JS, figure_id)
        if focus is None or focus.get("outside") or focus["index"] in seen:
            break
        seen.add(focus["index"])
        reached.append(focus)
    return reached


def _wait_for_announced_value(page, before) -> None:
    """A slider may announce its new ``aria-valuenow`` only after the redraw."""
    test = "before => document.activeElement?.getAttribute('aria-valuenow') !== before"
    _within_paints(page, test, before, ANNOUNCE_PAINTS)


def _operate(page, figure_id: str, control: dict, position: int) -> None:
    """Tab to the ``position``-th stop, press a reader's keys; note what changed on ``control``."""
    control["changes_figure"] = False
    focus = _tab_into(page, figure_id, position)
    if not focus or focus.get("outside") or focus["role"] != control["role"]:
        control["focus_kept"] = False
        return
    control["valuenow"] = focus["valuenow"]
    for key in KEYS.get(control["role"], BUTTON_KEYS):
        before = page.evaluate(_STATE_JS, figure_id)
        page.keyboard.press(key)
        if _changes(page, figure_id, before):
            control["changes_figure"] = key
            break
    if control["role"] == "slider" and control["changes_figure"]:
        _wait_for_announced_value(page, control["valuenow"])
    after = page.evaluate(_FOCUS_JS, figure_id)
    control["focus_kept"] = bool(
        after and not after.get("outside") and after["role"] == control["role"]
    )
    control["valuenow_after"] = (after or {}).get("valuenow")


def keyboard_controls(page) -> list[dict]:
    """For each figure with plotly buttons or sliders: what Tab reaches and what it does."""
    found = []
    figure_ids = page.eval_on_selector_all(".course-plotly", "ds => ds.map(d => d.id)")
    for figure_id in figure_ids:
        expected = page.evaluate(_CONTROLS_JS, figure_id)
        total = expected["sliders"] + expected["dropdowns"] + expected["buttons"]
        if not total:
            continue
        reached = _reached_by_tab(page, figure_id, total + 15)
        for position, control in enumerate(reached, start=1):
            if control["in_modebar"] or control["role"] in ("link", "textbox"):
                continue  # modebar: download and the like, not a view of the data
            _operate(page, figure_id, control, position)
        found.append({"figure": figure_id, **expected, "reached": reached})
    return found


def keyboard_problems(result) -> list[str]:
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
