"""Which tests run together when ``make test`` runs them in two processes (pytest-xdist).

``tests/conftest.py`` hands tests out by ``work_group``: tests that share
expensive work go to the same process, so the work is done once.
"""

from __future__ import annotations

import re
from pathlib import Path


def module_groups(tests: Path) -> tuple[set[str], set[str]]:
    """Test modules to keep whole (a module- or class-scoped fixture), and those reading audits.

    Read from the source text: the process that hands out tests has only their ids.
    """
    whole, audits = set(), set()
    for module in tests.rglob("test_*.py"):
        text = module.read_text(encoding="utf-8")
        path = str(module.relative_to(tests.parent))
        if re.search(r"scope=[\"'](module|class)[\"']", text):
            whole.add(path)
        elif "from page_audit import" in text:
            audits.add(path)
    return whole, audits


def work_group(nodeid: str, whole: set[str], audits: set[str], docnames: list[str]) -> str:
    """The group a test runs in, with the tests it shares work with; its own id if none."""
    path = nodeid.split("::", 1)[0]
    if path.endswith(".ipynb") or path in whole:
        return path
    if path in audits and "[" in nodeid:
        params = nodeid[nodeid.index("[") :]
        found = [name for name in docnames if name in params]
        if found:
            return "page:" + max(found, key=len)
    return nodeid
