"""What the book writes for screen readers: figure names, live regions, references, icons.

The browser walk (``tests/browser/test_screen_reader_walk.py``) checks what a
screen reader is told on the built pages; these tests check the pieces that
write it, quickly and one by one.
"""

from __future__ import annotations

import html
import re

from docutils import nodes

from widgets.bookext.citations import cited_in
from widgets.bookext.figure_speech import group_label, keyboard_note, plain_text, result_parts
from widgets.bookext.page_markup import hide_icon_glyphs, nest_toctree_captions
from widgets.bookext.plotly_output import figure_html
from widgets.figures.exercise_demo import exercise_gallery_figure
from widgets.figures.myths import myth_check_figure
from widgets.figures.prevalence import prevalence_figure_with_buttons
from widgets.figures.risk import risk_figure_for_book
from widgets.model.risk_scenarios import BOOK_DEFAULT_INCREASE, BOOK_PROFILES, book_reading


def _layout(figure) -> dict:
    return figure.to_plotly_json()["layout"] if hasattr(figure, "to_plotly_json") else figure


def test_plain_text_spaces_lines_and_drops_markup():
    assert plain_text("<b>Hold 8 s</b><br>Keep your back<br />level &amp; breathe") == (
        "Hold 8 s Keep your back level & breathe"
    )
    assert plain_text(None) == "" and plain_text("  a\n b ") == "a b"


def test_group_labels_are_one_sentence_naming_the_controls():
    risk = _layout(risk_figure_for_book())
    gallery = exercise_gallery_figure(["bird_dog", "side_plank"]).to_dict()["layout"]
    assert group_label(risk) == "Interactive figure with a chooser and a slider."
    assert group_label(gallery) == "Interactive figure with a chooser, Play and Pause and a slider."
    assert (
        group_label(_layout(prevalence_figure_with_buttons())) == "Interactive figure with buttons."
    )
    assert group_label(_layout(myth_check_figure())) == (
        "Interactive figure with two choosers and buttons."
    )
    assert group_label({}) == "Interactive figure."


def test_the_keyboard_note_names_only_the_keys_that_work():
    risk = keyboard_note(_layout(risk_figure_for_book()))
    assert "Enter, Space or Alt and Down arrow" in risk and "Escape" in risk
    assert "Home and End" in risk and "button" not in risk
    buttons = keyboard_note(_layout(prevalence_figure_with_buttons()))
    assert "Enter or Space" in buttons and "chooser" not in buttons and "slider" not in buttons
    assert keyboard_note({}) == ""


def test_the_mileage_result_is_the_shown_runner_s_reading():
    layout = _layout(risk_figure_for_book())
    parts = dict(result_parts(layout))
    default = plain_text(book_reading("Recreational runner", BOOK_DEFAULT_INCREASE))
    assert parts["title"] == plain_text(layout["title"]["text"])
    readings = [text for key, text in parts.items() if key.startswith("annotation-")]
    assert len(readings) == len(BOOK_PROFILES) and readings.count("") == len(BOOK_PROFILES) - 1
    assert default in readings
    slider = layout["sliders"][0]
    assert slider["currentvalue"]["suffix"] == " % longer than your recent longest run"


def test_a_figure_with_controls_has_short_names_and_a_polite_region_outside_the_drawing():
    figure = risk_figure_for_book().to_plotly_json()
    meta = {"name": "risk-explorer", "alt": "A long alt text. " * 20, "caption": "A caption."}
    page = figure_html(figure, meta, "fig")
    names = re.findall(r'aria-label="([^"]*)"', page)
    assert html.unescape(names[0]) == plain_text(figure["layout"]["title"]["text"])
    assert names[1] == "Interactive figure with a chooser and a slider."
    region = re.search(r'<div class="course-figure-status[^"]*" id="fig-status"[^>]*>', page)
    assert region and 'aria-live="polite"' in region.group(0)
    assert page.index('id="fig-status"') > page.index('<div class="course-plotly"')
    assert page.index('id="fig-status"') < page.index("<figcaption")
    assert 'data-interactive="risk-explorer"' in page
    assert "With the keyboard, Tab reaches each control." in page


def test_a_figure_without_controls_keeps_its_alt_text_as_its_name_and_has_no_region():
    page = figure_html({"data": [], "layout": {"title": {"text": "T"}}}, {"alt": "Bars."}, "f")
    assert 'aria-label="Figure. Bars."' in page and "-status" not in page


def test_icon_glyphs_are_hidden_once_and_other_elements_are_left_alone():
    page = (
        '<i class="fa-solid fa-list"></i> <span class="fab fa-github"></span>'
        '<i class="fast"></i><i class="fa-solid fa-x" aria-hidden="true"></i>'
    )
    hidden = hide_icon_glyphs(page)
    assert hidden.count('aria-hidden="true"') == 3
    assert '<i class="fast">' in hidden
    assert hide_icon_glyphs(hidden) == hidden


def test_a_table_of_contents_in_a_page_is_a_level_below_its_section():
    body = (
        "<h1>Start</h1><h2>What the course covers</h2>"
        '<p aria-level="2" class="caption" role="heading"><span>Chapters</span></p>'
        '<h3>Deep</h3><p aria-level="2" class="caption" role="heading">More</p>'
    )
    levels = re.findall(r'aria-level="(\d)"', nest_toctree_captions(body))
    assert levels == ["3", "4"]


def test_an_entry_links_back_to_every_place_it_is_cited_in_reading_order():
    places = [("b", "id7"), ("a", "id1"), ("a", "id4")]
    titles = {"a": "Page A", "b": "Page B"}
    paragraph = cited_in(places, ["a", "b"], titles.get, lambda name: f"{name}.html")
    text = paragraph.astext()
    assert text.startswith("Cited in: Page A") and text.endswith("Page B.")
    links = [n["refuri"] for n in paragraph.findall(nodes.reference)]
    assert links == ["a.html#id1", "b.html#id7"]
    raw = "".join(n.astext() for n in paragraph.findall(nodes.raw))
    assert 'href="a.html#id4"' in raw and 'aria-label="Page A, citation 2">2</a>' in raw
