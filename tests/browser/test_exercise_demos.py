"""Exercise demos and preset plans in the built book: Play, Pause, scrub, switch; mouse and keyboard.

The gallery is one plotly figure with a drop-down of exercises, and one
Play/Pause row and one slider per exercise, of which only the chosen
exercise's are shown. Frames advance only after Play and stop after Pause.
"""

from __future__ import annotations

import re

import pytest
from book_site import DESKTOP, PHONE, assert_clean, wait_for_figures

from widgets.figures.exercise_demo import gallery_ids
from widgets.figures.exercise_drawing import NEAR
from widgets.figures.strength_plan import PRESETS, plan_title, preset_plans
from widgets.model.exercise_library import easier_demo_ids, exercise

PAGE = "notebooks/exercises-for-runners-backs"
PREVENTION = "notebooks/preventing-back-pain"
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])

_FIND_JS = """kind => {
  const all = [...document.querySelectorAll('.course-plotly')];
  const easier = d => (d.layout.updatemenus || []).some(m => (m.buttons || [])
      .some(b => / \\(easier\\)$/.test(b.label)));
  const d = all.find(d => kind === 'easier' ? easier(d)
      : kind === 'gallery' ? (d.layout.sliders || []).length > 1 && !easier(d)
      : kind === 'plan' ? (d.layout.updatemenus || []).some(m => (m.buttons || [])
            .some(b => b.label === 'Recovering'))
      : (d.layout.sliders || []).length === 1 && (d.layout.updatemenus || []).length === 1);
  return d ? d.id : null;
}"""

_WATCH_JS = """id => {
  const d = document.getElementById(id);
  window.__frames = [];
  d.on('plotly_animatingframe', e => window.__frames.push(e.name));
}"""

_STATE_JS = """id => {
  const d = document.getElementById(id);
  const shown = (d._fullLayout.sliders || []).findIndex(s => s.visible);
  const cue = d.querySelector('.textpoint text');
  return {frames: window.__frames.slice(), current: d._fullLayout._currentFrame || null,
          nearY: JSON.stringify(d.data[NEAR].y), cue: cue ? cue.textContent : '',
          title: d.layout.title.text, slider: shown,
          active: shown >= 0 ? (d._fullLayout.sliders[shown].active || 0) : null,
          chooser: (d.layout.updatemenus[0] || {}).active};
}""".replace("NEAR", str(NEAR))


def _figure(page, kind):
    wait_for_figures(page)
    if kind == "easier":
        # Drawn only when scrolled near (widgets/bookext/js/data.js).
        page.locator("#the-easier-versions").scroll_into_view_if_needed()
        page.wait_for_function(f"() => ({_FIND_JS})('easier')", timeout=15000)
        wait_for_figures(page)
    figure_id = page.evaluate(_FIND_JS, kind)
    assert figure_id, f"no {kind} figure on the page"
    figure = page.locator(f"#{figure_id}")
    figure.scroll_into_view_if_needed()
    page.evaluate(_WATCH_JS, figure_id)
    return figure, figure_id


def _state(page, figure_id):
    return page.evaluate(_STATE_JS, figure_id)


def _player_button(figure, label):
    return figure.locator(".updatemenu-button", has_text=re.compile(label)).first


def _play_and_pause(page, figure, figure_id, press_play, press_pause):
    before = _state(page, figure_id)
    page.wait_for_timeout(600)
    assert _state(page, figure_id)["frames"] == [], "the demo played before Play was pressed"
    press_play()
    # Twenty frames a second; allow for a busy machine.
    page.wait_for_function("() => window.__frames.length >= 8", timeout=5000, polling=50)
    playing = _state(page, figure_id)
    assert len(playing["frames"]) >= 8, f"Play advanced only {len(playing['frames'])} frames"
    assert playing["nearY"] != before["nearY"], "the figure did not move"
    press_pause()
    page.wait_for_timeout(150)
    stopped = _state(page, figure_id)
    page.wait_for_timeout(700)
    later = _state(page, figure_id)
    assert later["frames"] == stopped["frames"], "frames kept advancing after Pause"
    assert later["nearY"] == stopped["nearY"]
    return later


@VIEWPORTS
def test_play_advances_frames_and_pause_stops_them_with_the_mouse(open_page, viewport):
    page = open_page(PAGE, viewport=viewport)
    figure, figure_id = _figure(page, "gallery")
    state = _play_and_pause(
        page,
        figure,
        figure_id,
        lambda: _player_button(figure, "Play").click(),
        lambda: _player_button(figure, "Pause").click(),
    )
    assert all(name.startswith("bird_dog:") for name in state["frames"])
    assert state["active"] > 0, "the slider did not follow the animation"
    # Play again carries on from where it stopped.
    resumed_from = state["current"]
    _player_button(figure, "Play").click()
    page.wait_for_timeout(300)
    _player_button(figure, "Pause").click()
    page.wait_for_timeout(100)
    new = _state(page, figure_id)["frames"][len(state["frames"]) :]
    assert new and int(new[0].split(":")[1]) > int(resumed_from.split(":")[1])
    assert_clean(page)


