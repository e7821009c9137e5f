"""Every chapter notebook keeps the course skeleton and cites only real sources.

Applies to every notebook in ``notebooks/``, so new chapters are held to it too:
learning objectives, a Key points box, a summary, at least one citation; every
cited key exists in ``book/references.bib`` and every ``{term}`` in the glossary;
and the title cell carries the safety note. What the instructor kit needs from
a chapter is in ``test_chapter_kit.py``.
"""

from __future__ import annotations

import json
import re

import pytest
from helpers.pages import (
    NOTEBOOKS,
    bib_keys,
    cited_keys,
    glossary_terms,
    markdown_of,
    term_targets,
)


def skeleton_problems(markdown: str) -> list[str]:
    """What the chapter skeleton (docs/style-guide.md) is missing, in words."""
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
