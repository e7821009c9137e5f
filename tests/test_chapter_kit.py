"""Every chapter carries what the instructor kit needs: time, prerequisites, a quiz, exercises.

A time line (minutes to read and to work) and a prerequisites line, a
self-check cell ``self_check("<stem>")`` whose quiz file has at least three
valid questions, and at least two numbered exercises, each with a
``{solution}`` in a markdown cell of its own (so the student export can
remove it by tag).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.pages import NOTEBOOKS

MIN_EXERCISES = 2
FENCE = r"(?:```+|:::+)"
SOLUTION = re.compile(rf"^{FENCE}\{{solution\}}\s+(\S+)", flags=re.M)
TIME = re.compile(r"\bTime:?\**:?[^\n]*?\d+\s+minutes to read\b[^\n]*?\d+\s+minutes", flags=re.I)
PREREQUISITES = re.compile(r"\*{1,2}(?:Read first|Prerequisites?):?\*{1,2}", flags=re.I)
SOLUTION_TAG = "solution"


def cells_of(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def exercise_labels(markdown: str) -> list[str]:
    """Labels of the {exercise} blocks, in order."""
    return [
        m.group(1)
        for m in re.finditer(
            rf"^{FENCE}\{{exercise\}}[^\n]*\n((?::[^\n]*\n)*)", markdown, flags=re.M
        )
        for m in [re.search(r"^:label:\s*(\S+)", m.group(1), flags=re.M)]
        if m
    ]


def kit_problems(path: Path) -> list[str]:
    """What the instructor kit needs from a chapter and it lacks, in words."""
    from widgets.model.quizzes import load_quiz

    cells = cells_of(path)
    markdown = "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    problems = []
    if not TIME.search(markdown):
        problems.append("no time line ('Time: about N minutes to read and N minutes ...')")
    if not PREREQUISITES.search(markdown):
        problems.append("no prerequisites line ('**Read first:**' or '**Prerequisites:**')")
    stem = path.stem
    calls = [
        c
        for c in cells
        if c["cell_type"] == "code"
        and re.search(rf"self_check\(\s*[\"']{re.escape(stem)}[\"']\s*\)", "".join(c["source"]))
    ]
    if not calls:
        problems.append(f'no self_check("{stem}") cell')
    try:
        load_quiz(stem)
    except ValueError as problem:
        problems.append(str(problem))
    labels = exercise_labels(markdown)
    if len(labels) < MIN_EXERCISES:
        problems.append(f"{len(labels)} exercises with a :label: (need {MIN_EXERCISES})")
    solved = []
    for cell in cells:
        source = "".join(cell["source"])
        found = SOLUTION.findall(source)
        if not found:
            continue
        solved += found
        if (
            cell["cell_type"] != "markdown"
            or len(found) > 1
            or not source.lstrip().startswith(("```{solution}", "````{solution}", ":::{solution}"))
        ):
            problems.append(f"solution {found[0]} is not alone in its own markdown cell")
        elif SOLUTION_TAG not in cell.get("metadata", {}).get("tags", []):
            problems.append(f"solution {found[0]}'s cell is not tagged {SOLUTION_TAG!r}")
    for label in labels:
        if label not in solved:
            problems.append(f"exercise {label} has no {{solution}}")
    return problems


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_chapter_has_time_prerequisites_self_check_and_exercises(path):
    assert kit_problems(path) == [], path.name


# The checks themselves must be able to fail.

KIT_CELLS = [
    {
        "cell_type": "markdown",
        "metadata": {},
        "source": [
            "*Time:* about 20 minutes to read and 10 minutes for the activities.\n",
            "*Read first:* {doc}`intro`.",
        ],
    },
    {
        "cell_type": "code",
        "metadata": {"tags": ["hide-input"]},
        "outputs": [],
        "execution_count": None,
        "source": ["from widgets import self_check\n\n", 'self_check("STEM")'],
    },
    {
        "cell_type": "markdown",
        "metadata": {},
        "source": ["```{exercise}\n:label: STEM-ex1\n\nDo one thing.\n```"],
    },
    {
        "cell_type": "markdown",
        "metadata": {"tags": ["solution"]},
        "source": ["```{solution} STEM-ex1\n:class: dropdown\n\nDone.\n```"],
    },
    {
        "cell_type": "markdown",
        "metadata": {},
        "source": ["```{exercise}\n:label: STEM-ex2\n\nDo another.\n```"],
    },
    {
        "cell_type": "markdown",
        "metadata": {"tags": ["solution"]},
        "source": ["```{solution} STEM-ex2\n:class: dropdown\n\nDone too.\n```"],
    },
]


def _kit_notebook(tmp_path, stem, cells):
    text = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    path = tmp_path / f"{stem}.ipynb"
    path.write_text(text.replace("STEM", stem), encoding="utf-8")
    return path


def test_a_complete_kit_passes(tmp_path):
    from widgets.model.quizzes import quiz_stems

    assert kit_problems(_kit_notebook(tmp_path, quiz_stems()[0], KIT_CELLS)) == []


@pytest.mark.parametrize(
    "drop, problem",
    [
        (0, "no time line"),
        (1, "self_check"),
        (4, "1 exercises with a :label: (need 2)"),
        (5, "has no {solution}"),
    ],
)
def test_a_chapter_missing_a_kit_part_fails(tmp_path, drop, problem):
    from widgets.model.quizzes import quiz_stems

    cells = [c for i, c in enumerate(KIT_CELLS) if i != drop]
    problems = kit_problems(_kit_notebook(tmp_path, quiz_stems()[0], cells))
    assert any(problem in p for p in problems), problems


def test_a_solution_must_be_tagged_and_alone(tmp_path):
    from widgets.model.quizzes import quiz_stems

    untagged = json.loads(json.dumps(KIT_CELLS))
    untagged[3]["metadata"] = {}
    assert any(
        "not tagged" in p for p in kit_problems(_kit_notebook(tmp_path, quiz_stems()[0], untagged))
    )
    merged = json.loads(json.dumps(KIT_CELLS))
    merged[2]["source"] += ["\n\n"] + merged[3]["source"]
    del merged[3]
    assert any(
        "not alone" in p for p in kit_problems(_kit_notebook(tmp_path, quiz_stems()[0], merged))
    )


def test_a_chapter_without_a_quiz_file_fails(tmp_path):
    problems = kit_problems(_kit_notebook(tmp_path, "no-such-chapter", KIT_CELLS))
    assert any("no self-check questions" in p for p in problems)
