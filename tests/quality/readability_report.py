"""Reading level of each page's prose: SMOG grade and Flesch reading ease.

The house style asks for body text at SMOG 10–12; the tests fail above
``SMOG_LIMIT``. Only prose is scored: front matter, code, tables, citations,
URLs, headings, labels and MyST syntax are removed first, and each paragraph
or list item counts as (at least) one sentence.

Run it for a report:  .venv/bin/python tests/quality/readability_report.py
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import textstat
from textstat.backend.counts import _count_syllables

from widgets.bookext.toc import toc_docnames

# textstat looks English words up in NLTK's CMU dictionary, which it downloads
# on first use. Tests run offline, so count syllables with pyphen's hyphenation
# (textstat's own fallback) instead: the same score on every machine.
_count_syllables.get_cmudict = lambda lang: None

REPO = Path(__file__).resolve().parents[2]
SMOG_LIMIT = 14.0
SMOG_AIM = (10.0, 12.0)
# textstat needs 3 sentences for SMOG; fewer than this many is reported, not judged.
MIN_SENTENCES = 3

# Directives whose body is not prose (the body of any other directive is kept).
NON_PROSE_DIRECTIVES = {
    "code-cell",
    "code",
    "code-block",
    "sourcecode",
    "literalinclude",
    "bibliography",
    "tableofcontents",
    "toctree",
    "list-table",
    "table",
    "csv-table",
    "math",
    "raw",
    "eval-rst",
    "mermaid",
    "image",
    "include",
    "glue:figure",
    "glue:math",
}


@dataclass
class Score:
    docname: str
    path: Path
    sentences: int
    words: int
    smog: float | None
    flesch: float | None

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def judged(self) -> bool:
        return self.smog is not None

    @property
    def verdict(self) -> str:
        if self.smog is None:
            return "too short to score"
        if self.smog > SMOG_LIMIT:
            return f"FAIL: above {SMOG_LIMIT:g}"
        if self.smog > SMOG_AIM[1]:
            return f"above the {SMOG_AIM[0]:g}-{SMOG_AIM[1]:g} aim"
        return "ok"


def page_sources() -> dict[str, Path]:
    """Every page in ``_toc.yml`` and every chapter notebook, by docname."""
    names = toc_docnames(REPO / "_toc.yml")
    sources: dict[str, Path] = {}
    for name in names:
        stem = str(Path(name).with_suffix(""))
        for suffix in (".md", ".ipynb"):
            if (REPO / (stem + suffix)).exists():
                sources[stem] = REPO / (stem + suffix)
                break
    for notebook in sorted((REPO / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" not in notebook.parts:
            sources.setdefault(str(notebook.relative_to(REPO).with_suffix("")), notebook)
    return sources


def markdown_of(path: Path) -> str:
    """The Markdown of a page: a .md file, or a notebook's markdown cells."""
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text())["cells"]
        return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return path.read_text()


_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,}|:{3,})\s*(\{([^}]*)\})?\s*(.*)$")
_OPTION = re.compile(r"^\s*:[\w-]+:(\s|$)")
_ROLE_DROP = re.compile(r"\{(cite(:\w+)?|footcite(:\w+)?|numref|eq|math|glue(:\w+)?)\}`[^`]*`")
_ROLE_DOC = re.compile(r"\{doc\}`([^`<]*)`")
_ROLE_KEEP = re.compile(r"\{[\w:+-]+\}`([^`<]*?)(\s*<[^`]*>)?`")
_DECIMAL = re.compile(r"(\d)\.(\d)")
_ABBREVIATIONS = {
    "e.g.": "for example",
    "i.e.": "that is",
    "et al.": "and others",
    "vs.": "versus",
    "etc.": "and so on",
    "Dr.": "Doctor",
    "approx.": "about",
}
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"(https?://|www\.)\S+")
_INLINE_CODE = re.compile(r"`[^`]*`")
_HTML_TAG = re.compile(r"<[^>]+>")
_SUBSTITUTION = re.compile(r"\{\{[^}]*\}\}")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]*\]")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
_LIST_MARK = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
_DEFINITION_MARK = re.compile(r"^:\s+")


