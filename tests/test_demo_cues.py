"""Each demo shows what its card's cues say, within a stated tolerance.

Angles are in degrees, in the picture; distances in metres. Each test names
the cue it checks and the tolerance it allows.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from widgets.figures.exercise_drawing import demo_geometry
from widgets.model import demo_checks
from widgets.model.exercise_library import exercise, load_exercises
from widgets.model.poses import flexion


def frames(exercise_id):
    return demo_geometry(exercise_id).frames


def at(exercise_id, label, which=-1):
    """A picture of the phase called ``label``: its last (the key pose) by default."""
    found = [f for f in frames(exercise_id) if f.label == label]
    assert found, f"{exercise_id} has no phase {label!r}"
    return found[which].points


def direction(points, a, b) -> float:
    """The direction from joint a to joint b in the picture, degrees from +x."""
    d = points[b] - points[a]
    return math.degrees(math.atan2(d[1], d[0]))


def from_vertical(points, a, b) -> float:
    """How far the line a-b leans from vertical, in degrees (0 upright)."""
    d = points[b] - points[a]
    return abs(math.degrees(math.atan2(d[0], abs(d[1]))))


def from_horizontal(points, a, b) -> float:
    d = points[b] - points[a]
    return abs(math.degrees(math.atan2(d[1], abs(d[0]))))


def bend_at(points, a, b, c) -> float:
    """How far the line a-b-c bends at b, in degrees (0: a straight line)."""
    u, v = points[b] - points[a], points[c] - points[b]
    cosine = float(u[:2] @ v[:2] / (np.linalg.norm(u[:2]) * np.linalg.norm(v[:2])))
    return math.degrees(math.acos(max(-1.0, min(1.0, cosine))))


def height_above_line(points, joint, a, b) -> float:
    """How far ``joint`` sits above the straight line from a to b, in metres."""
    p, q, r = points[joint][:2], points[a][:2], points[b][:2]
    t = (p[0] - q[0]) / (r[0] - q[0])
    return float(p[1] - (q[1] + t * (r[1] - q[1])))


def test_bridge_top_puts_shoulders_hips_and_knees_in_a_line():
    for exercise_id, knee in (("glute_bridge", "near_knee"), ("single_leg_bridge", "near_knee")):
        top = at(exercise_id, "Lift")
        assert bend_at(top, "shoulder", "hip", knee) <= 10, "within 10° of a straight line"
        # The working shin is near vertical at the top (within 15°), the foot flat.
        assert from_vertical(top, "near_knee", "near_ankle") <= 15
        assert abs(top["near_heel"][1] - top["near_toe"][1]) <= 0.01


def test_single_leg_bridge_keeps_the_thighs_level_and_the_straight_leg_in_line():
    for label in ("Straighten", "Lift"):
        pose = at("single_leg_bridge", label)
        thighs = abs(
            direction(pose, "near_hip_joint", "near_knee")
            - direction(pose, "far_hip_joint", "far_knee")
        )
        assert thighs <= 5, f"{label}: thighs level within 5°"
    top = at("single_leg_bridge", "Lift")
    assert bend_at(top, "shoulder", "hip", "far_ankle") <= 10, "straight leg in line within 10°"


def test_split_squat_front_shin_upright_and_back_knee_straight_down():
    low = at("split_squat", "Lower")
    start = frames("split_squat")[0].points
    assert from_vertical(low, "near_knee", "near_ankle") <= 10, "front shin within 10° of vertical"
    assert from_horizontal(low, "near_hip_joint", "near_knee") <= 15, "front thigh about level"
    assert abs(low["far_knee"][0] - low["hip"][0]) <= 0.05, "back knee under the hip, 5 cm"
    assert low["far_knee"][1] <= 0.10, "back knee within 10 cm of the floor"
    assert from_vertical(low, "hip", "shoulder") <= 10, "trunk upright within 10°"
    # A long stride from front heel to back toe, and the hips go down, not back.
    assert start["near_heel"][0] - start["far_toe"][0] >= 0.8
    hips = [f.points["hip"][0] for f in frames("split_squat")]
    assert max(hips) - min(hips) <= 0.05
    assert start["far_heel"][1] - start["far_toe"][1] >= 0.05, "back heel up"


def test_cat_camel_round_and_arch_are_clearly_different_from_flat():
    start = frames("cat_camel")[0].points
    flat = height_above_line(start, "mid_back", "hip", "shoulder")
    assert abs(flat) <= 0.01
    assert height_above_line(at("cat_camel", "Round"), "mid_back", "hip", "shoulder") >= 0.05
    assert height_above_line(at("cat_camel", "Arch"), "mid_back", "hip", "shoulder") <= -0.05
    # The head drops in the round and comes up in the arch.
    assert (
        at("cat_camel", "Round")["head"][1] < start["head"][1] < at("cat_camel", "Arch")["head"][1]
    )


def test_split_squat_back_knee_stops_just_short_of_the_floor():
    cue = " ".join(exercise("split_squat").cues).lower()
    assert "just short of the floor" in cue
    low = at("split_squat", "Lower")
    assert 0.02 <= low["far_knee"][1] <= 0.06, "back knee 2 to 6 cm above the floor at the bottom"
    lowest = min(f.points["far_knee"][1] for f in frames("split_squat"))
    assert lowest >= 0.015, "the back knee never rests on the floor"
    knees = {j for f in frames("split_squat") for j, _ in f.contacts if j.endswith("knee")}
    assert not knees, "no knee is a contact"


def test_cat_camel_keeps_the_arms_straight_in_every_frame():
    for frame in frames("cat_camel"):
        for arm in ("near_arm", "far_arm"):
            bend = flexion(frame.points, arm)
            assert abs(bend) <= 5, f"frame {frame.index}: {arm} elbow bent {bend:.1f}°"


def test_step_up_standard_version_has_no_knee_drive():
    for frame in frames("step_up"):
        thigh = frame.points["far_knee"] - frame.points["far_hip_joint"]
        # The trailing thigh never comes forward of 45° below level.
        assert math.degrees(math.atan2(thigh[0], -thigh[1])) <= 45
    top = at("step_up", "Stand tall", 0)
    assert flexion(top, "near_leg") <= 10 and from_vertical(top, "hip", "shoulder") <= 10
    # The foot on the step stays flat and whole on the step in every frame.
    for frame in frames("step_up"):
        assert {("near_heel", "step"), ("near_toe", "step")} <= set(frame.contacts)
    assert "knee" in exercise("step_up").harder.lower(), "the knee drive is the harder version"


def test_side_plank_rests_on_its_forearm_in_every_frame_and_holds_a_straight_line():
    for frame in frames("side_plank"):
        assert {("far_elbow", "floor"), ("far_wrist", "floor")} <= set(frame.contacts)
        forearm = frame.points["far_wrist"] - frame.points["far_elbow"]
        assert forearm[2] >= 0.2, "the forearm points at the viewer"
    hold = at("side_plank", "Hold", 0)
    assert bend_at(hold, "far_ankle", "far_hip_joint", "far_shoulder_joint") <= 10
    assert from_vertical(hold, "far_shoulder_joint", "far_elbow") <= 10, "elbow under the shoulder"
    start = frames("side_plank")[0].points
    assert hold["hip"][1] - start["hip"][1] >= 0.12, "the hips lift at least 12 cm"


def test_bird_dog_reaches_opposite_arm_and_leg_level_with_the_back():
    start = frames("bird_dog")[0].points
    assert abs(start["far_wrist"][0] - start["far_shoulder_joint"][0]) <= 0.03
    assert abs(start["far_knee"][0] - start["far_hip_joint"][0]) <= 0.03
    hold = at("bird_dog", "Hold", 0)
    assert from_horizontal(hold, "hip", "shoulder") <= 10, "back level within 10°"
    # The reaching arm is the far arm, level with the shoulder within 10°: it is
    # drawn behind the head, so it passes behind the head rather than through it.
    assert from_horizontal(hold, "far_shoulder_joint", "far_wrist") <= 10, "arm level"
    assert hold["far_wrist"][0] > hold["far_shoulder_joint"][0], "arm reaches forward"
    back = direction(hold, "shoulder", "hip")
    leg = direction(hold, "near_hip_joint", "near_ankle")
    assert abs(back - leg) <= 15, "leg in line with the back within 15°"
    assert hold["near_wrist"][1] <= 0.01 and hold["far_knee"][1] <= 0.01
    # The arm on the floor, drawn in front of the head, stays clear of it in every frame.
    assert demo_checks.head_clearance(frames("bird_dog")) >= 0.005, "near arm clear of the head"


def test_bird_dog_keeps_the_head_in_line_with_the_back_in_every_frame():
    # "Neck long": the head's angle to the back stays within 10° of the start.
    def neck(points):
        return direction(points, "shoulder", "head") - direction(points, "hip", "shoulder")

    all_frames = frames("bird_dog")
    start = neck(all_frames[0].points)
    worst = max(abs(neck(f.points) - start) for f in all_frames)
    assert worst <= 10, f"the neck bends {worst:.0f}° from the start"


def test_the_far_arm_is_drawn_behind_the_opaque_head():
    from widgets.figures.exercise_demo import exercise_demo_figure
    from widgets.figures.exercise_drawing import trace_names

    names = trace_names(demo_geometry("bird_dog"))
    assert names.index("Far side") < names.index("Head") < names.index("Near side")
    head = exercise_demo_figure("bird_dog").data[names.index("Head")]
    assert head.fill == "toself" and head.fillcolor == "#ffffff", "the head hides what is behind it"


def test_dead_bug_starts_at_right_angles_and_reaches_long_and_low():
    start = frames("dead_bug")[0].points
    assert abs(flexion(start, "near_leg") - 90) <= 10
    assert from_vertical(start, "near_hip_joint", "near_knee") <= 10
    assert from_vertical(start, "near_shoulder_joint", "near_wrist") <= 10
    reach = at("dead_bug", "Reach")
    assert abs(flexion(reach, "far_leg")) <= 10, "leg straight"
    assert 0.1 <= reach["far_ankle"][1] <= 0.4, "heel 10 to 40 cm off the floor"
    assert direction(reach, "near_shoulder_joint", "near_wrist") >= 120, "arm back overhead"


def test_hip_hinge_leans_forward_with_a_neutral_spine_and_upright_shins():
    bottom = at("hip_hinge", "Hinge")
    lean = from_vertical(bottom, "hip", "shoulder")
    assert 35 <= lean <= 60
    assert (
        abs(direction(bottom, "hip", "mid_back") - direction(bottom, "mid_back", "shoulder")) <= 5
    )
    assert 15 <= flexion(bottom, "near_leg") <= 40
    assert from_vertical(bottom, "near_knee", "near_ankle") <= 15
    pose = exercise("hip_hinge").demo.poses["hinge"]
    assert pose.get("neck", 0) >= -5, "not looking up"


def test_curl_up_keeps_the_low_back_still_and_lifts_the_upper_back():
    start, lift = frames("curl_up")[0].points, at("curl_up", "Lift")
    assert abs(direction(start, "hip", "mid_back") - direction(lift, "hip", "mid_back")) <= 2
    assert (
        10
        <= abs(direction(start, "mid_back", "shoulder") - direction(lift, "mid_back", "shoulder"))
        <= 20
    )


def test_calf_raises_lift_the_heels_visibly_with_the_knees_as_the_card_says():
    for exercise_id in ("calf_raise", "single_leg_calf_raise", "bent_knee_calf_raise"):
        top = at(exercise_id, "Rise")
        assert top["near_heel"][1] >= 0.06, f"{exercise_id}: heel up at least 6 cm"
        bends = [flexion(f.points, "near_leg") for f in frames(exercise_id)]
        if exercise_id == "bent_knee_calf_raise":
            assert 25 <= min(bends) and max(bends) <= 45 and max(bends) - min(bends) <= 5
        else:
            assert max(abs(b) for b in bends) <= 5, f"{exercise_id}: knee straight"
    assert all(f.points["far_toe"][1] >= 0.1 for f in frames("single_leg_calf_raise"))


def test_the_calf_raise_versions_differ_and_link_to_each_other():
    calf = exercise("calf_raise")
    assert calf.easier != calf.setup and "both feet" not in calf.easier.lower()
    assert calf.linked("harder") == "single_leg_calf_raise"
    assert exercise("single_leg_calf_raise").linked("easier") == "calf_raise"
    assert "knee" in exercise("bent_knee_calf_raise").setup.lower()


def test_side_lying_abduction_lifts_the_top_leg_with_the_body_still():
    hold = at("side_lying_hip_abduction", "Hold", 0)
    top = hold["near_ankle"] - hold["near_hip_joint"]
    bottom = hold["far_ankle"] - hold["far_hip_joint"]
    cosine = top[:2] @ bottom[:2] / (np.linalg.norm(top[:2]) * np.linalg.norm(bottom[:2]))
    assert 25 <= math.degrees(math.acos(cosine)) <= 45, "top leg 25° to 45° above the bottom one"
    # The top hand rests on the top hip, not on the floor.
    assert np.linalg.norm((hold["near_wrist"] - hold["near_hip_joint"])[:2]) <= 0.10
    assert hold["near_wrist"][1] > hold["near_hip_joint"][1]


def test_walking_lands_on_the_heel_and_swings_the_arms_against_the_legs():
    poses = frames("walking")
    strike = poses[0].points
    assert strike["near_toe"][1] >= 0.03, "toes up at heel strike"
    # Near leg forward, near arm back (and the other way round).
    assert strike["near_ankle"][0] > strike["hip"][0] > strike["far_ankle"][0]
    assert strike["near_wrist"][0] < strike["far_wrist"][0]
    # The swinging foot clears the floor as it passes the other one.
    for frame in poses:
        touching = {joint for joint, _ in frame.contacts}
        for side, other in (("near", "far"), ("far", "near")):
            passing = (
                abs(frame.points[f"{side}_ankle"][0] - frame.points[f"{other}_ankle"][0]) < 0.15
            )
            swinging = not touching & {f"{side}_heel", f"{side}_toe"}
            if passing and swinging:
                assert frame.points[f"{side}_toe"][1] >= 0.01, f"frame {frame.index}: toe scuffs"


@pytest.mark.parametrize("item", load_exercises(), ids=[e.id for e in load_exercises()])
def test_a_one_side_exercise_ends_with_now_swap_sides(item):
    labels = [p.label for p in item.demo.phases]
    assert (labels[-1] == "Now swap sides") == item.dose.per_side
    if item.dose.per_side:
        assert not item.demo.phases[-1].counts, "the swap is not part of a repetition's time"


def test_the_wall_hinge_starts_away_from_the_wall_so_the_bottom_can_reach_it():
    easier = exercise("hip_hinge").version("easier")
    assert "in front of a wall" in easier and "until your bottom touches it" in easier
    assert "touching a wall behind you" not in easier


def test_walking_has_a_normal_stance_two_double_supports_and_a_flat_foot_in_mid_stance():
    # One stride (two steps), start picture left out: each foot is on the ground
    # for about 60 % of it, both feet for about 10 % after each heel strike.
    stride = [f for f in frames("walking") if f.phase >= 0]

    def on_ground(frame, side):
        return any(joint.startswith(side) for joint, _ in frame.contacts)

    for side in ("near", "far"):
        stance = sum(on_ground(f, side) for f in stride) / len(stride)
        assert 0.55 <= stance <= 0.65, f"{side} foot on the ground {stance:.0%} of the stride"
    double = [f.index for f in stride if on_ground(f, "near") and on_ground(f, "far")]
    runs = [r for r in np.split(np.array(double), np.where(np.diff(double) > 1)[0] + 1) if len(r)]
    if len(runs) > 2 and runs[-1][-1] == stride[-1].index and runs[0][0] == stride[0].index:
        runs = [np.concatenate([runs[-1], runs[0]]), *runs[1:-1]]  # the stride wraps round
    assert len(runs) == 2 and all(len(r) >= 2 for r in runs), f"double support {double}"
    for run in runs:
        assert len(run) / len(stride) <= 0.15, "each double support lasts about a tenth"
    # Heel strike, then the whole foot flat through mid-stance, then the heel lifts.
    for side in ("near", "far"):
        flat = [
            f
            for f in stride
            if {f"{side}_heel", f"{side}_toe"} <= {joint for joint, _ in f.contacts}
            and not on_ground(f, "far" if side == "near" else "near")
        ]
        assert len(flat) >= 3, f"{side} foot flat in mid-stance"
        for frame in flat:
            assert abs(frame.points[f"{side}_heel"][1] - frame.points[f"{side}_toe"][1]) <= 0.01


def test_the_curl_up_card_does_not_call_what_the_demo_shows_a_harder_version():
    # With the hands under the back, a rigid arm cannot keep the elbow down
    # while the shoulders lift 4-8 cm: the drawn elbows follow the shoulders, so
    # the card must not offer lifting them as a different version.
    item = exercise("curl_up")
    hold = at("curl_up", "Hold", 0)
    if max(hold["near_elbow"][1], hold["far_elbow"][1]) > 0.01:
        for text in (item.version("easier"), item.version("harder"), *item.cues, item.setup):
            assert "elbow" not in text.lower(), text
    assert "Swap the bent leg between sets" in item.setup


def test_the_side_plank_card_says_what_the_top_arm_does_as_drawn():
    item = exercise("side_plank")
    hold = at("side_plank", "Hold", 0)
    assert hold["near_wrist"][1] - hold["near_shoulder_joint"][1] >= 0.3, "top arm points up"
    assert "top arm straight up towards the ceiling" in item.setup


def test_calf_raise_cards_name_the_wall_and_the_step_edge():
    from widgets.figures.exercise_cards import card_html

    for exercise_id in CALF_IDS_WITH_WALL:
        assert "<strong>Equipment:</strong> a wall." in card_html(exercise(exercise_id))
    assert "edge of a step" in exercise("single_leg_calf_raise").version("harder")


CALF_IDS_WITH_WALL = ("calf_raise", "single_leg_calf_raise", "bent_knee_calf_raise")
