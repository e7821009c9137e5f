"""The instructor guide's 90-minute workshop adds up, from the chapters' own time lines."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from widgets.classroom.workshop import (
    LENGTH,
    SLOTS,
    Slot,
    chapter_time,
    plan_markdown,
    pre_reading,
    slot_minutes,
)

REPO = Path(__file__).resolve().parents[1]


def _rows(markdown: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in markdown.splitlines()
        if re.match(r"^\| \d+:\d\d \|", line)
    ]


def test_the_slots_add_up_to_ninety_minutes():
    assert sum(slot_minutes(s) for s in SLOTS) == LENGTH == 90
    rows = _rows(plan_markdown())
    assert len(rows) == len(SLOTS)
    assert sum(int(row[1]) for row in rows) == 90
    assert "Total: 90 minutes." in plan_markdown()


def test_start_times_follow_the_minutes():
    clock = 0
    for row in _rows(plan_markdown()):
        hours, minutes = map(int, row[0].split(":"))
        assert hours * 60 + minutes == clock
        clock += int(row[1])


@pytest.mark.parametrize("slot", [s for s in SLOTS if s.chapter], ids=lambda s: s.chapter)
def test_a_chapter_slot_is_its_activity_time_plus_the_discussion(slot):
    """The minutes come from the notebook's own line, '*Time:* about R minutes to read and W ...'."""
    notebook = nbformat.read(REPO / "notebooks" / f"{slot.chapter}.ipynb", as_version=4)
    text = "\n".join(c.source for c in notebook.cells)
    work = int(re.search(r"minutes to read,? and (\d+) minutes", text).group(1))
    assert slot_minutes(slot) == work + slot.discussion
    assert slot.prompt and slot.notes and "Look for" in slot.notes


def test_the_plan_has_set_up_a_break_pre_reading_and_prompts():
    activities = " ".join(s.activity for s in SLOTS)
    assert "Set-up" in activities and "Break" in activities
    assert next(s for s in SLOTS if "Set-up" in s.activity).minutes >= 10  # 25 laptops
    reading = pre_reading()
    text = plan_markdown()
    assert f"about {sum(c.read for c in reading)} minutes" in text
    assert all(f"({c.read} min)" in text for c in reading)
    assert text.count("Look for") == len([s for s in SLOTS if s.chapter])


def test_a_changed_time_line_changes_the_plan(tmp_path):
    (tmp_path / "notebooks").mkdir()
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell(
            "# A chapter\n\n*Time:* about 12 minutes to read and 7 minutes for the activities."
        )
    ]
    nbformat.write(notebook, tmp_path / "notebooks" / "a.ipynb")
    assert chapter_time("a", tmp_path).read == 12
    slot = Slot("x", chapter="a", discussion=3, prompt="p", notes="Look for q")
    assert slot_minutes(slot, tmp_path) == 10
    assert "Total: 13 minutes." in plan_markdown([slot, Slot("y", minutes=3)], tmp_path)


def test_a_chapter_without_a_time_line_is_a_plain_error(tmp_path):
    (tmp_path / "notebooks").mkdir()
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# No time")]
    nbformat.write(notebook, tmp_path / "notebooks" / "b.ipynb")
    with pytest.raises(ValueError, match="no line"):
        chapter_time("b", tmp_path)


def test_the_guide_shows_the_computed_plan():
    guide = (REPO / "book" / "instructor-guide.md").read_text(encoding="utf-8")
    assert "show_plan()" in guide and "file_format: mystnb" in guide
    assert "A week before class: the pre-class email" in guide
    for app in ("Garmin", "Strava", "sample log"):
        assert app in guide
