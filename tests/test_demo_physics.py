"""Every frame of every demo is physically possible: contacts hold, nothing sinks, nothing floats.

The limits are in metres. A demo is drawn in whole centimetres, so 1 cm is the
smallest difference a reader could see.
"""

from __future__ import annotations

import numpy as np
import pytest

from widgets.figures.exercise_drawing import demo_geometry
from widgets.model import demo_checks as checks
from widgets.model.animation import Frame
from widgets.model.exercise_library import demo_exercise, easier_demo_ids, load_exercises
from widgets.model.poses import LIMBS, flexion, forward_kinematics

# Every demo: each exercise's standard version, then the easier versions drawn.
IDS = [e.id for e in load_exercises()] + easier_demo_ids()
EXERCISES = [demo_exercise(i) for i in IDS]
CM = 0.01
# A released hand, knee or foot leaves the floor within 5 cm of travel: a knee
# lifting as the thigh swings back moves a little before it clears. In walking a
# swinging foot moves about 15 cm between two pictures, so it lands within 13 cm.
LIFT_TRAVEL_M = {"walking": 0.13}
DEFAULT_LIFT_TRAVEL_M = 0.05
# The centre of mass stays within 4 cm of what the body stands on (the drawn toe
# is the ball of the foot; the toes reach further, and a hand on a wall steadies).
# Walking is a controlled fall from one foot to the other, so it is not checked.
BALANCE_M = 0.04
# Standing still on the feet (walking aside), the centre of mass stays over what
# the feet touch, to 3 mm: on the balls of the feet that is the drawn toe joint
# (the calf raises pass through a half-way key pose to keep it there).
STANDING_BALANCE_M = 0.003
CALF_RAISES = tuple(
    i for i in IDS if i.startswith(("calf_raise", "single_leg_calf_raise", "bent_knee_calf_raise"))
)
# The seated calf raise (the easier version) sits on a chair with its hands on
# its thighs: the standing checks (balance on the feet alone, fingertips on the
# wall) are not its own. Its trunk stays upright like every calf raise's, and
# tests/test_demo_cues.py checks that it stays seated with the balls of the feet down.
SEATED_CALF_RAISES = ("calf_raise.easier",)
STANDING_CALF_RAISES = tuple(i for i in CALF_RAISES if i not in SEATED_CALF_RAISES)
# Upright means the trunk (hip to shoulders) within 3° of vertical.
CALF_TRUNK_LEAN_DEG = 3.0
LYING = tuple(
    i
    for i in IDS
    if i.split(".")[0]
    in ("glute_bridge", "single_leg_bridge", "dead_bug", "side_lying_hip_abduction")
)


def frames_of(exercise_id: str) -> tuple[Frame, ...]:
    return demo_geometry(exercise_id).frames


def scene_of(exercise_id: str):
    return demo_geometry(exercise_id).exercise.demo.scene


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_frame_keeps_contacts_on_their_surface_and_in_place(exercise_id):
    frames, scene = frames_of(exercise_id), scene_of(exercise_id)
    assert checks.contact_drift(frames) <= CM, "a contact moves while it is held"
    assert checks.contact_gap(frames, scene) <= CM, "a contact is off its surface"
    assert checks.unsupported_frames(frames, scene) == [], "nothing carries the body"


@pytest.mark.parametrize("exercise_id", IDS)
def test_nothing_goes_into_the_floor_or_a_prop_and_nothing_slides(exercise_id):
    frames, scene = frames_of(exercise_id), scene_of(exercise_id)
    assert checks.penetration(frames, scene) <= CM
    assert checks.sliding(frames, scene) <= CM
    limit = LIFT_TRAVEL_M.get(exercise_id, DEFAULT_LIFT_TRAVEL_M)
    assert checks.lift_travel(frames, scene) <= limit


@pytest.mark.parametrize("exercise_id", IDS)
def test_segment_lengths_stay_constant(exercise_id):
    assert checks.segment_error(frames_of(exercise_id)) < 1e-6


