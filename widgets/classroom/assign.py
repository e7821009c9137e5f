"""Export chapters for a class: student and instructor folders that run on their own.

    python -m widgets.classroom.assign CHAPTER [CHAPTER ...] --out DIR

A CHAPTER is a chapter number (its place in the book's Chapters part, from 1),
a notebook name (``mileage-load-and-injury-risk``, with or without
``.ipynb``) or ``all``; give several in one call (``1 3 8``). It writes

* ``DIR/student/``: the notebooks with every cell tagged ``solution`` removed
  (nbconvert's ``TagRemovePreprocessor``) and all outputs cleared;
* ``DIR/instructor/``: the notebooks with their solutions, outputs cleared;
* beside the notebooks of each: the course package as a wheel, the learner's
  ``requirements.txt``, the sample training log, ``start.py`` and a README
  (``widgets.classroom.bundle``), so the folder runs on a machine with only
  Python;
* in every notebook, citations as "Clark et al., 2014" with a reference list
  at the end, and glossary and page links to the published book
  (``widgets.classroom.student_text``);
* ``DIR/lms/``: the chosen chapters' self-check questions as Moodle XML, GIFT
  and a QTI package for Canvas (``widgets.classroom.lms``);
* ``DIR/student.zip`` and ``DIR/instructor.zip`` (the latter with ``lms/``).

Each run starts from an empty folder: a folder this command wrote before is
emptied first; any other folder that is not empty is refused.

A ``{solution}`` block must sit alone in a markdown cell. Such cells are
tagged ``solution`` before export even if the author forgot the tag, so a
solution can never reach students by mistake.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import zipfile
from pathlib import Path

import nbformat
from nbconvert.exporters import NotebookExporter
from nbconvert.preprocessors import ClearOutputPreprocessor, TagRemovePreprocessor
from traitlets.config import Config

REPO = Path(__file__).resolve().parents[2]
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


def export_notebook(
    path: Path, out_dir: Path, student: bool, exported=(), repo: Path = REPO
) -> Path:
    """Write one notebook's student or instructor version, with its roles made plain.

    Parameters
    ----------
    path : pathlib.Path
        The chapter notebook to export.
    out_dir : pathlib.Path
        The folder to write into; it is created.
    student : bool
        True removes the solution cells; outputs are cleared either way.
    exported : Iterable[str]
        The stems of every notebook in the same export: links to them stay local.
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    pathlib.Path
        The notebook written.
    """
    from widgets.classroom.student_text import rewrite_notebook

    notebook = nbformat.read(path, as_version=4)
    tag_solutions(notebook)
    body, _ = _exporter(student).from_notebook_node(notebook)
    notebook = nbformat.reads(body, as_version=4)
    docname = path.relative_to(repo).with_suffix("").as_posix()
    rewrite_notebook(notebook, docname, exported, repo)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / path.name
    nbformat.write(notebook, target)
    return target


MARKER = ".course-export"


def prepare_folder(out: Path) -> None:
    """Make ``out`` an empty folder, or refuse one this command did not write.

    Parameters
    ----------
    out : pathlib.Path
        The export folder.

    Raises
    ------
    ChapterError
        If ``out`` is a file, or a folder with files that an earlier export did
        not write.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ChapterError(f"{out} is a file: give a folder for --out")
    if out.is_dir() and any(out.iterdir()):
        if not (out / MARKER).exists():
            raise ChapterError(
                f"{out} is not empty and was not written by widgets.classroom.assign: "
                "give a new folder, or empty this one first"
            )
        for child in out.iterdir():
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text(
        "Written by python -m widgets.classroom.assign; the next export empties this folder.\n",
        encoding="utf-8",
    )


def _zip(folder: Path, files: list[Path]) -> Path:
    """Zip exactly the files written, under the folder's name (no stray checkpoints)."""
    archive = folder.with_suffix(".zip")
    root = folder.parent
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(set(files)):
            bundle.write(path, path.relative_to(root).as_posix())
    return archive


