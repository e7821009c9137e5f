"""The easier versions the plans give are drawn, and each drawing is easier as its card says.

Distances in metres, angles in degrees; each test states its tolerance.
"""

from __future__ import annotations

import html
import math
import re

import numpy as np
import pytest

from widgets.figures.exercise_cards import EASIER_DRAWN, card_html
from widgets.figures.exercise_drawing import CUE_WRAP_CHARS, demo_geometry
from widgets.figures.text_layout import wrap
from widgets.model.exercise_library import (
    demo_exercise,
    easier_demo_ids,
    exercise,
    load_exercises,
)
from widgets.model.poses import flexion


def _numbers_in_cm(text: str) -> list[str]:
    return re.findall(r"(\d+(?:–\d+)?) cm\b", text)


EASIER = easier_demo_ids()
CM = 0.01


def frames(demo_id):
    return [f for f in demo_geometry(demo_id).frames if f.side == 0]


def held(demo_id, label):
    """The first picture of a hold (the key pose the movement reached)."""
    return next(f for f in frames(demo_id) if f.label.startswith(label)).points


def rise(demo_id, joint, label) -> float:
    """How far a joint has risen at a hold, from the start position."""
    return float(held(demo_id, label)[joint][1] - frames(demo_id)[0].points[joint][1])


def test_the_easier_versions_are_named_drawn_and_found_by_id():
    assert len(EASIER) >= 6
    for demo_id in EASIER:
        item = demo_exercise(demo_id)
        standard = exercise(demo_id.removesuffix(".easier"))
        assert item.name == f"{standard.name} (easier)"
        assert item.demo is standard.easier_demo and item.demo != standard.demo
        # The card says it is drawn, and names in a few words which version where
        # the card offers two (the plan's version differs from the card's text).
        card = html.unescape(card_html(standard))
        choice = standard.plan_version("easier") != standard.easier
        assert bool(standard.easier_drawn) == choice, demo_id
        assert f"{EASIER_DRAWN} {standard.easier_drawn or 'it'}." in card
        assert len(standard.easier_drawn.split()) <= 4
    without = [e for e in load_exercises() if e.easier_demo is None]
    assert all("gallery of easier versions" not in card_html(e) for e in without)
    with pytest.raises(ValueError, match="no drawn easier version"):
        demo_exercise(f"{without[0].id}.easier")
    with pytest.raises(ValueError, match="no exercise called"):
        demo_exercise("plank.easier")


@pytest.mark.parametrize("demo_id", EASIER)
def test_an_easier_demo_cue_fits_two_lines_and_states_heights_only_as_the_card_does(demo_id):
    item = demo_exercise(demo_id)
    for text in (item.demo.start_cue, *(p.cue for p in item.demo.phases)):
        assert len(wrap(text, CUE_WRAP_CHARS).split("<br>")) <= 2, text
    card = " ".join([item.setup, *item.cues, item.easier])
    for text in (item.demo.movement, *(p.cue for p in item.demo.phases)):
        for number in _numbers_in_cm(text):
            assert f"{number} cm" in card, f"{demo_id}: {number} cm is not on the card"


def test_the_easier_bridge_lifts_the_hips_about_halfway():
    standard = rise("glute_bridge", "hip", "Hold")
    easier = rise("glute_bridge.easier", "hip", "Hold")
    assert 0.35 <= easier / standard <= 0.65, f"{easier / standard:.2f} of the standard lift"


def test_the_easier_curl_up_lifts_the_shoulders_1_to_2_cm():
    lifted = rise("curl_up.easier", "shoulder", "Hold")
    assert 0.01 - 0.003 <= lifted <= 0.02 + 0.003, f"{lifted * 100:.1f} cm"
    assert "1–2 cm" in exercise("curl_up").easier


def test_the_easier_bird_dog_lifts_only_the_leg_both_hands_stay_down():
    for frame in frames("bird_dog.easier"):
        for hand in ("near_wrist", "far_wrist"):
            assert frame.points[hand][1] <= CM, f"picture {frame.index}: {hand} lifted"
    top = held("bird_dog.easier", "Hold")
    # The leg reaches back in line with the back, within 15° (as the standard's).
    back, leg = top["hip"] - top["shoulder"], top["near_ankle"] - top["near_hip_joint"]
    between = math.degrees(math.atan2(back[1], back[0]) - math.atan2(leg[1], leg[0]))
    assert abs(between) <= 15


def test_the_easier_dead_bug_moves_one_bent_leg_and_keeps_the_arms_still():
    pictures = frames("dead_bug.easier")
    start = pictures[0].points
    for frame in pictures:
        for hand in ("near_wrist", "far_wrist"):
            assert np.linalg.norm(frame.points[hand] - start[hand]) <= CM
        assert flexion(frame.points, "far_leg") >= 80, "the knee stays bent"
        assert frame.points["far_heel"][1] >= 0.03, "the heel stays off the floor"
    lowered = held("dead_bug.easier", "Hold")
    assert start["far_heel"][1] - lowered["far_heel"][1] >= 0.15


def test_the_easier_side_lying_abduction_lifts_the_top_leg_only_a_little():
    # "Only a little": the top foot rises a third to a half as far as in the
    # standard lift (the legs start stacked, so the angle between them misleads).
    easier = rise("side_lying_hip_abduction.easier", "near_ankle", "Hold")
    standard = rise("side_lying_hip_abduction", "near_ankle", "Hold")
    assert standard / 3 <= easier <= standard / 2, (
        f"{easier * 100:.0f} cm against {standard * 100:.0f}"
    )