@VIEWPORTS
def test_play_and_pause_work_with_the_keyboard(open_page, viewport):
    page = open_page(PAGE, viewport=viewport)
    figure, figure_id = _figure(page, "gallery")

    def press(label, key):
        button = _player_button(figure, label)
        assert button.get_attribute("role") == "button" and button.get_attribute("tabindex") == "0"
        button.focus()
        page.keyboard.press(key)

    _play_and_pause(
        page, figure, figure_id, lambda: press("Play", "Enter"), lambda: press("Pause", " ")
    )
    assert_clean(page)


@VIEWPORTS
def test_the_slider_scrubs_with_the_mouse_and_the_keyboard(open_page, viewport):
    page = open_page(PAGE, viewport=viewport)
    figure, figure_id = _figure(page, "gallery")
    start = _state(page, figure_id)
    rail = figure.locator(".slider-container:visible .slider-rail-rect").first.bounding_box()
    page.mouse.click(rail["x"] + rail["width"] * 0.4, rail["y"] + rail["height"] / 2)
    page.wait_for_timeout(250)
    clicked = _state(page, figure_id)
    assert clicked["active"] > 0 and clicked["nearY"] != start["nearY"]
    assert clicked["cue"] != start["cue"], "the cue did not change with the phase"

    slider = figure.locator("[role=slider]").first  # plotly's slider group (keyboard.js)
    slider.focus()
    page.keyboard.press("End")
    page.wait_for_timeout(250)
    end = _state(page, figure_id)
    assert int(slider.get_attribute("aria-valuenow")) == end["active"] > clicked["active"]
    assert slider.get_attribute("aria-valuetext").startswith("Now swap sides")
    page.keyboard.press("ArrowLeft")
    page.wait_for_timeout(250)
    assert _state(page, figure_id)["active"] == end["active"] - 1
    page.keyboard.press("Home")
    page.wait_for_timeout(250)
    home = _state(page, figure_id)
    assert home["active"] == 0 and home["nearY"] == start["nearY"]
    assert_clean(page)


def _choose(page, figure, label):
    figure.locator(".updatemenu-header-group").first.click()
    page.wait_for_timeout(150)
    figure.locator(".updatemenu-item-text", has_text=re.compile(f"^{re.escape(label)}$")).click()
    page.wait_for_timeout(300)


def _choose_and_play(page, figure, figure_id, label, ids, demo_id):
    """Choose a demo from the drop-down, play a moment and pause: its own frames played."""
    _choose(page, figure, label)
    chosen = _state(page, figure_id)
    assert chosen["title"].replace("<br>", " ").startswith(label)
    assert chosen["slider"] == ids.index(demo_id)
    assert chosen["cue"].startswith("Start position")
    _player_button(figure, "Play").click()
    page.wait_for_timeout(500)
    _player_button(figure, "Pause").click()
    page.wait_for_timeout(100)
    played = _state(page, figure_id)
    assert played["frames"] and all(n.startswith(f"{demo_id}:") for n in played["frames"])
    return played


@VIEWPORTS
def test_the_chooser_switches_demos_with_the_mouse_and_the_keyboard(open_page, viewport):
    page = open_page(PAGE, viewport=viewport)
    figure, figure_id = _figure(page, "gallery")
    ids = gallery_ids()
    _choose_and_play(page, figure, figure_id, "Side plank", ids, "side_plank")

    # The keyboard uses the drop-down's <select> (widgets/bookext/js/chooser.js).
    figure.locator("select.course-chooser[data-menu='0']").focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(400)
    following = ids[ids.index("side_plank") + 1]
    moved = _state(page, figure_id)
    assert moved["chooser"] == ids.index(following)
    assert moved["title"].replace("<br>", " ").startswith(exercise(following).name)
    assert moved["slider"] == ids.index(following)
    assert_clean(page)


@VIEWPORTS
def test_the_easier_versions_gallery_chooses_plays_and_scrubs(open_page, viewport):
    page = open_page(PAGE, viewport=viewport)
    figure, figure_id = _figure(page, "easier")
    ids = easier_demo_ids()
    played = _choose_and_play(
        page, figure, figure_id, "Side plank (easier)", ids, "side_plank.easier"
    )
    figure.locator(".slider-container:visible [role=slider]").first.focus()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.wait_for_timeout(400)
    assert _state(page, figure_id)["nearY"] != played["nearY"], "the arrow keys moved nothing"
    assert_clean(page)


_BOX_JS = """id => {
  const d = document.getElementById(id);
  const full = d._fullLayout;
  return {height: full.height, box: d.getBoundingClientRect().height,
          across: full.xaxis._length, width: full.width - full.margin.l - full.margin.r,
          up: full.yaxis._length, plot: full.height - full.margin.t - full.margin.b};
}"""