def resolve_all(chapters, repo: Path = REPO) -> list[Path]:
    """Find the notebooks several chapter arguments name, each once, in the book's order.

    Parameters
    ----------
    chapters : Iterable[str]
        Chapter numbers, notebook names or ``all`` (see :func:`resolve`).
    repo : pathlib.Path
        The repository's root folder, which holds ``_toc.yml``.

    Returns
    -------
    list of pathlib.Path
        The chosen notebooks.
    """
    chosen = {p for chapter in chapters for p in resolve(chapter, repo)}
    return [p for p in chapter_notebooks(repo) if p in chosen]


def assign(chapters, out: Path, repo: Path = REPO, progress=print) -> dict[str, list[Path]]:
    """Export chapters' student and instructor folders, quiz files and a zip of each edition.

    Parameters
    ----------
    chapters : str or Iterable[str]
        Chapter numbers, notebook names or ``all`` (see :func:`resolve`).
    out : pathlib.Path
        The folder to write ``student/``, ``instructor/``, ``lms/`` and the zips into.
    repo : pathlib.Path
        The repository's root folder, which holds ``_toc.yml``.
    progress : callable
        Called with one line of text per step.

    Returns
    -------
    dict[str, list of pathlib.Path]
        The files written for each edition (its zip last) and for ``lms``.
    """
    import tempfile

    from widgets.classroom import bundle, lms
    from widgets.model.quizzes import quiz_path

    notebooks = resolve_all([chapters] if isinstance(chapters, str) else chapters, repo)
    out = Path(out)
    prepare_folder(out)
    stems = [p.stem for p in notebooks]
    progress(f"Exporting {len(notebooks)} chapter(s) to {out}: " + ", ".join(stems))
    written: dict[str, list[Path]] = {}
    with tempfile.TemporaryDirectory(prefix="course-wheel-") as scratch:
        progress("Building the course package (wheel)")
        wheel_dir = Path(scratch)
        # The package, pins and sample log are the course's own, whatever ``repo`` holds.
        bundle.build_wheel(wheel_dir)
        for edition in ("student", "instructor"):
            folder = out / edition
            files = [
                export_notebook(p, folder, edition == "student", stems, repo) for p in notebooks
            ]
            files += bundle.add_runtime(folder, files, wheel_dir, edition)
            written[edition] = files
    with_quiz = [stem for stem in stems if quiz_path(stem).exists()]
    written["lms"] = []
    if with_quiz:
        progress("Writing the quiz files for a learning platform (Moodle XML, GIFT, QTI)")
        written["lms"] = lms.write_all(with_quiz, out / "lms")
    written["student"].append(_zip(out / "student", written["student"]))
    instructor = written["instructor"] + written["lms"]
    written["instructor"].append(_zip(out / "instructor", instructor))
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
        The exit status: 0 when every file was written, 2 for a chapter that
        does not exist or a folder that is not empty.
    """
    parser = argparse.ArgumentParser(
        prog="python -m widgets.classroom.assign",
        description="Write student notebooks (no solutions, no outputs) and instructor "
        "notebooks (with solutions) for one or more chapters, each folder ready to run on "
        "its own, the chapters' quizzes for Moodle and Canvas, and a zip of each edition.",
        epilog="Examples: python -m widgets.classroom.assign 1 3 8 --out class; "
        "python -m widgets.classroom.assign all --out class",
    )
    parser.add_argument(
        "chapters", nargs="+", metavar="CHAPTER", help="chapter numbers, notebook names, or 'all'"
    )
    parser.add_argument("--out", required=True, type=Path, help="the folder to write into")
    args = parser.parse_args(argv)
    try:
        notebooks = resolve_all(args.chapters)
        if args.out.exists() and not args.out.is_dir():
            raise ChapterError(f"{args.out} is a file: give a folder for --out")
        written = assign([p.stem for p in notebooks], args.out)
    except ChapterError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    for name, files in written.items():
        print(f"{name}: {len(files)} files" + (f", {files[-1]}" if name != "lms" else ""))
    for path in written["lms"]:
        print(f"  {path}")
    print(
        f"Next: hand out {args.out / 'student.zip'} (its README says how to start); import "
        f"{args.out / 'lms'} into Moodle or Canvas; keep instructor.zip for yourself."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
