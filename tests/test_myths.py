"""The myth self-check: data file, model, figure and live view."""

import copy
from pathlib import Path

import pytest
from helpers.pages import bib_keys, cited_keys, markdown_of

from widgets.data import load_json, source_labels
from widgets.explorers.myths import myth_check
from widgets.figures.myth_panels import verdict_text
from widgets.figures.myths import (
    BUTTONS_PX,
    LINE_PX,
    VERDICT_ANNOTATION,
    VERDICT_OFFSET_PX,
    margin_bottom_px,
    myth_check_figure,
    myth_figure,
)
from widgets.live.myths import MythCheckView
from widgets.model import myths as model

REPO = Path(__file__).resolve().parents[1]
CHAPTER = REPO / "notebooks" / "why-runners-get-back-pain.ipynb"


def test_every_claim_is_complete_and_cites_sources_in_the_bibliography():
    myths = model.load_myths()
    assert len(myths) >= 10
    keys = bib_keys()
    for myth in myths:
        assert myth.claim and myth.verdict and myth.explanation and myth.heading
        assert set(myth.sources) <= keys, f"{myth.id} cites keys missing from references.bib"


def test_every_citation_label_belongs_to_a_bibliography_entry():
    assert set(source_labels()) <= bib_keys()


def test_the_article_claims_named_in_the_issue_are_all_covered():
    ids = {m.id for m in model.load_myths()}
    assert {"rlbs", "stretched-muscles", "epidural-surgery", "discs-30-miles", "good-shoes"} <= ids
    verdicts = {m.id: m.category for m in model.load_myths()}
    assert verdicts["rlbs"] == verdicts["good-shoes"] == verdicts["epidural-surgery"] == "myth"


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("category", "maybe", "category"),
        ("sources", [], "sources needs at least 1 entry"),
        ("sources", ["not a key!"], "bibliography key"),
        ("explanation", "  ", "explanation"),
        ("short", "x" * 40, "longer than"),
    ],
)
def test_a_broken_item_is_refused(field, value, message):
    data = copy.deepcopy(load_json("myths.json"))
    data["items"][0][field] = value
    with pytest.raises(ValueError, match=message):
        model.load_myths(data)


def test_duplicate_ids_are_refused():
    data = copy.deepcopy(load_json("myths.json"))
    data["items"][1]["id"] = data["items"][0]["id"]
    with pytest.raises(ValueError, match="unique"):
        model.load_myths(data)


def test_every_source_the_self_check_shows_is_cited_in_its_chapter():
    cited = set(cited_keys(markdown_of(CHAPTER)))
    shown = {key for myth in model.load_myths() for key in myth.sources}
    assert shown - cited == set()


def test_prevalence_claim_is_framed_as_the_evidence_allows():
    myth = model.myth_by_id("running-causes-back-pain")
    assert myth.category == "partly"
    assert "does not appear to raise the risk" in myth.explanation
    assert "may be associated with less" in myth.explanation
    # The runner range mixes time spans, so it is not set against one point prevalence.
    assert "7.5 %" not in myth.explanation


def test_painkiller_verdict_carries_its_cautions():
    myth = model.myth_by_id("painkillers")
    text = myth.explanation
    assert "acute" in text and "7.29 points" in text and "10 points" in text
    for caution in ("stomach", "kidney", "heart", "blood thinners", "pharmacist"):
        assert caution in text
    assert "Paracetamol alone" in text
    assert {"vandergaag2020", "williams2014", "nice2016ng59"} <= set(myth.sources)


def test_wording_matches_the_sources():
    assert "800 half and full marathon runners" in model.myth_by_id("good-shoes").explanation
    assert "recent, severe sciatica" in model.myth_by_id("epidural-surgery").explanation


def test_bottom_margin_holds_the_longest_verdict_and_the_buttons():
    myths = model.load_myths()
    longest = max(verdict_text(m, a).count("<br>") + 1 for m in myths for a in model.CATEGORIES)
    assert margin_bottom_px() == VERDICT_OFFSET_PX + longest * LINE_PX + BUTTONS_PX
    figure = myth_check_figure()
    assert figure.layout.margin.b == margin_bottom_px()
    assert figure.layout.updatemenus[-1].pad.t > VERDICT_OFFSET_PX + longest * LINE_PX


def test_feedback_and_score():
    myth = model.myth_by_id("good-shoes")
    assert "agrees" in model.feedback(myth, "myth")
    assert "The evidence says: Myth" in model.feedback(myth, "supported")
    assert model.score({"good-shoes": "myth", "rlbs": "supported"}) == (1, 2)
    with pytest.raises(ValueError):
        model.feedback(myth, "true")


def test_verdict_marks_stay_hidden_until_answered():
    figure = myth_figure()
    assert not any(trace.visible for trace in figure.data[1:])
    answered = myth_figure({"rlbs": "myth"}, current="rlbs")
    index = [m.id for m in model.load_myths()].index("rlbs")
    assert answered.data[1 + index].visible
    assert "Not a recognised diagnosis" in answered.layout.annotations[VERDICT_ANNOTATION].text


def test_book_figure_reveals_the_chosen_claims_verdict_and_source():
    figure = myth_check_figure()
    myths = model.load_myths()
    menus = figure.layout.updatemenus
    assert len(menus) == len(myths) + 2
    # Choosing claim 3 shows only claim 3's answer buttons.
    choose_third = menus[0].buttons[2].args[1]
    assert [choose_third[f"updatemenus[{1 + j}].visible"] for j in range(len(myths))] == [
        j == 2 for j in range(len(myths))
    ]
    # Each answer button reveals that claim's own mark and verdict, nothing else.
    for i, myth in enumerate(myths):
        assert menus[1 + i].buttons[0].method == "skip"
        for button in menus[1 + i].buttons[1:]:
            traces, layout, indices = button.args
            assert list(indices) == [1 + i] and traces == {"visible": True}
            text = layout[f"annotations[{VERDICT_ANNOTATION}].text"]
            assert myth.verdict in text and "Source" in text


def test_live_view_hides_the_verdict_until_the_reader_answers():
    view = MythCheckView()
    assert "Verdict" not in view.verdict.value
    # Claim 1, "running causes back pain", is partly true.
    view.answer.value = "partly"
    assert "Verdict" in view.verdict.value and "Source" in view.verdict.value
    assert "1 of 1" in view.tally.value
    view.claim.value = "back-pain-common"
    assert view.answer.value is None and "Verdict" not in view.verdict.value
    view.answer.value = "myth"
    assert "1 of 2" in view.tally.value
    assert sum(bool(t.visible) for t in view.figure.data[1:]) == 2


def test_interactive_has_alt_text_and_a_table_of_every_claim():
    _, metadata = myth_check().static_bundle()
    meta = metadata["application/vnd.plotly.v1+json"]
    assert meta["alt"] and meta["caption"]
    assert meta["text_alternative"].count("<tr>") == len(model.load_myths()) + 1
