"""What the built pages tell a reader to do: exercise cautions, the checker's next steps, no count.

These read the built HTML (no browser needed), so they are quick; the browser
tests of the same pages check that the controls work.
"""

from __future__ import annotations

import html
import re

from widgets.model.exercise_library import load_exercises
from widgets.model.pain_monitor import LEG_SYMPTOM_ACTION, LEG_SYMPTOM_STOP_RULE, LEG_SYMPTOMS
from widgets.model.warning_signs_checker import NEXT_STEPS, NEXT_STEPS_LINE, NOTHING_TICKED

EXERCISES = "notebooks/exercises-for-runners-backs.html"
SELF_CARE = "notebooks/self-care-and-when-to-see-a-doctor.html"
MILEAGE = "notebooks/mileage-load-and-injury-risk.html"
RUNNING = "notebooks/running-with-back-pain.html"


def _page(book_root, name: str) -> str:
    return (book_root / name).read_text(encoding="utf-8")


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def test_every_exercise_card_on_the_page_shows_its_cautions(book_root):
    page = _page(book_root, EXERCISES)
    cards = re.findall(
        r'<section class="course-exercise-card" id="exercise-([a-z_]+)">(.*?)</section>',
        page,
        flags=re.S,
    )
    library = {item.id: item for item in load_exercises()}
    assert sorted(i for i, _ in cards) == sorted(library)
    for exercise_id, card in cards:
        shown = _text(card)
        assert "Cautions:" in shown, exercise_id
        # The leg-symptom stop, in the pain monitor's one wording, on every card.
        assert _text(LEG_SYMPTOM_STOP_RULE) in shown, exercise_id
        for caution in library[exercise_id].cautions:
            assert _text(caution.text) in shown, (exercise_id, caution.key)


def test_the_checker_starts_with_what_to_do_next_and_its_links_resolve(book_root):
    page = _page(book_root, SELF_CARE)
    result = re.search(
        r'<div class="course-warning-signs-checker-result".*?</div>', page, flags=re.S
    ).group(0)
    assert _text(result) == _text(NOTHING_TICKED + " " + NEXT_STEPS_LINE)
    for step in NEXT_STEPS:
        href = step.href("book")
        assert f'href="{href}"' in result
        target, _, anchor = href.partition("#")
        linked = _page(book_root, f"notebooks/{target}")
        if anchor:
            assert f'id="{anchor}"' in linked, href


def test_the_mileage_chapter_gives_no_count_of_injured_runners(book_root):
    text = _text(_page(book_root, MILEAGE))
    assert "injuries among 100 runners" not in text
    assert "ranged from 8.8 % to 91.3 %" in text


def test_the_running_chapter_states_the_leg_symptom_stop_for_the_monitor_and_the_plan(book_root):
    page = _page(book_root, RUNNING)
    box = re.search(r'<div class="[^"]*course-leg-symptoms[^"]*">.*?</div>', page, re.S)
    shown = _text(box.group(0))
    for symptom in LEG_SYMPTOMS:
        assert symptom in shown, symptom
    assert LEG_SYMPTOM_ACTION[1:] in shown
    assert re.search(r'glossary\.html#term-[^"]+"><span[^>]*>nerve root<', box.group(0))
    # The pain map's and the walk-run plan's captions carry the whole rule.
    assert _text(page).count(_text(LEG_SYMPTOM_STOP_RULE)) >= 2
