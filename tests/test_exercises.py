"""The exercise library: every item passes the schema, and broken items fail loudly."""

from __future__ import annotations

import copy
import html
import re

import pytest

from widgets.data import load_json, source_label
from widgets.figures.exercise_cards import ExerciseCards, card_html, phases_table
from widgets.model.exercise_library import (
    exercise,
    load_exercises,
    validate_cautions,
    validate_item,
    validate_library,
)
from widgets.model.exercises import (
    CATEGORIES,
    COURSE_GUIDANCE,
    EVERY_CARD_CAUTIONS,
    MAX_CUES,
    MIN_CUES,
    WORDING,
)
from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE

FILE = load_json("exercises.json")
RAW = FILE["exercises"]
CAUTIONS = validate_cautions(FILE["cautions"])
IDS = [item["id"] for item in RAW]


def test_the_library_has_at_least_twelve_exercises_with_unique_ids():
    assert len(load_exercises()) >= 12
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("item", RAW, ids=IDS)
def test_every_exercise_passes_the_schema(item):
    parsed = validate_item(item, CAUTIONS)
    assert parsed.purpose and parsed.setup and parsed.easier and parsed.harder
    assert parsed.muscles and parsed.mistakes
    assert MIN_CUES <= len(parsed.cues) <= MAX_CUES
    assert parsed.dose.sets >= 1 and parsed.dose.text()
    assert parsed.evidence_strength in WORDING
    assert parsed.evidence_note.lower().startswith(
        (
            "good evidence",
            "some evidence",
            "little evidence",
            "not known",
            "no evidence",
            "the evidence",
            "as for",
            "as a",
            "no studies",
        )
    )
    assert parsed.source_text
    assert parsed.sources or parsed.evidence_note.startswith("No studies")
    assert parsed.technique_basis == "practical guidance"
    assert parsed.demo.phases and parsed.demo.movement


def test_the_library_covers_trunk_hips_legs_and_walking():
    kinds = {e.category for e in load_exercises()}
    assert {"trunk", "hips", "legs", "walking"} <= kinds <= set(CATEGORIES)


def _broken(change):
    item = copy.deepcopy(RAW[0])
    change(item)
    return item


