"""The exercise library: every item passes the schema, and broken items fail loudly."""

from __future__ import annotations

import copy
import html
import re

import pytest

from widgets.data import load_json
from widgets.figures.exercise_cards import ExerciseCards, card_html, phases_table
from widgets.model.exercise_library import (
    exercise,
    load_exercises,
    validate_item,
    validate_library,
)
from widgets.model.exercises import CATEGORIES, MAX_CUES, MIN_CUES, WORDING

RAW = load_json("exercises.json")["exercises"]
IDS = [item["id"] for item in RAW]


def test_the_library_has_at_least_twelve_exercises_with_unique_ids():
    assert len(load_exercises()) >= 12
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("item", RAW, ids=IDS)
def test_every_exercise_passes_the_schema(item):
    parsed = validate_item(item)
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
        )
    )
    assert parsed.sources and parsed.source_text
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
    "no sources": lambda i: i["evidence"].update(sources=[]),
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
    "anchor not a joint": lambda i: i["demo"].update(anchor="tail"),
    "unknown view": lambda i: i["demo"].update(view="top"),
    "bad id": lambda i: i.update(id="Bird Dog"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_exercise_raises_a_readable_error(name):
    with pytest.raises(ValueError, match=r"exercise|angle|joint") as problem:
        validate_item(_broken(BROKEN[name]))
    assert "Traceback" not in str(problem.value)


def test_duplicate_ids_are_refused():
    with pytest.raises(ValueError, match="unique"):
        validate_library({"_about": "two of one", "exercises": [RAW[0], RAW[0]]})


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
