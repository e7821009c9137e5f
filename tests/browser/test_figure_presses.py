"""A mouse press on a figure's button or slider paints first; the figure's redraw follows.

plotly redraws a figure inside the click on one of its buttons, so nothing
showed until the redraw was done (``widgets/bookext/js/press.js`` holds the
redraw back until the press has painted). These tests check the order, not
the time: at the end of the click the pressed button is marked but the figure
not yet redrawn, the frame after the click still has the old figure, and the
redraw then comes, once, with what the button or slider step asks for.
"""

from __future__ import annotations

from book_site import DESKTOP, PHONE, assert_clean, wait_for_figures

FORCE = "notebooks/why-runners-get-back-pain"  # first figure: a row of four buttons
RISK = "notebooks/mileage-load-and-injury-risk"  # first figure: a slider of eight steps

# Count the figure's redraws, and note what had happened when the next click
# had been handled (the listener runs after plotly's own) and in the next frame.
PROBE_JS = """id => {
  const div = document.getElementById(id);
  window.__draws = 0;
  if (!window.__counting) {
    window.__counting = true;
    div.on('plotly_afterplot', () => { window.__draws += 1; });
  }
  window.__atClick = null;
  window.__atFrame = null;
  window.addEventListener('click', () => {
    // A pressed button says so; a drop-down's <select> (chooser.js) shows its new choice.
    const pressed = [...div.querySelectorAll('[aria-pressed=true]')]
      .map(e => e.getAttribute('aria-label'));
    const chosen = [...div.querySelectorAll('select.course-chooser:not([hidden])')]
      .map(s => s.selectedOptions.length ? s.selectedOptions[0].textContent : '');
    window.__atClick = {draws: window.__draws, restyling: div.dataset.restyling || null,
                        labels: pressed.concat(chosen)};
    requestAnimationFrame(() => { window.__atFrame = window.__draws; });
  }, {once: true});
}"""
REDRAWN_JS = "id => window.__draws > 0 && !document.getElementById(id).dataset.restyling"


def _first_figure(page) -> str:
    assert wait_for_figures(page), "no figure drawn"
    figure = page.locator(".course-plotly").first
    figure.scroll_into_view_if_needed()
    return figure.get_attribute("id")


def _visible(page, fid: str) -> list:
    return page.evaluate("id => document.getElementById(id).data.map(t => t.visible)", fid)


def _button(page, fid: str, index: int) -> dict:
    return page.evaluate(
        "([id, b]) => document.getElementById(id).layout.updatemenus[0].buttons[b]", [fid, index]
    )


def _check_press_then_redraw(page, fid: str, index: int) -> None:
    """After a click on button ``index``: marked at once, drawn after the next frame."""
    at_click = page.evaluate("window.__atClick")
    assert at_click["draws"] == 0, "the figure was redrawn inside the click"
    assert at_click["restyling"] == "true"
    assert _button(page, fid, index)["label"] in at_click["labels"]
    page.wait_for_function(REDRAWN_JS, arg=fid, timeout=10000)
    assert page.evaluate("window.__atFrame") == 0, "the frame after the click waited for the redraw"
    page.wait_for_timeout(300)
    assert page.evaluate("window.__draws") == 1
    assert (
        page.evaluate("id => document.getElementById(id).layout.updatemenus[0].active", fid)
        == index
    )
    assert _visible(page, fid) == _button(page, fid, index)["args"][0]["visible"]


def test_a_clicked_button_is_marked_at_once_and_the_figure_follows(open_page):
    page = open_page(FORCE, viewport=DESKTOP)
    fid = _first_figure(page)
    for index in (2, 0):
        page.evaluate(PROBE_JS, fid)
        page.locator(f"#{fid} .updatemenu-header-group .updatemenu-button").nth(index).click()
        _check_press_then_redraw(page, fid, index)
        pressed = page.locator(f"#{fid} .updatemenu-button[aria-pressed=true]")
        assert (
            pressed.count() == 1
            and pressed.get_attribute("aria-label") == (_button(page, fid, index)["label"])
        )
    assert_clean(page)


def test_a_drop_down_choice_on_a_phone_folds_at_once_and_the_figure_follows(open_page):
    page = open_page(FORCE, viewport=PHONE)
    fid = _first_figure(page)
    header = page.locator(f"#{fid} .updatemenu-header-group").first
    header.click()
    option = page.locator(f"#{fid} .updatemenu-dropdown-button").nth(1)
    option.wait_for(timeout=3000)
    page.evaluate(PROBE_JS, fid)
    option.click()
    _check_press_then_redraw(page, fid, 1)
    chooser = page.locator(f"#{fid} select.course-chooser").first
    assert (
        chooser.evaluate("s => s.selectedOptions[0].textContent")
        == (_button(page, fid, 1)["label"])
    )
    assert page.locator(f"#{fid} .updatemenu-dropdown-button").count() == 0
    assert_clean(page)


def _tick_point(page, fid: str, step: int) -> tuple[float, float]:
    tick = page.locator(f"#{fid} .slider-group .slider-tick-rect").nth(step).bounding_box()
    rail = page.locator(f"#{fid} .slider-group .slider-rail-touch-rect").first.bounding_box()
    return tick["x"] + tick["width"] / 2, rail["y"] + rail["height"] / 2


def _slider_state(page, fid: str) -> dict:
    return page.evaluate(
        """id => { const d = document.getElementById(id);
        return {active: CoursePlotly.plotlyAdapter.sliders(d)[0].active,
                valuenow: d.querySelector('[role=slider]').getAttribute('aria-valuenow'),
                note: d.layout.annotations[0].text}; }""",
        fid,
    )


def test_a_held_slider_moves_at_once_and_draws_its_last_step_when_let_go(open_page):
    page = open_page(RISK, viewport=DESKTOP)
    fid = _first_figure(page)
    start = _slider_state(page, fid)
    steps = page.evaluate("id => document.getElementById(id).layout.sliders[0].steps", fid)
    first, last = start["active"] + 1, start["active"] + 2
    assert last < len(steps)
    page.evaluate(PROBE_JS, fid)
    page.mouse.move(*_tick_point(page, fid, first))
    page.mouse.down()
    page.wait_for_timeout(400)
    held = _slider_state(page, fid)
    assert (held["active"], held["valuenow"]) == (first, str(first))
    assert held["note"] == start["note"], "the figure was redrawn while the slider was held"
    page.mouse.move(*_tick_point(page, fid, last), steps=4)
    page.wait_for_timeout(400)
    assert _slider_state(page, fid)["active"] == last
    assert page.evaluate("window.__draws") == 0
    page.mouse.up()
    page.wait_for_function(REDRAWN_JS, arg=fid, timeout=10000)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__draws") == 1, "only the last step is drawn"
    done = _slider_state(page, fid)
    assert (done["active"], done["valuenow"]) == (last, str(last))
    assert done["note"] == steps[last]["args"][1]["annotations[0].text"]
    assert_clean(page)


def test_a_slider_click_draws_that_step(open_page):
    page = open_page(RISK, viewport=PHONE)
    fid = _first_figure(page)
    start = _slider_state(page, fid)["active"]
    target = start - 1
    page.evaluate(PROBE_JS, fid)
    page.mouse.click(*_tick_point(page, fid, target))
    page.wait_for_function(REDRAWN_JS, arg=fid, timeout=10000)
    steps = page.evaluate("id => document.getElementById(id).layout.sliders[0].steps", fid)
    done = _slider_state(page, fid)
    assert (done["active"], done["valuenow"]) == (target, str(target))
    assert done["note"] == steps[target]["args"][1]["annotations[0].text"]
    assert_clean(page)