@pytest.mark.parametrize("exercise_id", [i for i in IDS if i != "walking"])
def test_the_centre_of_mass_stays_over_what_the_body_stands_on(exercise_id):
    assert checks.balance(frames_of(exercise_id), scene_of(exercise_id)) <= BALANCE_M


def _stands_on_its_feet(item) -> bool:
    held = item.demo.contacts[item.demo.start_pose]
    on_floor = [joint for joint, surface in held if surface != "wall"]
    return bool(on_floor) and all(joint.endswith(("heel", "toe")) for joint in on_floor)


STANDING = [e.id for e in EXERCISES if _stands_on_its_feet(e) and e.id != "walking"]


def test_the_standing_demos_are_found():
    assert {"hip_hinge", "split_squat", "step_up", *STANDING_CALF_RAISES} <= set(STANDING)
    assert SEATED_CALF_RAISES and not set(SEATED_CALF_RAISES) & set(STANDING)


@pytest.mark.parametrize("exercise_id", STANDING)
def test_standing_demos_keep_the_centre_of_mass_over_the_feet_in_every_frame(exercise_id):
    # Not only on average: the worst frame counts (the calf raises once stood
    # 3.5 cm behind the balls of their feet while leaning into the wall).
    worst = checks.balance(frames_of(exercise_id), scene_of(exercise_id))
    assert worst <= STANDING_BALANCE_M, f"{exercise_id}: {worst * 100:.1f} cm outside the feet"


@pytest.mark.parametrize("exercise_id", CALF_RAISES)
def test_calf_raises_rise_with_the_trunk_upright(exercise_id):
    for frame in frames_of(exercise_id):
        back = frame.points["shoulder"] - frame.points["hip"]
        lean = abs(float(np.degrees(np.arctan2(back[0], back[1]))))
        assert lean <= CALF_TRUNK_LEAN_DEG, f"{exercise_id} frame {frame.index}: trunk {lean:.1f}°"
        walls = {j for j, s in frame.contacts if s == "wall"}
        if exercise_id in STANDING_CALF_RAISES:
            assert walls == {"near_wrist", "far_wrist"}
        else:
            assert ("hip", "chair") in frame.contacts and not walls


@pytest.mark.parametrize("exercise_id", LYING)
def test_lying_exercises_keep_the_shoulders_and_head_in_place(exercise_id):
    frames = frames_of(exercise_id)
    assert checks.stillness(frames, ["shoulder", "head"]) <= CM
    named = {joint for f in frames for joint, _ in f.contacts}
    assert "shoulder" in named


def test_the_curl_up_lifts_only_head_and_shoulders():
    frames = frames_of("curl_up")
    assert checks.stillness(frames, ["hip", "mid_back"]) <= CM
    start = frames[0].points["shoulder"]
    moves = [f.points["shoulder"] - start for f in frames]
    assert max(abs(m[0]) for m in moves) <= 2 * CM, "the shoulders slide along the floor"
    assert 0.04 <= max(m[1] for m in moves) <= 0.08, "the shoulders lift 4 to 8 cm"


@pytest.mark.parametrize("exercise_id", IDS)
def test_still_pictures_keep_the_arms_clear_of_the_head(exercise_id):
    # While an arm swings past the head it is drawn in front of it (near arm)
    # or behind it (far arm); in the start, key and held pictures it is clear.
    still = [f for f in frames_of(exercise_id) if f.key or f.phase < 0]
    assert checks.head_clearance(still) >= -0.5 * CM


@pytest.mark.parametrize("item", EXERCISES, ids=IDS)
def test_each_key_pose_is_drawn_as_its_angles_say(item):
    # The hands and feet that reach their contacts land where the angles put them.
    frames = frames_of(item.id)
    for frame in frames:
        if not frame.key:
            continue
        pose = item.demo.poses[
            item.demo.start_pose if frame.phase < 0 else item.demo.phases[frame.phase].to_pose
        ]
        drawn = frame.points
        own = forward_kinematics(pose)
        shift = drawn["hip"] - own["hip"]
        worst = max(float(np.linalg.norm(own[j] + shift - drawn[j])) for j in drawn)
        assert worst <= CM, f"{item.id} frame {frame.index}: {worst:.3f} m from its angles"


