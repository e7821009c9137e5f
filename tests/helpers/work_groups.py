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


# What in a test module's text shows it reads the built book: the browser tests' server
# and fixtures, the book's folder, or the executed copies of the notebooks.
_READS_THE_BOOK = re.compile(
    r"BOOK_HTML|site_root|book_root|built_site_root|executed_copy|jupyter_execute|\b_build\b"
    r"|page_audit|open_page"
)


def book_modules(tests: Path) -> set[str]:
    """Test modules that need the built book: every browser test, and any module naming it.

    ``make test`` runs the others while the book builds (tests/run_every_test.sh).
    """
    found = set()
    for module in tests.rglob("test_*.py"):
        path = str(module.relative_to(tests.parent))
        if path.startswith("tests/browser/") or _READS_THE_BOOK.search(
            module.read_text(encoding="utf-8")
        ):
            found.add(path)
    return found


def step_modules(tests: Path, step: str) -> list[str]:
    """The test modules a ``make test`` step collects: ``book`` or ``no-book``.

    Naming them saves each test process collecting (importing) the other step's modules.
    """
    book = book_modules(tests)
    every = {str(m.relative_to(tests.parent)) for m in tests.rglob("test_*.py")}
    return sorted(book if step == "book" else every - book)


if __name__ == "__main__":  # tests/run_every_test.sh: python tests/helpers/work_groups.py book
    import sys

    print(" ".join(step_modules(Path(__file__).resolve().parents[1], sys.argv[1])))
