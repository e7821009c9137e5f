"""Property tests of the stick figure: fixed lengths, turns out of the picture, the two-link reach."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.figures.exercise_drawing import CM_PER_M, demo_geometry
from widgets.model.animation import Phase, Scene, animate
from widgets.model.contacts import Surface, carrier, parse_contacts
from widgets.model.exercise_library import load_exercises
from widgets.model.poses import (
    ANGLE_NAMES,
    HEAD_RADIUS_M,
    LIMBS,
    PLANE_ANGLES,
    SEGMENT_LENGTHS,
    blend,
    check_pose,
    ease,
    flexion,
    forward_kinematics,
    reach,
    segment_length_errors,
)

TOLERANCE_M = 1e-6
EXERCISES = load_exercises()
angles = st.floats(min_value=-180, max_value=270, allow_nan=False, allow_infinity=False)
poses = st.fixed_dictionaries({name: angles for name in ANGLE_NAMES})


@settings(max_examples=60, deadline=None)
@given(poses)
def test_forward_kinematics_keeps_every_segment_length_in_three_dimensions(pose):
    points = forward_kinematics(pose)
    for (parent, child), length in SEGMENT_LENGTHS.items():
        assert abs(np.linalg.norm(points[child] - points[parent]) - length) < TOLERANCE_M


def test_a_turned_forearm_points_at_the_viewer_and_a_girdle_rolls_into_the_picture():
    flat = forward_kinematics({"trunk": 90, "far_elbow": 90})
    turned = forward_kinematics({"trunk": 90, "far_elbow": 90, "far_elbow_turn": 90})
    forearm = turned["far_wrist"] - turned["far_elbow"]
    assert flat["far_wrist"][2] == pytest.approx(flat["far_elbow"][2])
    assert forearm[2] == pytest.approx(0.24) and np.hypot(*forearm[:2]) < 1e-9
    side = forward_kinematics({"trunk": 0})
    front = forward_kinematics({"trunk": 0, "pelvis_roll": 90, "chest_roll": 90})
    # Seen from the side the hip joints sit one behind the other; rolled, one above the other.
    assert side["near_hip_joint"][2] - side["far_hip_joint"][2] == pytest.approx(0.18)
    assert front["near_hip_joint"][1] - front["far_hip_joint"][1] == pytest.approx(0.18)
    assert front["near_shoulder_joint"][1] - front["far_shoulder_joint"][1] == pytest.approx(0.36)


def test_a_turned_knee_sends_the_shin_and_foot_back_keeping_their_bends():
    # Lying on the side seen from the front, a knee bent 90° and turned -90°
    # sends the shin straight back, away from the viewer: the thigh stays put.
    lying = {"trunk": 180, "pelvis_roll": 90, "far_knee": 90, "far_ankle": 40}
    flat, turned = forward_kinematics(lying), forward_kinematics({**lying, "far_knee_turn": -90})
    assert np.allclose(turned["far_knee"], flat["far_knee"])
    assert np.allclose(turned["far_ankle"] - turned["far_knee"], [0, 0, -0.43])
    ankle_bends = []
    for points in (flat, turned):
        thigh = points["far_knee"] - points["far_hip_joint"]
        shin = points["far_ankle"] - points["far_knee"]
        foot = points["far_toe"] - points["far_ankle"]
        assert thigh @ shin == pytest.approx(0, abs=1e-12), "still bent 90°"
        ankle_bends.append(float(shin @ foot))
    assert ankle_bends[1] == pytest.approx(ankle_bends[0]), "the foot turns with the shin"
    towards = forward_kinematics({**lying, "far_knee_turn": 90})
    assert towards["far_ankle"][2] == pytest.approx(0.43), "positive turns towards the viewer"
    # A held foot cannot be reached by a leg whose shin turns out of the picture.
    phases = [Phase("Go", "b", 1, "Go.")]
    pose = {"trunk": 180, "far_knee": 90, "far_knee_turn": -90}
    heel = (("hip", "floor"), ("far_heel", "floor"))
    held = {"a": heel, "b": heel}
    with pytest.raises(ValueError, match="hold the knee instead"):
        animate({"a": pose, "b": {**pose, "far_hip": 10}}, held, "a", phases)


@settings(max_examples=80, deadline=None)
@given(
    poses,
    st.sampled_from(list(LIMBS)),
    st.floats(-0.6, 0.6),
    st.floats(-0.6, 0.6),
    st.booleans(),
)
def test_the_two_link_reach_keeps_lengths_and_reaches_any_target_in_range(pose, limb, dx, dy, bend):
    pose = {**pose, "near_elbow_turn": 0, "far_elbow_turn": 0}
    points = forward_kinematics(pose)
    root, middle, end, _ = LIMBS[limb]
    target = points[root] + np.array([dx, dy, 0.0])
    moved = reach(points, limb, target, 30.0 if bend else -30.0)
    upper, lower = SEGMENT_LENGTHS[(root, middle)], SEGMENT_LENGTHS[(middle, end)]
    assert np.linalg.norm(moved[middle] - moved[root]) == pytest.approx(upper)
    assert np.linalg.norm(moved[end] - moved[middle]) == pytest.approx(lower)
    distance = math.hypot(dx, dy)
    if abs(upper - lower) + 1e-6 < distance < upper + lower - 1e-6:
        assert np.linalg.norm((moved[end] - target)[:2]) < 1e-9
        assert (flexion(moved, limb) >= 0) == bend
    for name in set(points) - {middle, end, *["near_heel", "near_toe", "far_heel", "far_toe"]}:
        assert np.array_equal(moved[name], points[name]), f"{name} moved"


@settings(max_examples=30, deadline=None)
@given(poses, poses, st.floats(0.1, 1.0), st.booleans())
def test_any_animation_keeps_lengths_and_keeps_its_carrier_where_it_touches(
    start, end, seconds, hold
):
    start = {**start, "near_elbow_turn": 0, "far_elbow_turn": 0}
    end = {**end, "near_elbow_turn": 0, "far_elbow_turn": 0}
    phases = [
        Phase("Move", "end", seconds, "Move slowly."),
        Phase("Hold", "end", seconds, "Hold.", moves=not hold),
        Phase("Back", "start", seconds, "Come back."),
    ]
    contacts = {"start": (("hip", "floor"),), "end": (("hip", "floor"),)}
    frames = animate({"start": start, "end": end}, contacts, "start", phases, frame_seconds=0.05)
    assert segment_length_errors(frames) < TOLERANCE_M
    assert [f.index for f in frames] == list(range(len(frames)))
    assert all(np.allclose(f.points["hip"], frames[0].points["hip"]) for f in frames)
    assert all(f.label.strip() for f in frames)


@settings(max_examples=50, deadline=None)
@given(poses, poses, st.floats(0, 1), st.sampled_from(["both", "in", "out", "none"]))
def test_blending_stays_between_the_two_poses(start, end, fraction, kind):
    mixed = blend(start, end, fraction, kind=kind)
    for name in ANGLE_NAMES:
        low, high = sorted((check_pose(start)[name], check_pose(end)[name]))
        assert low - 1e-9 <= mixed[name] <= high + 1e-9
    assert ease(0, kind) == 0 and ease(1, kind) == pytest.approx(1)


def test_a_foot_flat_at_both_ends_stays_flat_all_the_way():
    # Every segment's direction is a sum of angles, so it blends evenly.
    a = {"trunk": 90, "near_hip": 0, "near_knee": 5, "near_ankle": -5}
    b = {"trunk": 40, "near_hip": 70, "near_knee": 25, "near_ankle": -5}
    for k in range(11):
        points = forward_kinematics(blend(a, b, k / 10))
        assert points["near_heel"][1] == pytest.approx(points["near_toe"][1], abs=1e-3)


@pytest.mark.parametrize("item", EXERCISES, ids=[e.id for e in EXERCISES])
def test_the_drawn_demo_fits_its_fixed_drawing_area(item):
    geometry = demo_geometry(item.id)
    (x0, x1), (y0, y1) = geometry.x_range, geometry.y_range
    for frame in geometry.frames:
        for name, point in frame.points.items():
            x, y = point[0] * CM_PER_M, point[1] * CM_PER_M
            pad = HEAD_RADIUS_M * CM_PER_M if name == "head" else 0
            assert x0 <= x - pad and x + pad <= x1, f"{item.id}: {name} leaves the drawing"
            assert y0 <= y - pad and y + pad <= y1, f"{item.id}: {name} leaves the drawing"


def test_contacts_and_surfaces_are_checked_in_words():
    assert parse_contacts(["near_foot@step"], ["floor", "step"]) == (
        ("near_heel", "step"),
        ("near_toe", "step"),
    )
    with pytest.raises(ValueError, match="not a contact"):
        parse_contacts(["near_paw"], ["floor"])
    with pytest.raises(ValueError, match="does not draw"):
        parse_contacts(["near_foot@step"], ["floor"])
    with pytest.raises(ValueError, match="Nothing touches"):
        carrier([])
    step = Surface("step", 0.0, 0.4, 0.2)
    assert step.gap(np.array([0.2, 0.2, 0])) == pytest.approx(0)
    assert step.gap(np.array([0.2, 0.15, 0])) == pytest.approx(-0.05)
    assert Surface("floor").gap(np.array([0, 0.11, 0]), rest=0.11) == pytest.approx(0)
    # The back's thickness counts sideways too: a hip 11 cm in front of a wall
    # behind it is a bottom touching the wall; 5 cm would put it 6 cm into it.
    wall = Surface("wall", -0.1, 0.0, 2.0)
    assert wall.gap(np.array([0.11, 0.9, 0]), rest=0.11) == pytest.approx(0)
    assert wall.gap(np.array([0.05, 0.9, 0]), rest=0.11) == pytest.approx(-0.06)
    assert wall.gap(np.array([0.05, 0.9, 0])) == pytest.approx(0.05)


def test_an_unknown_angle_or_a_bad_phase_is_refused_in_words():
    assert set(PLANE_ANGLES) < set(ANGLE_NAMES)
    with pytest.raises(ValueError, match="not a joint angle"):
        check_pose({"wing": 10})
    with pytest.raises(ValueError, match="number of degrees"):
        check_pose({"trunk": "up"})
    floor = {"a": (("hip", "floor"),)}
    with pytest.raises(ValueError, match="not defined"):
        animate({"a": {}}, floor, "a", [Phase("Go", "b", 1, "Go.")])
    with pytest.raises(ValueError, match="more than 0 seconds"):
        animate({"a": {}}, floor, "a", [Phase("Go", "a", 0, "Go.")])
    with pytest.raises(ValueError, match="must keep the pose"):
        animate({"a": {}, "b": {}}, floor, "a", [Phase("Hold", "b", 1, "Hold.", moves=False)])
    with pytest.raises(ValueError, match="name what touches"):
        animate({"a": {}}, {}, "a", [Phase("Go", "a", 1, "Go.")])
    with pytest.raises(ValueError, match="Nothing touches"):
        animate(
            {"a": {}, "b": {}},
            {"a": (("hip", "floor"),), "b": (("head", "floor"),)},
            "a",
            [Phase("Go", "b", 1, "Go.")],
            Scene(),
        )


def test_reach_towards_the_viewer_keeps_the_limb_straight_in_the_picture():
    points = forward_kinematics(dict.fromkeys(ANGLE_NAMES, 0.0))
    limb = "near_leg"
    root = points["near_hip_joint"]
    target = root + 0.97 * (points["near_ankle"] - root)
    moved = reach(points, limb, target, 0.0, towards_viewer=True)
    assert np.allclose(moved["near_ankle"][:2], target[:2])
    assert moved["near_knee"][2] > points["near_knee"][2] + 0.05, "the knee comes towards you"
    assert abs(flexion(moved, limb)) < 1e-6, "straight in the picture"
    for segment in (("near_hip_joint", "near_knee"), ("near_knee", "near_ankle")):
        drawn = np.linalg.norm(moved[segment[1]] - moved[segment[0]])
        assert drawn == pytest.approx(SEGMENT_LENGTHS[segment])


def _arm_lengths(points, side):
    upper = points[f"{side}_elbow"] - points[f"{side}_shoulder_joint"]
    lower = points[f"{side}_wrist"] - points[f"{side}_elbow"]
    return upper, lower


def _bend(points, side) -> float:
    """The elbow's bend in the plane of the arm, in degrees."""
    upper, lower = _arm_lengths(points, side)
    return math.degrees(math.acos(upper @ lower / (np.linalg.norm(upper) * np.linalg.norm(lower))))


