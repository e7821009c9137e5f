"""Export chapters for a class: student notebooks without solutions, and instructor ones.

    python -m widgets.assign CHAPTER --out DIR

CHAPTER is a chapter number (its place in the book's Chapters part, from 1),
a notebook name (``mileage-load-and-injury-risk``, with or without
``.ipynb``) or ``all``. It writes

* ``DIR/student/``: the notebooks with every cell tagged ``solution`` removed
  (nbconvert's ``TagRemovePreprocessor``) and all outputs cleared;
* ``DIR/instructor/``: the notebooks with their solutions, outputs cleared;
* ``DIR/student.zip`` and ``DIR/instructor.zip``, ready to upload to a
  learning-management system.

A ``{solution}`` block must sit alone in a markdown cell. Such cells are
tagged ``solution`` before export even if the author forgot the tag, so a
solution can never reach students by mistake.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

import nbformat
from nbconvert.exporters import NotebookExporter
from nbconvert.preprocessors import ClearOutputPreprocessor, TagRemovePreprocessor
from traitlets.config import Config

REPO = Path(__file__).resolve().parents[1]
SOLUTION_TAG = "solution"
_SOLUTION_START = re.compile(r"^\s*(?:```+|:::+)\{solution\}")


class ChapterError(ValueError):
    """A chapter that does not exist, said in one line."""


def chapter_notebooks(repo: Path = REPO) -> list[Path]:
    """List the chapter notebooks in the order of the book's table of contents.

    Parameters
    ----------
    repo : pathlib.Path
        The repository's root folder, which holds ``_toc.yml``.

    Returns
    -------
    list of pathlib.Path
        The notebooks listed in ``_toc.yml`` that exist.
    """
    from widgets.bookext.toc import toc_docnames

    notebooks = []
    for name in toc_docnames(repo / "_toc.yml"):
        path = repo / f"{name}.ipynb"
        if path.exists():
            notebooks.append(path)
    return notebooks


def resolve(chapter: str, repo: Path = REPO) -> list[Path]:
    """Find the notebooks a chapter argument names.

    Parameters
    ----------
    chapter : str
        A chapter number (from 1, in the book's order), a notebook name with or
        without ``.ipynb``, or ``all``.
    repo : pathlib.Path
        The repository's root folder, which holds ``_toc.yml``.

    Returns
    -------
    list of pathlib.Path
        The chosen notebooks, in the book's order.

    Raises
    ------
    ChapterError
        If no chapter matches, with the choices there are.
    """
    notebooks = chapter_notebooks(repo)
    if not notebooks:
        raise ChapterError(f"no chapter notebooks listed in {repo / '_toc.yml'}")
    text = str(chapter).strip()
    if text.lower() == "all":
        return notebooks
    if text.isdigit():
        number = int(text)
        if 1 <= number <= len(notebooks):
            return [notebooks[number - 1]]
    else:
        stem = Path(text).name.removesuffix(".ipynb")
        for path in notebooks:
            if path.stem == stem:
                return [path]
    names = ", ".join(p.stem for p in notebooks)
    raise ChapterError(
        f"unknown chapter {text!r}: give a number from 1 to {len(notebooks)}, "
        f"a notebook name ({names}) or 'all'"
    )


def tag_solutions(notebook) -> int:
    """Tag every markdown cell that starts a ``{solution}`` block.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        The notebook; its cells' tags are changed in place.

    Returns
    -------
    int
        How many solution cells there are.
    """
    count = 0
    for cell in notebook.cells:
        if cell.cell_type == "markdown" and _SOLUTION_START.match(cell.source):
            tags = cell.metadata.setdefault("tags", [])
            if SOLUTION_TAG not in tags:
                tags.append(SOLUTION_TAG)
            count += 1
    return count


def _exporter(student: bool) -> NotebookExporter:
    config = Config()
    config.TagRemovePreprocessor.enabled = student
    config.TagRemovePreprocessor.remove_cell_tags = {SOLUTION_TAG} if student else set()
    config.ClearOutputPreprocessor.enabled = True
    # Both preprocessors are among the exporter's defaults; the config switches them on.
    exporter = NotebookExporter(config=config)
    names = {type(p).__name__ for p in exporter._preprocessors if getattr(p, "enabled", False)}
    assert {ClearOutputPreprocessor.__name__} <= names
    assert (TagRemovePreprocessor.__name__ in names) == student
    return exporter


def export_notebook(path: Path, out_dir: Path, student: bool) -> Path:
    """Write one notebook's student or instructor version.

    Parameters
    ----------
    path : pathlib.Path
        The chapter notebook to export.
    out_dir : pathlib.Path
        The folder to write into; it is created.
    student : bool
        True removes the solution cells; outputs are cleared either way.

    Returns
    -------
    pathlib.Path
        The notebook written.
    """
    notebook = nbformat.read(path, as_version=4)
    tag_solutions(notebook)
    body, _ = _exporter(student).from_notebook_node(notebook)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / path.name
    target.write_text(body, encoding="utf-8")
    return target


def _zip(folder: Path) -> Path:
    archive = folder.with_suffix(".zip")
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                bundle.write(path, Path(folder.name) / path.relative_to(folder))
    return archive


def assign(chapter: str, out: Path, repo: Path = REPO) -> dict[str, list[Path]]:
    """Export a chapter's student and instructor notebooks, with a zip of each.

    Parameters
    ----------
    chapter : str
        A chapter number, a notebook name or ``all`` (see :func:`resolve`).
    out : pathlib.Path
        The folder to write ``student/``, ``instructor/`` and their zips into.
    repo : pathlib.Path
        The repository's root folder, which holds ``_toc.yml``.

    Returns
    -------
    dict[str, list of pathlib.Path]
        The files written for each edition, its zip last.
    """
    notebooks = resolve(chapter, repo)
    written: dict[str, list[Path]] = {}
    for edition in ("student", "instructor"):
        folder = Path(out) / edition
        files = [export_notebook(p, folder, student=edition == "student") for p in notebooks]
        written[edition] = files + [_zip(folder)]
    return written


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv : list of str or None
        The arguments after the program's name; ``None`` reads ``sys.argv``.

    Returns
    -------
    int
        The exit status: 0 when every file was written.
    """
    parser = argparse.ArgumentParser(
        prog="python -m widgets.assign",
        description="Write student notebooks (no solutions, no outputs) and instructor "
        "notebooks (with solutions) for one chapter or all, with a zip of each.",
    )
    parser.add_argument("chapter", help="a chapter number, a notebook name, or 'all'")
    parser.add_argument("--out", required=True, type=Path, help="the folder to write into")
    args = parser.parse_args(argv)
    try:
        written = assign(args.chapter, args.out)
    except ChapterError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    for edition, files in written.items():
        print(f"{edition}: " + ", ".join(str(f) for f in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
