"""Each demo shows what its card's cues say, within a stated tolerance.

Angles are in degrees, in the picture; distances in metres. Each test names
the cue it checks and the tolerance it allows.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from widgets.figures.exercise_drawing import demo_geometry
from widgets.model import demo_checks
from widgets.model.contacts import rest_height
from widgets.model.exercise_library import (
    demo_exercise,
    easier_demo_ids,
    exercise,
    load_exercises,
)
from widgets.model.poses import flexion

CALF_IDS_WITH_WALL = ("calf_raise", "single_leg_calf_raise", "bent_knee_calf_raise")


def frames(exercise_id):
    """The pictures of the side a demo is drawn for.

    After "Now swap sides" a one-side demo shows the same pose on the other
    side (tested in ``test_one_side_demos_show_the_other_side_after_the_swap``).
    """
    return [f for f in demo_geometry(exercise_id).frames if f.side == 0]


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


def test_easier_split_squat_goes_about_two_thirds_as_deep_in_the_same_stance():
    # The card's easier version: "go down only partway". Same long stride,
    # hips straight down, trunk upright and front shin near vertical, but
    # the hips drop 55-80 % as far as in the full split squat.
    easy, full = frames("split_squat.easier"), frames("split_squat")
    for joint in ("near_heel", "near_toe", "far_toe"):
        assert np.allclose(easy[0].points[joint][:2], full[0].points[joint][:2], atol=0.01), joint
    top = easy[0].points["hip"][1]
    drop = top - at("split_squat.easier", "Lower")["hip"][1]
    full_drop = top - at("split_squat", "Lower")["hip"][1]
    assert 0.55 <= drop / full_drop <= 0.80, f"{drop / full_drop:.0%} of the full depth"
    low = at("split_squat.easier", "Lower")
    assert low["far_knee"][1] >= 0.10, "the back knee stays well clear of the floor"
    assert abs(low["far_knee"][0] - low["hip"][0]) <= 0.05, "back knee under the hip, 5 cm"
    assert from_vertical(low, "near_knee", "near_ankle") <= 10, "front shin within 10° of vertical"
    for frame in easy:
        assert from_vertical(frame.points, "hip", "shoulder") <= 10, frame.index
    hips = [f.points["hip"][0] for f in easy]
    assert max(hips) - min(hips) <= 0.05, "the hips go down, not back"
    assert "partway" in exercise("split_squat").easier
    assert "partway" in demo_geometry("split_squat.easier").exercise.demo.phases[0].cue


def test_easier_step_up_has_a_lower_step_a_steadying_hand_on_the_wall_and_no_knee_drive():
    easy = demo_geometry("step_up.easier").exercise
    step = easy.demo.scene.surfaces["step"]
    standard = demo_geometry("step_up").exercise.demo.scene.surfaces["step"]
    assert 0.12 <= step.height <= 0.15 and step.height < standard.height
    wall = easy.demo.scene.surfaces["wall"]
    assert wall.x0 > step.x1, "the wall stands beyond the step, not on it"
    # One hand rests on the wall in every picture, the other side's too, and
    # only steadies: the elbow bent (not a locked arm), the hand between hip
    # and shoulder height.
    for frame in demo_geometry("step_up.easier").frames:
        on_wall = {joint for joint, surface in frame.contacts if surface == "wall"}
        assert len(on_wall) == 1 and on_wall <= {"near_wrist", "far_wrist"}, frame.index
    for frame in frames("step_up.easier"):
        p = frame.points
        assert ("near_wrist", "wall") in frame.contacts
        assert 30 <= flexion(p, "near_arm") <= 110, f"frame {frame.index}: elbow"
        assert p["hip"][1] + 0.1 <= p["near_wrist"][1] <= p["shoulder"][1] - 0.05, frame.index
        # No knee drive: the trailing thigh never comes forward of 45° below level.
        thigh = p["far_knee"] - p["far_hip_joint"]
        assert math.degrees(math.atan2(thigh[0], -thigh[1])) <= 45, frame.index
        # The foot on the step stays flat and whole on it.
        assert {("near_heel", "step"), ("near_toe", "step")} <= set(frame.contacts)
    top = at("step_up.easier", "Stand tall", 0)
    assert flexion(top, "near_leg") <= 10 and from_vertical(top, "hip", "shoulder") <= 10
    # The card and the words under the drawing say what is drawn.
    assert "lower step" in exercise("step_up").easier and "wall" in exercise("step_up").easier
    assert "hand on the wall" in easy.demo.phases[0].cue
    assert "knee drive" in easy.demo.movement


def test_easier_demo_cues_fit_two_lines_under_the_floor():
    from widgets.figures.exercise_drawing import CUE_WRAP_CHARS
    from widgets.figures.text_layout import wrap
    from widgets.model.exercise_library import demo_exercise, easier_demo_ids

    for demo_id in easier_demo_ids():
        demo = demo_exercise(demo_id).demo
        assert demo.movement.startswith("Seen from the side, ") or demo.view != "side"
        for text in (demo.start_cue, *(p.cue for p in demo.phases)):
            assert len(wrap(text, CUE_WRAP_CHARS).split("<br>")) <= 2, f"{demo_id}: {text!r}"


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


# The easier side plank lifts from the knees: knees bent about 90° (within
# 10°), the shins pointing back away from the viewer (at least 35 of their
# 43 cm into the picture), and a straight line from the shoulders through the
# hips to the knees at the top, within 5°.
KNEE_SIDE_PLANK_BEND_DEG = (80, 100)
SHIN_BACK_M = 0.35


def test_easier_side_plank_lifts_from_the_knees_on_the_forearm_in_a_straight_line():
    item = demo_geometry("side_plank.easier").exercise
    assert "knees" in item.demo.start_cue and item.demo.movement.startswith("Seen from the front")
    standard = exercise("side_plank").demo.phases
    assert [p.label for p in item.demo.phases] == [p.label for p in standard]
    assert [p.label for p in standard][:3] == ["Lift", "Hold", "Lower"]
    assert item.demo.phases[1].seconds == exercise("side_plank").dose.hold_seconds
    from widgets.figures.exercise_drawing import CUE_WRAP_CHARS
    from widgets.figures.text_layout import wrap

    for text in (item.demo.start_cue, *(p.cue for p in item.demo.phases)):
        assert len(wrap(text, CUE_WRAP_CHARS).split("<br>")) <= 2, f"{text!r}: two lines at most"
    low, high = KNEE_SIDE_PLANK_BEND_DEG
    for frame in frames("side_plank.easier"):
        p, touching = frame.points, {joint for joint, _ in frame.contacts}
        assert {"far_elbow", "far_wrist", "far_knee"} <= touching, frame.index
        assert not touching & {"far_ankle", "far_heel", "far_toe", "near_heel", "near_toe"}
        assert p["far_knee"][1] <= 0.01, f"frame {frame.index}: the bottom knee is off the floor"
        assert (p["far_wrist"] - p["far_elbow"])[2] >= 0.2, "the forearm points at the viewer"
        for side in ("near", "far"):
            thigh = p[f"{side}_knee"] - p[f"{side}_hip_joint"]
            shin = p[f"{side}_ankle"] - p[f"{side}_knee"]
            assert shin[2] <= -SHIN_BACK_M, f"frame {frame.index}: the {side} shin is not back"
            cosine = float(thigh @ shin / (np.linalg.norm(thigh) * np.linalg.norm(shin)))
            assert low <= math.degrees(math.acos(cosine)) <= high, frame.index
    hold = dict(at("side_plank.easier", "Hold", 0))
    hold["knees"] = (hold["near_knee"] + hold["far_knee"]) / 2
    assert bend_at(hold, "shoulder", "hip", "knees") <= 5, "shoulders, hips and knees in line"
    assert from_vertical(hold, "far_shoulder_joint", "far_elbow") <= 10, "elbow under the shoulder"
    start = frames("side_plank.easier")[0].points
    assert hold["hip"][1] - start["hip"][1] >= 0.08, "the hips lift at least 8 cm"
    # The standard side plank is still held on the feet, straight from feet to head.
    assert ("far_heel", "floor") in frames("side_plank")[-1].contacts


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
    # The drawing's heel stays well up, so the description must not send the leg lower.
    movement = exercise("dead_bug").demo.movement
    assert "just above the floor" not in movement
    assert "only as low as the lower back stays on the floor" in movement


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
    # The upper back bends 5° to 20° as the shoulders come off the floor.
    assert (
        5
        <= abs(direction(start, "mid_back", "shoulder") - direction(lift, "mid_back", "shoulder"))
        <= 20
    )


# The small of the back: the middle half of the trunk between the hip point and
# the mid-back point (the lowest ribs), measured along the floor.
LUMBAR_SPAN = (0.25, 0.75)
# Hands under the small of the back lie palm down beside the spine: the wrist
# 5-8 cm from the body's middle, so a palm about 8 cm long reaches in to the
# spine. Elbows rest on the floor out to the sides, at least 5 cm beyond the
# shoulders (half-width 19 cm). As the shoulders lift about 4 cm, an arm of
# fixed length has to let the elbow rise or slide a little (in a body the
# shoulder blades take it up): the card says they may lift a little, and they
# stay within 1.5 cm of the floor.
WRIST_FROM_MIDDLE_M = (0.05, 0.08)
ELBOW_ON_FLOOR_M = 0.015
ELBOW_BEYOND_TRUNK_M = 0.05
ELBOW_RANGE_DEG = (0, 150)


def elbow_angle_3d(points, side) -> float:
    """The elbow's bend in the plane of the arm, in degrees (0: a straight arm)."""
    upper = points[f"{side}_elbow"] - points[f"{side}_shoulder_joint"]
    lower = points[f"{side}_wrist"] - points[f"{side}_elbow"]
    cosine = float(upper @ lower / (np.linalg.norm(upper) * np.linalg.norm(lower)))
    return math.degrees(math.acos(max(-1.0, min(1.0, cosine))))