@pytest.mark.parametrize("side", ["near", "far"])
@pytest.mark.parametrize("out", [20.0, 60.0, 90.0])
def test_an_arm_turned_out_to_the_side_looks_shorter_but_keeps_its_length(side, out):
    pose = {"trunk": 180, f"{side}_shoulder": -50, f"{side}_elbow": 80}
    flat = forward_kinematics(pose)
    turned = forward_kinematics({**pose, f"{side}_shoulder_out": out})
    # The hand stays; the elbow swings out, towards the viewer on the near
    # side and away on the far side.
    assert np.allclose(turned[f"{side}_wrist"], flat[f"{side}_wrist"])
    outwards = 1 if side == "near" else -1
    depth = (turned[f"{side}_elbow"] - flat[f"{side}_elbow"])[2] * outwards
    assert depth > 0.01
    for segment, drawn_flat, drawn_turned in zip(
        ((f"{side}_shoulder_joint", f"{side}_elbow"), (f"{side}_elbow", f"{side}_wrist")),
        _arm_lengths(flat, side),
        _arm_lengths(turned, side),
    ):
        length = SEGMENT_LENGTHS[segment]
        # True (3-D) length unchanged; the picture shows the projection, shorter
        # by exactly what points out of the picture.
        assert np.linalg.norm(drawn_turned) == pytest.approx(length)
        projected = np.hypot(*drawn_turned[:2])
        assert projected < length - 1e-3
        assert projected**2 + (drawn_turned[2] - drawn_flat[2]) ** 2 == pytest.approx(length**2)
    # The bend in the plane of the arm is the pose's own elbow angle.
    bend = _bend(turned, side)
    assert bend == pytest.approx(80.0)


