"""python -m widgets.assign: student and instructor notebooks for a class."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from widgets.assign import SOLUTION_TAG, chapter_notebooks, main, resolve

REPO = Path(__file__).resolve().parents[1]
CHAPTERS = chapter_notebooks()


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _is_solution(cell: dict) -> bool:
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", []) or "{solution}" in "".join(
        cell["source"]
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("class")
    assert main(["all", "--out", str(out)]) == 0
    return out


def test_every_chapter_is_exported_in_both_editions(exported):
    for edition in ("student", "instructor"):
        names = sorted(p.name for p in (exported / edition).glob("*.ipynb"))
        assert names == sorted(p.name for p in CHAPTERS)
        with zipfile.ZipFile(exported / f"{edition}.zip") as bundle:
            assert sorted(Path(n).name for n in bundle.namelist()) == names
            assert all(n.startswith(f"{edition}/") for n in bundle.namelist())


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.stem)
def test_student_notebooks_have_no_solutions_and_no_outputs(exported, chapter):
    cells = _cells(exported / "student" / chapter.name)
    assert not [c for c in cells if _is_solution(c)]
    for cell in cells:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    # Everything else is still there: exercises, the quiz cell, the text.
    original = [c for c in _cells(chapter) if not _is_solution(c)]
    assert [c["source"] for c in cells] == [c["source"] for c in original]
    text = "".join("".join(c["source"]) for c in cells)
    assert "{exercise}" in text and "self_check(" in text


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.stem)
def test_instructor_notebooks_keep_every_solution(exported, chapter):
    cells = _cells(exported / "instructor" / chapter.name)
    solutions = [c for c in cells if _is_solution(c)]
    assert len(solutions) >= 2
    assert len(solutions) == len([c for c in _cells(chapter) if _is_solution(c)])
    assert [c["source"] for c in cells] == [c["source"] for c in _cells(chapter)]


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
    from widgets.assign import assign

    assign("1", tmp_path / "out", repo=repo)
    cells = _cells(tmp_path / "out" / "student" / "one.ipynb")
    assert [c["id"] for c in cells] == ["ex"]
    assert len(_cells(tmp_path / "out" / "instructor" / "one.ipynb")) == 2


def test_chapters_resolve_by_number_name_and_all():
    assert resolve("1") == CHAPTERS[:1]
    assert resolve(CHAPTERS[-1].stem) == CHAPTERS[-1:]
    assert resolve(CHAPTERS[-1].name) == CHAPTERS[-1:]
    assert resolve("ALL") == CHAPTERS


@pytest.mark.parametrize("chapter", ["0", str(len(CHAPTERS) + 1), "-1", "no-such-chapter"])
def test_an_unknown_chapter_is_a_plain_error(tmp_path, chapter, capsys):
    assert main([chapter, "--out", str(tmp_path / "out")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_an_unknown_chapter_is_one_line_and_a_non_zero_exit(tmp_path):
    chapter = "no-such-chapter"
    result = subprocess.run(
        [sys.executable, "-m", "widgets.assign", chapter, "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown chapter"), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
