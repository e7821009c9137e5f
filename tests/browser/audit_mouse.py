"""Every plotly button, drop-down option and slider changes its figure, with the mouse.

A row of buttons is clicked with the mouse. A drop-down is stepped through
with the arrow keys from its <select> (``widgets/bookext/js/chooser.js``), as
a keyboard user would (plotly's list can be longer than the figure, so some
options are only reachable by scrolling the list). Each slider's rail is clicked at another step. The figure's title,
traces and annotations are compared before and after.
"""

from __future__ import annotations

from playwright.sync_api import TimeoutError as PlaywrightTimeout

# plotly draws one header group per menu (holding a button row's buttons) and one
# shared group for the options of whichever drop-down is open.
_MENU_HEADER_JS = """([id, m]) => [...document.getElementById(id)
    .querySelectorAll('.updatemenu-header-group')]
    .find(g => g.__data__ && g.__data__._index === m)"""

_VIEW_JS = """id => {
    const d = document.getElementById(id);
    return {title: d.layout.title.text,
            visible: d.data.map(t => t.visible),
            x: JSON.stringify(d.data.map(t => t.x)),
            y: JSON.stringify(d.data.map(t => t.y)),
            annotations: JSON.stringify((d.layout.annotations || []).map(a => a.text))};
}"""


def figure_view(page, figure_id: str) -> dict:
    """What the figure shows: its title, which traces are visible, their data, its notes."""
    return page.evaluate(_VIEW_JS, figure_id)


_CHANGED_JS = f"""([id, before]) => JSON.stringify(({_VIEW_JS})(id)) !== before"""


def _settle(page, figure_id):
    """Wait until the figure has finished redrawing for the reader's screen and theme."""
    page.wait_for_function("id => !document.getElementById(id).dataset.restyling", arg=figure_id)


def _changed(page, figure_id: str, before: dict, patience_ms: int = 5000) -> bool:
    """Whether the figure moves away from ``before`` within ``patience_ms`` (a busy machine draws late)."""
    try:
        page.wait_for_function(
            _CHANGED_JS, arg=[figure_id, _as_json(page, before)], timeout=patience_ms
        )
    except PlaywrightTimeout:
        return False
    _settle(page, figure_id)
    return True


def _as_json(page, view: dict) -> str:
    """The view as the page's JSON.stringify writes it, so the two compare as strings."""
    return page.evaluate("v => JSON.stringify(v)", view)


def _menu(page, figure_id: str, m: int) -> dict:
    """Menu ``m`` as plotly has filled it in now (another menu's option may hide or show it)."""
    return page.evaluate(
        "([id, m]) => { const u = document.getElementById(id)._fullLayout.updatemenus[m];"
        " return {visible: u.visible, type: u.type, count: u.buttons.length}; }",
        [figure_id, m],
    )


def _press_option(page, figure_id: str, m: int, b: int, dropdown: bool) -> str | None:
    """Press option ``b`` of menu ``m``; a problem in words, or None if the figure changed."""
    before = figure_view(page, figure_id)
    was_active = page.evaluate(
        "([id, m]) => document.getElementById(id).layout.updatemenus[m].active || 0", [figure_id, m]
    )
    header = page.evaluate_handle(_MENU_HEADER_JS, [figure_id, m]).as_element()
    if header is None:
        return f"menu {m} is not drawn"
    if dropdown:
        # A <select> does not wrap round: from its last option, Home goes to the first.
        chooser = page.locator(f"#{figure_id} select.course-chooser[data-menu='{m}']")
        chooser.focus()
        at_end = chooser.evaluate("s => s.selectedIndex === s.options.length - 1")
        page.keyboard.press("Home" if at_end else "ArrowDown")
    else:
        header.query_selector_all(".updatemenu-button")[b].click()
    # The first button of a row that is already showing its view may change nothing.
    unchanged_is_fine = not dropdown and b == 0 and was_active == 0
    if not _changed(page, figure_id, before, patience_ms=300 if unchanged_is_fine else 5000):
        if not unchanged_is_fine:
            return f"menu {m} option {b} changed nothing"
    return None


def _press_every_menu_option(page, figure_id: str) -> tuple[int, list[str]]:
    pressed, problems = 0, []
    menu_count = page.evaluate(
        "id => (document.getElementById(id).layout.updatemenus || []).length", figure_id
    )
    for m in range(menu_count):
        menu = _menu(page, figure_id, m)
        if not menu["visible"]:
            continue
        dropdown = menu["type"] == "dropdown"
        # A drop-down visits every other option once with the arrow keys.
        for b in range(menu["count"] - 1 if dropdown else menu["count"]):
            problem = _press_option(page, figure_id, m, b, dropdown)
            problems += [f"{figure_id}: {problem}"] if problem else []
            pressed += 1
    return pressed, problems


def _move_every_slider(page, figure, figure_id: str) -> tuple[int, list[str]]:
    """Click another step of each shown plotly slider's rail: the first, or the second if at the first.

    plotly draws a container only for a shown slider, so the k-th container is
    the k-th slider of the layout that is not hidden (a gallery hides all but one).
    """
    moved, problems = 0, []
    shown = page.evaluate(
        "id => (document.getElementById(id).layout.sliders || [])"
        ".map((l, s) => [s, l.steps.length, l.active || 0, l.visible !== false])"
        ".filter(row => row[3])",
        figure_id,
    )
    for container, (slider, steps, active, _) in enumerate(shown):
        target = 0 if active != 0 else 1
        before = figure_view(page, figure_id)
        rail = figure.locator(".slider-container").nth(container).locator(".slider-rail-rect")
        box = rail.bounding_box()
        page.mouse.click(
            box["x"] + box["width"] * target / max(steps - 1, 1), box["y"] + box["height"] / 2
        )
        if not _changed(page, figure_id, before):
            problems.append(f"{figure_id}: slider {slider} changed nothing")
        moved += 1
    return moved, problems


def mouse_controls(page) -> tuple[int, list[str]]:
    """Operate every control of every drawn figure; how many, and what changed nothing."""
    operated, problems = 0, []
    for index in range(page.locator(".course-plotly").count()):
        figure = page.locator(".course-plotly").nth(index)
        figure.scroll_into_view_if_needed()
        figure_id = figure.get_attribute("id")
        for count, found in (
            _press_every_menu_option(page, figure_id),
            _move_every_slider(page, figure, figure_id),
        ):
            operated += count
            problems += found
    return operated, problems
