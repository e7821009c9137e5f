"""The demo figures work in the kernel-free book: scatter only, Play/Pause, a slider, no autoplay."""

from __future__ import annotations

import json
import math

import numpy as np
import plotly.io as pio
import pytest

from widgets import exercise_demo, exercise_gallery, prevention_explorer, strength_plan_builder
from widgets.figures.exercise_demo import (
    PAUSE_ARGS,
    exercise_demo_figure,
    exercise_gallery_figure,
    gallery_ids,
)
from widgets.figures.exercise_drawing import (
    ANIMATED,
    CM_PER_M,
    CUE,
    DOTS,
    DOTS_NAME,
    FAR,
    HEAD,
    NEAR,
    demo_geometry,
    frame_traces,
)
from widgets.figures.prevention import prevention_figure_with_buttons
from widgets.live.exercises import ExerciseDemoView, frame_interval_ms
from widgets.model.exercise_library import demo_exercise, easier_demo_ids
from widgets.model.poses import SEGMENT_LENGTHS

IDS = gallery_ids() + easier_demo_ids()
MAX_DEMO_BYTES = 60 * 1024


def _json(figure) -> dict:
    return json.loads(pio.to_json(figure, validate=False))


@pytest.mark.parametrize("exercise_id", IDS)
def test_a_demo_is_scatter_only_with_play_pause_a_slider_and_named_frames(exercise_id):
    figure = _json(exercise_demo_figure(exercise_id))
    assert {t["type"] for t in figure["data"]} == {"scatter"}
    names = [f["name"] for f in figure["frames"]]
    assert len(names) == len(set(names)) > 10
    assert all(f["data"] and f["traces"] for f in figure["frames"]), "a frame is empty"
    menu = figure["layout"]["updatemenus"][0]
    play, pause = menu["buttons"]
    assert play["method"] == pause["method"] == "animate"
    assert play["args"][0] == exercise_id and play["args"][1]["fromcurrent"] is True
    assert play["args"][1]["transition"]["duration"] == 0
    assert pause["args"] == PAUSE_ARGS
    steps = figure["layout"]["sliders"][0]["steps"]
    assert all(s["args"][0][0] in names for s in steps)
    assert all(s["value"] for s in steps), "every slider position needs a name for screen readers"
    # Nothing plays by itself: the figure has no autoplay setting and frames are explicit.
    assert "autoplay" not in json.dumps(figure["layout"])


@pytest.mark.parametrize("exercise_id", IDS)
def test_slider_frames_draw_the_whole_body_and_text_changes_with_the_phase(exercise_id):
    figure = _json(exercise_demo_figure(exercise_id))
    frames = {f["name"]: f for f in figure["frames"]}
    texts = []
    for step in figure["layout"]["sliders"][0]["steps"]:
        frame = frames[step["args"][0][0]]
        assert {FAR, HEAD, NEAR, CUE} <= set(frame["traces"])
        texts.append(frame["data"][frame["traces"].index(CUE)]["text"][0])
    assert len(set(texts)) >= 3, "the phase and cue should change as the slider moves"


def _slider(exercise_id):
    """A demo's figure as JSON, its frames by name, its slider steps and its geometry."""
    figure = _json(exercise_demo_figure(exercise_id))
    frames = {f["name"]: f for f in figure["frames"]}
    return figure, frames, figure["layout"]["sliders"][0]["steps"], demo_geometry(exercise_id)


def _picture(step) -> int:
    """The index of the picture a slider step shows."""
    return int(step["args"][0][0].split(":")[1])


