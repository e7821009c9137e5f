"""Every data file has a JSON Schema beside it, and a broken file says where it is broken.

The schemas in ``widgets/data/schemas/`` check the shape of each file; the
model checks only what a schema cannot say. A bad-data message must name the
file, the item and the field, in words a contributor can act on.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from widgets.data import DATA_DIR, SCHEMA_DIR, DataError, check_json, load_json, schema_path
from widgets.model import body_regions, exercise_library, exercises, myths, poses, quizzes
from widgets.model import evidence_wording as wording
from widgets.model import warning_signs as signs

ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = sorted(
    str(p.relative_to(DATA_DIR)) for p in DATA_DIR.rglob("*.json") if SCHEMA_DIR not in p.parents
)
QUIZ = "quizzes/why-runners-get-back-pain.json"


def _schema(name: str) -> dict:
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_has_a_valid_schema_and_passes_it(name):
    schema = _schema(name)
    Draft202012Validator.check_schema(schema)
    assert load_json(name)  # read and checked against the schema


def test_every_schema_belongs_to_a_data_file():
    used = {schema_path(name) for name in DATA_FILES}
    assert set(SCHEMA_DIR.glob("*.schema.json")) == used


def test_the_schemas_ship_in_the_package():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["widgets.data"]
    for path in [*SCHEMA_DIR.glob("*.json"), *(DATA_DIR / n for n in DATA_FILES)]:
        relative = path.relative_to(DATA_DIR)
        assert any(relative.match(p) for p in patterns), f"{relative} is not package data"


def _enum(name: str, *path: str) -> list:
    """The ``enum`` at ``path`` of a schema, following ``$ref`` and ``items``."""
    root = _schema(name)
    node = root
    for step in path:
        while "$ref" in node:
            node = root["$defs"][node["$ref"].split("/")[-1]]
        if step == "$defs":
            node = {"properties": root["$defs"]}
            continue
        node = node["items"] if step == "[]" else node["properties"][step]
    while "$ref" in node:
        node = root["$defs"][node["$ref"].split("/")[-1]]
    return node["enum"] if "enum" in node else node["items"]["enum"]


@pytest.mark.parametrize(
    "name, path, constant",
    [
        ("exercises.json", ("exercises", "[]", "category"), list(exercises.CATEGORIES)),
        ("exercises.json", ("exercises", "[]", "load"), list(exercises.LOADS)),
        ("exercises.json", ("exercises", "[]", "equipment"), list(exercises.EQUIPMENT)),
        (
            "exercises.json",
            ("exercises", "[]", "evidence", "strength"),
            list(wording.PHRASES),
        ),
        ("exercises.json", ("exercises", "[]", "demo", "view"), list(exercises.VIEWS)),
        (
            "exercises.json",
            ("exercises", "[]", "demo", "props", "[]", "kind"),
            list(exercises.PROP_KINDS),
        ),
        (
            "exercises.json",
            ("exercises", "[]", "demo", "phases", "[]", "ease"),
            list(poses.EASINGS),
        ),
        ("myths.json", ("items", "[]", "category"), list(myths.CATEGORIES)),
        ("body_regions.json", ("$defs", "region", "strength"), list(wording.SHORT_FORMS)),
        ("warning_signs.json", ("signs", "[]", "level"), list(signs.LEVELS)),
        ("warning_signs.json", ("signs", "[]", "regions"), list(signs.REGIONS)),
        (QUIZ, ("questions", "[]", "kind"), list(quizzes.KINDS)),
    ],
)
def test_schema_choices_are_the_models_constants(name, path, constant):
    assert _enum(name, *path) == constant


def test_the_other_limits_of_the_schemas_are_the_models():
    root = _schema("exercises.json")
    cues = root["$defs"]["exercise"]["properties"]["cues"]
    assert (cues["minItems"], cues["maxItems"]) == (exercises.MIN_CUES, exercises.MAX_CUES)
    basis = root["$defs"]["exercise"]["properties"]["technique_basis"]["const"]
    assert basis == exercises.TECHNIQUE_BASIS
    assert _schema(QUIZ)["properties"]["questions"]["minItems"] == quizzes.MIN_QUESTIONS
    regions = _schema("body_regions.json")["properties"]["regions"]["prefixItems"]
    assert tuple(r["properties"]["id"]["const"] for r in regions) == body_regions.REGION_IDS
    assert tuple(_schema("warning_signs.json")["properties"]["levels"]["required"]) == signs.LEVELS


# Each case: the file, a change that breaks it, what the model must be given, and the
# words the message must hold: the file, the item and the field.
def _exercises(change):
    data = load_json("exercises.json")
    change(data["exercises"][0])
    return exercise_library.validate_library(data)


def _myths(change):
    data = load_json("myths.json")
    change(data["items"][0])
    return myths.load_myths(data)


def _regions(change):
    data = load_json("body_regions.json")
    change(data["regions"][1])
    return body_regions.load_regions(data)


def _signs(change):
    data = load_json("warning_signs.json")
    change(data)
    return signs.load(data)


def _quiz(change):
    data = load_json(QUIZ)
    change(data["questions"][0])
    return quizzes.validate_quiz(data, Path(QUIZ).stem)


def _quiz_numeric(change):
    name = "quizzes/mileage-load-and-injury-risk.json"  # a chapter with a numeric question
    data = load_json(name)
    change(next(q for q in data["questions"] if q["kind"] == "numeric"))
    return quizzes.validate_quiz(data, Path(name).stem)


def _sources(change):
    data = load_json("sources.json")
    change(data)
    return check_json(data, "sources.json")


FIRST_SIGN = load_json("warning_signs.json")["signs"][0]["key"]
FIRST_QUESTION = load_json(QUIZ)["questions"][0]["id"]
BAD = {
    "exercise without an easier version": (
        _exercises,
        lambda e: e.pop("easier"),
        ["exercises.json", "exercise 'bird_dog'", "easier", "missing"],
    ),
    "quiz question that rounds to a fraction of a decimal": (
        _quiz_numeric,
        lambda q: q.update(round_to=1.5),
        ["quizzes/mileage-load-and-injury-risk.json", "question", "round_to", "whole number"],
    ),
    "exercise with a text dose": (
        _exercises,
        lambda e: e["dose"].update(sets="three"),
        ["exercises.json", "exercise 'bird_dog'", "dose.sets", "whole number"],
    ),
    "exercise with five cues": (
        _exercises,
        lambda e: e.update(cues=["a", "b", "c", "d", "e"]),
        ["exercises.json", "exercise 'bird_dog'", "cues", "at most 4"],
    ),
    "exercise with an unknown caution": (
        _exercises,
        lambda e: e["cautions"].append("sore_feet"),
        ["exercises.json", "exercise 'bird_dog'", "unknown cautions", "sore_feet"],
    ),
    "exercise with a pose without contacts": (
        _exercises,
        lambda e: e["demo"]["contacts"].pop("start"),
        ["exercises.json", "exercise 'bird_dog'", "demo.contacts", "every key pose"],
    ),
    "exercise with an unknown easing": (
        _exercises,
        lambda e: e["demo"]["phases"][0].update(ease="bounce"),
        ["exercises.json", "exercise 'bird_dog'", "phase 1", "ease", "'both'"],
    ),
    "exercise with an unknown wording": (
        _exercises,
        lambda e: e["evidence"].update(strength="proven"),
        ["exercises.json", "exercise 'bird_dog'", "evidence.strength", "good evidence shows"],
    ),
    "exercise with an unknown source": (
        _exercises,
        lambda e: e["evidence"].update(sources=["nobody1999"]),
        ["exercises.json", "exercise 'bird_dog'", "nobody1999", "sources.json"],
    ),
    "exercise phase to an unknown pose": (
        _exercises,
        lambda e: e["demo"]["phases"][0].update(to="nowhere"),
        ["exercises.json", "exercise 'bird_dog'", "phase 1", "'to'", "nowhere"],
    ),
    "exercise phase without a cue": (
        _exercises,
        lambda e: e["demo"]["phases"][1].pop("cue"),
        ["exercises.json", "exercise 'bird_dog', phase 2", "cue", "missing"],
    ),
    "exercise pose with an unknown joint": (
        _exercises,
        lambda e: e["demo"]["poses"]["start"].update(tail=10),
        ["exercises.json", "exercise 'bird_dog'", "pose 'start'", "tail"],
    ),
    "exercise dose without an amount": (
        _exercises,
        lambda e: e.update(dose={"sets": 3}),
        ["exercises.json", "exercise 'bird_dog'", "dose", "reps, hold_seconds or minutes"],
    ),
    "claim with a long short label": (
        _myths,
        lambda m: m.update(short="x" * 40),
        ["myths.json", "claim 'running-causes-back-pain'", "short", "longer than 30"],
    ),
    "claim with an unknown category": (
        _myths,
        lambda m: m.update(category="maybe"),
        ["myths.json", "claim 'running-causes-back-pain'", "category", "'myth'"],
    ),
    "region with an unknown strength": (
        _regions,
        lambda r: r.update(strength="strong"),
        ["body_regions.json", "region 'upper'", "strength", "'little evidence'"],
    ),
    "region with no common complaints": (
        _regions,
        lambda r: r.update(common=[]),
        ["body_regions.json", "region 'upper'", "common", "at least 1 entry"],
    ),
    "warning sign without a question mark": (
        _signs,
        lambda d: d["signs"][0].update(question="No question mark"),
        ["warning_signs.json", f"warning sign {FIRST_SIGN!r}", "question", "question mark"],
    ),
    "warning sign in an unknown group": (
        _signs,
        lambda d: d["signs"][0].update(group="nosuchgroup"),
        ["warning_signs.json", f"warning sign {FIRST_SIGN!r}", "group", "nosuchgroup"],
    ),
    "warning sign at an unknown level": (
        _signs,
        lambda d: d["signs"][0].update(level="later"),
        ["warning_signs.json", f"warning sign {FIRST_SIGN!r}", "level", "'emergency'"],
    ),
    "level without an action": (
        _signs,
        lambda d: d["levels"]["urgent"].pop("action"),
        ["warning_signs.json", "level 'urgent'", "action", "missing"],
    ),
    "question with two right options": (
        _quiz,
        lambda q: [o.update(correct=True) for o in q["options"]],
        [QUIZ, f"question {FIRST_QUESTION!r}", "options", "exactly one option"],
    ),
    "question with empty feedback": (
        _quiz,
        lambda q: q["options"][1].update(feedback=" "),
        [QUIZ, f"question {FIRST_QUESTION!r}, option 2", "feedback", "non-empty text"],
    ),
    "question of an unknown kind": (
        _quiz,
        lambda q: q.update(kind="essay"),
        [QUIZ, f"question {FIRST_QUESTION!r}", "kind", "'choice'"],
    ),
    "question with an unknown source": (
        _quiz,
        lambda q: q.update(sources=["nosuchkey2099"]),
        [QUIZ, f"question {FIRST_QUESTION!r}", "nosuchkey2099", "references.bib"],
    ),
    "label that is empty": (
        _sources,
        lambda d: d.update(frandsen2025=""),
        ["sources.json", "label 'frandsen2025'", "short label"],
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_data_names_the_file_the_item_and_the_field(case):
    load, change, words = BAD[case]
    with pytest.raises(DataError) as problem:
        load(change)
    message = str(problem.value)
    for word in words:
        assert word in message, f"{word!r} not in: {message}"
    assert "Traceback" not in message and "{" not in message


def test_every_data_file_has_a_bad_data_case():
    files = {next(w for w in words if w.endswith(".json")) for _, _, words in BAD.values()}
    assert {Path(n).name for n in DATA_FILES if not n.startswith("quizzes/")} <= files
    assert QUIZ in files


def test_a_file_that_is_not_json_says_so(tmp_path, monkeypatch):
    (tmp_path / "myths.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr("widgets.data.DATA_DIR", tmp_path)
    from widgets.data import _load_checked

    _load_checked.cache_clear()
    try:
        with pytest.raises(DataError, match=r"widgets/data/myths.json is not valid JSON"):
            load_json("myths.json")
    finally:
        _load_checked.cache_clear()


@pytest.mark.parametrize("name", [n for n in DATA_FILES if "_about" in load_json(n)])
def test_about_names_the_schema_and_the_module_that_reads_the_file(name):
    about = load_json(name)["_about"]
    schema = schema_path(name).relative_to(ROOT).as_posix()
    assert schema in about
    modules = re.findall(r"widgets/[\w/]+\.py", about)
    assert modules, f"{name}: _about names no module"
    for module in modules:
        assert (ROOT / module).exists(), f"{name}: _about names {module}, which does not exist"
    readers = [m for m in modules if f'"{name}"' in (ROOT / m).read_text(encoding="utf-8")]
    assert readers, f"{name}: no module its _about names reads it"


def test_load_json_gives_a_copy_the_caller_may_change():
    first = load_json("myths.json")
    first["items"].clear()
    assert load_json("myths.json")["items"]


def test_the_evidence_policy_gives_the_one_wording_scale():
    policy = (ROOT / "docs" / "evidence-policy.md").read_text(encoding="utf-8")
    rows = re.findall(r'^\| "([^"]+)" \| ([^|]+) \|$', policy, flags=re.M)
    assert [(phrase, meaning.strip()) for phrase, meaning in rows] == [
        (step.phrase, step.meaning) for step in wording.SCALE
    ]
    assert exercises.WORDING is wording.PHRASES
    assert body_regions.STRENGTHS is wording.SHORT_FORMS


def test_loading_the_data_keeps_jsonschema_s_slow_iri_parser_out_only_while_it_loads():
    """A kernel's start skips a 1.5 s parser no schema uses; anything else still gets it."""
    code = (
        "import sys, widgets.data\n"
        "print('rfc3987_syntax' in sys.modules)\n"
        "import rfc3987_syntax\n"
        "print(rfc3987_syntax.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "rfc3987_syntax"]