def test_the_length_check_sees_a_turned_arm_whole_and_still_catches_a_stretch():
    pose = {"trunk": 180, "near_shoulder": -50, "near_elbow": 80, "near_shoulder_out": 70}
    points = forward_kinematics(pose)

    class Picture:
        def __init__(self, points):
            self.points = points

    assert segment_length_errors([Picture(points)]) < TOLERANCE_M
    shoulder, elbow = points["near_shoulder_joint"], points["near_elbow"]
    upper = elbow - shoulder
    # 1 cm longer along the arm, or drawn 5 % longer in the picture alone.
    for longer in (upper * (1 + 0.01 / np.linalg.norm(upper)), upper * np.array([1.05, 1.05, 1])):
        shift = shoulder + longer - elbow
        stretched = dict(points, near_elbow=elbow + shift, near_wrist=points["near_wrist"] + shift)
        assert segment_length_errors([Picture(stretched)]) >= 0.005


@settings(max_examples=40, deadline=None)
@given(st.floats(-80, -10), st.floats(20, 140), st.floats(0, 90), st.sampled_from(["near", "far"]))
def test_reaching_a_held_hand_with_the_arm_turned_out_puts_the_elbow_where_the_angles_do(
    shoulder, elbow, out, side
):
    pose = {
        "trunk": 180,
        f"{side}_shoulder": shoulder,
        f"{side}_elbow": elbow,
        f"{side}_shoulder_out": out,
    }
    points = forward_kinematics(pose)
    moved = reach(
        forward_kinematics({**pose, f"{side}_shoulder_out": 0}),
        f"{side}_arm",
        points[f"{side}_wrist"],
        elbow,
        out=out,
    )
    assert np.allclose(moved[f"{side}_elbow"], points[f"{side}_elbow"], atol=1e-9)
    assert np.allclose(moved[f"{side}_wrist"], points[f"{side}_wrist"], atol=1e-9)