@pytest.mark.parametrize("exercise_id", IDS)
def test_the_slider_stops_at_every_hold_key_pose_and_swap_with_its_label(exercise_id):
    _, frames, steps, geometry = _slider(exercise_id)
    stopped = {_picture(s) for s in steps}
    for frame in geometry.frames:
        if frame.key or frame.new_phase:
            # A movement that starts slowly from a hold gets its first step once
            # it has visibly moved, so no step named after it shows the held pose.
            moves = frame.phase >= 0 and demo_exercise(exercise_id).demo.phases[frame.phase].moves
            if frame.new_phase and not frame.key and moves:
                first = min(i for i in stopped if geometry.frames[i].phase == frame.phase)
                before = geometry.frames[frame.index - 1].points
                shown = geometry.frames[first].points
                moved = max(float(abs(shown[j] - before[j]).max()) for j in before)
                assert moved >= 0.015 or geometry.frames[first].key, (exercise_id, frame.index)
                continue
            assert frame.index in stopped, f"{exercise_id}: no slider step for frame {frame.index}"
    item = demo_exercise(exercise_id)
    for number, phase in enumerate(item.demo.phases):
        label = item.phase_label(phase)
        shown = [s for s in steps if geometry.frames[_picture(s)].phase == number]
        assert shown and shown[0]["value"].startswith(label + " "), f"no step shows {label!r}"
        frame = frames[shown[0]["args"][0][0]]
        cue = frame["data"][frame["traces"].index(CUE)]["text"][0]
        assert cue.startswith(f"<b>{label}</b>") and phase.cue.split()[0] in cue
    if item.dose.per_side:
        assert steps[-1]["value"].startswith("Now swap sides ")


def test_front_views_name_the_top_and_bottom_side_and_dot_what_points_at_you():
    for exercise_id in IDS:
        figure = _json(exercise_demo_figure(exercise_id))
        names = [t["name"] for t in figure["data"]]
        listed = [t["name"] for t in figure["data"] if t["showlegend"]]
        if demo_exercise(exercise_id).demo.view == "front":
            assert names[NEAR] == "Top side" and names[FAR] == "Bottom side"
            assert DOTS_NAME in listed
            dots = [f for f in figure["frames"] if DOTS in f["traces"]]
            assert dots and all(f["data"][f["traces"].index(DOTS)]["x"] != [None] for f in dots), (
                "every picture of a front view has its dots"
            )
        elif exercise_id.startswith("curl_up"):
            # Seen from the side, the near elbow out to the side points at you.
            assert names[NEAR] == "Near side"
            assert listed == ["Far side", "Near side", DOTS_NAME]
            # Exactly one dot, on the near elbow, in every picture: the far
            # hand tucked under the back points at you too, but it is behind
            # the body, and a dot there would read as the near hand.
            frames = demo_geometry(exercise_id).frames
            # (A hold's pictures redraw only the cue: the dot stays.)
            dots = figure["data"][DOTS]
            for frame in figure["frames"]:
                if DOTS in frame["traces"]:
                    dots = frame["data"][frame["traces"].index(DOTS)]
                elbow = frames[int(frame["name"].split(":")[1])].points["near_elbow"]
                assert dots["x"] == [round(elbow[0] * 100)], frame["name"]
        else:
            assert names[NEAR] == "Near side" and listed == ["Far side", "Near side"]


def test_the_head_is_a_smooth_filled_circle_between_the_far_and_near_sides():
    figure = _json(exercise_demo_figure("bird_dog"))
    head = figure["data"][HEAD]
    assert FAR < HEAD < NEAR, "the head hides the far arm; the near arm passes in front"
    assert head["line"]["shape"] == "spline" and head["fill"] == "toself"
    xs, ys = head["x"], head["y"]
    centre = (sum(xs[:-2]) / len(xs[:-2]), sum(ys[:-2]) / len(ys[:-2]))
    radii = [((x - centre[0]) ** 2 + (y - centre[1]) ** 2) ** 0.5 for x, y in zip(xs, ys)]
    assert max(radii) - min(radii) <= 1.5, "a circle, to the centimetre"


@pytest.mark.parametrize("exercise_id", IDS)
def test_a_demo_figure_stays_small(exercise_id):
    size = len(pio.to_json(exercise_demo_figure(exercise_id), validate=False))
    assert size <= MAX_DEMO_BYTES, f"{exercise_id}: {size} bytes"


