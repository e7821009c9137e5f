"""Every live figure has its traces in the copy JupyterLab draws first.

JupyterLab draws a figure widget from a copy of its traces and layout; changes
sent before plotly's browser code has loaded are lost. A live view that
filled an empty figure widget after creating it therefore showed empty axes
in JupyterLab whenever it was the first figure on the page (seen with the
strength-plan builder). These checks read that copy, with no browser.
"""

from __future__ import annotations

import ipywidgets
import plotly.graph_objects as go
import pytest

import widgets
from widgets.live.view import LiveView, replace_figure
from widgets.render_mode import STATIC_BOOK_ENV


def _figure_widgets(widget):
    if isinstance(widget, go.FigureWidget):
        yield widget
        return
    for child in getattr(widget, "children", ()) or ():
        yield from _figure_widgets(child)


def _first_draw(figure: go.FigureWidget) -> tuple[list[str], dict]:
    return [trace["type"] for trace in figure._widget_data], figure._widget_layout


def _assert_first_draw_is_current(figure: go.FigureWidget) -> None:
    types, layout = _first_draw(figure)
    assert types, "the figure JupyterLab draws first has no traces"
    assert types == [trace.type for trace in figure.data]
    assert layout == figure.layout.to_plotly_json()


# Every one-call interactive whose live view holds a plotly figure (add new ones here).
LIVE_FIGURES = [
    "body_map",
    "exercise_gallery",
    "myth_check",
    "pain_monitor_explorer",
    "prevalence_explorer",
    "prevention_explorer",
    "return_to_running_plans",
    "risk_explorer",
    "spine_loading_explorer",
    "strength_plan_builder",
    "training_log_explorer",
]


@pytest.mark.parametrize("name", LIVE_FIGURES)
def test_a_live_figure_has_its_traces_before_it_is_first_drawn(monkeypatch, name):
    monkeypatch.delenv(STATIC_BOOK_ENV, raising=False)
    figures = list(_figure_widgets(getattr(widgets, name)().widget()))
    assert figures, f"{name} shows no figure widget"
    for figure in figures:
        _assert_first_draw_is_current(figure)


def test_the_first_draw_follows_a_change_for_a_view_shown_again():
    slider = ipywidgets.IntSlider(value=1, min=0, max=3)
    view = LiveView(
        {"n": slider}, lambda n: go.Figure([go.Bar(y=[n])] * (n + 1)), lambda n: f"{n}", "alt"
    )
    _assert_first_draw_is_current(view.figure)
    assert view.figure.layout.meta == {"alt": "alt"}
    slider.value = 3
    _assert_first_draw_is_current(view.figure)
    assert len(view.figure._widget_data) == 4


def test_replace_figure_fills_an_empty_figure_widget_for_its_first_draw():
    target = go.FigureWidget()
    replace_figure(target, go.Figure(go.Scatter(y=[1, 2]), layout={"title": {"text": "t"}}))
    _assert_first_draw_is_current(target)
