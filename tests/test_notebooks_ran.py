"""Every chapter ran top to bottom on a fresh kernel, with no error, when the book was built.

The book build executes every notebook (``execute_notebooks: force``, errors
not allowed) and keeps each executed copy in ``_build/jupyter_execute/``.
Reading those copies checks what running the notebooks again would check, in
the book's rendering, without running them a second time: one kernel per
notebook (execution counts 1, 2, 3... in order), every code cell run, no
error and nothing on stderr. The copy must hold the committed code, so a stale
build fails rather than passes.

The same notebooks in a live kernel, with the JupyterLab rendering, run in CI
(``.ci/run``): nbval (``pytest --nbval-lax notebooks``) and every chapter in
JupyterLab (``-m jupyterlab``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers.pages import NOTEBOOKS, REPO


def executed_copy(notebook: Path) -> Path:
    """Where the book build keeps the executed copy of a chapter notebook."""
    html = Path(os.environ.get("BOOK_HTML", REPO / "_build" / "html"))
    return html.parent / "jupyter_execute" / notebook.relative_to(REPO)


def run_problems(committed: dict, executed: dict) -> list[str]:
    """What shows that ``executed`` is not ``committed`` run top to bottom on a fresh kernel."""
    code = [c for c in committed["cells"] if c["cell_type"] == "code"]
    ran = [c for c in executed["cells"] if c["cell_type"] == "code"]
    if ["".join(c["source"]) for c in code] != ["".join(c["source"]) for c in ran]:
        return ["the built copy holds other code than the notebook: run `make book`"]
    problems = []
    counts = [c.get("execution_count") for c in ran]
    if counts != list(range(1, len(ran) + 1)):
        problems.append(f"cells did not run once each, in order, on one kernel: {counts}")
    for index, cell in enumerate(ran, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                problems.append(f"code cell {index}: {output.get('ename')}: {output.get('evalue')}")
            elif output.get("output_type") == "stream" and output.get("name") == "stderr":
                problems.append(
                    f"code cell {index} wrote to stderr: {''.join(output['text'])[:200]}"
                )
    return problems


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_the_build_ran_every_chapter_top_to_bottom_on_a_fresh_kernel(notebook):
    copy = executed_copy(notebook)
    if not copy.exists():
        pytest.fail(f"no executed copy at {copy}: run `make book` first (or set BOOK_HTML)")
    committed = json.loads(notebook.read_text(encoding="utf-8"))
    executed = json.loads(copy.read_text(encoding="utf-8"))
    assert run_problems(committed, executed) == [], notebook.name


def _notebook(*cells) -> dict:
    return {"cells": [{"cell_type": "code", "source": [s], **extra} for s, extra in cells]}


def test_a_stale_an_out_of_order_or_a_failing_run_is_reported():
    committed = _notebook(("a = 1", {}), ("a", {}))
    good = _notebook(("a = 1", {"execution_count": 1}), ("a", {"execution_count": 2}))
    assert run_problems(committed, good) == []
    stale = _notebook(("a = 2", {"execution_count": 1}), ("a", {"execution_count": 2}))
    assert "run `make book`" in run_problems(committed, stale)[0]
    twice = _notebook(("a = 1", {"execution_count": 1}), ("a", {"execution_count": 3}))
    assert "in order" in run_problems(committed, twice)[0]
    error = {"output_type": "error", "ename": "NameError", "evalue": "a"}
    failed = _notebook(
        ("a = 1", {"execution_count": 1}), ("a", {"execution_count": 2, "outputs": [error]})
    )
    assert run_problems(committed, failed) == ["code cell 2: NameError: a"]
    warning = {"output_type": "stream", "name": "stderr", "text": ["careful"]}
    warned = _notebook(
        ("a = 1", {"execution_count": 1, "outputs": [warning]}), ("a", {"execution_count": 2})
    )
    assert "stderr" in run_problems(committed, warned)[0]