BROKEN = {
    "no cues": lambda i: i.update(cues=[]),
    "one cue": lambda i: i.update(cues=["Only one."]),
    "five cues": lambda i: i.update(cues=["a", "b", "c", "d", "e"]),
    "empty purpose": lambda i: i.update(purpose=" "),
    "no easier version": lambda i: i.pop("easier"),
    "unknown wording": lambda i: i["evidence"].update(strength="proven"),
    "no sources for some evidence": lambda i: i["evidence"].update(
        sources=[], strength="some evidence suggests"
    ),
    "no cautions": lambda i: i.pop("cautions"),
    "unknown caution": lambda i: i.update(cautions=[*i["cautions"], "hot_weather"]),
    "no leg-symptom caution": lambda i: i.update(
        cautions=[k for k in i["cautions"] if k != "leg_symptoms"]
    ),
    "unknown source": lambda i: i["evidence"].update(sources=["nobody1999"]),
    "technique as evidence": lambda i: i.update(technique_basis="trial evidence"),
    "unknown equipment": lambda i: i.update(equipment=["rope"]),
    "unknown category": lambda i: i.update(category="arms"),
    "dose without amount": lambda i: i.update(dose={"sets": 3}),
    "zero sets": lambda i: i["dose"].update(sets=0),
    "text reps": lambda i: i["dose"].update(reps="ten"),
    "unknown joint": lambda i: i["demo"]["poses"]["start"].update(tail=10),
    "angle not a number": lambda i: i["demo"]["poses"]["start"].update(trunk="flat"),
    "phase to unknown pose": lambda i: i["demo"]["phases"][0].update(to="nowhere"),
    "phase without cue": lambda i: i["demo"]["phases"][0].pop("cue"),
    "no phases": lambda i: i["demo"].update(phases=[]),
    "unknown view": lambda i: i["demo"].update(view="top"),
    "a pose without contacts": lambda i: i["demo"]["contacts"].pop("start"),
    "an unknown contact": lambda i: i["demo"]["contacts"]["start"].append("near_paw"),
    "a contact on a missing prop": lambda i: i["demo"]["contacts"]["start"].append(
        "near_foot@step"
    ),
    "no contact at all": lambda i: i["demo"]["contacts"].update(start=[]),
    "a one-side demo without swap cue": lambda i: i["demo"].pop("swap_cue"),
    "a two-side demo with a swap cue": lambda i: i["dose"].update(per_side=False),
    "an unknown easing": lambda i: i["demo"]["phases"][0].update(ease="bounce"),
    "a version linked to itself": lambda i: i.update(harder_exercise="bird_dog"),
    "bad id": lambda i: i.update(id="Bird Dog"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_exercise_raises_a_readable_error(name):
    with pytest.raises(ValueError, match=r"exercise|angle|joint") as problem:
        validate_item(_broken(BROKEN[name]), CAUTIONS)
    assert "Traceback" not in str(problem.value)


def test_duplicate_ids_are_refused():
    with pytest.raises(ValueError, match="unique"):
        validate_library({**FILE, "exercises": [RAW[0], RAW[0]]})


def test_a_version_naming_an_exercise_not_in_the_library_is_refused():
    item = copy.deepcopy(RAW[0])
    item["harder_exercise"] = "handstand"
    with pytest.raises(ValueError, match="not in the library"):
        validate_library({**FILE, "exercises": [item]})


def test_linked_versions_point_both_ways():
    library = {e.id: e for e in load_exercises()}
    for item in library.values():
        for level, back in (("easier", "harder"), ("harder", "easier")):
            other = item.linked(level)
            if other:
                assert library[other].linked(back) == item.id, f"{item.id} {level} -> {other}"


def test_an_unknown_exercise_names_the_ones_there_are():
    with pytest.raises(ValueError, match="bird_dog"):
        exercise("handstand")


def test_a_card_shows_every_field_and_labels_technique_as_practical_guidance():
    item = exercise("bird_dog")
    card = card_html(item)
    for text in (
        item.purpose,
        item.setup,
        item.easier,
        item.harder,
        item.evidence_note,
        *item.cues,
        *item.mistakes,
    ):
        assert html.escape(text) in card
    assert "practical guidance" in card and "not trial evidence" in card
    assert "Saragiotto 2016" in card


def test_the_text_alternative_lists_every_phase_with_cue_and_time():
    item = exercise("side_plank")
    table = phases_table(item)
    assert table.count("<tr>") == 1 + 1 + len(item.demo.phases)
    assert "Hold 20 s" in table and "20 s (shortened in the demo)" in table
    for phase in item.demo.phases:
        assert html.escape(phase.cue) in table


def test_cards_for_every_exercise_render_once_each():
    cards = ExerciseCards().html()
    assert len(re.findall(r'class="course-exercise-card"', cards)) == len(RAW)
    with pytest.raises(ValueError):
        ExerciseCards(["nope"])


# The second clinical review: cautions on every card, with their sources.
SPINE_BENDING = ("curl_up", "cat_camel", "hip_hinge")


def test_every_card_has_its_cautions():
    for item in load_exercises():
        keys = [c.key for c in item.cautions]
        assert set(EVERY_CARD_CAUTIONS) <= set(keys), item.id
        assert ("spine_bending" in keys) == (item.id in SPINE_BENDING), item.id
    spine = CAUTIONS["spine_bending"]
    assert "osteoporosis" in spine.text and "spine" in spine.text
    assert spine.sources == ("brookewavell2022",)
    flare = CAUTIONS["severe_flare"].text
    assert "flare" in flare and "walking and the easier versions" in flare


def test_the_leg_symptom_caution_is_the_pain_monitors_rule_word_for_word():
    assert CAUTIONS["leg_symptoms"].text == LEG_SYMPTOM_STOP_RULE
    assert "leg_symptoms" not in FILE["cautions"]  # never worded again in the data file
    broken = copy.deepcopy(FILE["cautions"])
    broken["leg_symptoms"] = {"text": "Stop if your leg hurts."}
    with pytest.raises(ValueError, match="pain_monitor"):
        validate_cautions(broken)


@pytest.mark.parametrize("item", load_exercises(), ids=lambda e: e.id)
def test_a_card_shows_its_cautions(item):
    card = card_html(item)
    assert "Cautions:" in card
    assert html.escape(LEG_SYMPTOM_STOP_RULE) in card  # on every card, whatever the data says
    # What the rule means for the exercise itself comes first.
    assert (
        html.escape("Stop this exercise too if leg symptoms come on. " + LEG_SYMPTOM_STOP_RULE)
        in card
    )
    for caution in item.cautions:
        assert html.escape(caution.text) in card
        # Every caution says where it comes from: its sources, or that it is the course's advice.
        assert f"({html.escape(caution.source_text)})" in card
    unsourced = [c for c in item.cautions if not c.sources]
    guidance = html.escape(COURSE_GUIDANCE).lower()
    assert unsourced and card.lower().count(guidance) == len(unsourced)


def test_cards_evidence_fixes_from_the_review():
    # The cat-camel's old source was an injury-prevention review that never studied it.
    cat_camel = exercise("cat_camel")
    assert cat_camel.sources == () and cat_camel.source_text == "No studies found"
    # Strength training's prevention evidence rests on a few trials: "some evidence", not "good".
    for item_id in (
        "split_squat",
        "step_up",
        "calf_raise",
        "single_leg_calf_raise",
        "bent_knee_calf_raise",
    ):
        note = exercise(item_id).evidence_note
        assert "Good evidence" not in note and "only a few trials" in note, item_id
        assert "lauersen2018" in exercise(item_id).sources


def test_every_easier_version_is_easier_than_the_standard_one():
    for item in load_exercises():
        assert item.easier not in (item.setup, item.harder), item.id
        # Not just the standard set-up said again (the calf raise's old "easier" was that).
        assert not item.easier.lower().startswith(item.setup.lower()[:20]), item.id
    calf = exercise("calf_raise")
    assert "seated calf raise" in calf.easier and "halfway" in calf.easier


def test_the_chapter_counts_the_exercises_the_gallery_shows():
    import json
    from pathlib import Path

    chapter = (
        Path(__file__).resolve().parents[1] / "notebooks" / "exercises-for-runners-backs.ipynb"
    )
    text = "".join("".join(c["source"]) for c in json.loads(chapter.read_text())["cells"])
    assert f"shows {len(load_exercises())} exercises" in text


def test_the_leg_symptom_caution_names_the_warning_signs_sources_not_only_the_course_label():
    # The stop rule is the course's advice, but the warning signs inside it come
    # from the warning-sign data file with sources of their own.
    from widgets.model.exercise_library import LEG_SYMPTOMS_CAUTION
    from widgets.model.exercises import COURSE_GUIDANCE
    from widgets.model.warning_signs import WARNING_SIGNS

    text = LEG_SYMPTOMS_CAUTION.source_text
    assert text.startswith("The stop rule: the course's practical advice, not a study's finding.")
    assert COURSE_GUIDANCE.lower() in text.lower() and "The warning signs come from:" in text
    quoted = [s for s in WARNING_SIGNS if s.key == "one_leg_worsening" or s.group == "cauda_equina"]
    assert len(quoted) >= 6
    for sign in quoted:
        assert all(source_label(key) in text for key in sign.sources), sign.key
