"""The one list of warning signs: validated on load, and the boxes built from it."""

from __future__ import annotations

import copy

import pytest
from helpers.pages import bib_keys, cited_keys

from widgets import warning_signs_box
from widgets.data import load_json
from widgets.figures.warning_signs_box import BOX_CLASS, WarningSignsBox
from widgets.model import warning_signs as ws
from widgets.render_mode import STATIC_BOOK_ENV

CAUDA_EQUINA_WORDS = (
    "genitals",
    "bottom",
    "wipe",
    "pee",
    "bladder",
    "poo",
    "erection",
    "both legs",
)


def data():
    return copy.deepcopy(load_json("warning_signs.json"))


def test_levels_are_ordered_most_urgent_first_and_all_used():
    assert ws.LEVELS == ("emergency", "urgent", "soon")
    assert {s.level for s in ws.WARNING_SIGNS} == set(ws.LEVELS)
    assert "ambulance" in ws.LEVEL_INFO["emergency"].heading
    assert "emergency department" in ws.LEVEL_INFO["emergency"].heading
    assert (
        "111" in ws.LEVEL_INFO["urgent"].heading and "same day" in ws.LEVEL_INFO["urgent"].heading
    )
    # The short labels the body map uses carry the action too.
    assert "ambulance" in ws.LEVEL_INFO["emergency"].label
    assert "111" in ws.LEVEL_INFO["urgent"].label and "same-day" in ws.LEVEL_INFO["urgent"].label


def test_every_sign_has_a_question_an_action_and_known_sources():
    keys = bib_keys()
    for sign in ws.WARNING_SIGNS:
        assert sign.question.endswith("?")
        assert sign.action and sign.short and sign.regions
        assert set(sign.sources) <= keys, sign.key


def test_cauda_equina_signs_are_complete_and_always_an_emergency():
    group = ws.signs_for(level=None)
    cauda = [s for s in group if s.group == "cauda_equina"]
    text = " ".join(s.text.lower() for s in cauda)
    for word in CAUDA_EQUINA_WORDS:
        assert word in text, word
    for sign in cauda:
        assert sign.level == "emergency"
        assert "emergency department now" in sign.action
        assert set(sign.regions) == set(ws.REGIONS)  # the cord can be squeezed at any level
        assert {"greenhalgh2018card", "nhs-back-pain"} & set(sign.sources)


def test_safety_fixes_from_the_review_are_in_the_list():
    by_key = {s.key: s for s in ws.WARNING_SIGNS}
    assert by_key["neck_meningitis"].level == "emergency"
    assert "neck" in by_key["neck_meningitis"].regions
    assert by_key["chest_pain"].level == "emergency"
    assert "do not drive yourself" in by_key["chest_pain"].action
    assert by_key["between_shoulder_blades"].level == "urgent"
    assert by_key["one_leg_worsening"].level == "urgent"
    assert "nhs-back-pain" not in by_key["one_leg_worsening"].sources
    for key in (
        "lump_or_shape",
        "cough_sneeze_poo",
        "bone_risk",
        "infection_risk",
        "new_after_50",
        "young_not_settling",
        "weight_loss",
        "rest_or_night",
    ):
        assert key in by_key, key
    # A stiff neck with a fever is an emergency (meningitis), never "soon".
    stiff_neck = [s for s in ws.signs_for("neck") if "stiff" in s.text and "temperature" in s.text]
    assert stiff_neck and all(s.level == "emergency" for s in stiff_neck)
    assert by_key["rash_not_fading"].level == "emergency"
    for word in ("drowsiness", "fit", "being sick", "bright lights"):
        assert word in by_key["neck_meningitis"].text
    # New pain after cancer is acted on the same day.
    assert by_key["cancer_history"].level == "urgent"
    # The NHS "see a GP" signs are in the list, so no page needs its own words for them.
    for key in ("not_improving", "severe_or_worsening", "stops_daily_life"):
        assert by_key[key].level == "soon"


# The second clinical review: each new or changed sign, its level and where it applies.
SECOND_REVIEW_LEVELS = {
    "infection_risk": "urgent",  # many spinal infections come without fever (Yusuf 2019)
    "bone_risk": "urgent",  # sudden, severe pain with thin bones: a fracture is possible
    "aortic_aneurysm": "emergency",  # NHS: call 999 for a burst aortic aneurysm
    "neck_cord_gradual": "urgent",  # NHS inform: call 111 for new clumsy hands or unsteadiness
    "inflammatory_back_pain": "soon",  # NICE NG65: refer for assessment, not an emergency
    "bone_stress": "soon",  # stop running and be seen within days
}


@pytest.mark.parametrize("key, level", sorted(SECOND_REVIEW_LEVELS.items()))
def test_each_sign_from_the_second_review_has_its_level(key, level):
    by_key = {s.key: s for s in ws.WARNING_SIGNS}
    assert by_key[key].level == level


