"""Every source a reader is shown is on the References page.

The References page lists the keys cited in the book's pages and chapters. A
figure or data file that names a source (an ``Estimate`` constant, or a
``source``/``sources`` field in ``widgets/data``) must therefore be cited in
the prose too, or the reader could not look it up.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

from helpers.pages import CITE, bib_keys, markdown_of

import widgets
from widgets.evidence import Estimate
from widgets.figures.warning_signs_box import WarningSignsBox

REPO = Path(__file__).resolve().parents[1]


def cited_in_the_book() -> set[str]:
    """Keys cited in page prose, plus those cited by the generated warning-signs boxes."""
    texts = [p.read_text(encoding="utf-8") for p in (REPO / "book").glob("*.md")]
    texts += [markdown_of(p) for p in (REPO / "notebooks").glob("*.ipynb")]
    texts += (
        [WarningSignsBox().markdown()]
        if any("warning_signs_box()" in t for t in page_sources())
        else []
    )
    return {
        key.strip() for text in texts for group in CITE.findall(text) for key in group.split(",")
    }


def page_sources() -> list[str]:
    """Every page's whole source, code cells included."""
    texts = [p.read_text(encoding="utf-8") for p in (REPO / "book").glob("*.md")]
    return texts + [p.read_text(encoding="utf-8") for p in (REPO / "notebooks").glob("*.ipynb")]


def estimate_sources() -> dict[str, str]:
    """Bibliography key -> where an ``Estimate`` in the widgets package names it."""
    found = {}
    for module_info in pkgutil.walk_packages(widgets.__path__, "widgets."):
        if module_info.name.startswith("widgets.bookext"):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, Estimate):
                found.setdefault(value.source, f"{module_info.name}.{name}")
    return found


def data_file_sources() -> dict[str, str]:
    """Bibliography key -> the data file that shows it to readers."""
    found = {}

    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("source", "sources"):
                    for source in [value] if isinstance(value, str) else value:
                        found.setdefault(source, where)
                else:
                    walk(value, where)
        elif isinstance(node, list):
            for item in node:
                walk(item, where)

    for path in sorted((REPO / "widgets" / "data").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")), path.name)
    return found


def test_sources_shown_in_figures_are_cited_in_the_prose():
    shown = {**data_file_sources(), **estimate_sources()}
    assert len(shown) >= 10, "the scan found too few sources: is it still reading the data?"
    missing = {key: where for key, where in shown.items() if key not in cited_in_the_book()}
    assert missing == {}, (
        "cite these in the chapter that shows them, so they appear on the References page: "
        f"{missing}"
    )


def test_every_source_shown_exists_in_the_bibliography():
    shown = {**data_file_sources(), **estimate_sources()}
    unknown = sorted(set(shown) - bib_keys())
    assert unknown == [], f"not in book/references.bib: {unknown}"


def test_book_pages_cite_only_real_sources():
    unknown = sorted(cited_in_the_book() - bib_keys())
    assert unknown == [], unknown


def test_the_scan_finds_a_source_used_only_by_a_figure():
    """The checks above would miss everything if the scans found nothing."""
    assert estimate_sources()["maselli2020"].startswith("widgets.")
    assert any(re.fullmatch(r"\w+\d{4}\w*", key) for key in data_file_sources())