# Where the legend and the Play and Pause buttons are drawn, and whether they overlap.
_LEGEND_JS = """id => {
  const d = document.getElementById(id);
  const legend = d.querySelector('.legend').getBoundingClientRect();
  const buttons = [...d.querySelectorAll('.updatemenu-button')]
    .map(b => b.getBoundingClientRect()).filter(r => r.width > 0 && r.top > legend.top - 60);
  const overlaps = buttons.filter(r => r.right > legend.left + 1 && r.left < legend.right - 1
    && r.bottom > legend.top + 1 && r.top < legend.bottom - 1);
  // The slider's focus outline (3 px, 2 px out: course.css) stays under the last entry.
  const entries = [...d.querySelectorAll('.legend .traces')].map(t => t.getBoundingClientRect());
  const lastEntry = Math.max(...entries.map(r => r.bottom));
  const slider = [...d.querySelectorAll('.slider-group')].map(g => g.getBoundingClientRect())
    .find(r => r.width > 0 && r.height > 0);
  return {buttons: buttons.length, overlaps: overlaps.length, entries: entries.length,
          outlineClear: slider ? slider.top - 5 - lastEntry : null};
}"""


@VIEWPORTS
def test_a_demo_fills_its_box_on_a_phone_and_keeps_its_height_on_a_desktop(open_page, viewport):
    page = open_page(PAGE, viewport=viewport)
    figure, figure_id = _figure(page, "gallery")
    # Two colours, or three legend rows with the dot (a front view, the curl-up).
    # In gallery order: a long drop-down list scrolls to the chosen item.
    for label in ("Side plank", "Modified curl-up", "Glute bridge", "Calf raise"):
        _choose(page, figure, label)
        page.wait_for_function(
            "id => !document.getElementById(id).dataset.restyling", arg=figure_id
        )
        legend = page.evaluate(_LEGEND_JS, figure_id)
        assert legend["buttons"] >= 2 and legend["overlaps"] == 0, f"{label}: {legend}"
        assert legend["outlineClear"] >= 0, (
            f"{label}: the slider's focus outline crosses the legend"
        )
        box = page.evaluate(_BOX_JS, figure_id)
        assert box["box"] == pytest.approx(box["height"], abs=1), "the box follows the figure"
        if viewport == PHONE:
            # The drawing spans the width, and the box is no taller than it needs.
            assert box["across"] >= 0.9 * box["width"]
            assert box["up"] >= box["plot"] - 12
        else:
            assert box["height"] == exercise_gallery_height()
    assert_clean(page)


def exercise_gallery_height() -> int:
    from widgets.figures.exercise_demo import GALLERY_HEIGHT_PX

    return GALLERY_HEIGHT_PX


@VIEWPORTS
def test_preset_plans_switch_with_the_mouse_and_the_keyboard(open_page, viewport):
    page = open_page(PAGE, viewport=viewport)
    figure, figure_id = _figure(page, "plan")
    plans = preset_plans()
    names = list(PRESETS)
    title = lambda: re.sub(
        r"\s*<br>\s*",
        " ",
        page.evaluate("id => document.getElementById(id).layout.title.text", figure_id),
    )
    active = lambda: page.evaluate(
        "id => document.getElementById(id).layout.updatemenus[0].active", figure_id
    )
    menu_type = page.evaluate(
        "id => document.getElementById(id)._fullLayout.updatemenus[0].type", figure_id
    )
    assert title() == plan_title(plans[names[0]])
    if menu_type == "buttons":
        figure.locator(".updatemenu-button", has_text="Recovering").click()
        page.wait_for_timeout(300)
        assert active() == names.index("Recovering")
        assert title() == plan_title(plans["Recovering"])
        button = figure.locator(".updatemenu-button", has_text="Marathon").first
        button.focus()
        page.keyboard.press("Enter")
    else:  # on a phone the row of buttons is a drop-down
        _choose(page, figure, "Recovering")
        assert active() == names.index("Recovering")
        assert title() == plan_title(plans["Recovering"])
        figure.locator("select.course-chooser[data-menu='0']").focus()
        page.keyboard.press("ArrowUp")
    page.wait_for_timeout(300)
    assert active() == names.index("Marathon, mild pain")
    assert title() == plan_title(plans["Marathon, mild pain"])
    assert_clean(page)


def test_the_walking_demo_plays_on_the_prevention_page(open_page):
    page = open_page(PREVENTION, viewport=DESKTOP)
    figure, figure_id = _figure(page, "demo")
    state = _play_and_pause(
        page,
        figure,
        figure_id,
        lambda: _player_button(figure, "Play").click(),
        lambda: _player_button(figure, "Pause").click(),
    )
    assert all(name.startswith("walking:") for name in state["frames"])
    assert_clean(page)


def test_reduced_motion_keeps_play_working_without_transitions(browser, server):
    context = browser.new_context(viewport=DESKTOP, reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(server.url(PAGE), wait_until="load")
        figure, figure_id = _figure(page, "gallery")
        durations = page.evaluate(
            "id => document.getElementById(id).layout.updatemenus.slice(1)"
            ".flatMap(m => m.buttons.map(b => b.args[1].transition.duration))",
            figure_id,
        )
        assert set(durations) == {0}
        page.wait_for_timeout(500)
        assert _state(page, figure_id)["frames"] == []
        _player_button(figure, "Play").click()
        page.wait_for_timeout(500)
        assert _state(page, figure_id)["frames"]
    finally:
        context.close()
