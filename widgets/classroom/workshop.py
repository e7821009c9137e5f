"""The instructor guide's 90-minute workshop, with its times taken from the chapters.

Each chapter states its own time: ``*Time:* about 25 minutes to read and 10 minutes
for the activities.`` The plan sends the reading home (before class) and spends the
class on each chapter's activities plus a discussion, so a chapter's slot is its
activity minutes plus the discussion minutes set here. Set-up for a room of laptops,
a break and the closing quiz are fixed. ``tests/test_workshop_plan.py`` checks that
the slots add up to :data:`LENGTH` minutes and that every chapter slot matches its
chapter's time line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[2]
LENGTH = 90
_TIME = re.compile(
    r"\*Time:\**\s*about (\d+) minutes to read,? and (\d+) minutes", flags=re.IGNORECASE
)


@dataclass(frozen=True)
class ChapterTime:
    """A chapter's own time line: minutes to read, and minutes for its activities."""

    stem: str
    title: str
    read: int
    work: int


def chapter_time(stem: str, repo: Path = REPO) -> ChapterTime:
    """Read a chapter's time line from its notebook.

    Parameters
    ----------
    stem : str
        The chapter's notebook name without ``.ipynb``.
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    ChapterTime
        Its title and minutes to read and to work.

    Raises
    ------
    ValueError
        If the notebook has no time line.
    """
    notebook = nbformat.read(repo / "notebooks" / f"{stem}.ipynb", as_version=4)
    text = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    match = _TIME.search(text)
    if match is None:
        raise ValueError(f"{stem}: no line '*Time:* about N minutes to read and N minutes ...'")
    heading = re.search(r"^#\s+(.+)$", text, flags=re.M)
    if heading is None:
        raise ValueError(f"{stem}: no title (a line starting with '# ')")
    title = heading.group(1).strip()
    return ChapterTime(stem, title, int(match.group(1)), int(match.group(2)))


@dataclass(frozen=True)
class Slot:
    """One part of the workshop.

    ``chapter`` names a chapter whose activity minutes the slot uses, plus
    ``discussion`` minutes; otherwise the slot lasts ``minutes``.
    """

    activity: str
    minutes: int = 0
    chapter: str = ""
    discussion: int = 0
    prompt: str = ""
    notes: str = ""


SLOTS = (
    Slot(
        "**Set-up.** Learners open the notebooks: the hub link, or `start.py` in the class "
        "folder (installed at home, as the pre-class email asks), or the online book. Pair up "
        "anyone whose laptop is not ready; the online book needs no set-up.",
        minutes=10,
    ),
    Slot(
        "**Welcome and safety.** Point to {ref}`Get help now <course-red-flags>` (read before "
        "class) and show how a figure's controls work.",
        minutes=5,
    ),
    Slot(
        "the spine-loading figure, then the myth check in pairs.",
        chapter="why-runners-get-back-pain",
        discussion=5,
        prompt="Your discs shrink a little on every run. Why is that not the same as wear and "
        "tear?",
        notes="Look for: discs lose a little height during a run and take up fluid again at rest "
        "{cite:p}`garbutt1990,kingsley2012,wilke1999`; runners' discs held more water than those of people who did no sport "
        '{cite:p}`belavy2017`. Push back on "so running protects the back": that is an '
        "association, not proof.",
    ),
    Slot(
        "the risk explorer, then the build-up exercise.",
        chapter="mileage-load-and-injury-risk",
        discussion=5,
        prompt="The explorer shows 1.5 for a plan. How would you explain to a runner that this "
        "is not their own chance of injury?",
        notes="Look for: a relative rate compares groups of runners with a reference plan; the "
        "studies counted running injuries, mostly in the legs, not back pain "
        '{cite:p}`frandsen2025`. A common wrong answer is "a 50 % chance".',
    ),
    Slot("**Break.**", minutes=10),
    Slot(
        "each learner checks a few weeks of their own runs, or the sample log.",
        chapter="check-your-own-training",
        discussion=5,
        prompt="The check compares each run with the longest run of the 30 days before it. What "
        "can it not see about your training?",
        notes="Look for: pace, hills, sleep, strength work and pain are not in the check; the "
        "groups' rates describe groups, not one runner {cite:p}`frandsen2025`; and nothing in it "
        "is about back pain. Runs split across files or a missing week change the result.",
    ),
    Slot(
        "**Quiz and questions.** One chapter's self-check quiz (or the Moodle or Canvas quiz "
        "from the class export), then open questions.",
        minutes=10,
    ),
)


def slot_minutes(slot: Slot, repo: Path = REPO) -> int:
    """Give a slot's length: its chapter's activity minutes plus discussion, or its own minutes.

    Parameters
    ----------
    slot : Slot
        A part of the workshop.
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    int
        Minutes.
    """
    if slot.chapter:
        return chapter_time(slot.chapter, repo).work + slot.discussion
    return slot.minutes


def pre_reading(slots=SLOTS, repo: Path = REPO) -> list[ChapterTime]:
    """List what learners read before class: every chapter the workshop uses.

    Parameters
    ----------
    slots : Iterable[Slot]
        The workshop's parts.
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    list of ChapterTime
        The chapters, with their reading minutes.
    """
    return [chapter_time(s.chapter, repo) for s in slots if s.chapter]


def plan_markdown(slots=SLOTS, repo: Path = REPO) -> str:
    """Write the plan as MyST Markdown: reading before class, then a table of the slots.

    Parameters
    ----------
    slots : Iterable[Slot]
        The workshop's parts.
    repo : pathlib.Path
        The repository's root folder.

    Returns
    -------
    str
        A paragraph on pre-reading, the table (start time, minutes, and the activity with
        its discussion prompt and notes) and the total.
    """
    reading = pre_reading(slots, repo)
    read_total = sum(c.read for c in reading)
    lines = [
        f"**Before class** (about {read_total} minutes, set a week ahead with the pre-class "
        "email below): read "
        + ", ".join(f"{{doc}}`../notebooks/{c.stem}` ({c.read} min)" for c in reading)
        + ", and the box {ref}`Get help now <course-red-flags>` on the start page. Class time "
        "then goes to each chapter's activities and a discussion.",
        "",
        "| Start | Minutes | Activity, discussion prompt and what to look for |",
        "|---|---|---|",
    ]
    start = 0
    for slot in slots:
        minutes = slot_minutes(slot, repo)
        activity = slot.activity
        if slot.chapter:
            chapter = chapter_time(slot.chapter, repo)
            activity = (
                f"{{doc}}`../notebooks/{slot.chapter}`: {activity} ({chapter.work} min of "
                f"activities, from the chapter's time line, and {slot.discussion} min to discuss)"
            )
        if slot.prompt:
            activity += f" **Discuss:** *{slot.prompt}* {slot.notes}"
        lines.append(f"| {start // 60}:{start % 60:02d} | {minutes} | {activity} |")
        start += minutes
    lines += ["", f"Total: {start} minutes."]
    return "\n".join(lines)


def show_plan():
    """Show the plan in a page of the book (a Markdown output, so its roles resolve).

    Returns
    -------
    IPython.display.Markdown
        The plan of :func:`plan_markdown`.
    """
    from IPython.display import Markdown

    return Markdown(plan_markdown())
