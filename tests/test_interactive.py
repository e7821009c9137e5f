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
