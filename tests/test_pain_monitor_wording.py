"""The chapter and its quiz say what the pain monitor does, in the monitor's own words."""

from __future__ import annotations

import json
import re

from helpers.pages import REPO, cited_keys, page_markdowns

from widgets import evidence
from widgets.explorers.leg_symptoms import LegSymptomsBox
from widgets.model.quizzes import load_quiz
from widgets.pain_monitor import (
    LEG_SYMPTOM_ACTION,
    LEG_SYMPTOM_STOP_RULE,
    LEG_SYMPTOMS,
    RECHECKS,
    RED_AGAIN_RULE,
    advice,
    rejoin,
)

CHAPTER = page_markdowns()["notebooks/running-with-back-pain.ipynb"]
NOTEBOOK = REPO / "notebooks" / "running-with-back-pain.ipynb"


def section(title: str) -> str:
    """The text of one ``##`` section of the chapter."""
    start = CHAPTER.index(f"## {title}")
    end = CHAPTER.find("\n## ", start + 3)
    return CHAPTER[start : end if end > 0 else None]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


MONITOR = flat(section("The pain monitor"))
PLAN = flat(section("A walk–run plan back to running"))


def _code_cells_after(heading: str) -> list[str]:
    """The sources of the chapter's code cells from ``## heading`` to the next section."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    sources, inside = [], False
    for cell in cells:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and "\n## " in "\n" + text:
            inside = f"## {heading}" in text
        elif inside and cell["cell_type"] == "code":
            sources.append(text)
    return sources


def test_the_monitor_section_shows_the_leg_symptom_box_built_from_the_monitors_words():
    assert any("leg_symptoms_box()" in code for code in _code_cells_after("The pain monitor"))
    box = flat(LegSymptomsBox().markdown())
    for symptom in LEG_SYMPTOMS:
        assert symptom in box, symptom
        assert symptom not in MONITOR, "typed again in the chapter"
    assert LEG_SYMPTOM_ACTION.lower() in box.lower()
    assert "never shows green with leg symptoms" in box
    assert "course-red-flags" in box and "{term}`nerve root`" in box
    assert flat(LegSymptomsBox().plain_text()).endswith(LEG_SYMPTOM_STOP_RULE.rsplit(". ", 1)[1])


def test_the_plan_section_says_leg_symptoms_stop_the_plan():
    assert "Leg symptoms stop the plan" in PLAN
    assert "what the box says" in PLAN
    # The action is worded once, in the box: the plan section must not word it again.
    assert "get checked" not in PLAN.lower()


def test_the_leg_symptom_stop_says_how_soon_to_get_checked():
    """'Stop and get checked' needs a timescale: the warning signs' own 'soon' one."""
    levels = json.loads((REPO / "widgets" / "data" / "warning_signs.json").read_text())["levels"]
    soon = re.search(r"within [^.]+", levels["soon"]["action"]).group(0)
    assert LEG_SYMPTOM_ACTION.endswith(f"{soon}.")
    assert soon in flat(LegSymptomsBox().markdown())


def test_red_again_is_worded_once_in_the_chapter_and_the_monitor():
    assert RED_AGAIN_RULE in flat(CHAPTER)
    assert RECHECKS["step back"].endswith(RED_AGAIN_RULE)
    assert flat(CHAPTER).count("in a row") == 1, "the rule is worded a second way"


def test_each_limit_says_where_it_comes_from_once_in_one_wording():
    assert MONITOR.count("as clinical summaries describe it") == 1
    assert "the course's addition" not in CHAPTER
    for row in (
        "| A. Pain during the run | 5 out of 10 or less | the model |",
        "| B. Pain after the run | 5 out of 10 or less | the course:",
        "| C. Pain the next morning | back to your usual level or lower, and never above 5 out "
        "of 10 | the model:",
        "| Starting ceiling, to move up | pain during the run no more than 2 points above",
    ):
        assert row in MONITOR, row


