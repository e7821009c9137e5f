"""One name for the warning-signs idea: ``warning_signs``, in Python, scripts, styles and data.

The course once had four (``warning_signs``, ``red_flags``, ``warning_checker`` and
``course-checker.js``). This test fails when a file name, or a name in code, data or
styles, brings one of the old ones back. Three things keep an old spelling on purpose:

* ``widgets/red_flags.py``, a thin alias of ``widgets.warning_signs`` that the README's
  older readers and outside code import (tested below);
* ``course-red-flags``, the Start here page's anchor, which every chapter and outside links
  point to (``start-here.html#course-red-flags``);
* ``glos-red-flags``, a source's citation key, named after the source's own title.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OLD_NAMES = re.compile(
    r"red[_-]?flags?|warning[_-]?checker|course-checker|RedFlag|WarningChecker", re.IGNORECASE
)
PUBLIC_NAMES = ("course-red-flags", "glos-red-flags")
ALIAS = "widgets/red_flags.py"
# The facade names its former name once, in its docstring; the import-linter layers and the
# tidy-top test place the alias; this file names them all.
MAY_NAME_THE_ALIAS = {
    ALIAS,
    "widgets/warning_signs.py",
    "pyproject.toml",
    "tests/test_tidy_top.py",
    "tests/test_warning_signs_names.py",
}
SCANNED = ("widgets", "tests", "book", "notebooks", "docs", ".ci")
SKIPPED_PARTS = {"__pycache__", "_build", "node_modules", ".venv", ".pytest_cache"}
# Code, data and styles; prose (.md pages, the bibliography) may say "red-flag lists".
CODE_SUFFIXES = {".py", ".js", ".css", ".json", ".html", ".ipynb", ".yml", ".toml", ""}


def _files() -> list[Path]:
    files = [p for d in SCANNED for p in (REPO / d).rglob("*") if p.is_file()]
    files += [REPO / name for name in ("Makefile", "pyproject.toml", "_config.yml", "_toc.yml")]
    return [p for p in files if p.exists() and not SKIPPED_PARTS & set(p.parts)]


def _old_names_in(text: str) -> list[str]:
    for public in PUBLIC_NAMES:
        text = text.replace(public, "")
    return sorted({m.group(0) for m in OLD_NAMES.finditer(text)})


def test_no_file_or_module_is_named_with_an_old_name():
    named = sorted(
        str(p.relative_to(REPO))
        for p in _files()
        if _old_names_in(str(p.relative_to(REPO))) and str(p.relative_to(REPO)) != ALIAS
    )
    assert named == [], f"name these with warning_signs instead: {named}"


def test_no_code_data_or_style_uses_an_old_name():
    found = {}
    for path in _files():
        relative = str(path.relative_to(REPO))
        if relative in MAY_NAME_THE_ALIAS or path.suffix not in CODE_SUFFIXES:
            continue
        names = _old_names_in(path.read_text(encoding="utf-8", errors="replace"))
        if names:
            found[relative] = names
    assert found == {}, f"use the warning_signs names (see this test's docstring): {found}"


def test_the_rule_catches_each_old_name():
    for text in (
        "from widgets.model.red_flags import assess",
        '<div class="course-checker-result">',
        "WarningCheckerView()",
        "live/warning_checker.py",
        "RED_FLAGS_HREF",
    ):
        assert _old_names_in(text), text
    assert _old_names_in("see start-here.html#course-red-flags (glos-red-flags)") == []


def test_the_old_module_name_still_works_for_code_that_uses_it():
    import widgets.red_flags as old
    import widgets.warning_signs as new
    from widgets.red_flags import QUESTIONS, SELF_CARE, assess

    assert old.__all__ == new.__all__
    assert all(getattr(old, name) is getattr(new, name) for name in new.__all__)
    assert assess({}).level == SELF_CARE
    emergency = next(q for q in QUESTIONS if q.level == "emergency")
    assert assess({emergency.key: True}).level == "emergency"


def test_the_pain_monitor_facade_still_imports_as_the_readme_names_it():
    from widgets.pain_monitor import advice, return_to_running_plan

    assert advice(2, 2, 2).level in {"green", "amber", "red"}
    assert return_to_running_plan(weeks=2).weeks
