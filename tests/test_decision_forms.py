"""The decision forms: labelled fields and a status region in the book, ipywidgets live."""

from __future__ import annotations

import re

from widgets import long_run_check
from widgets.explorers.long_run_check import long_run_check_html
from widgets.live.forms import LiveForm
from widgets.model.long_run_check import MESSAGES, check_long_run
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