def test_second_review_signs_say_what_they_are_and_what_to_do():
    by_key = {s.key: s for s in ws.WARNING_SIGNS}
    # Infection: new or worse pain counts, with no fever needed.
    infection = by_key["infection_risk"]
    assert "new or getting worse" in infection.text and "no fever" in infection.action
    assert "yusuf2019" in infection.sources
    assert "suddenly" in by_key["bone_risk"].text and "severe" in by_key["bone_risk"].text
    # Inflammatory back pain: NICE NG65's features, and how it differs from ordinary stiffness.
    inflammatory = by_key["inflammatory_back_pain"]
    for words in ("3 months", "45", "when you move", "second half of the night", "30 minutes"):
        assert words in inflammatory.text, words
    assert "Ordinary stiffness" in inflammatory.why and "nice2017ng65" in inflammatory.sources
    assert set(inflammatory.regions) == {"lower", "pelvis"}
    # Bone stress in runners: where, what makes it worse, who is at risk, and stop running.
    stress = by_key["bone_stress"]
    for words in ("sacrum", "pelvis", "hopping", "eat too little", "periods", "stress fracture"):
        assert words in stress.text, words
    assert stress.action.startswith("Stop running") and stress.why.startswith("Stop running")
    assert "mountjoy2023" in stress.sources
    # An aneurysm is an ambulance, from the NHS page.
    assert "ambulance" in by_key["aortic_aneurysm"].action
    assert by_key["aortic_aneurysm"].sources == ("nhs-aaa",)
    # The neck's cord: slow clumsiness beside the sudden sign, which stays an emergency.
    assert "weeks" in by_key["neck_cord_gradual"].text
    assert by_key["neck_nerve_or_brain"].level == "emergency"
    assert "Sudden" in by_key["neck_nerve_or_brain"].text
    # Rest and night pain keeps the NHS meaning and says plainly what is not this sign.
    rest = by_key["rest_or_night"]
    assert "does not get better with rest" in rest.text and "worse at night" in rest.text
    assert "stiffness that eases once you get moving" in rest.text
    assert "stiffness that eases once you get moving" in rest.question


def test_squeezed_nerve_signs_name_the_spinal_cord_as_well_as_the_cauda_equina():
    for sign in ws.WARNING_SIGNS:
        if sign.group == "cauda_equina":
            assert "cauda equina" in sign.action and "spinal cord" in sign.action
            assert "royalfree-dcm" in sign.sources  # the cord in the neck, not only the card
    by_key = {s.key: s for s in ws.WARNING_SIGNS}
    # Each action uses its level's own words: "see a GP", as the level says.
    assert by_key["not_improving"].action == "See a GP within a few days."


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["signs"][0].update(level="later"), "level must be one of"),
        (lambda d: d["signs"][0].update(question="No question mark"), "question mark"),
        (lambda d: d["signs"][0].update(regions=["knee"]), "regions entry 1 must be one of"),
        (lambda d: d["signs"][0].update(sources=["nosuchkey2099"]), "nosuchkey2099"),
        (lambda d: d["signs"][0].update(group="nosuchgroup"), "unknown group"),
        (lambda d: d["signs"][0].update(text=""), "text must be non-empty"),
        (lambda d: d["signs"].append(dict(d["signs"][0])), "keys used twice"),
        (lambda d: d["levels"].pop("soon"), "levels"),
        (
            lambda d: d.update(signs=[s for s in d["signs"] if s["level"] != "soon"]),
            "no warning sign at level",
        ),
    ],
)
def test_bad_data_is_refused_with_a_reason(change, message):
    broken = data()
    change(broken)
    with pytest.raises(ValueError, match=message):
        ws.load(broken)


def test_signs_for_filters_and_refuses_unknown_values():
    assert all("neck" in s.regions for s in ws.signs_for("neck"))
    assert all(s.level == "soon" for s in ws.signs_for(level="soon"))
    assert len(ws.signs_for()) == len(ws.WARNING_SIGNS)
    with pytest.raises(ValueError, match="unknown region"):
        ws.signs_for("knee")
    with pytest.raises(ValueError, match="unknown level"):
        ws.signs_for(level="whenever")


def test_the_box_lists_every_sign_in_the_book_with_citations(monkeypatch):
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    box = warning_signs_box()
    markdown = box._repr_mimebundle_()["text/markdown"]
    assert markdown.startswith("```{admonition} Get help now")
    assert BOX_CLASS in markdown
    for sign in ws.WARNING_SIGNS:
        assert sign.text.rstrip(".") in markdown, sign.key
    assert set(cited_keys(markdown)) == {k for s in ws.WARNING_SIGNS for k in s.sources}
    # Most urgent first.
    headings = [ws.LEVEL_INFO[level].heading for level in ws.LEVELS]
    positions = [markdown.index(h) for h in headings]
    assert positions == sorted(positions)


def test_a_region_box_shows_only_that_region_and_the_same_words_in_jupyterlab(monkeypatch):
    monkeypatch.delenv(STATIC_BOOK_ENV, raising=False)
    box = warning_signs_box("upper")
    bundle = box._repr_mimebundle_()
    assert "text/html" in bundle and "text/markdown" not in bundle
    for sign in ws.WARNING_SIGNS:
        shown = sign.text.rstrip(".") in WarningSignsBox("upper").markdown()
        assert shown == ("upper" in sign.regions), sign.key
        if shown:
            assert sign.text.rstrip(".").replace("'", "&#x27;") in bundle["text/html"]


def test_bad_box_requests_are_refused():
    with pytest.raises(ValueError, match="unknown region"):
        warning_signs_box("knee")
    with pytest.raises(ValueError, match="unknown level"):
        warning_signs_box(levels=("someday",))


def test_a_region_box_says_it_is_part_of_the_list_and_group_notes_follow_their_signs():
    region_box = WarningSignsBox("upper").markdown()
    assert "course-red-flags" in region_box and "full list" in region_box
    assert "course-red-flags" not in WarningSignsBox().markdown()
    # Each group's note comes straight after its own signs, before the next group.
    text = WarningSignsBox().plain_text()
    nerves = text.index(ws.GROUPS["cauda_equina"].why)
    meningitis = text.index(ws.GROUPS["meningitis"].why)
    assert text.index("Weakness, numbness, tingling or pain in both legs") < nerves
    assert nerves < text.index("A rash that does not fade") < meningitis