def test_curl_up_hands_lie_palm_down_under_the_small_of_the_back():
    for frame in frames("curl_up"):
        p = frame.points
        for side in ("near", "far"):
            wrist = p[f"{side}_wrist"]
            share = (wrist[0] - p["hip"][0]) / (p["mid_back"][0] - p["hip"][0])
            assert LUMBAR_SPAN[0] <= share <= LUMBAR_SPAN[1], (
                f"frame {frame.index}: {side} wrist {share:.0%} of the way from hip to mid-back"
            )
            assert abs(wrist[1]) <= 0.01, "the hand rests on the floor"
            from_middle = abs(wrist[2])
            low, high = WRIST_FROM_MIDDLE_M
            assert low <= from_middle <= high, f"wrist {from_middle * 100:.1f} cm from the middle"
            assert (f"{side}_wrist", "floor") in frame.contacts


def test_curl_up_elbows_rest_out_to_the_sides_bent_as_an_elbow_bends():
    from widgets.model.contacts import REST_HEIGHT_M

    half_width = REST_HEIGHT_M["front"]["shoulder"]
    item = exercise("curl_up")
    for name, pose in item.demo.poses.items():
        for side in ("near", "far"):
            assert pose[f"{side}_elbow"] > 0, f"{name}: the {side} elbow bends the way it can"
            assert pose[f"{side}_shoulder_out"] > 0, f"{name}: the {side} arm is out to the side"
    for frame in frames("curl_up"):
        p = frame.points
        for side, outwards in (("near", 1), ("far", -1)):
            elbow = p[f"{side}_elbow"]
            assert -0.005 <= elbow[1] <= ELBOW_ON_FLOOR_M, (
                f"frame {frame.index}: {side} elbow off the floor"
            )
            beyond = elbow[2] * outwards - half_width
            assert beyond >= ELBOW_BEYOND_TRUNK_M, (
                f"frame {frame.index}: {side} elbow {beyond * 100:.1f} cm beyond the shoulders"
            )
            bend = elbow_angle_3d(p, side)
            assert ELBOW_RANGE_DEG[0] < bend <= ELBOW_RANGE_DEG[1], f"elbow bends {bend:.0f}°"
    # What the card says of the elbows is what the drawing does.
    rise = max(f.points["near_elbow"][1] for f in frames("curl_up"))
    says_they_lift = "elbows may lift a little" in item.setup.lower()
    assert says_they_lift == (rise > 0.005), f"elbows rise {rise * 100:.1f} cm"
    # At the key poses the bend is the pose's own elbow angle: swinging the arm
    # out to the side does not change it.
    for name, points in (("start", frames("curl_up")[0].points), ("lift", at("curl_up", "Lift"))):
        for side in ("near", "far"):
            wanted = item.demo.poses[name][f"{side}_elbow"]
            assert elbow_angle_3d(points, side) == pytest.approx(wanted, abs=1)