def test_the_easier_bent_knee_calf_raise_rises_about_halfway_knees_bent():
    standard = rise("bent_knee_calf_raise", "near_heel", "Pause")
    easier = rise("bent_knee_calf_raise.easier", "near_heel", "Pause")
    assert 0.03 <= easier and 0.35 <= easier / standard <= 0.65, f"{easier / standard:.2f}"
    bends = [flexion(f.points, "near_leg") for f in frames("bent_knee_calf_raise.easier")]
    assert 25 <= min(bends) and max(bends) <= 45


def test_the_live_chooser_of_easier_versions_draws_each_one():
    from widgets.figures.exercise_drawing import NEAR
    from widgets.live.exercises import exercise_demo_live_view

    view = exercise_demo_live_view(demo_ids=EASIER)
    assert [value for _, value in view.chooser.options] == EASIER
    assert view.chooser.options[0][0] == "Bird dog (easier)"
    view.chooser.value = "side_plank.easier"
    assert view.frame.max == len(demo_geometry("side_plank.easier").frames) - 1
    assert "(easier)" in view.figure.layout.title.text
    start = list(view.figure.data[NEAR].y)
    view.frame.value = view.frame.max // 4
    assert list(view.figure.data[NEAR].y) != start


def test_the_book_draws_the_easier_versions_after_the_gallery():
    import json
    from pathlib import Path

    notebook = Path(__file__).parents[1] / "notebooks/exercises-for-runners-backs.ipynb"
    chapter = json.loads(notebook.read_text())
    sources = ["".join(cell["source"]) for cell in chapter["cells"]]
    gallery = next(n for n, s in enumerate(sources) if "exercise_gallery()" in s)
    easier = next(n for n, s in enumerate(sources) if "easier_versions_gallery()" in s)
    assert gallery < easier and "hide-input" in chapter["cells"][easier]["metadata"]["tags"]


@pytest.mark.parametrize("demo_id", EASIER)
def test_beside_an_easier_version_the_card_gives_its_own_words_not_the_standard_set_up(demo_id):
    from widgets.figures.exercise_cards import demo_card_html

    item = demo_exercise(demo_id)
    standard = exercise(demo_id.removesuffix(".easier"))
    card = demo_card_html(item)
    assert html.escape(item.plan_version("easier")) in card
    assert html.escape(item.demo.start_cue) in card
    assert all(html.escape(phase.cue) in card for phase in item.demo.phases)
    assert html.escape(standard.setup) not in card, "the standard set-up contradicts the drawing"
    assert demo_card_html(standard) == card_html(standard)


def test_the_text_table_says_a_hold_is_shortened_only_when_the_demo_shortens_it():
    from widgets.figures.exercise_cards import phases_table

    assert "8 s (shortened in the demo)" in phases_table(exercise("curl_up"))
    pause = phases_table(demo_exercise("bent_knee_calf_raise.easier"))
    assert "1 s" in pause and "shortened" not in pause


def test_the_easier_bird_dog_says_reach_as_drawn_not_slide():
    # The knee leaves the floor in the first pictures: the words must not say
    # the leg slides along it.
    item = demo_exercise("bird_dog.easier")
    words = " ".join([item.demo.movement, *(p.cue for p in item.demo.phases)]).lower()
    assert "slide" not in words and "reach" in words
    knee_up = [f for f in frames("bird_dog.easier") if f.points["near_knee"][1] > CM]
    assert knee_up and knee_up[0].label == "Reach"


def test_the_easier_side_plank_rests_the_top_knee_on_the_bottom_one():
    # Legs stacked, as the card says: the knees touch (about two knee
    # half-widths apart, centre to centre), not a hip width apart.
    for frame in demo_geometry("side_plank.easier").frames:
        gap = np.linalg.norm((frame.points["near_knee"] - frame.points["far_knee"])[:2])
        assert 0.07 <= gap <= 0.11, f"picture {frame.index}: knees {gap * 100:.0f} cm apart"


def test_the_side_plank_starts_and_ends_with_the_top_foot_on_the_bottom_one():
    # Lying on the side, the pelvis square to the legs: the top ankle is over the
    # bottom one, not beyond it along the leg (round 20 of the review).
    geometry = demo_geometry("side_plank")
    lowered = [f for f in geometry.frames if f.label == "Lower" and f.side == 0][-1]
    for frame in (geometry.frames[0], lowered):
        p = frame.points
        leg = (p["far_ankle"] - p["far_hip_joint"])[:2]
        beyond = float((p["near_ankle"] - p["far_ankle"])[:2] @ leg / np.linalg.norm(leg))
        assert abs(beyond) <= 0.02, f"picture {frame.index}: top foot {beyond * 100:.0f} cm beyond"


def test_the_side_plank_keeps_the_elbow_under_the_shoulder_lying_and_lifted():
    # The card lists an elbow not under the shoulder as a mistake: within 3 cm
    # in every picture, on the floor and at the top.
    for frame in demo_geometry("side_plank").frames:
        if frame.side:
            continue
        p = frame.points
        off = abs(float(p["far_elbow"][0] - p["far_shoulder_joint"][0]))
        assert off <= 0.03, f"picture {frame.index}: elbow {off * 100:.1f} cm from under"
