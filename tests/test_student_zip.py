"""The student zip runs on its own: unzip, one command from its README, every notebook runs.

Slow (it installs about 100 pinned packages into a new virtual environment, then
runs all eight chapters: several minutes), so ``make test`` skips it and
``.ci/run`` runs it:

    .venv/bin/python -m pytest tests/test_student_zip.py -m classexport

Nothing from the repository is used after the export: the environment is made
by the zip's own ``start.py`` from the zip's ``requirements.txt`` and wheel, and
the notebooks run with that environment's Python, from the unzipped folder. pip
needs PyPI or its cache (``PIP_FIND_LINKS`` and ``PIP_NO_INDEX=1`` work offline).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from widgets.classroom.assign import main

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.classexport


def _selected(config) -> bool:
    return "classexport" in (config.getoption("markexpr") or "")


def test_the_student_zip_installs_alone_and_every_notebook_runs(tmp_path, request):
    if not _selected(request.config):
        pytest.skip("slow: installs the zip into a new environment; run with -m classexport")
    assert main(["all", "--out", str(tmp_path / "class")]) == 0
    with zipfile.ZipFile(tmp_path / "class" / "student.zip") as bundle:
        bundle.extractall(tmp_path / "unzipped")
    folder = tmp_path / "unzipped" / "student"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "python3 start.py" in readme and "py start.py" in readme
    # A learner's shell: no course variables, no repository on the path, not in our venv.
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "PYTHONPATH", "RUNNING_BACK_PAIN_STATIC_BOOK")
    }
    environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    environment["PATH"] = os.pathsep.join(
        p for p in environment["PATH"].split(os.pathsep) if not p.startswith(str(REPO))
    )

    def run(*command, timeout=1800):
        result = subprocess.run(
            command, cwd=folder, env=environment, capture_output=True, text=True, timeout=timeout
        )
        assert result.returncode == 0, (
            f"{command} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
        return result.stdout

    run(sys.executable, "start.py", "--install-only")
    python = str(folder / ".venv" / "bin" / "python")
    where = run(python, "-c", "import widgets, sys; print(widgets.__file__); print(sys.prefix)")
    assert str(folder / ".venv") in where and str(REPO) not in where
    # The exercise's command, from the student folder.
    report = run(python, "-m", "widgets.training_log", "--sample", "--units", "mi")
    assert "Read 7 files" in report
    notebooks = sorted(folder.glob("*.ipynb"))
    assert len(notebooks) == 8
    out = tmp_path / "executed"
    run(
        python,
        "-m",
        "nbconvert",
        "--to",
        "notebook",
        "--execute",
        "--ExecutePreprocessor.timeout=600",
        "--output-dir",
        str(out),
        *map(str, notebooks),
    )
    for path in notebooks:
        executed = (out / path.name).read_text(encoding="utf-8")
        assert '"output_type": "error"' not in executed, path.name
        assert re.search(r'"execution_count": \d+', executed), path.name