def _numbers_in_cm(text: str) -> list[str]:
    return re.findall(r"(\d+(?:–\d+)?) cm\b", text)


def test_curl_up_states_one_lift_height_in_its_cue_card_and_drawing():
    # The card's first cue is the lift height's one home; the demo's own cue
    # under the drawing repeats that sentence word for word.
    item = exercise("curl_up")
    lift_cue = item.cues[0]
    (stated,) = _numbers_in_cm(lift_cue)
    assert item.demo.phases[0].cue == lift_cue
    assert "few centim" not in item.demo.movement.lower()
    assert not _numbers_in_cm(item.demo.movement + item.demo.start_cue)
    start = frames("curl_up")[0].points["shoulder"][1]
    drawn = max(f.points["shoulder"][1] for f in frames("curl_up")) - start
    assert abs(drawn * 100 - float(stated)) <= 0.5, f"drawn {drawn * 100:.1f} cm, said {stated} cm"
    # The easier version lifts less than the standard one.
    (easier,) = _numbers_in_cm(item.easier)
    assert float(easier.split("–")[-1]) < float(stated)


@pytest.mark.parametrize("item", load_exercises(), ids=[e.id for e in load_exercises()])
def test_a_demo_states_a_height_only_as_its_card_does(item):
    # Every "N cm" under a demo or in its description is a number the card's
    # set-up or cues give too, and no demo says "a few centimetres" instead.
    card = " ".join([item.setup, *item.cues])
    demo_texts = [item.demo.movement, item.demo.start_cue, *(p.cue for p in item.demo.phases)]
    for text in demo_texts:
        assert "few centim" not in text.lower(), text
        for number in _numbers_in_cm(text):
            assert f"{number} cm" in card, f"{item.id}: {number} cm is not on the card"


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


