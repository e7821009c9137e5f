"""Reading level: every page's prose stays at or below SMOG 14 (the aim is 10–12).

The table of scores is printed at the end of the test run (see tests/conftest.py) and
by ``.venv/bin/python tests/quality/readability_report.py``.
"""

from __future__ import annotations

import pytest
from readability_report import SMOG_LIMIT, page_sources, prose_of, score_page

PAGES = page_sources()


def test_every_chapter_and_page_is_scored():
    assert any(name.startswith("notebooks/") for name in PAGES), "no chapter notebook found"
    assert "book/start-here" in PAGES


@pytest.mark.parametrize("docname", list(PAGES))
def test_prose_reading_level(docname):
    score = score_page(docname, PAGES[docname])
    assert score.smog is None or score.smog <= SMOG_LIMIT, (
        f"{docname}: SMOG {score.smog:.1f} is above {SMOG_LIMIT:g} "
        f"({score.words_per_sentence:.1f} words a sentence). Use shorter sentences and "
        "everyday words; see the report from tests/quality/readability_report.py --prose"
    )


def test_hard_prose_fails_and_markup_is_not_scored():
    """The scorer can fail, and code, tables, citations and URLs do not count."""
    hard = (
        "Epidemiological investigations characterising musculoskeletal pathophysiology "
        "demonstrated heterogeneous associations between cumulative biomechanical loading, "
        "intervertebral degeneration and symptomatology. " * 12
    )
    path = _write(hard)
    assert score_page("hard", path).smog > SMOG_LIMIT
    markup = (
        "---\nfile_format: mystnb\n---\n# A heading that is not prose\n\n"
        "Run more. {cite:p}`frandsen2025` See [the page](https://example.org/x).\n\n"
        "```python\nimport numpy as np\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "```{admonition} Key points\n:class: note\nRest when it hurts.\n```\n"
    )
    assert prose_of(markup).split("\n") == ["Run more. See the page.", "Rest when it hurts."]


def _write(text: str):
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    path = folder / "page.md"
    path.write_text(text)
    return path
