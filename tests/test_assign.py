"""python -m widgets.classroom.assign: class folders that run on their own, for one chapter or several."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from widgets.classroom.assign import (
    MARKER,
    SOLUTION_TAG,
    chapter_notebooks,
    main,
    resolve,
    resolve_all,
)
from widgets.classroom.references import author_year
from widgets.data.published import book_url

REPO = Path(__file__).resolve().parents[1]
CHAPTERS = chapter_notebooks()
RUNTIME = {"README.md", "start.py", "requirements.txt"}
ROLE = re.compile(r"\{(cite|cite:p|cite:t|term|doc|ref)\}`")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _text(path: Path) -> str:
    return "\n".join("".join(c["source"]) for c in _cells(path))


def _is_solution(cell: dict) -> bool:
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", []) or "{solution}" in "".join(
        cell["source"]
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("class")
    assert main(["all", "--out", str(out)]) == 0
    return out


def test_every_chapter_is_exported_in_both_editions_with_what_it_needs_to_run(exported):
    for edition in ("student", "instructor"):
        folder = exported / edition
        names = sorted(p.name for p in folder.glob("*.ipynb"))
        assert names == sorted(p.name for p in CHAPTERS)
        assert RUNTIME <= {p.name for p in folder.iterdir()}
        assert len(list((folder / "package").glob("running_back_pain_widgets-*.whl"))) == 1
        assert (folder / "requirements.txt").read_text() == (REPO / "requirements.txt").read_text()
        assert (folder / "jupyter-settings" / "overrides.json").exists()
        sample = sorted(p.name for p in (folder / "sample_log").iterdir())
        assert sample == sorted(p.name for p in (REPO / "widgets/data/sample_log").iterdir())
        assert (folder / "sample_pain_diary.csv").read_bytes() == (
            REPO / "widgets/data/sample_pain_diary.csv"
        ).read_bytes()  # the own-log chapter names it
        with zipfile.ZipFile(exported / f"{edition}.zip") as bundle:
            members = bundle.namelist()
        assert all(n.startswith(f"{edition}/") for n in members if not n.startswith("lms/"))
        assert sorted(Path(n).name for n in members if n.endswith(".ipynb")) == names
        assert {f"{edition}/{name}" for name in RUNTIME} <= set(members)
        assert not [n for n in members if ".ipynb_checkpoints" in n or "__pycache__" in n]
    with zipfile.ZipFile(exported / "instructor.zip") as bundle:
        assert {"lms/moodle.xml", "lms/moodle.gift", "lms/canvas-qti.zip"} <= set(bundle.namelist())
    with zipfile.ZipFile(exported / "student.zip") as bundle:
        assert not [n for n in bundle.namelist() if n.startswith("lms/")]


def test_the_wheel_carries_the_bibliography_and_the_published_address(exported):
    wheel = next((exported / "student" / "package").glob("*.whl"))
    with zipfile.ZipFile(wheel) as bundle:
        names = set(bundle.namelist())
        assert "widgets/data/references.bib" in names
        assert json.loads(bundle.read("widgets/data/book.json")) == {"url": book_url()}
        assert {
            "widgets/data/quizzes/why-runners-get-back-pain.json",
            "widgets/classroom/assign.py",
        } <= names


def test_the_readme_and_start_script_name_the_python_version_and_windows(exported):
    readme = (exported / "student" / "README.md").read_text(encoding="utf-8")
    assert "Python 3.11.5 or newer" in readme and "Windows" in readme and "py start.py" in readme
    assert book_url() in readme and "sample_log" in readme
    start = (exported / "student" / "start.py").read_text(encoding="utf-8")
    assert "MINIMUM = (3, 11, 5)" in start
    compile(start, "start.py", "exec")


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.stem)
def test_student_notebooks_have_no_solutions_and_no_outputs(exported, chapter):
    cells = _cells(exported / "student" / chapter.name)
    assert not [c for c in cells if _is_solution(c)]
    for cell in cells:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    # Everything else is still there, in order, with the reference list added at the end.
    original = [c for c in _cells(chapter) if not _is_solution(c)]
    assert [c["id"] for c in cells] == [c["id"] for c in original] + ["course-references"]
    text = _text(exported / "student" / chapter.name)
    assert "{exercise}" in text and "self_check(" in text


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.stem)
def test_instructor_notebooks_keep_every_solution(exported, chapter):
    cells = _cells(exported / "instructor" / chapter.name)
    solutions = [c for c in cells if _is_solution(c)]
    assert len(solutions) >= 2
    assert len(solutions) == len([c for c in _cells(chapter) if _is_solution(c)])


def _cited(cells: list[dict]) -> set[str]:
    text = "\n".join("".join(c["source"]) for c in cells)
    return {
        k.strip()
        for group in re.findall(r"\{cite(?::[pt])?\}`([^`]+)`", text)
        for k in group.split(",")
    }


@pytest.mark.parametrize("edition", ["student", "instructor"])
@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.stem)
def test_citations_read_as_author_and_year_with_a_reference_list(exported, chapter, edition):
    path = exported / edition / chapter.name
    text = _text(path)
    assert not ROLE.search(text), ROLE.search(text)
    kept = [c for c in _cells(chapter) if edition == "instructor" or not _is_solution(c)]
    keys = _cited(kept)
    assert keys
    references = "".join(_cells(path)[-1]["source"])
    assert "The sources this chapter cites" in references
    assert text.count("## References") == 1
    assert references.count("\n- ") == len(keys)
    for key in keys:
        who, year = author_year(key)
        assert f"{who}, {year}" in text or f"{who} ({year})" in text, key
        assert who.split()[0].replace("-", "\\-") in references or who.split()[0] in references


def test_a_citation_reads_as_the_book_prints_it(exported):
    text = _text(exported / "student" / "why-runners-get-back-pain.ipynb")
    assert "(Cavanagh and Lafortune, 1980; Clark et al., 2014)" in text
    assert "cavanagh1980" not in text


def test_student_text_fits_the_student_version(exported):
    for path in (exported / "student").glob("*.ipynb"):
        text = _text(path)
        for phrase in (
            "hidden until you open",
            "solutions are in the online book",
            "book's figure",
            "book's map",
            "widgets/data/sample_log",
        ):
            assert phrase not in text, f"{path.name}: {phrase!r}"
    training = _text(exported / "student" / "check-your-own-training.ipynb")
    assert "python -m widgets.training_log --sample --units mi" in training
    assert "JupyterHub" in training  # where files go on a hub


def _links(folder: Path) -> list[tuple[str, str]]:
    return [
        (path.name, target)
        for path in sorted(folder.glob("*.ipynb"))
        for target in LINK.findall(_text(path))
    ]


def test_cross_references_land_in_the_export_or_on_the_published_book(exported):
    """Every link is a notebook of the same export or a page of the book; anchors exist."""
    root = Path(os.environ.get("BOOK_HTML", REPO / "_build" / "html")).resolve()
    if not (root / "index.html").exists():
        pytest.fail(f"No built book at {root}: run `make book` first (or set BOOK_HTML).")
    pages: dict[str, str] = {}
    links = _links(exported / "student")
    assert len(links) > 100
    for name, target in links:
        if target.endswith(".ipynb"):
            assert (exported / "student" / target).exists(), (name, target)
            continue
        if not target.startswith(book_url()):
            assert target.startswith(("https://doi.org/", "https://", "http://")), (name, target)
            continue
        page, _, anchor = target[len(book_url()) :].partition("#")
        assert (root / page).exists(), (name, target)
        if anchor:
            html = pages.setdefault(page, (root / page).read_text(encoding="utf-8"))
            assert f'id="{anchor}"' in html, (name, target)


def test_links_to_a_chapter_outside_the_export_go_to_the_book(tmp_path):
    assert main(["1", "--out", str(tmp_path / "one")]) == 0
    links = [t for _, t in _links(tmp_path / "one" / "student")]
    assert not [t for t in links if t.endswith(".ipynb")]
    assert f"{book_url()}notebooks/mileage-load-and-injury-risk.html" in links


def test_several_chapters_in_one_call_and_a_second_run_leaves_no_stale_file(tmp_path, capsys):
    out = tmp_path / "class"
    assert main(["1", "3", "8", "--out", str(out)]) == 0
    first = sorted(p.name for p in (out / "student").glob("*.ipynb"))
    assert first == sorted(CHAPTERS[i].name for i in (0, 2, 7))
    (out / "student" / ".ipynb_checkpoints").mkdir()
    (out / "student" / ".ipynb_checkpoints" / "x-checkpoint.ipynb").write_text("{}")
    assert main(["2", "--out", str(out)]) == 0
    assert sorted(p.name for p in (out / "student").glob("*.ipynb")) == [CHAPTERS[1].name]
    assert not (out / "student" / ".ipynb_checkpoints").exists()
    with zipfile.ZipFile(out / "student.zip") as bundle:
        assert [n for n in bundle.namelist() if n.endswith(".ipynb")] == [
            f"student/{CHAPTERS[1].name}"
        ]
    assert "Next:" in capsys.readouterr().out


def test_a_folder_the_command_did_not_write_is_refused(tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    assert main(["1", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "not empty" in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    assert not (out / MARKER).exists()


def test_an_untagged_solution_is_still_removed(tmp_path):
    repo = tmp_path / "repo"
    (repo / "notebooks").mkdir(parents=True)
    (repo / "_toc.yml").write_text("format: jb-book\nroot: notebooks/one\n", encoding="utf-8")
    notebook = {
        "cells": [
            {
                "cell_type": "markdown",
                "id": "ex",
                "metadata": {},
                "source": "```{exercise}\n:label: one-ex1\n\nDo.\n```",
            },
            {
                "cell_type": "markdown",
                "id": "sol",
                "metadata": {},
                "source": "```{solution} one-ex1\n\nDone.\n```",
            },
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (repo / "notebooks" / "one.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    from widgets.classroom.assign import assign

    assign("1", tmp_path / "out", repo=repo, progress=lambda line: None)
    cells = _cells(tmp_path / "out" / "student" / "one.ipynb")
    assert [c["id"] for c in cells] == ["ex"]
    assert len(_cells(tmp_path / "out" / "instructor" / "one.ipynb")) == 2


def test_chapters_resolve_by_number_name_and_all():
    assert resolve("1") == CHAPTERS[:1]
    assert resolve(CHAPTERS[-1].stem) == CHAPTERS[-1:]
    assert resolve(CHAPTERS[-1].name) == CHAPTERS[-1:]
    assert resolve("ALL") == CHAPTERS
    assert resolve_all(["8", "1", "1", CHAPTERS[2].stem]) == [CHAPTERS[0], CHAPTERS[2], CHAPTERS[7]]


@pytest.mark.parametrize("chapter", ["0", str(len(CHAPTERS) + 1), "-1", "no-such-chapter"])
def test_an_unknown_chapter_is_a_plain_error(tmp_path, chapter, capsys):
    assert main(["1", chapter, "--out", str(tmp_path / "out")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_an_unknown_chapter_is_one_line_and_a_non_zero_exit(tmp_path):
    chapter = "no-such-chapter"
    result = subprocess.run(
        [sys.executable, "-m", "widgets.classroom.assign", chapter, "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "RUNNING_BACK_PAIN_STATIC_BOOK"},
    )
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown chapter"), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