def test_the_curl_up_card_puts_the_elbows_where_the_demo_draws_them():
    # The elbows rest out to the sides on the floor (within 1.5 cm in every
    # picture, tested above), so the card says so and does not offer lifting
    # them as a different version.
    item = exercise("curl_up")
    assert "elbows out to the sides on the floor" in item.setup
    assert "elbows out to the sides on the floor" in item.demo.movement
    for text in (item.version("easier"), item.version("harder")):
        assert "elbow" not in text.lower(), text
    assert "Swap the bent leg after half of each set" in item.setup


def test_the_side_plank_card_says_what_the_top_arm_does_as_drawn():
    item = exercise("side_plank")
    hold = at("side_plank", "Hold", 0)
    assert hold["near_wrist"][1] - hold["near_shoulder_joint"][1] >= 0.3, "top arm points up"
    assert "top arm straight up towards the ceiling" in item.setup


def test_calf_raise_cards_name_the_wall_and_the_step_edge():
    from widgets.figures.exercise_cards import card_html

    for exercise_id in CALF_IDS_WITH_WALL:
        html = card_html(exercise(exercise_id))
        assert "<strong>Equipment:</strong> none; just a wall to rest your fingertips on." in html
    assert "edge of a step" in exercise("single_leg_calf_raise").version("harder")


def _rests_on_the_floor(item) -> bool:
    held = item.demo.contacts[item.demo.start_pose]
    return any(s == "floor" and not j.endswith(("heel", "toe")) for j, s in held)


@pytest.mark.parametrize("item", load_exercises(), ids=[e.id for e in load_exercises()])
def test_an_exercise_without_equipment_says_none_and_a_mat_only_on_the_floor(item):
    # A plan built "with no equipment" can hold every exercise whose card says "none".
    text = item.equipment_text
    if item.equipment:
        assert text == ", ".join(item.equipment)
        return
    assert text.startswith("none"), text
    assert ("mat" in text) == _rests_on_the_floor(item), text
    walls = any(prop["kind"] == "wall" for prop in item.demo.props)
    assert ("wall" in text) == walls, text
    assert text in {
        "none",
        "none (a mat is comfortable)",
        "none; just a wall to rest your fingertips on",
    }