def test_any_breach_steps_back_and_only_amber_repeats():
    bullets = {
        name: flat(re.search(rf"- \*\*{name}.*?(?=\n- \*\*|\n\n)", CHAPTER, re.S).group(0))
        for name in ("Green: move up", "Amber: hold", "Red: step back", "Red: rest")
    }
    assert "Every limit holds" in bullets["Amber: hold"]
    assert "Repeat the same running" in bullets["Amber: hold"]
    assert "A limit is broken, even by 1 point" in bullets["Red: step back"]
    assert "5 minutes less running" in bullets["Red: step back"]
    assert "walk or cycle" in bullets["Red: rest"]
    assert all("Repeat" not in text for name, text in bullets.items() if name != "Amber: hold")


def test_the_worked_rejoin_example_matches_the_model():
    assert "if you manage 20 minutes of running, that is step 4" in PLAN
    assert rejoin(20, "hold").stage == 4
    assert "move up to step 5" in PLAN and rejoin(20, "progress").stage == 5
    assert "step back to step 3" in PLAN and rejoin(20, "step back").stage == 3


def test_the_quiz_teaches_that_a_broken_limit_steps_back():
    quiz = load_quiz("running-with-back-pain")
    question = next(q for q in quiz.questions if q.id == "plan-amber")
    right = [o for o in question.options if o.correct]
    assert len(right) == 1 and "step back" in right[0].text
    assert advice(6, 3, 0).decision == "step back"  # the question's case
    assert all(o.feedback.startswith("No.") for o in question.options if not o.correct)


def test_every_page_gives_the_5_out_of_10_limit_one_wording_and_one_source():
    """The model's 5/10 limit: "as clinical summaries describe it", cited to silbernagel2007."""
    quiz_feedback = " ".join(
        o.feedback for q in load_quiz("running-with-back-pain").questions for o in q.options
    )
    pages = {**page_markdowns(), "quiz running-with-back-pain": quiz_feedback}
    mentions = 0
    for path, text in pages.items():
        for paragraph in re.split(r"\n\s*\n", text):
            words = flat(paragraph)
            if "about 5 out of 10" not in words:
                continue
            mentions += 1
            assert "rule of thumb" not in words, path
            if path.startswith("quiz"):
                assert "as clinical summaries describe it" in words, path
            else:
                # The trial, the key that evidence.PAIN_MONITOR_LIMIT uses, is always cited.
                assert evidence.PAIN_MONITOR_LIMIT.source in cited_keys(words), path
    assert mentions >= 4  # key points, exercises chapter, about-the-evidence, quiz


def test_the_stop_rule_sends_a_worse_leg_where_the_warning_sign_data_file_does():
    # One leg getting weaker or number: the same day. The signs of squeezed nerves
    # at the bottom of the spine (both legs, saddle area, bladder or bowel): an
    # emergency. Each worded by the data file, so no page words them its own way.
    from widgets.model import pain_monitor as model
    from widgets.model.warning_signs import GROUPS, LEVEL_INFO, WARNING_SIGNS

    one_leg = next(sign for sign in WARNING_SIGNS if sign.key == "one_leg_worsening")
    assert one_leg.level == "urgent"
    rule = LEG_SYMPTOM_STOP_RULE
    same_day = f"{one_leg.text.lower()}, {LEVEL_INFO['urgent'].action.lower()}"
    assert same_day in rule.lower()
    emergency = f"{LEVEL_INFO['emergency'].heading} {GROUPS['cauda_equina'].short}."
    assert emergency in rule
    both_legs = next(sign for sign in WARNING_SIGNS if sign.key == "both_legs")
    assert both_legs.level == "emergency" and both_legs.group == "cauda_equina"
    assert rule.endswith("See Get help now.")
    # The pain monitor's "stop" answer says the same.
    assert model.LEG_SYMPTOMS_WORSE in model.RECHECKS["stop"]
