"""The decision forms: labelled fields and a status region in the book, ipywidgets live."""

from __future__ import annotations

import html
import re

from widgets import long_run_check, run_tomorrow
from widgets.explorers.long_run_check import long_run_check_html
from widgets.explorers.run_tomorrow import run_tomorrow_html
from widgets.live.forms import LiveForm
from widgets.model.long_run_check import MESSAGES, check_long_run
from widgets.model.run_tomorrow import should_i_run
from widgets.pain_monitor import LEG_SYMPTOMS
from widgets.render_mode import STATIC_BOOK_ENV


def test_every_field_has_a_label_and_a_decimal_keypad():
    page = long_run_check_html()
    fields = re.findall(r'<input type="text" id="([^"]+)" name="([^"]+)"([^>]*)>', page)
    assert [name for _, name, _ in fields] == ["longest", "planned"]
    for field_id, _, attributes in fields:
        assert f'<label for="{field_id}">' in page
        assert 'inputmode="decimal"' in attributes
    assert 'enterkeyhint="next"' in fields[0][2] and 'enterkeyhint="done"' in fields[1][2]
    assert '<select id="course-long-run-unit" name="unit"><option value="km">km</option>' in page


def test_the_answer_region_is_a_polite_status_after_the_form():
    page = long_run_check_html()
    region = re.search(r'<p class="course-form-result"[^>]*>([^<]*)</p>', page)
    assert 'role="status"' in region.group(0) and 'aria-live="polite"' in region.group(0)
    assert region.group(1) == MESSAGES["start"]
    assert page.index("</form>") < page.index("course-form-result")
    assert 'data-course-form="long-run"' in page


def test_the_book_gets_the_form_and_jupyterlab_gets_live_fields(monkeypatch):
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    bundle = long_run_check()._repr_mimebundle_()
    assert "course-form" in bundle["text/html"]
    monkeypatch.delenv(STATIC_BOOK_ENV)
    form = long_run_check().widget()
    assert isinstance(form, LiveForm)


def test_the_live_form_answers_with_the_model_on_every_change():
    form = long_run_check().widget()
    assert form.text == MESSAGES["start"]
    form.fields["longest_text"].value = "12"
    form.fields["planned_text"].value = "16"
    assert form.text == check_long_run("12", "16").text
    assert "1.52" in form.result.value and 'role="status"' in form.result.value
    form.fields["unit"].value = "mi"
    assert form.text == check_long_run("12", "16", "mi").text
    form.fields["planned_text"].value = "lots"
    assert form.text.startswith("“lots” is not a number")


def test_the_run_tomorrow_form_has_the_scores_the_minutes_and_a_leg_symptoms_box():
    page = run_tomorrow_html()
    names = re.findall(r'<input type="text" id="[^"]+" name="([^"]+)"', page)
    assert names == ["during", "after", "morning", "usual", "minutes"]
    assert 'name="usual" value="0"' in page
    assert 'enterkeyhint="done"' in page.split('name="minutes"')[1].split(">")[0]
    box = re.search(r'<input type="checkbox" id="([^"]+)" name="legs"[^>]*>', page)
    assert box and f'<label for="{box.group(1)}">' in page
    for symptom in LEG_SYMPTOMS:
        assert f"<li>{html.escape(symptom)}</li>" in page
    assert 'data-course-form="run-tomorrow"' in page and 'role="status"' in page


def test_the_live_run_tomorrow_form_answers_as_the_model():
    form = run_tomorrow().widget()
    assert form.fields["usual_text"].value == "0"
    for name, value in (("during_text", "2"), ("after_text", "3"), ("morning_text", "4")):
        form.fields[name].value = value
    assert form.text == should_i_run("2", "3", "4").text
    assert form.text.startswith("Red: Rest from running")
    form.fields["leg_symptoms"].value = True
    assert "get checked" in form.text.splitlines()[0]
    assert "<br>" in form.result.value