def _stands_on_one_foot(item) -> bool:
    return all(
        not any(j.startswith("far_") and s == "floor" for j, s in item.demo.contacts[name])
        for name in item.demo.poses
    ) and any(j.startswith("near_") for j, _ in item.demo.contacts[item.demo.start_pose])


@pytest.mark.parametrize("exercise_id", CALF_IDS_WITH_WALL)
def test_calf_raise_cues_name_one_foot_or_two_as_drawn(exercise_id):
    item = exercise(exercise_id)
    texts = [*item.cues, item.setup, item.demo.start_cue, *(p.cue for p in item.demo.phases)]
    one_foot = _stands_on_one_foot(item)
    assert one_foot == (exercise_id == "single_leg_calf_raise")
    said = " ".join(texts)
    assert "ball of the foot" not in said, "a cue speaks to the reader: your foot"
    if one_foot:
        assert "balls of your feet" not in said
        assert "ball of your foot" in " ".join(item.cues)
        rises = [p.cue for p in item.demo.phases if p.label == "Rise"]
        assert rises and all("ball of your foot" in cue for cue in rises)
    else:
        assert "ball of your foot" not in said and "balls of your feet" in said


def test_single_leg_calf_raise_shifts_its_weight_only_a_little_before_the_heel_lifts():
    # Standing on one foot, the centre of mass starts over the middle of the
    # foot and moves at most 10 cm forward to the ball of the foot before the
    # heel lifts (it moved 14 cm, a visible tip towards the wall). The physical
    # checks still hold it over the foot in every picture.
    shown = frames("single_leg_calf_raise")
    start = demo_checks.centre_of_mass(shown[0].points)[0]
    heel_off = next(f for f in shown if ("near_heel", "floor") not in f.contacts)
    before = shown[heel_off.index - 1]
    moved = demo_checks.centre_of_mass(before.points)[0] - start
    assert 0 < moved <= 0.10, f"the weight shifts {moved * 100:.1f} cm before the heel lifts"


def _feet(frame):
    """Which feet touch the floor in a picture: heel, toe or both, by side."""
    touching = {joint for joint, _ in frame.contacts}
    return {
        side: {part for part in ("heel", "toe") if f"{side}_{part}" in touching}
        for side in ("near", "far")
    }


def test_walking_captions_say_what_each_picture_shows():
    # Each phase's name and cue describe the pictures shown under them, its
    # key pose (its last picture) included: the foot rolling flat from the
    # heel, a foot flat while the other lifts off, the other leg swinging past,
    # a heel lifting while its toes push off, as the other heel lands.
    shown = frames("walking")
    start = shown[0]
    front = "near" if start.points["near_ankle"][0] > start.points["far_ankle"][0] else "far"
    back = "far" if front == "near" else "near"
    assert _feet(start)[front] == {"heel"} and _feet(start)[back] == {"toe"}
    assert "Front heel down, back foot on its toes" in exercise("walking").demo.start_cue
    seen = set()
    for frame in shown[1:]:
        feet, p = _feet(frame), frame.points
        flat = [side for side in feet if feet[side] == {"heel", "toe"}]
        lead = max(("near", "far"), key=lambda side: p[f"{side}_ankle"][0])
        trail = "far" if lead == "near" else "near"
        seen.add(frame.label)
        if frame.label == "Foot rolls flat":
            assert "heel" in feet[lead], f"frame {frame.index}: the front heel is down"
            assert feet[trail] == {"toe"}, f"frame {frame.index}: the back foot is on its toes"
            if frame.key:
                assert flat == [lead], f"frame {frame.index}: the front foot has rolled flat"
            assert "heel" in frame.cue and "flat" in frame.cue
        elif frame.label == "Over the foot":
            assert len(flat) == 1, f"frame {frame.index}: one foot flat"
            other = "far" if flat[0] == "near" else "near"
            assert not feet[other], f"frame {frame.index}: the back foot has lifted off"
        elif frame.label == "Step through":
            assert len(flat) == 1
            other = "far" if flat[0] == "near" else "near"
            assert not feet[other]
            passing = abs(p[f"{other}_ankle"][0] - p[f"{flat[0]}_ankle"][0])
            assert passing <= 0.25, f"frame {frame.index}: the swinging foot passes the other"
        elif frame.label == "Push off, heel lands":
            pushing = [s for s in feet if feet[s] == {"toe"} and p[f"{s}_heel"][1] >= 0.01]
            assert pushing, f"frame {frame.index}: a heel lifts while its toes stay down"
            if frame.key:
                assert feet[lead] == {"heel"}, f"frame {frame.index}: only the front heel landed"
            assert "push off from the toes" in frame.cue.lower() and "heel lands" in frame.cue
        else:
            raise AssertionError(f"frame {frame.index}: {frame.label!r} names no phase of a step")
    assert seen == {"Foot rolls flat", "Over the foot", "Step through", "Push off, heel lands"}