def _strip_blocks(markdown: str) -> list[str]:
    """Lines of prose: fenced code, non-prose directives, tables, headings and labels removed."""
    lines = markdown.splitlines()
    if lines and lines[0].strip() == "---":  # front matter
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
        lines = lines[end + 1 :]
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (closing fence, keep body)
    for line in lines:
        fence = _FENCE.match(line)
        if stack:
            closing, keep = stack[-1]
            if (
                fence
                and fence.group(2)[0] == closing[0]
                and len(fence.group(2)) >= len(closing)
                and not fence.group(3)
                and not fence.group(5).strip()
            ):
                stack.pop()
                out.append("")
                continue
            if not keep:
                if fence and fence.group(3):  # nested directive inside a dropped one
                    stack.append((fence.group(2), False))
                continue
            if fence and (fence.group(3) or fence.group(2)[0] != ":"):
                name = (fence.group(4) or "").strip()
                stack.append((fence.group(2), bool(name) and name not in NON_PROSE_DIRECTIVES))
                out.append("")
                continue
            if _OPTION.match(line):
                continue
            out.append(line)
            continue
        if fence:
            name = (fence.group(4) or "").strip()
            keep = bool(name) and name not in NON_PROSE_DIRECTIVES
            stack.append((fence.group(2), keep))
            out.append("")
            continue
        out.append(line)
    prose = []
    for line in out:
        stripped = line.strip()
        if stripped.startswith(("|", "#", "%", "<!--")) or re.fullmatch(r"\([^)]*\)=", stripped):
            prose.append("")  # tables, headings, comments and labels
        elif stripped.startswith(">"):
            prose.append(stripped.lstrip("> "))
        else:
            prose.append(line)
    return prose


def _clean_inline(text: str) -> str:
    text = _ROLE_DROP.sub("", text)
    # {doc}`../book/start-here` shows the page's title: use its file name in words.
    text = _ROLE_DOC.sub(lambda m: Path(m.group(1).strip()).name.replace("-", " "), text)
    text = _ROLE_KEEP.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _URL.sub("", text)
    text = _INLINE_CODE.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _SUBSTITUTION.sub("", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    text = re.sub(r"\(\s*[;,]?\s*\)", "", text)  # brackets emptied by removed citations
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    # textstat ends a sentence at every full stop, so keep the stops inside
    # numbers (1.52) and common abbreviations from splitting one sentence into three.
    text = _DECIMAL.sub(r"\1,\2", text)
    for abbreviation, words in _ABBREVIATIONS.items():
        text = text.replace(abbreviation, words)
    return re.sub(r"\s+", " ", text).strip()


def prose_of(markdown: str) -> str:
    """The page's prose: one paragraph or list item per line, each ending a sentence."""
    blocks: list[str] = []
    current: list[str] = []

    def flush():
        if current:
            text = _clean_inline(" ".join(current))
            if re.search(r"[A-Za-z]", text) and not re.fullmatch(r"\w+:\W*", text):
                if not re.search(r"[.!?:;]['\")\]]*$", text):
                    text += "."
                blocks.append(text)
            current.clear()

    in_item = previous_indented = False
    for line in _strip_blocks(markdown):
        if not line.strip():
            flush()
            in_item = previous_indented = False
            continue
        indented = line.startswith((" ", "\t"))
        if _LIST_MARK.match(line) or _DEFINITION_MARK.match(line):
            flush()
            line = _DEFINITION_MARK.sub("", _LIST_MARK.sub("", line))
            in_item = True
        elif indented and len(current) == 1 and not in_item and not previous_indented:
            flush()  # a glossary term ends where its indented definition starts
        previous_indented = indented
        current.append(line.strip())
    flush()
    return "\n".join(blocks)


def score_page(docname: str, path: Path) -> Score:
    prose = prose_of(markdown_of(path))
    sentences = textstat.sentence_count(prose) if prose else 0
    words = textstat.lexicon_count(prose) if prose else 0
    if sentences < MIN_SENTENCES:
        return Score(docname, path, sentences, words, None, None)
    return Score(
        docname,
        path,
        sentences,
        words,
        float(textstat.smog_index(prose)),
        float(textstat.flesch_reading_ease(prose)),
    )


def score_all() -> list[Score]:
    return [score_page(name, path) for name, path in page_sources().items()]


def report(scores: list[Score]) -> str:
    width = max([len(s.docname) for s in scores] + [4])
    lines = [
        f"Reading level of each page's prose (aim SMOG {SMOG_AIM[0]:g}-{SMOG_AIM[1]:g}; "
        f"tests fail above {SMOG_LIMIT:g}; Flesch: higher is easier, 60-70 is plain English)",
        f"{'page':<{width}}  {'SMOG':>5}  {'Flesch':>6}  {'sentences':>9}  {'words':>6}  "
        f"{'words/sentence':>14}  verdict",
    ]
    for s in scores:
        smog = f"{s.smog:5.1f}" if s.smog is not None else "    -"
        flesch = f"{s.flesch:6.1f}" if s.flesch is not None else "     -"
        lines.append(
            f"{s.docname:<{width}}  {smog}  {flesch}  {s.sentences:>9}  {s.words:>6}  "
            f"{s.words_per_sentence:>14.1f}  {s.verdict}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    scores = score_all()
    if "--prose" in argv:
        for s in scores:
            print(f"===== {s.docname}\n{prose_of(markdown_of(s.path))}\n")
    print(report(scores))
    return 1 if any(s.smog is not None and s.smog > SMOG_LIMIT for s in scores) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
