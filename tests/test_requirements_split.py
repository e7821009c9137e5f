"""A learner's requirements.txt holds no build or test tool; requirements-dev.txt holds them."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOOLS = (
    "pytest",
    "playwright",
    "ruff",
    "sphinx",
    "jupyter-book",
    "nbval",
    "vulture",
    "numpydoc",
    "hypothesis",
    "myst-nb",
    "sphinxcontrib-bibtex",
    "text2qti",
    "textstat",
)
LEARNER = (
    "jupyterlab",
    "ipywidgets",
    "plotly",
    "numpy",
    "anywidget",
    "jupyterlab-myst",
    "fitdecode",
    "gpxpy",
    "tcxreader",
    "ipykernel",
    "tzdata",
)


def _names(name: str) -> list[str]:
    lines = (REPO / name).read_text(encoding="utf-8").splitlines()
    pins = [line for line in lines if line and not line.startswith(("#", "-r"))]
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[^=\s]+", line) for line in pins), pins
    return [re.sub(r"[-_.]+", "-", line.split("==")[0].lower()) for line in pins]


def test_the_learner_file_has_what_notebooks_need_and_no_tools():
    learner = _names("requirements.txt")
    assert set(LEARNER) <= set(learner)
    assert not set(TOOLS) & set(learner)


def test_the_tools_file_builds_on_the_learner_file_without_repeating_it():
    text = (REPO / "requirements-dev.txt").read_text(encoding="utf-8")
    assert "-r requirements.txt" in text.splitlines()
    dev = _names("requirements-dev.txt")
    assert set(TOOLS) <= set(dev)
    assert not set(dev) & set(_names("requirements.txt"))


def test_make_installs_both_and_the_hub_only_the_learner_file():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet -r requirements-dev.txt" in makefile
    postbuild = (REPO / "postBuild").read_text(encoding="utf-8")
    commands = [line for line in postbuild.splitlines() if not line.lstrip().startswith("#")]
    assert not [line for line in commands if "requirements" in line]
    assert "--editable" not in postbuild and "pip install --no-deps" in postbuild