@pytest.mark.parametrize(
    "item", [e for e in load_exercises() if e.dose.per_side], ids=lambda e: e.id
)
def test_one_side_demos_show_the_other_side_after_the_swap(item):
    from widgets.figures.exercise_demo import _frames_for

    every = demo_geometry(item.id).frames
    swap = [f for f in every if f.label == "Now swap sides"]
    first, other = [f for f in swap if f.side == 0], [f for f in swap if f.side == 1]
    assert first and other, "the label first, then the other side"
    assert [f.side for f in every] == [0] * (len(every) - len(other)) + [1] * len(other)
    # The other side is shown at the exercise's own hold, where the sides differ most.
    holds = [f for f in every if f.phase >= 0 and not item.demo.phases[f.phase].moves]
    before, after = holds[0].points, other[0].points
    assert holds[0].label != "Now swap sides"
    if item.demo.props:
        # Beside a step or a wall, the near and far limbs trade places.
        for name, point in before.items():
            twin = name.replace("near_", "@").replace("far_", "near_").replace("@", "far_")
            assert np.allclose(after[twin][:2], point[:2])
    else:
        # Otherwise the figure turns round: its mirror image over the same stretch of floor.
        xs = [p[0] for p in before.values()]
        for name, point in before.items():
            assert after[name][0] == pytest.approx(min(xs) + max(xs) - point[0])
            assert after[name][1] == pytest.approx(point[1])
    # The figure redraws the other side, and the slider stops there.
    plotly_frames, stops = _frames_for(item.id)
    assert plotly_frames[other[0].index]["data"] != [{}]
    assert other[0].index in stops


# Legs stacked, lying on one side: the top ankle rests on the bottom one, an
# ankle's width above it (4-9 cm between the two ankle joints), not a hip's
# width (18 cm) as two parallel legs would be.
STACKED_ANKLES_M = (0.04, 0.09)


def test_side_plank_legs_are_stacked_top_foot_on_bottom_foot_in_every_frame_on_both_sides():
    low, high = STACKED_ANKLES_M
    every = demo_geometry("side_plank").frames
    assert {f.side for f in every} == {0, 1}
    for frame in every:
        p = frame.points
        gap = float(np.linalg.norm(p["near_ankle"] - p["far_ankle"]))
        assert low <= gap <= high, f"frame {frame.index}: ankles {gap * 100:.1f} cm apart"
        hips = float(np.linalg.norm(p["near_hip_joint"] - p["far_hip_joint"]))
        assert gap < hips - 0.08, "the legs come together from the hips to the feet"
    assert "Stack your legs" in exercise("side_plank").setup
    # Side-lying hip abduction starts and ends the same way.
    side_lying = frames("side_lying_hip_abduction")
    for frame in (side_lying[0], side_lying[-1]):
        gap = float(np.linalg.norm(frame.points["near_ankle"] - frame.points["far_ankle"]))
        assert low <= gap <= high


def test_side_lying_rests_the_head_on_the_lower_arm_and_the_curl_up_says_to_swap_the_bent_leg():
    # The head lies on the lower arm, which lies on the floor under it: the head
    # is held, not lifted by the neck.
    for frame in frames("side_lying_hip_abduction"):
        assert ("head", "floor") in frame.contacts, frame.index
        under = frame.points["far_shoulder_joint"][0], frame.points["far_elbow"][0]
        assert min(under) <= frame.points["head"][0] <= max(under), "the arm lies under the head"
    assert "head on your lower arm" in exercise("side_lying_hip_abduction").setup
    # The curl-up's card swaps the bent leg after half of each set, so an odd
    # number of sets still trains both sides alike: the demo says so too.
    item = exercise("curl_up")
    assert "Swap the bent leg after half of each set" in item.setup
    assert item.dose.reps % 2 == 0, "half the repetitions on each side"
    for version in (item.demo, item.easier_demo):
        lower = next(p for p in version.phases if p.label == "Lower")
        assert "After half the set, swap legs." in lower.cue