def test_drawn_segments_keep_their_length_to_the_rounding():
    figure = _json(exercise_demo_figure("bird_dog"))
    near = figure["data"][NEAR]
    xs, ys = near["x"], near["y"]
    # hip to mid-back is the first segment drawn, in centimetres
    drawn = ((xs[1] - xs[0]) ** 2 + (ys[1] - ys[0]) ** 2) ** 0.5
    assert abs(drawn - SEGMENT_LENGTHS[("hip", "mid_back")] * CM_PER_M) < 1.5


@pytest.mark.parametrize("ids", [gallery_ids(), easier_demo_ids()], ids=["standard", "easier"])
def test_the_gallery_chooser_shows_one_player_and_one_slider_at_a_time(ids):
    figure = _json(exercise_gallery_figure(None if ids == gallery_ids() else ids))
    menus = figure["layout"]["updatemenus"]
    chooser, players = menus[0], menus[1:]
    assert chooser["type"] == "dropdown" and len(chooser["buttons"]) == len(ids)
    assert len(players) == len(figure["layout"]["sliders"]) == len(ids)
    assert sum(1 for p in players if p["visible"]) == 1
    for position, option in enumerate(chooser["buttons"]):
        layout = option["args"][1]
        shown = [k for k, v in layout.items() if k.endswith(".visible") and v]
        assert shown == [f"updatemenus[{position + 1}].visible", f"sliders[{position}].visible"]
        assert len(option["args"][0]["x"]) == len(figure["data"])
    groups = {f["group"] for f in figure["frames"]}
    assert groups == set(ids)


def test_interactives_have_alt_text_captions_and_text_alternatives(monkeypatch):
    monkeypatch.setenv("RUNNING_BACK_PAIN_STATIC_BOOK", "1")
    for interactive in (
        exercise_gallery(),
        exercise_demo("walking"),
        strength_plan_builder(),
        prevention_explorer(),
    ):
        data, meta = interactive.static_bundle()
        info = meta["application/vnd.plotly.v1+json"]
        assert info["alt"] and info["caption"] and "<table" in info["text_alternative"]
    assert "Play" in exercise_gallery().alt_text and "drop-down" in exercise_gallery().alt_text


def test_prevention_buttons_switch_outcome():
    figure = prevention_figure_with_buttons()
    labels = [b.label for b in figure.layout.updatemenus[0].buttons]
    assert labels == ["Sports injuries", "Low back pain"]


def test_the_live_demo_plays_frames_and_follows_the_chooser_and_tempo():
    view = ExerciseDemoView("glute_bridge")
    start_y = list(view.figure.data[NEAR].y)
    view.frame.value = view.frame.max // 3
    assert list(view.figure.data[NEAR].y) != start_y
    view.chooser.value = "side_plank"
    assert view.play.max == view.frame.max and "Side plank" in view.card.value
    view.tempo.value = 2.0
    assert view.play.interval == frame_interval_ms(2.0) < frame_interval_ms(1.0)
    with pytest.raises(ValueError):
        frame_interval_ms(0)


def test_printable_plans_link_the_warning_signs_in_the_book(monkeypatch):
    from widgets import strength_plan_tables

    monkeypatch.setenv("RUNNING_BACK_PAIN_STATIC_BOOK", "1")
    page = strength_plan_tables().html()
    assert page.count("<table") == 3
    assert 'href="../book/start-here.html#course-red-flags">Get help now</a>' in page
    # The recovering plan points to the walk-run plan and the pain monitor.
    assert 'href="running-with-back-pain.html#a-walkrun-plan-back-to-running"' in page
    assert 'href="running-with-back-pain.html#the-pain-monitor"' in page
    monkeypatch.setenv("RUNNING_BACK_PAIN_STATIC_BOOK", "0")
    assert "<a href" not in strength_plan_tables().html()