@pytest.mark.parametrize("item", EXERCISES, ids=IDS)
def test_every_key_pose_names_its_contacts_and_releases_them_only_by_lifting(item):
    frames = frames_of(item.id)
    for before, after in zip(frames, frames[1:]):
        if before.side != after.side:
            continue  # the other side is a new picture, not a movement
        released = set(before.contacts) - set(after.contacts)
        for joint, surface in released:
            gap_then = scene_of(item.id).surfaces[surface].gap(before.points[joint])
            gap_now = scene_of(item.id).surfaces[surface].gap(after.points[joint])
            assert gap_now >= gap_then - 1e-3, f"{item.id}: {joint} released into the {surface}"


@pytest.mark.parametrize("exercise_id", IDS)
def test_knees_and_elbows_bend_only_the_way_they_can(exercise_id):
    # Seen in the picture's plane; a forearm turned towards the viewer is left out.
    # A figure turned round for the other side faces the other way, so its
    # bends turn the other way in the picture.
    turned = not scene_of(exercise_id).props
    for frame in frames_of(exercise_id):
        facing = -1 if frame.side and turned else 1
        for limb, (_, middle, end, _) in LIMBS.items():
            lower = frame.points[end] - frame.points[middle]
            if abs(lower[2]) > 0.05:
                continue
            bend = facing * flexion(frame.points, limb)
            assert -5 <= bend <= 160, f"{exercise_id} frame {frame.index}: {limb} bends {bend:.0f}°"


@pytest.mark.parametrize("exercise_id", [e.id for e in EXERCISES if e.demo.view == "front"])
def test_seen_from_the_front_no_knee_or_elbow_bends_sideways(exercise_id):
    # A knee or elbow bends towards the viewer in a front view; a kink in the
    # picture's plane would be a knee bent sideways (the side plank's bottom
    # knee once stayed on the floor, bent 17°, while the hips lifted).
    for frame in frames_of(exercise_id):
        for limb, (_, middle, end, _) in LIMBS.items():
            if abs((frame.points[end] - frame.points[middle])[2]) > 0.05:
                continue
            bend = flexion(frame.points, limb)
            assert abs(bend) <= 5, f"{exercise_id} frame {frame.index}: {limb} {bend:.0f}° sideways"


# A foot on a step rests on it whole, the heel well back from the edge: a heel on
# the edge can slip off on the slow step-down.
STEP_EDGE_CLEARANCE_M = 0.03


@pytest.mark.parametrize("exercise_id", [i for i in IDS if "step" in scene_of(i).surfaces])
def test_a_foot_on_a_step_rests_whole_on_it_heel_well_back_from_the_edge(exercise_id):
    step = scene_of(exercise_id).surfaces["step"]
    checked = 0
    for frame in frames_of(exercise_id):
        feet = {joint.rsplit("_", 1)[0] for joint, surface in frame.contacts if surface == "step"}
        for foot in feet:
            for joint in (f"{foot}_heel", f"{foot}_toe"):
                x, y = frame.points[joint][:2]
                assert abs(y - step.height) <= CM, (frame.index, joint, "not on the step top")
                assert step.x0 + STEP_EDGE_CLEARANCE_M <= x, (frame.index, joint, x)
                assert x <= step.x1 - STEP_EDGE_CLEARANCE_M, (frame.index, joint, x)
                checked += 1
    assert checked >= len(frames_of(exercise_id)) * 2
    item = demo_geometry(exercise_id).exercise
    assert "whole foot on the step, the heel not hanging over the edge" in item.setup.lower()
    # Under the drawing, shorter: it fits two lines on a phone, with the rail the card asks for.
    expected = (
        "Whole foot on a lower step, one hand resting on the wall."
        if exercise_id.endswith(".easier")
        else "Whole foot on the step, heel not over the edge, a rail or wall in reach."
    )
    assert item.demo.start_cue == expected
    assert "a rail or a wall within reach" in item.setup