@pytest.mark.parametrize("item", load_exercises(), ids=[e.id for e in load_exercises()])
def test_every_demo_cue_fits_two_lines_under_the_floor_so_a_phone_never_hides_it(item):
    # The phase's name takes the first line under the floor; the buttons sit
    # below the third. A cue of three lines ran under them at 390 px.
    from widgets.figures.exercise_drawing import CUE_WRAP_CHARS
    from widgets.figures.text_layout import wrap

    for text in (item.demo.start_cue, *(p.cue for p in item.demo.phases)):
        lines = wrap(text, CUE_WRAP_CHARS).split("<br>")
        assert len(lines) <= 2, f"{item.id}: {text!r} takes {len(lines)} lines"


def test_bird_dog_leg_reaches_back_low_and_rises_straight_without_kicking_the_heel_up():
    # The knee and foot rise together: while the leg reaches back, the ankle is
    # never more than 3 cm above the knee (a heel curled up first is a "donkey
    # kick" that arches the lower back). The hand lifts clear within 3 cm of travel.
    from widgets.model.demo_checks import lift_travel

    reaching = [f for f in frames("bird_dog") if f.label == "Reach"]
    for frame in reaching:
        p = frame.points
        assert p["near_ankle"][1] - p["near_knee"][1] <= 0.03, frame.index
    item = exercise("bird_dog")
    assert lift_travel(frames("bird_dog"), item.demo.scene) <= 0.03


def test_curl_up_keeps_the_neck_long_as_drawn_not_the_chin_tucked():
    # The head and shoulders lift as one unit with the neck neutral in the
    # drawing, so the card does not ask for a tucked chin, and names it a mistake.
    item = exercise("curl_up")
    assert "Keep your neck long and still: do not tuck or poke your chin." in item.cues
    assert "chin tucked" not in " ".join(item.cues)
    assert "Tucking the chin to the chest." in item.mistakes
    assert all(pose["neck"] == 0.0 for pose in item.demo.poses.values()), "neck neutral"


@pytest.mark.parametrize("demo_id", easier_demo_ids())
def test_every_easier_demo_cue_fits_two_lines_and_its_movement_says_the_view(demo_id):
    from widgets.figures.exercise_drawing import CUE_WRAP_CHARS
    from widgets.figures.text_layout import wrap

    item = demo_exercise(demo_id)
    assert item.demo.movement.startswith(f"Seen from the {item.demo.view}, ")
    for text in (item.demo.start_cue, *(p.cue for p in item.demo.phases)):
        lines = wrap(text, CUE_WRAP_CHARS).split("<br>")
        assert len(lines) <= 2, f"{demo_id}: {text!r} takes {len(lines)} lines"


def _lean(points) -> float:
    return from_vertical(points, "hip", "shoulder")


def test_the_easier_hinge_leans_less_than_the_standard_with_a_straight_back_and_soft_knees():
    # "Only as far as feels easy": a trunk at most 40° forward, at least 10° less
    # than the standard hinge; the back long (lower and upper back in line
    # within 5°) in every picture, the knees soft (5° to 25°) at the bottom.
    easier, standard = at("hip_hinge.easier", "Hinge"), at("hip_hinge", "Hinge")
    assert 20 <= _lean(easier) <= 40
    assert _lean(easier) <= _lean(standard) - 10
    for frame in frames("hip_hinge.easier"):
        p = frame.points
        assert abs(direction(p, "hip", "mid_back") - direction(p, "mid_back", "shoulder")) <= 5
    assert 5 <= flexion(easier, "near_leg") <= 25
    assert from_vertical(easier, "near_knee", "near_ankle") <= 10


