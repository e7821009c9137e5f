"""Every number a page states from a study is one of the course's evidence constants.

The constants live in ``widgets/evidence.py``, each with its bibliography key.
This test reads the prose of every book page and chapter, paragraph by
paragraph (a list item or a table row counts as a paragraph), finds each number,
and fails unless it matches a constant whose source the same paragraph cites.
A number matches when it equals an estimate's value, low or high end at the
decimals the prose uses (1.722 may be written 1.72). Also accepted, and nothing
else:

* a unit conversion in brackets, such as "30 km (18.6 miles)";
* a number the model computes, for the pages whose worked examples another test
  checks against the model (``MODEL_NUMBERS``);
* a number in ``tests/prose_numbers_allowed.json``, which lists each page's few
  numbers that are not evidence (time to read, a worked example's inputs), each
  with the reason;
* years, list numbers and the "95" of "95 % interval".
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from helpers.pages import page_markdowns

from widgets import evidence, risk
from widgets.evidence import Estimate

REPO = Path(__file__).resolve().parents[1]
ALLOWED_FILE = REPO / "tests" / "prose_numbers_allowed.json"
NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w])")
CONVERSION_UNITS = re.compile(r"\b(?:miles?|mi|mph|km/h|km|kilometres?)\b")
CONVERSION_FACTORS = (0.621371, 1 / 0.621371, 3.6, 1 / 3.6, 2.23694, 1 / 2.23694)
ROLE_WITH_TEXT = re.compile(r"\{(?:term|doc|ref)\}`([^`<]*)(?:<[^>]*>)?`")


def prose_of(markdown: str) -> str:
    """The words a reader sees: no code, front matter, citations, labels or links."""
    text = re.sub(r"\A---\n.*?\n---\n", " ", markdown, flags=re.S)
    text = re.sub(r"```\{code-cell\}.*?```", " ", text, flags=re.S)
    text = re.sub(r"^```(?:bash|python|text|console)\n.*?^```", " ", text, flags=re.S | re.M)
    text = re.sub(r"^\s*(?:```|:::).*$", " ", text, flags=re.M)  # fences: keep their content
    text = re.sub(r"^:[\w-]+:.*$", " ", text, flags=re.M)  # directive options
    text = re.sub(r"\{cite(?::[pt])?\}`[^`]*`", " ", text)
    text = ROLE_WITH_TEXT.sub(lambda m: m.group(1), text)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"^\([\w-]+\)=\s*$", " ", text, flags=re.M)
    text = re.sub(r"https?://\S+|\]\([^)]*\)", " ", text)
    text = re.sub(r"^\s*\d+\.\s", " ", text, flags=re.M)  # ordered-list markers
    return re.sub(r"\s+", " ", text)


def decimals(token: str) -> int:
    return len(token.split(".")[1]) if "." in token else 0


def as_number(token: str) -> float:
    return float(token.replace(",", ""))


@cache
def evidence_values() -> dict[str, tuple[float, ...]]:
    """Every evidence number, by the bibliography key of its source."""
    values: dict[str, list[float]] = {}
    for value in vars(evidence).values():
        estimates = value.values() if isinstance(value, dict) else [value]
        for item in estimates:
            if isinstance(item, Estimate):
                values.setdefault(item.source, []).extend(
                    x for x in (item.value, item.low, item.high) if x is not None
                )
    return {key: tuple(v) for key, v in values.items()}


def paragraphs(markdown: str) -> list[str]:
    """Paragraphs, list items and tables: the span a citation covers."""
    text = re.sub(r"\A---\n.*?\n---\n", " ", markdown, flags=re.S)
    text = re.sub(r"```\{code-cell\}.*?```", " ", text, flags=re.S)
    return [b for b in re.split(r"\n\s*\n|\n(?=\s*(?:[-*]|\d+\.) )", text) if b.strip()]


def model_numbers() -> dict[str, list[float]]:
    """Numbers the mileage chapter's worked examples print, computed by the model.

    ``tests/test_risk_chapter.py`` checks each sentence they appear in.
    """
    sam_spike = risk.relative_injury_rate(30, 30, 10, 15)
    novice_spike = risk.relative_injury_rate(40, 40, 10, 12, "novice")
    novice_week = risk.relative_injury_rate(20, 30, 8, 8, "novice")
    top = risk.relative_injury_rate(30, 30, 10, 10, other_sport_hours=risk.MAX_OTHER_SPORT_HOURS)
    results = [sam_spike, novice_spike, novice_week, top, risk.NOVICE_VS_RECREATIONAL]
    numbers = [
        x
        for r in results
        for x in (r.estimate if hasattr(r, "estimate") else r.value, r.low, r.high)
    ]
    numbers += [
        risk.MAX_OTHER_SPORT_HOURS,
        risk.MAX_WEEKLY_KM,
        risk.MAX_SINGLE_RUN_KM,
    ]
    spine = evidence.SHRINKAGE_MM_BY_PACE
    return {
        "notebooks/mileage-load-and-injury-risk.ipynb": numbers,
        "notebooks/why-runners-get-back-pain.ipynb": [spine[100].value / spine[70].value],
    }


def allowed() -> dict[str, dict[str, str]]:
    if not ALLOWED_FILE.exists():
        return {}
    return {
        page: numbers
        for page, numbers in json.loads(ALLOWED_FILE.read_text()).items()
        if not page.startswith("_")
    }


def matches(token: str, values) -> bool:
    places = decimals(token)
    target = round(as_number(token), places)
    return any(round(v, places) == target for v in values)


def is_conversion(token: str, start: int, end: int, prose: str) -> bool:
    """True for "18.6" in "30 km (18.6 miles)": a unit conversion of a number nearby."""
    opening = prose.rfind("(", 0, start)
    closing = prose.find(")", end)
    if opening < 0 or closing < 0 or ")" in prose[opening:start]:
        return False
    if not CONVERSION_UNITS.search(prose[opening:closing]):
        return False
    window = prose[max(0, opening - 70) : opening] + " " + prose[opening + 1 : closing]
    nearby = [as_number(t) for t in NUMBER.findall(window) if t != token]
    return matches(token, [n * f for n in nearby for f in CONVERSION_FACTORS])


def unmatched_numbers(page: str, markdown: str) -> list[str]:
    problems = []
    for paragraph in paragraphs(markdown):
        problems += _unmatched_in_paragraph(page, paragraph)
    return problems


def _unmatched_in_paragraph(page: str, paragraph: str) -> list[str]:
    cited = {
        key.strip()
        for group in re.findall(r"\{cite(?::[pt])?\}`([^`]*)`", paragraph)
        for key in group.split(",")
    }
    by_source = evidence_values()
    known = tuple(v for key in cited for v in by_source.get(key, ()))
    known += tuple(model_numbers().get(page, []))
    allowed_here = allowed().get(page, {})
    prose = prose_of(paragraph)
    problems = []
    for m in NUMBER.finditer(prose):
        token = m.group(0)
        after = prose[m.end() : m.end() + 12]
        if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", token):
            continue  # a year
        if token == "95" and re.match(r" ?% (?:interval|confidence|CI)", after):
            continue
        if token in allowed_here or matches(token, known):
            continue
        if is_conversion(token, m.start(), m.end(), prose):
            continue
        problems.append(f"{token} in '…{prose[max(0, m.start() - 40) : m.end() + 25]}…'")
    return problems


PAGES = page_markdowns()


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_number_in_the_prose_is_an_evidence_constant(page):
    problems = unmatched_numbers(page, PAGES[page])
    assert problems == [], (
        f"{page}: these numbers match no constant in widgets/evidence.py. Add the study's "
        "number there with its bibliography key, or, if it is not evidence, list it in "
        f"tests/prose_numbers_allowed.json with the reason: {problems}"
    )


def test_every_allowed_number_still_appears_and_has_a_reason():
    for page, numbers in allowed().items():
        assert page in PAGES, f"{page} in prose_numbers_allowed.json is not a page"
        tokens = set(NUMBER.findall(prose_of(PAGES[page])))
        for number, reason in numbers.items():
            assert len(reason) > 10, (page, number)
            assert number in tokens, f"{page}: allowed number {number} no longer appears"


def test_the_check_finds_a_number_with_no_source():
    text = "In one study 4321 runners ran. 30 km (18.6 miles) a week. It was 2017."
    problems = unmatched_numbers("nowhere", text)
    assert len(problems) == 2  # 4321 (no constant) and 30 (not allowed on this page)
    assert problems[0].startswith("4321")
    cite = "{cite:p}`frandsen2025`"
    assert unmatched_numbers("nowhere", f"Frandsen found 1.64 (1.31 to 2.05) {cite}.") == []
    assert (
        unmatched_numbers(
            "nowhere", "It was 1.72 (95 % interval 1.11 to 2.66) {cite:p}`malisoux2015`."
        )
        == []
    )
    assert unmatched_numbers("nowhere", f"It was 1.65 times {cite}.") != []
    # The number must come from a source the same paragraph cites.
    assert unmatched_numbers("nowhere", "Frandsen found 1.64 {cite:p}`buist2008`.") != []
    assert unmatched_numbers("nowhere", f"Frandsen found 1.64.\n\nLater {cite}.") != []


# Captions and alt text of the interactives: the same rule. Every number must be a
# constant of a source the caption names (by its label in sources.json), or one the
# model computes or is set to, computed here from the code, never typed.
def _interactives() -> dict:
    import widgets
    from widgets.model.exercise_library import load_exercises

    names = [
        "body_map",
        "exercise_gallery",
        "myth_check",
        "pain_monitor_explorer",
        "prevalence_explorer",
        "prevention_explorer",
        "return_to_running_plans",
        "risk_explorer",
        "spine_loading_explorer",
        "strength_plan_builder",
        "training_log_explorer",
    ]
    found = {name: getattr(widgets, name)() for name in names}
    for item in load_exercises():
        found[f"exercise_demo:{item.id}"] = widgets.exercise_demo(item.id)
    return found


def _not_evidence(name: str) -> list[float]:
    """Numbers an interactive's words take from the model or its settings, not a study."""
    import inspect

    from widgets.explorers.risk import BOOK_WEEKLY_KM
    from widgets.explorers.training_log import sample_analysis
    from widgets.figures.pain_monitor import BOOK_PAIN_AFTER
    from widgets.figures.strength_plan import PRESETS
    from widgets.figures.walk_run_plan import EXAMPLE_PLANS
    from widgets.model import myths, pain_monitor, spine_loading, walk_run_plan
    from widgets.model.exercise_library import exercise, load_exercises

    if name.startswith("exercise_demo:"):
        return [phase.seconds for phase in exercise(name.split(":")[1]).demo.phases]
    defaults = inspect.signature(walk_run_plan.return_to_running_plan).parameters
    analysis = sample_analysis()[1]
    numbers = {
        "exercise_gallery": [len(load_exercises())],
        "myth_check": [len(myths.load_myths()), *myths.category_counts().values()],
        "pain_monitor_explorer": [BOOK_PAIN_AFTER, 0, 10],  # 10: the top of the pain scale
        "return_to_running_plans": [
            len(EXAMPLE_PLANS["Every week green"]),
            pain_monitor.LADDER_TOP_MINUTES,
            defaults["run_pace_min_per_km"].default,
            defaults["walk_pace_min_per_km"].default,
        ],
        "risk_explorer": [BOOK_WEEKLY_KM],
        "spine_loading_explorer": [
            evidence.CAVANAGH_SPEED_M_PER_S,
            spine_loading.measurement_multiple(),
        ],
        "strength_plan_builder": [
            value
            for preset in PRESETS.values()
            for value in preset.values()
            if value and str(value).isdigit()
        ],
        "training_log_explorer": [
            len(analysis.checks),
            analysis.not_compared,
            *analysis.band_counts,
        ],
    }
    # Phone numbers of the warning-sign data file's levels (999, 112, 911, 111),
    # which the leg-symptom stop rule quotes in every caption that carries it.
    from widgets.model.warning_signs import LEVEL_INFO

    phones = [
        float(n)
        for level in LEVEL_INFO.values()
        for n in re.findall(r"\b\d{3}\b", f"{level.heading} {level.action}")
    ]
    return numbers.get(name, []) + phones


