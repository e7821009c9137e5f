"""One home per fact in the code: source labels come from ``widgets/data/sources.json``.

No string in ``widgets/`` outside a docstring may type a source's label
("Frandsen 2025"): code asks ``widgets.data.source_label(key)``, so a corrected
label reaches every caption, alt text and sentence at once. Comments and
docstrings may name sources: readers of the code need them, learners never see
them.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from widgets.bibliography import bib_entries, bib_field
from widgets.data import source_labels

WIDGETS = Path(__file__).resolve().parents[1] / "widgets"
YEAR = r"(?:19|20)\d\d"


def _surname(author: str) -> str:
    author = author.strip().strip("{}")
    return author.split(",")[0].strip() if "," in author else author.split()[-1]


@cache
def label_pattern() -> re.Pattern:
    """Every way the course names a source: its label, and first author plus year."""
    names = set(source_labels().values())
    for label in list(names):
        short = re.match(rf"([^\s(]+)(?: et al\.| & \S+)? ({YEAR})", label)
        if short:
            names.add(f"{short.group(1)} {short.group(2)}")
    for body in bib_entries().values():
        authors = bib_field(body, "author")
        year = bib_field(body, "year")
        if authors and re.fullmatch(YEAR, year):
            names.add(f"{_surname(authors.split(' and ')[0])} {year}")
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")"
    )


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def typed_labels(source: str, where: str = "<text>") -> list[str]:
    """Each string constant (docstrings aside) of Python ``source`` that names a source."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    problems = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            for match in label_pattern().finditer(node.value):
                problems.append(f"{where}:{node.lineno}: {match.group(0)!r}")
    return problems


def test_no_string_in_widgets_types_a_source_label():
    problems = []
    for path in sorted(WIDGETS.rglob("*.py")):
        where = path.relative_to(WIDGETS.parent).as_posix()
        problems += typed_labels(path.read_text(encoding="utf-8"), where)
    assert problems == [], (
        "These strings name a source themselves; use widgets.data.source_label(key) "
        f"so the label has one home (widgets/data/sources.json): {problems}"
    )


def test_the_label_check_can_fail():
    code = (
        '"""Frandsen 2025 in a docstring is fine."""\n'
        "# Frandsen 2025 in a comment is fine.\n"
        'CAPTION = "Source: Frandsen 2025."\n'
        'ALT = f"In one study (Malisoux {2015})"\n'
        'LATER = "(Cavanagh & " "Lafortune 1980)"\n'
        'def f():\n    """Nielsen 2014 in a docstring."""\n    return "Nielsen 2014"\n'
    )
    found = typed_labels(code)
    assert [p.split(": ", 1)[1] for p in found] == [
        "'Frandsen 2025'",
        "'Cavanagh & Lafortune 1980'",
        "'Nielsen 2014'",
    ]


def test_the_risk_wording_does_not_import_the_result_back():
    import grimp

    graph = grimp.build_graph("widgets", exclude_type_checking_imports=False)
    assert graph.find_shortest_chain("widgets.model.risk", "widgets.model.risk_wording")
    assert graph.find_shortest_chain("widgets.model.risk_wording", "widgets.model.risk") is None


def test_each_html_interactive_carries_the_marker_that_loads_its_script():
    from widgets.bookext import STATIC_DIR
    from widgets.bookext.rule_tables import SCRIPT_NAME as RULES_SCRIPT
    from widgets.explorers.long_run_check import long_run_check_html
    from widgets.explorers.self_check import quiz_html
    from widgets.explorers.training_log_browser import picker_html
    from widgets.figures.warning_signs_checker import checker_html
    from widgets.model.quizzes import load_quiz, quiz_stems
    from widgets.page_markers import PAGE_SCRIPTS, scripts_for

    pages = {
        ("course-quiz.js",): quiz_html(load_quiz(quiz_stems()[0])),
        ("course-warning-signs.js",): checker_html(),
        ("course-log-picker.js",): picker_html(),
        (RULES_SCRIPT, "course-forms.js"): long_run_check_html(),
    }
    assert set(pages) == set(PAGE_SCRIPTS.values())
    for scripts, html in pages.items():
        assert scripts_for(html) == list(scripts)
        for script in scripts:  # the rule tables are written at build time
            assert script == RULES_SCRIPT or (STATIC_DIR / script).exists()
    assert scripts_for(checker_html() + checker_html()) == ["course-warning-signs.js"]
    assert scripts_for("<p>data-course-quiz in words</p><div data-course-log-row>") == []


def test_the_level_colours_have_one_home_and_the_stylesheet_is_written_from_it():
    from widgets.bookext import STATIC_DIR
    from widgets.figures.colours import (
        CSS_BEGIN,
        WARNING_LEVEL_COLOURS,
        level_colours_css,
        with_level_colours,
    )
    from widgets.live.warning_signs import LEVEL_BORDERS
    from widgets.model.warning_signs_checker import assess

    css = (STATIC_DIR / "course.css").read_text(encoding="utf-8")
    assert with_level_colours(css) == css, "run: make book (or write the block from colours.py)"
    assert LEVEL_BORDERS is WARNING_LEVEL_COLOURS
    block = level_colours_css()
    for colour in WARNING_LEVEL_COLOURS.values():
        assert colour in block
    # Outside the generated block no rule colours a checker result, and no module about
    # warning signs types a colour of its own.
    outside = css.replace(block, "")
    assert not re.search(
        r"\.course-warning-signs-checker-result[^{]*\{[^}]*border-left-color", outside
    )
    assert not re.search(
        r"\.course-warning-signs-checker-result\s*\{[^}]*border-left:[^;]*#", outside
    )
    for name in (
        "explorers/warning_signs.py",
        "figures/warning_signs_box.py",
        "figures/warning_signs_checker.py",
        "live/warning_signs.py",
        "model/warning_signs_checker.py",
        "model/warning_signs.py",
    ):
        assert not re.search(r"#[0-9a-fA-F]{6}\b", (WIDGETS / name).read_text("utf-8")), name
    assert CSS_BEGIN in css
    assert assess({}).level in WARNING_LEVEL_COLOURS


def test_a_changed_level_colour_reaches_the_stylesheet():
    from widgets.figures import colours

    css = f"a {{}}\n{colours.CSS_BEGIN}\nold\n{colours.CSS_END}\nb {{}}"
    written = colours.with_level_colours(css)
    assert "old" not in written and written.startswith("a {}") and written.endswith("b {}")
    assert '[data-level="urgent"] { border-left-color: #E69F00; }' in written