def test_the_easier_hinge_bottom_reaches_the_wall_at_the_bottom_and_never_goes_into_it():
    # The bottom is the back of the pelvis: the hip joint plus the body's
    # half-thickness (contacts.REST_HEIGHT_M). It is 1 cm or less from the wall
    # at the end of the hinge and through the pause, never more than 1 mm into
    # it, and starts well clear (10 cm or more) so the hips have to travel back.
    item = demo_exercise("hip_hinge.easier")
    wall = item.demo.scene.surfaces["wall"]
    rest = rest_height("hip", item.demo.view)
    gaps = {f.index: wall.gap(f.points["hip"], rest) for f in frames("hip_hinge.easier")}
    assert min(gaps.values()) >= -0.001
    assert gaps[0] >= 0.10
    held = [f for f in frames("hip_hinge.easier") if ("hip", "wall") in f.contacts]
    assert [f.label for f in held] == ["Hinge"] + ["Pause"] * (len(held) - 1) and len(held) > 1
    assert max(abs(gaps[f.index]) for f in held) <= 0.01
    # The wall is behind the heels by about 15 cm (two-thirds of a foot), as the card says.
    start = frames("hip_hinge.easier")[0].points
    foot = start["near_toe"][0] - start["near_heel"][0]
    behind = start["near_heel"][0] - wall.x1
    assert 0.5 * foot <= behind <= 0.8 * foot
    assert abs(behind - 0.15) <= 0.02
    for text in (item.easier, item.demo.start_cue, item.demo.movement):
        assert "about 15 cm" in text, text


def test_the_seated_calf_raise_sits_on_the_chair_and_lifts_the_heels_on_the_balls_of_the_feet():
    # "Sit on a chair with your feet flat and lift your heels": in every picture
    # the pelvis rests on the seat (the hip joint half the body's thickness above
    # it, to 1 cm) and the balls of both feet stay on the floor where they started
    # (to 1 cm). The heels start flat and rise 6 to 9 cm; the trunk stays upright.
    item = demo_exercise("calf_raise.easier")
    assert item.plan_version("easier") == (
        "Sit on a chair with your feet flat and lift your heels: a seated calf raise."
    )
    # Only its own key poses: not the standing raise's weight shift onto the wall.
    assert set(item.demo.poses) == {"start", "rise"}
    assert [prop["kind"] for prop in item.demo.props] == ["chair"]
    chair = item.demo.scene.surfaces["chair"]
    rest = rest_height("hip", item.demo.view)
    shown = frames("calf_raise.easier")
    first = shown[0].points
    for frame in shown:
        p = frame.points
        assert abs(chair.gap(p["hip"], rest)) <= 0.01, frame.index
        assert chair.x0 <= p["hip"][0] <= chair.x1, frame.index
        for side in ("near", "far"):
            ball = p[f"{side}_toe"]
            assert abs(ball[1]) <= 0.01 and abs(ball[0] - first[f"{side}_toe"][0]) <= 0.01
        assert from_vertical(p, "hip", "shoulder") <= 3, frame.index
    assert max(abs(first[f"{side}_heel"][1]) for side in ("near", "far")) <= 0.01
    top = at("calf_raise.easier", "Rise")
    for side in ("near", "far"):
        assert 0.06 <= top[f"{side}_heel"][1] <= 0.09, f"{side} heel up 6 to 9 cm"


def test_the_seated_calf_raise_sits_tall_thighs_level_shins_upright_clear_of_the_chair_back():
    # Thighs within 10° of level and shins within 10° of upright at the start;
    # the back clear of the chair's back (the figure sits tall, not leaning on it).
    from widgets.figures.exercise_drawing import CHAIR_POST_M

    item = demo_exercise("calf_raise.easier")
    start = frames("calf_raise.easier")[0].points
    assert from_horizontal(start, "near_hip_joint", "near_knee") <= 10
    assert from_vertical(start, "near_knee", "near_ankle") <= 10
    chair = item.demo.scene.surfaces["chair"]
    rest = rest_height("hip", item.demo.view)
    for frame in frames("calf_raise.easier"):
        for joint in ("hip", "mid_back", "shoulder"):
            assert frame.points[joint][0] - rest >= chair.x0 + CHAIR_POST_M, frame.index
    # The drawn chair has a back and legs, so it reads as a chair, not a box.
    from widgets.figures.exercise_drawing import demo_geometry, static_traces

    _, prop = static_traces(demo_geometry("calf_raise.easier"))
    assert max(prop["y"]) > round(chair.height * 100) + 30
    assert len(prop["x"]) > 5