@pytest.mark.parametrize("side", ["near", "far"])
@pytest.mark.parametrize("turn_in", [5.0, 15.0, 30.0])
def test_an_arm_turned_in_moves_the_hand_towards_the_middle_and_keeps_its_bend(side, turn_in):
    pose = {"trunk": 180, f"{side}_shoulder": -50, f"{side}_elbow": 76}
    flat = forward_kinematics(pose)
    turned = forward_kinematics({**pose, f"{side}_arm_in": turn_in})
    shoulder = flat[f"{side}_shoulder_joint"]
    assert np.allclose(turned[f"{side}_shoulder_joint"], shoulder), "the shoulder stays"
    # The hand moves towards the body's middle, by the turn about the shoulder.
    reach_m = np.linalg.norm(flat[f"{side}_wrist"] - shoulder)
    inwards = -1 if side == "near" else 1
    moved_in = (turned[f"{side}_wrist"][2] - shoulder[2]) * inwards
    assert moved_in == pytest.approx(reach_m * math.sin(math.radians(turn_in)))
    for segment in (
        (f"{side}_shoulder_joint", f"{side}_elbow"),
        (f"{side}_elbow", f"{side}_wrist"),
    ):
        drawn = np.linalg.norm(turned[segment[1]] - turned[segment[0]])
        assert drawn == pytest.approx(SEGMENT_LENGTHS[segment])
    bend = _bend(turned, side)
    assert bend == pytest.approx(76.0)


@settings(max_examples=40, deadline=None)
@given(
    st.floats(-80, -10),
    st.floats(20, 140),
    st.floats(1, 30),
    st.floats(0, 90),
    st.sampled_from(["near", "far"]),
)
def test_reaching_a_held_hand_under_the_back_puts_the_arm_where_the_angles_do(
    shoulder, elbow, turn_in, out, side
):
    pose = {
        "trunk": 180,
        f"{side}_shoulder": shoulder,
        f"{side}_elbow": elbow,
        f"{side}_arm_in": turn_in,
        f"{side}_shoulder_out": out,
    }
    points = forward_kinematics(pose)
    start = forward_kinematics({"trunk": 180})
    moved = reach(start, f"{side}_arm", points[f"{side}_wrist"], elbow, out=out, keep_depth=True)
    assert np.allclose(moved[f"{side}_wrist"], points[f"{side}_wrist"], atol=1e-9)
    assert np.allclose(moved[f"{side}_elbow"], points[f"{side}_elbow"], atol=1e-9)
    # Without keep_depth the hand stays at the shoulder's depth, as before.
    flat = reach(start, f"{side}_arm", points[f"{side}_wrist"], elbow, out=out)
    assert flat[f"{side}_wrist"][2] == pytest.approx(start[f"{side}_shoulder_joint"][2])
