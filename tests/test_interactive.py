import json

import plotly.graph_objects as go

from widgets import prevalence_explorer
from widgets.interactive import PLOTLY_MIME, Interactive
from widgets.live.view import LiveView, replace_figure
from widgets.render_mode import STATIC_BOOK_ENV


def test_book_build_gets_the_precomputed_plotly_figure(monkeypatch):
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    data, metadata = prevalence_explorer()._repr_mimebundle_()
    assert set(data) == {PLOTLY_MIME, "text/plain"}
    figure = data[PLOTLY_MIME]
    assert figure["layout"]["updatemenus"][0]["buttons"]
    json.dumps(figure)  # plain JSON, as a notebook stores it
    meta = metadata[PLOTLY_MIME]
    assert meta["alt"] and meta["caption"] and "<table" in meta["text_alternative"]


def test_live_kernel_gets_a_widget_view(monkeypatch):
    monkeypatch.delenv(STATIC_BOOK_ENV, raising=False)
    bundle = prevalence_explorer()._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert PLOTLY_MIME not in bundle


def test_live_view_recomputes_when_a_control_changes(monkeypatch):
    monkeypatch.delenv(STATIC_BOOK_ENV, raising=False)
    view = prevalence_explorer().widget()
    before = (view.figure.layout.title.text, view.sentence.value)
    view.controls["view"].value = "runners"
    after = (view.figure.layout.title.text, view.sentence.value)
    assert before[0] != after[0] and before[1] != after[1]
    assert "got it during the study" in after[1]


def test_bad_input_shows_a_message_not_a_traceback():
    import ipywidgets

    def build(n):
        if n < 0:
            raise ValueError("Distance cannot be negative.")
        return go.Figure(go.Scatter(y=[n]))

    slider = ipywidgets.IntSlider(value=1, min=-5, max=5)
    view = LiveView({"n": slider}, build, lambda n: f"n is {n}")
    slider.value = -2
    assert "cannot be negative" in view.message.value
    assert view.sentence.value == "<p>n is 1</p>"  # last good reading stays
    slider.value = 3
    assert view.message.value == "" and view.figure.data[0].y == (3,)


def test_replace_figure_handles_a_change_in_trace_count():
    target = go.FigureWidget(go.Scatter(y=[1]))
    replace_figure(
        target, go.Figure([go.Bar(y=[2]), go.Bar(y=[3])], layout={"title": {"text": "t"}})
    )
    assert [t.type for t in target.data] == ["bar", "bar"]
    assert target.layout.title.text == "t"


def test_interactive_builds_the_live_view_once():
    calls = []
    item = Interactive("x", lambda: go.Figure(), lambda: calls.append(1) or "view", "alt", "cap")
    assert item.widget() == item.widget() == "view"
    assert calls == [1]


def _html_interactive(markup: str, marker: str = "", markup_type: str = "text/html"):
    from widgets.interactive import HtmlInteractive, HtmlOutput

    return HtmlInteractive(
        name="test",
        static_markup=lambda: markup,
        live_view=lambda: HtmlOutput("<p>live</p>", "live"),
        plain_text="words",
        marker=marker,
        markup_type=markup_type,
    )


def test_an_html_interactive_shows_its_markup_in_the_book_and_its_live_view_in_a_kernel(
    monkeypatch,
):
    from widgets.page_markers import QUIZ

    item = _html_interactive(f'<section {QUIZ}="x">quiz</section>', marker=QUIZ)
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    assert item._repr_mimebundle_() == {
        "text/html": f'<section {QUIZ}="x">quiz</section>',
        "text/plain": "words",
    }
    monkeypatch.delenv(STATIC_BOOK_ENV)
    assert item._repr_mimebundle_() == {"text/html": "<p>live</p>", "text/plain": "live"}
    assert item.widget() is item.widget()


def test_an_html_interactive_and_the_registry_of_page_scripts_cannot_drift_apart(monkeypatch):
    import pytest

    from widgets.page_markers import FORM, QUIZ

    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    cases = {
        "no page script is registered": _html_interactive("<div data-x>", "data-x"),
        "lacks the attribute": _html_interactive("<div>quiz</div>", QUIZ),
        "declare the marker": _html_interactive(f"<div {FORM}>form</div>"),
        "markup_type must be": _html_interactive("<p>", markup_type="text/rst"),
    }
    for message, item in cases.items():
        with pytest.raises(ValueError, match=message):
            item._repr_mimebundle_()


def test_every_html_only_interactive_is_an_html_interactive(monkeypatch):
    """The quizzes, boxes, checker, forms and picker share one mechanism, not classes of their own."""
    import widgets
    from widgets.interactive import HtmlInteractive

    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    made = {
        "self_check": widgets.self_check("running-with-back-pain"),
        "warning_signs_box": widgets.warning_signs_box(),
        "warning_signs_checker": widgets.warning_signs_checker(),
        "leg_symptoms_box": widgets.leg_symptoms_box(),
        "long_run_check": widgets.long_run_check(),
        "run_tomorrow": widgets.run_tomorrow(),
        "check_your_files": widgets.check_your_files(),
    }
    for name, item in made.items():
        assert isinstance(item, HtmlInteractive), name
        item.static_bundle()  # its markup carries the marker it declares, and no other
    # No other class in widgets/ decides between the book and a kernel itself.
    from pathlib import Path

    root = Path(widgets.__file__).parent
    deciders = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "is_static_book()" in path.read_text(encoding="utf-8")
        and "def _repr_mimebundle_" in path.read_text(encoding="utf-8")
    )
    assert deciders == ["interactive.py"]
