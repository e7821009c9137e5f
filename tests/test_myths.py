"""The myth self-check: data file, model, figure and live view."""

import copy
import re
from pathlib import Path

import pytest

from widgets.data import load_json, source_labels
from widgets.explorers.myths import myth_check
from widgets.figures.myths import VERDICT_ANNOTATION, myth_check_figure, myth_figure
from widgets.live.myths import MythCheckView
from widgets.model import myths as model

BIB = Path(__file__).resolve().parents[1] / "book" / "references.bib"


def bib_keys() -> set[str]:
    return set(re.findall(r"^@\w+\{([^,\s]+),", BIB.read_text(), flags=re.M))


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
    assert {"rlbs", "stretched-muscles", "epidural-surgery", "discs-30-miles",
            "good-shoes"} <= ids
    verdicts = {m.id: m.category for m in model.load_myths()}
    assert verdicts["rlbs"] == verdicts["good-shoes"] == verdicts["epidural-surgery"] == "myth"


@pytest.mark.parametrize("field, value, message", [
    ("category", "maybe", "category"),
    ("sources", [], "at least one source"),
    ("sources", ["not a key!"], "bibliography key"),
    ("explanation", "  ", "explanation"),
    ("short", "x" * 40, "longer than"),
])
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
        j == 2 for j in range(len(myths))]
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
    view.answer.value = "myth"
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
