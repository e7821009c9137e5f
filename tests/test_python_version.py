"""Python 3.11.5 or newer: said in one place (pyproject.toml), repeated nowhere else differently,
and checked against the pins: every pinned package allows it, and some pin needs it."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.specifiers import SpecifierSet
from packaging.version import Version

from widgets.classroom.bundle import python_minimum

REPO = Path(__file__).resolve().parents[1]
MINIMUM = python_minimum()
TEXT = ".".join(map(str, MINIMUM))
MAJOR_MINOR = f"{MINIMUM[0]}.{MINIMUM[1]}"
PLACES = [
    "README.md",
    "book/start-here.md",
    "book/instructor-guide.md",
    *[str(p.relative_to(REPO)) for p in sorted((REPO / "notebooks").glob("*.ipynb"))],
]


def _pins(name: str) -> dict[str, str]:
    pins = {}
    for line in (REPO / name).read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            package, version = line.split("==")
            pins[package.strip()] = version.strip()
    return pins


def test_pyproject_is_the_one_place():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(rf'^requires-python = ">={re.escape(TEXT)}"', text, flags=re.M)
    assert "target-version" not in text  # ruff reads requires-python


def test_every_other_mention_agrees():
    for name in PLACES:
        text = (REPO / name).read_text(encoding="utf-8")
        for found in re.findall(r"Python (\d+\.\d+(?:\.\d+)?) or newer", text):
            assert found == TEXT, f"{name} says Python {found} or newer"
    # repo2docker and the workflows take the newest 3.11 release, which is past 3.11.5.
    assert (REPO / "runtime.txt").read_text().strip() == f"python-{MAJOR_MINOR}"
    for workflow in (REPO / ".github" / "workflows").glob("*.yml"):
        text = workflow.read_text(encoding="utf-8")
        for found in re.findall(r'python-version: "(\d+\.\d+)"|python:(\d+\.\d+)-', text):
            assert MAJOR_MINOR in found, workflow.name
    assert f"Python {TEXT} or newer" in (REPO / "README.md").read_text(encoding="utf-8")


def test_every_pin_allows_the_minimum_and_one_needs_it():
    """Read each pinned package's Requires-Python from its installed metadata."""
    minimum = Version(TEXT)
    previous = Version(".".join(map(str, (*MINIMUM[:-1], MINIMUM[-1] - 1))))
    needs_it = []
    for name in ("requirements.txt", "requirements-dev.txt"):
        for package, version in _pins(name).items():
            meta = metadata.metadata(package)
            assert meta["Version"] == version, f"{package}: installed {meta['Version']}"
            spec = SpecifierSet(meta.get("Requires-Python") or "")
            assert spec.contains(minimum), f"{package} {version} needs Python {spec}"
            if not spec.contains(previous):
                needs_it.append(package)
    assert needs_it, f"no pin needs Python {TEXT}: the minimum could be lower"
    assert "soupsieve" in needs_it