def test_a_demos_box_carries_its_drawings_shape_for_a_phone_and_other_figures_do_not():
    from widgets.bookext.plotly_output import fit_style

    figure = _json(exercise_demo_figure("glute_bridge"))
    layout = figure["layout"]
    fit_class, declarations = fit_style(layout, layout["height"])
    assert fit_class == " course-plotly-fit"
    (x0, x1), (y0, y1) = layout["xaxis"]["range"], layout["yaxis"]["range"]
    assert f"--fit-rise:{(y1 - y0) / (x1 - x0):.4f}" in declarations
    assert f"--fit-height:{layout['height']}px" in declarations
    assert fit_style(_json(prevention_figure_with_buttons())["layout"], 500) == ("", "")


@pytest.mark.parametrize("exercise_id", IDS)
def test_a_hold_takes_several_slider_steps_each_drawing_the_held_pose_with_its_label(exercise_id):
    from widgets.figures.exercise_demo import HOLD_SLIDER_STOPS

    _, frames, steps, geometry = _slider(exercise_id)
    item = demo_exercise(exercise_id)
    for number, phase in enumerate(item.demo.phases):
        if phase.moves or not phase.counts:
            continue
        label = item.phase_label(phase)
        held = [s for s in steps if geometry.frames[_picture(s)].phase == number]
        held = [s for s in held if geometry.frames[_picture(s)].side == 0]
        assert len(held) == HOLD_SLIDER_STOPS, f"{exercise_id}: {len(held)} steps for {label!r}"
        # Next to each other on the slider, each naming the hold and drawing its pose.
        places = [steps.index(s) for s in held]
        assert places == list(range(places[0], places[0] + len(places)))
        drawn = []
        for step in held:
            assert step["value"].startswith(label + " ")
            frame = frames[step["args"][0][0]]
            assert {FAR, HEAD, NEAR, CUE} <= set(frame["traces"])
            assert frame["data"][frame["traces"].index(CUE)]["text"][0].startswith(
                f"<b>{label}</b>"
            )
            drawn.append(json.dumps(frame["data"][frame["traces"].index(NEAR)]))
        assert len(set(drawn)) == 1, "a hold does not move"


def _drawn_segments(trace: dict) -> set[tuple[tuple, tuple]]:
    points = list(zip(trace["x"], trace["y"]))
    return {(a, b) for a, b in zip(points, points[1:]) if None not in a + b}


def _rounded(point) -> tuple[int, int]:
    return round(float(point[0]) * CM_PER_M), round(float(point[1]) * CM_PER_M)


@pytest.mark.parametrize("exercise_id", IDS)
def test_a_straight_arm_or_leg_is_drawn_as_one_straight_line(exercise_id):
    # Rounding the elbow to the centimetre on its own once drew a kink in the
    # cat-camel's straight arms, the mistake its card warns against.
    geometry = demo_geometry(exercise_id)
    limbs = [
        (f"{side}_{root}", f"{side}_{middle}", f"{side}_{end}")
        for side in ("near", "far")
        for root, middle, end in (
            ("shoulder_joint", "elbow", "wrist"),
            ("hip_joint", "knee", "ankle"),
        )
    ]
    checked = 0
    for frame in geometry.frames:
        traces = frame_traces(geometry, frame)
        drawn = _drawn_segments(traces[ANIMATED.index(NEAR)])
        drawn |= _drawn_segments(traces[ANIMATED.index(FAR)])
        for root, middle, end in limbs:
            upper = frame.points[middle] - frame.points[root]
            lower = frame.points[end] - frame.points[middle]
            cosine = upper @ lower / (np.linalg.norm(upper) * np.linalg.norm(lower))
            if cosine < math.cos(math.radians(0.5)):
                continue
            ends = (_rounded(frame.points[root]), _rounded(frame.points[end]))
            if ends[0] == ends[1]:
                continue  # pointing at the viewer: nothing to draw
            assert ends in drawn, f"{exercise_id} picture {frame.index}: {middle} drawn with a kink"
            checked += 1
    if exercise_id == "cat_camel":
        assert checked >= 2 * len(geometry.frames), "both arms, in every picture"
