"""The course's pages as the tests read them: book pages, chapter markdown, citations, terms.

Bibliography keys come from ``widgets.bibliography``, the one parser of
``book/references.bib``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from widgets.bibliography import bib_keys

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted(
    p for p in (REPO / "notebooks").glob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
)
CITE = re.compile(r"\{cite(?::[pt])?\}`([^`]+)`")
TERM = re.compile(r"\{term\}`([^`]+)`")

__all__ = [
    "CITE",
    "NOTEBOOKS",
    "REPO",
    "bib_keys",
    "cited_keys",
    "glossary_terms",
    "markdown_of",
    "page_markdowns",
    "term_targets",
]


def markdown_of(path: Path) -> str:
    """A notebook's markdown cells, joined by blank lines."""
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


def glossary_terms() -> set[str]:
    """The glossary's entries, lower case."""
    text = (REPO / "book" / "glossary.md").read_text(encoding="utf-8")
    body = text.split("```{glossary}", 1)[1].rsplit("```", 1)[0]
    return {line.strip().lower() for line in body.splitlines() if line and not line[0].isspace()}


def cited_keys(markdown: str) -> list[str]:
    """Every key cited with ``{cite}``, ``{cite:p}`` or ``{cite:t}``, in order."""
    return [key.strip() for group in CITE.findall(markdown) for key in group.split(",")]


def term_targets(markdown: str) -> list[str]:
    """The glossary entry each {term} points to: `text <target>` or the text itself."""
    targets = []
    for role in TERM.findall(markdown):
        match = re.search(r"<([^>]+)>\s*$", role)
        targets.append((match.group(1) if match else role).strip().lower())
    return targets
