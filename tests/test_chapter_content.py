"""Every chapter notebook keeps the course skeleton and cites only real sources.

Applies to every notebook in ``notebooks/``, so new chapters are held to it too:
learning objectives, a Key points box, a summary, at least one citation; every
cited key exists in ``book/references.bib`` and every ``{term}`` in the glossary.

The instructor kit adds: a time line (minutes to read and to work) and a
prerequisites line, a self-check cell ``self_check("<stem>")`` whose quiz file
has at least three valid questions, and at least two numbered exercises, each
with a ``{solution}`` in a markdown cell of its own (so the student export can
remove it by tag).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(
    p for p in (REPO / "notebooks").glob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
)
CITE = re.compile(r"\{cite(?::[pt])?\}`([^`]+)`")
TERM = re.compile(r"\{term\}`([^`]+)`")


def markdown_of(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def page_markdowns() -> dict[str, str]:
    """Every book page's source and every chapter's markdown cells, by path in the repository."""
    pages = {
        str(p.relative_to(REPO)): p.read_text(encoding="utf-8")
        for p in sorted((REPO / "book").glob("*.md"))
    }
    pages.update({str(p.relative_to(REPO)): markdown_of(p) for p in NOTEBOOKS})
    return pages


def bib_keys() -> set[str]:
    text = (REPO / "book" / "references.bib").read_text(encoding="utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", text, flags=re.M))


def glossary_terms() -> set[str]:
    text = (REPO / "book" / "glossary.md").read_text(encoding="utf-8")
    body = text.split("```{glossary}", 1)[1].rsplit("```", 1)[0]
    return {line.strip().lower() for line in body.splitlines() if line and not line[0].isspace()}


def cited_keys(markdown: str) -> list[str]:
    return [key.strip() for group in CITE.findall(markdown) for key in group.split(",")]


def term_targets(markdown: str) -> list[str]:
    """The glossary entry each {term} points to: `text <target>` or the text itself."""
    targets = []
    for role in TERM.findall(markdown):
        match = re.search(r"<([^>]+)>\s*$", role)
        targets.append((match.group(1) if match else role).strip().lower())
    return targets


def skeleton_problems(markdown: str) -> list[str]:
    """What the chapter skeleton (STYLE.md) is missing, in words."""
    problems = []
    objectives = re.search(
        r"^##\s+Learning objectives\s*\n(.*?)(?=^##\s|^```|\Z)", markdown, flags=re.M | re.S
    )
    if not objectives:
        problems.append("no 'Learning objectives' section")
    else:
        bullets = re.findall(r"^\s*[-*]\s+\S", objectives.group(1), flags=re.M)
        if not 3 <= len(bullets) <= 5:
            problems.append(f"{len(bullets)} learning objectives (need 3 to 5)")
    if not re.search(r"```\{admonition\}\s+Key points", markdown):
        problems.append("no Key points admonition")
    if not re.search(r"^##\s+Summary\s*$", markdown, flags=re.M):
        problems.append("no Summary section")
    if not cited_keys(markdown):
        problems.append("no citations")
    return problems


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


def test_there_are_chapters_to_check():
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_chapter_has_objectives_key_points_summary_and_citations(path):
    assert skeleton_problems(markdown_of(path)) == [], path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_cited_key_is_in_the_bibliography(path):
    missing = sorted(set(cited_keys(markdown_of(path))) - bib_keys())
    assert missing == [], f"{path.name} cites keys missing from book/references.bib: {missing}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_term_is_in_the_glossary(path):
    missing = sorted(set(term_targets(markdown_of(path))) - glossary_terms())
    assert missing == [], f"{path.name} uses terms missing from book/glossary.md: {missing}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_chapter_has_time_prerequisites_self_check_and_exercises(path):
    assert kit_problems(path) == [], path.name


# The checks themselves must be able to fail.

GOOD = """# A chapter

## Learning objectives

In this chapter you will:

- **learn** one thing;
- **do** another;
- **check** a third.

```{admonition} Key points
- Running is fine {cite:p}`maselli2020`.
```

## Summary

Done.
"""


def test_a_complete_chapter_passes():
    assert skeleton_problems(GOOD) == []


@pytest.mark.parametrize(
    "remove, problem",
    [
        ("## Learning objectives", "no 'Learning objectives' section"),
        ("```{admonition} Key points", "no Key points admonition"),
        ("## Summary", "no Summary section"),
        ("{cite:p}`maselli2020`", "no citations"),
        ("- **check** a third.\n", "2 learning objectives (need 3 to 5)"),
    ],
)
def test_a_chapter_missing_a_part_fails(remove, problem):
    assert problem in skeleton_problems(GOOD.replace(remove, ""))


def test_citation_and_term_parsing():
    text = (
        "See {cite:p}`a2020,b2021` and {cite:t}`c2019` and {cite}`d2018`. "
        "A {term}`disc <Intervertebral disc>` and a {term}`Sciatica`."
    )
    assert cited_keys(text) == ["a2020", "b2021", "c2019", "d2018"]
    assert term_targets(text) == ["intervertebral disc", "sciatica"]
    assert "nosuchkey2099" not in bib_keys()
    assert "sciatica" in glossary_terms() and "nosuchterm" not in glossary_terms()


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


SAFETY_NOTE = "If your back pain comes with any warning sign, read {ref}`Get help now <course-red-flags>` first, or use the {ref}`warning-signs checker <self-care-checker>`."


def safety_note_problem(cells: list[dict]) -> str | None:
    """The one-line safety note must sit in the title cell, before anything else."""
    title = "".join(cells[0]["source"]) if cells else ""
    if not title.startswith("# "):
        return "the first cell is not the title"
    if SAFETY_NOTE not in re.sub(r"\s+", " ", title):
        return "no safety note linking Get help now in the title cell"
    return None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_chapter_opens_with_the_safety_note(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert safety_note_problem(cells) is None, path.name


def test_a_chapter_without_the_safety_note_fails():
    cell = {"source": ["# Title\n", "\n", "Why it matters."]}
    assert safety_note_problem([cell]) == "no safety note linking Get help now in the title cell"
    cell["source"].append("\n\n" + SAFETY_NOTE)
    assert safety_note_problem([cell]) is None
