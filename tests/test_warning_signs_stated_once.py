"""No page, data file or figure states a warning sign in its own words.

Warning signs and their urgency come only from ``widgets/data/warning_signs.json``
(through ``warning_signs_box``, the body map and the checker). This test reads
every page's prose, every data file and every string in the ``widgets``
package, and fails on wording that belongs to a warning sign or to the action
it asks for. Linking to the box ("Get help now") is how a page refers to them.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from helpers.pages import page_markdowns

REPO = Path(__file__).resolve().parents[1]

# Words that only a warning sign or its action would use.
SIGN_WORDS = re.compile(
    r"ambulance|emergency department|\bA&E\b|(?:call|dial|ring|NHS|\(|,|or) (?:999|111|112|911)\b|"
    r"\b(?:999|111|112|911)(?: in the|,| or|\))|same day|"
    r"see a (?:doctor|GP) (?:soon|quickly|today)|urgent GP|genitals?\b|bladder|bowels?\b|"
    r"both legs|shortness of breath|chest pain|meningitis|"
    r"lost weight|weight loss|worse at night|steroid tablets|immune system|inject(?:ing)? drugs|"
    r"high temperature|fever|aneurysm|second half of the night|periods have stopped",
    re.IGNORECASE,
)
# The one file the signs live in, and the code that renders it.
ALLOWED_FILES = {
    "widgets/data/warning_signs.json",
    "widgets/model/warning_signs.py",
    "widgets/explorers/warning_signs.py",
    "widgets/data/sources.json",  # short citation labels, such as "NHS meningitis advice"
}


def _strings(node) -> list[str]:
    if isinstance(node, dict):
        return [
            s for key, value in node.items() if not key.startswith("_") for s in _strings(value)
        ]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return [node] if isinstance(node, str) else []


def data_texts() -> dict[str, str]:
    texts = {}
    for path in sorted((REPO / "widgets" / "data").rglob("*.json")):
        name = str(path.relative_to(REPO))
        if name not in ALLOWED_FILES:
            texts[name] = "\n".join(_strings(json.loads(path.read_text(encoding="utf-8"))))
    return texts


def code_texts() -> dict[str, str]:
    """String literals in the widgets package (docstrings included)."""
    texts = {}
    for path in sorted((REPO / "widgets").rglob("*.py")):
        name = str(path.relative_to(REPO))
        if name in ALLOWED_FILES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        strings = [
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        ]
        texts[name] = "\n".join(strings)
    return texts


def stated_signs(text: str) -> list[str]:
    """Each place ``text`` uses warning-sign wording, with a little context."""
    flat = re.sub(r"\s+", " ", text)
    return [flat[max(0, m.start() - 50) : m.end() + 30] for m in SIGN_WORDS.finditer(flat)]


ALL_TEXTS = {**page_markdowns(), **data_texts(), **code_texts()}


@pytest.mark.parametrize("name", sorted(ALL_TEXTS))
def test_no_warning_sign_is_stated_outside_the_one_list(name):
    assert stated_signs(ALL_TEXTS[name]) == [], (
        f"{name} words a warning sign itself; show warning_signs_box() or link "
        "{ref}`Get help now <course-red-flags>` instead"
    )


def test_the_scan_finds_signs_and_ignores_other_words():
    assert stated_signs("new trouble controlling your bladder: go to an emergency department")
    assert stated_signs("Call 999 now.") and stated_signs("see a doctor soon")
    assert not stated_signs("Most back pain gets better. See Get help now for warning signs.")
    assert not stated_signs("Frandsen 2025 followed 5205 runners for 18 months.")
    assert not stated_signs("A median of 208 against 112 days.")  # a number, not a phone number
    assert stated_signs("or call NHS 111") and stated_signs("(999, 112 or 911)")


def test_pages_that_mention_warning_signs_show_or_link_the_box():
    for name, text in page_markdowns().items():
        if re.search(r"warning sign", text, re.IGNORECASE) and name != "book/start-here.md":
            assert "course-red-flags" in text or "warning_signs_box" in text, name
