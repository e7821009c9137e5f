"""Property tests of the stick-figure animation: fixed limb lengths, on the floor, no empty frame."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.figures.exercise_drawing import demo_geometry
from widgets.model.exercise_library import load_exercises
from widgets.model.poses import (
    ANGLE_NAMES,
    HEAD_RADIUS_M,
    JOINTS,
    SEGMENT_LENGTHS,
    Phase,
    animate,
    blend,
    check_pose,
    forward_kinematics,
    lowest_y,
    place_on_floor,
    segment_length_errors,
)

TOLERANCE_M = 1e-6
EXERCISES = load_exercises()
angles = st.floats(min_value=-180, max_value=270, allow_nan=False, allow_infinity=False)
poses = st.fixed_dictionaries({name: angles for name in ANGLE_NAMES})


def _check_frames(frames, floor=0.0):
    assert frames, "an animation needs frames"
    assert segment_length_errors(frames) < TOLERANCE_M
    for frame in frames:
        assert set(frame.points) == set(JOINTS), f"frame {frame.index} is missing joints"
        assert all(np.all(np.isfinite(p)) for p in frame.points.values())
        assert lowest_y(frame.points) >= floor - TOLERANCE_M, (
            f"frame {frame.index} is below the floor"
        )
        assert frame.label.strip(), f"frame {frame.index} has no phase label"


@settings(max_examples=150, deadline=None)
@given(poses)
def test_forward_kinematics_keeps_every_segment_length(pose):
    points = forward_kinematics(pose)
    for (parent, child), length in SEGMENT_LENGTHS.items():
        assert abs(np.linalg.norm(points[child] - points[parent]) - length) < TOLERANCE_M


@settings(max_examples=150, deadline=None)
@given(poses, st.sampled_from(JOINTS))
def test_placing_on_the_floor_touches_it_and_keeps_the_anchor(pose, anchor):
    placed = place_on_floor(forward_kinematics(pose), anchor, anchor_x=0.3)
    assert abs(lowest_y(placed)) < TOLERANCE_M
    assert abs(placed[anchor][0] - 0.3) < TOLERANCE_M


@settings(max_examples=60, deadline=None)
@given(poses, poses, st.floats(0.1, 3.0), st.booleans())
def test_any_animation_keeps_lengths_stays_above_the_floor_and_has_no_empty_frame(
    start, end, seconds, hold
):
    phases = [
        Phase("Move", "end", seconds, "Move slowly."),
        Phase("Hold", "end", seconds, "Hold.", moves=not hold),
        Phase("Back", "start", seconds, "Come back."),
    ]
    frames = animate({"start": start, "end": end}, "start", phases, "hip", frame_seconds=0.05)
    _check_frames(frames)
    assert [f.index for f in frames] == list(range(len(frames)))


@settings(max_examples=100, deadline=None)
@given(poses, poses, st.floats(0, 1))
def test_blending_stays_between_the_two_poses(start, end, fraction):
    mixed = blend(start, end, fraction)
    for name in ANGLE_NAMES:
        low, high = sorted((check_pose(start)[name], check_pose(end)[name]))
        assert low - 1e-9 <= mixed[name] <= high + 1e-9


@pytest.mark.parametrize("item", EXERCISES, ids=[e.id for e in EXERCISES])
def test_every_exercise_demo_keeps_lengths_and_stays_on_the_floor(item):
    frames = item.demo.frames(frame_seconds=0.05)
    _check_frames(frames)
    # The body rests on the floor (or on its step) in every frame: something touches it.
    for frame in frames:
        if item.demo.anchor_y is None:
            assert abs(lowest_y(frame.points)) < TOLERANCE_M
        else:
            assert abs(frame.points[item.demo.anchor][1] - item.demo.anchor_y) < TOLERANCE_M
    assert frames[0].label == "Start position"
    assert {f.label for f in frames[1:]} == {p.label for p in item.demo.phases}


@pytest.mark.parametrize("item", EXERCISES, ids=[e.id for e in EXERCISES])
def test_the_drawn_demo_fits_its_fixed_drawing_area(item):
    geometry = demo_geometry(item.id)
    (x0, x1), (y0, y1) = geometry.x_range, geometry.y_range
    for frame in geometry.frames:
        for name, (x, y) in frame.points.items():
            pad = HEAD_RADIUS_M if name == "head" else 0
            assert x0 <= x - pad and x + pad <= x1, f"{item.id}: {name} leaves the drawing"
            assert y0 <= y - pad and y + pad <= y1, f"{item.id}: {name} leaves the drawing"


def test_an_unknown_angle_or_a_bad_value_is_refused_in_words():
    with pytest.raises(ValueError, match="not a joint angle"):
        check_pose({"wing": 10})
    with pytest.raises(ValueError, match="number of degrees"):
        check_pose({"trunk": "up"})
    with pytest.raises(ValueError, match="not defined"):
        animate({"a": {}}, "a", [Phase("Go", "b", 1, "Go.")], "hip")
    with pytest.raises(ValueError, match="more than 0 seconds"):
        animate({"a": {}}, "a", [Phase("Go", "a", 0, "Go.")], "hip")
