"""Rewrite a chapter's MyST roles for JupyterLab, where no Sphinx resolves them.

In the book, ``{cite:p}`clark2014``` becomes "Clark et al., 2014" with a link to
the references, and ``{term}``, ``{doc}`` and ``{ref}`` become links. JupyterLab
shows the raw key with a warning icon and links to nothing. The class export
therefore rewrites each role as plain Markdown:

* citations as the book's author-year text, and a *References* cell at the end
  of the notebook with every source it cites;
* glossary terms and ``{ref}`` targets as links to the published book (the
  address set once in ``_config.yml``);
* ``{doc}`` links to another chapter of the same export as a link to that
  notebook, and to any other page as a link to the published book.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from widgets.classroom.references import cite_parenthetical, cite_textual, reference_list
from widgets.data.published import book_url, page_url

REPO = Path(__file__).resolve().parents[2]
_ROLE = re.compile(r"\{(cite:p|cite:t|cite|term|doc|ref)\}`([^`]*)`")
_EXPLICIT = re.compile(r"^(.*?)\s*<([^<>]+)>$", flags=re.S)
_LABEL = re.compile(r"^\(([A-Za-z0-9_-]+)\)=\s*$", flags=re.M)
_TITLE = re.compile(r"^#\s+(.+?)\s*$", flags=re.M)
REFERENCES_HEADING = "## References"


def term_anchor(term: str) -> str:
    """Give the element id Sphinx writes for a glossary term.

    Parameters
    ----------
    term : str
        The term as the glossary spells it, such as "Acute:chronic workload ratio".

    Returns
    -------
    str
        For example ``term-Acute-chronic-workload-ratio``.
    """
    return "term-" + re.sub(r"[^A-Za-z0-9]+", "-", term).strip("-")


def _markdown_sources(repo: Path) -> dict[str, str]:
    """Every page's Markdown text by docname: the book pages and the chapters' Markdown cells."""
    import nbformat

    pages = {
        f"book/{p.stem}": p.read_text(encoding="utf-8")
        for p in sorted((repo / "book").glob("*.md"))
    }
    for path in sorted((repo / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        pages[f"notebooks/{path.stem}"] = "\n\n".join(
            c.source for c in notebook.cells if c.cell_type == "markdown"
        )
    return pages


@dataclass(frozen=True)
class BookIndex:
    """What a role can point at: glossary terms, labels and page titles, by name."""

    terms: dict[str, str] = field(default_factory=dict)  # lower-case term -> glossary spelling
    labels: dict[str, str] = field(default_factory=dict)  # label -> docname
    titles: dict[str, str] = field(default_factory=dict)  # docname -> title


@lru_cache(maxsize=2)
def book_index(repo: Path = REPO) -> BookIndex:
    """Index the book's glossary terms, ``(label)=`` targets and page titles.

    Parameters
    ----------
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    BookIndex
        Terms, labels and titles found in ``book/*.md`` and the chapter notebooks.
    """
    pages = _markdown_sources(repo)
    glossary = pages.get("book/glossary", "")
    block = re.search(r"```\{glossary\}\n(.*?)\n```", glossary, flags=re.S)
    terms = {}
    for line in (block.group(1) if block else "").splitlines():
        if line.strip() and not line.startswith((" ", "\t")):
            terms[line.strip().lower()] = line.strip()
    labels = {label: doc for doc, text in pages.items() for label in _LABEL.findall(text)}
    titles = {}
    for doc, text in pages.items():
        match = _TITLE.search(text)
        titles[doc] = match.group(1) if match else doc
    return BookIndex(terms, labels, titles)


def _split(content: str) -> tuple[str, str]:
    """'text <target>' gives (text, target); 'target' alone gives ('', target)."""
    match = _EXPLICIT.match(content.strip())
    return (match.group(1).strip(), match.group(2).strip()) if match else ("", content.strip())


class ChapterText:
    """Rewrite the Markdown of one chapter for an export that holds ``exported`` chapters.

    Parameters
    ----------
    docname : str
        The chapter's docname, such as ``"notebooks/mileage-load-and-injury-risk"``.
    exported : Iterable[str]
        The stems of the notebooks in the same export; links to them stay local.
    repo : pathlib.Path
        The repository's root folder.
    """

    def __init__(self, docname: str, exported=(), repo: Path = REPO):
        self.docname = docname
        self.exported = set(exported)
        self.index = book_index(repo)
        self.cited: list[str] = []

    def _target_doc(self, target: str) -> str:
        if target.startswith("/"):
            return target.lstrip("/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.docname), target))

    def _replace(self, match: re.Match) -> str:
        role, content = match.groups()
        if role.startswith("cite"):
            keys = [k.strip() for k in content.split(",") if k.strip()]
            self.cited.extend(keys)
            return cite_textual(keys) if role == "cite:t" else cite_parenthetical(keys)
        text, target = _split(content)
        if role == "term":
            spelling = self.index.terms.get(target.lower())
            if spelling is None:
                raise ValueError(f"{self.docname}: no glossary term {target!r}")
            return f"[{text or target}]({page_url('book/glossary', term_anchor(spelling))})"
        if role == "ref":
            doc = self.index.labels.get(target)
            if doc is None:
                raise ValueError(f"{self.docname}: no label {target!r} in the book")
            return f"[{text or self.index.titles.get(doc, target)}]({page_url(doc, target)})"
        doc = self._target_doc(target)
        title = text or self.index.titles.get(doc, Path(doc).name)
        stem = Path(doc).name
        if doc.startswith("notebooks/") and stem in self.exported:
            return f"[{title}]({stem}.ipynb)"
        return f"[{title}]({page_url(doc)})"

    def markdown(self, source: str) -> str:
        """Rewrite one Markdown cell's roles; the sources it cites are remembered.

        Parameters
        ----------
        source : str
            The cell's MyST Markdown.

        Returns
        -------
        str
            The same text with every role written as plain Markdown.
        """
        return _ROLE.sub(self._replace, source)

    def reference_lines(self, heading: bool = True) -> list[str]:
        """Write the chapter's reference list as Markdown lines.

        Parameters
        ----------
        heading : bool
            Start with a *References* heading (False when the chapter has one).

        Returns
        -------
        list of str
            The heading (if asked for), a lead-in and one bullet per cited source.
        """
        lines = [REFERENCES_HEADING, ""] if heading else []
        lines += [f"The sources this chapter cites (the online book: <{book_url()}>):", ""]
        return lines + [f"- {entry}" for entry in reference_list(self.cited)]


def rewrite_notebook(notebook, docname: str, exported=(), repo: Path = REPO):
    """Rewrite every Markdown cell's roles and add the reference list at the end.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        The chapter, already without the cells the edition leaves out; changed in place.
    docname : str
        The chapter's docname, such as ``"notebooks/preventing-back-pain"``.
    exported : Iterable[str]
        The stems of the notebooks in the same export.
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    list of str
        The bibliography keys the chapter cites, in order of first citation.
    """
    import nbformat

    text = ChapterText(docname, exported, repo)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = text.markdown(cell.source)
    if text.cited:
        heading = not any(
            REFERENCES_HEADING in c.source.splitlines()
            for c in notebook.cells
            if c.cell_type == "markdown"
        )
        cell = nbformat.v4.new_markdown_cell("\n".join(text.reference_lines(heading)))
        cell.id = "course-references"
        notebook.cells.append(cell)
    return list(dict.fromkeys(text.cited))
