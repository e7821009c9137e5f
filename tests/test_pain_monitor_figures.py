"""The pain monitor's map and example plans: what the book and JupyterLab draw."""

from __future__ import annotations

import json

import pytest

from widgets import pain_monitor_explorer, return_to_running_plans
from widgets.figures.pain_monitor import (
    BOOK_PAIN_AFTER,
    BOOK_USUAL_PAINS,
    LEVEL_COLOURS,
    pain_map_figure,
    pain_map_with_slider,
)
from widgets.figures.walk_run_plan import EXAMPLE_PLANS, example_plan, example_plans_with_buttons
from widgets.interactive import PLOTLY_MIME
from widgets.live.pain_monitor import pain_monitor_live_view, plan_live_view
from widgets.model.pain_monitor import LEG_SYMPTOM_ACTION, LEG_SYMPTOM_STOP_RULE, LEVELS, advice
from widgets.model.walk_run_plan import PLAN_STOP_RULE, STAGES
from widgets.render_mode import STATIC_BOOK_ENV


def _cells(traces):
    return {level: set(zip(t["x"], t["y"])) for level, t in zip(LEVELS, traces[:3])}


@pytest.mark.parametrize("usual", BOOK_USUAL_PAINS)
def test_every_cell_of_the_map_has_the_monitors_colour(usual):
    figure = pain_map_figure(usual_pain=usual)
    cells = _cells([t.to_plotly_json() for t in figure.data])
    assert sum(len(c) for c in cells.values()) == 121
    for level, points in cells.items():
        for during, morning in points:
            assert advice(during, BOOK_PAIN_AFTER, morning, usual).level == level
    for trace, level in zip(figure.data[:3], LEVELS):
        assert trace.marker.color == LEVEL_COLOURS[level]
        assert all(level.capitalize() in h for h in trace.hovertext)
    assert figure.data[4].y == (usual + 0.5, usual + 0.5)  # the morning limit line


def test_the_book_slider_has_a_frame_for_each_usual_pain_with_the_same_cells():
    figure = pain_map_with_slider()
    assert [f.name for f in figure.frames] == [str(v) for v in BOOK_USUAL_PAINS]
    steps = figure.layout.sliders[0].steps
    assert [s.label for s in steps] == [f.name for f in figure.frames]
    for usual, frame in zip(BOOK_USUAL_PAINS, figure.frames):
        expected = _cells([t.to_plotly_json() for t in pain_map_figure(usual).data])
        assert _cells([t.to_plotly_json() for t in frame.data]) == expected
    # A higher usual pain makes more of the map green.
    greens = [len(_cells([t.to_plotly_json() for t in f.data])["green"]) for f in figure.frames]
    assert greens == sorted(greens) and greens[0] < greens[-1]


def test_the_marked_point_is_the_readers_scores():
    figure = pain_map_figure(usual_pain=1, pain_after=6, marked=(4, 2))
    point = figure.data[-1]
    assert point.name == "Your scores" and (point.x, point.y) == ((4,), (2,))
    assert "Red" in point.hovertext[0]


def test_example_plans_match_the_plan_generator():
    figure = example_plans_with_buttons()
    buttons = figure.layout.updatemenus[0].buttons
    assert [b.label for b in buttons] == list(EXAMPLE_PLANS)
    for i, name in enumerate(EXAMPLE_PLANS):
        plan = example_plan(name)
        running = figure.data[5 * i]
        assert list(running.y) == [w.step.running_minutes for w in plan.weeks]
        for j, level in enumerate(LEVELS):
            marks = figure.data[5 * i + 2 + j]
            assert list(marks.x) == [w.week for w in plan.weeks if w.check == level]
    assert [w.stage for w in example_plan("Every week green").weeks] == list(range(1, 9))
    assert example_plan("An amber week").weeks[-1].stage == len(STAGES) - 1
    assert example_plan("A red week").weeks[-1].stage == len(STAGES) - 2


@pytest.mark.parametrize("make", [pain_monitor_explorer, return_to_running_plans])
def test_book_rendering_has_alt_text_caption_and_table(make, monkeypatch):
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    data, metadata = make()._repr_mimebundle_()
    json.dumps(data[PLOTLY_MIME])
    meta = metadata[PLOTLY_MIME]
    assert meta["alt"] and meta["caption"] and "<table" in meta["text_alternative"]
    types = {t.get("type", "scatter") for t in data[PLOTLY_MIME]["data"]}
    assert types <= {"scatter", "bar"}


def test_the_caption_says_the_model_is_not_back_pain_evidence():
    caption = pain_monitor_explorer().caption
    assert "Achilles" in caption and "not as back-pain evidence" in caption


def test_live_monitor_recomputes_the_advice_and_the_ring():
    view = pain_monitor_live_view()
    assert view.sentence.value.startswith("<p>Green")
    view.controls["pain_during"].value = 4  # within the limits, 3 above usual 1
    assert view.sentence.value.startswith("<p>Amber")
    view.controls["pain_during"].value = 6
    assert view.sentence.value.startswith("<p>Red") and "Run less" in view.sentence.value
    view.controls["pain_next_morning"].value = 4
    assert view.sentence.value.startswith("<p>Red")
    ring = view.figure.data[-1]
    assert (ring.x, ring.y) == ((6,), (4,))


def test_the_leg_symptoms_tick_turns_the_map_red_and_says_stop():
    view = pain_monitor_live_view()
    tick = view.controls["leg_symptoms"]
    assert tick.value is False and "leg symptoms" in tick.description
    view.controls["pain_during"].value = 1
    assert view.sentence.value.startswith("<p>Green")
    tick.value = True
    assert view.sentence.value.startswith("<p>Red")
    assert LEG_SYMPTOM_ACTION in view.sentence.value
    cells = _cells([t.to_plotly_json() for t in view.figure.data])
    assert len(cells["red"]) == 121 and not cells["green"] and not cells["amber"]
    assert "Stop running" in view.figure.layout.title.text
    tick.value = False
    assert view.sentence.value.startswith("<p>Green")


def test_the_map_shows_the_starting_ceiling_and_names_the_leg_symptom_stop():
    for usual in BOOK_USUAL_PAINS:
        ceiling = pain_map_figure(usual_pain=usual).data[5]
        assert ceiling.x == (min(5, usual + 2) + 0.5,) * 2
    assert "Leg symptoms: stop" in pain_map_figure().layout.title.text
    assert LEG_SYMPTOM_STOP_RULE in pain_monitor_explorer().caption
    assert PLAN_STOP_RULE in return_to_running_plans().caption


def test_live_plan_follows_its_controls():
    view = plan_live_view()
    assert "run 30 minutes without a break" in view.sentence.value
    view.controls["example"].value = "A red week"
    assert "run 9 min, walk 1 min, 3 times" in view.sentence.value
    assert PLAN_STOP_RULE in view.sentence.value
    view.controls["sessions_per_week"].value = 2
    assert "2 times a week" in view.sentence.value