def unmatched_in_caption(name: str, text: str, not_evidence=()) -> list[str]:
    """Numbers of a caption and alt text that match neither a named source nor the model."""
    from widgets.data import source_labels

    named = [key for key, label in source_labels().items() if label.split(" (")[0] in text]
    known = tuple(v for key in named for v in evidence_values().get(key, ())) + tuple(not_evidence)
    problems = []
    for m in NUMBER.finditer(text):
        token = m.group(0)
        after = text[m.end() : m.end() + 12]
        if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", token):
            continue
        if token == "95" and re.match(r" ?% (?:interval|confidence|CI)", after):
            continue
        if matches(token, known) or is_conversion(token, m.start(), m.end(), text):
            continue
        problems.append(f"{name}: {token} in '…{text[max(0, m.start() - 40) : m.end() + 25]}…'")
    return problems


def test_every_number_in_a_caption_or_alt_text_is_an_evidence_constant():
    problems = []
    for name, interactive in _interactives().items():
        text = f"{interactive.caption} {interactive.alt_text}"
        problems += unmatched_in_caption(name, text, _not_evidence(name))
    assert problems == [], (
        "These numbers in captions or alt text match no constant of a source the caption "
        "names: take them from widgets/evidence.py (or the model) instead of typing them: "
        f"{problems}"
    )


def test_the_caption_check_can_fail():
    caption = "Strength training 0.315 (Lauersen 2014); stretching 0.97. 40 km (25 mi) a week."
    problems = unmatched_in_caption("test", caption, not_evidence=[40])
    assert [p.split(": ")[1].split(" in")[0] for p in problems] == ["0.97"]
    assert unmatched_in_caption("test", "Strength training 0.315.") != []  # names no source
