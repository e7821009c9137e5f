import plotly.graph_objects as go
import pytest

from widgets.figures.controls import figure_with_slider, figure_with_view_buttons


def line(height):
    return go.Figure(
        go.Scatter(x=[0, 1], y=[height, height]), layout={"title": {"text": f"height {height}"}}
    )


def test_view_buttons_keep_every_trace_and_show_only_the_default():
    figure = figure_with_view_buttons({"low": lambda: line(1), "high": lambda: line(2)}, "high")
    assert [t.visible for t in figure.data] == [False, True]
    assert figure.layout.title.text == "height 2"
    low, high = figure.layout.updatemenus[0].buttons
    assert list(low.args[0]["visible"]) == [True, False]
    assert low.args[1]["title.text"] == "height 1"


def test_view_buttons_need_a_known_default():
    with pytest.raises(ValueError, match="default view"):
        figure_with_view_buttons({"a": lambda: line(1)}, "b")


def test_slider_has_one_frame_and_step_per_value():
    figure = figure_with_slider(line, [1, 2, 3], default=2, label="Height")
    assert [f.name for f in figure.frames] == ["1", "2", "3"]
    assert [f.data[0].y for f in figure.frames] == [(1, 1), (2, 2), (3, 3)]
    (slider,) = figure.layout.sliders
    assert slider.active == 1
    assert [list(s.args[0]) for s in slider.steps] == [["1"], ["2"], ["3"]]
    assert figure.data[0].y == (2, 2)


def test_slider_refuses_positions_with_different_traces():
    def uneven(v):
        return go.Figure([go.Scatter(y=[v])] * int(v))

    with pytest.raises(ValueError, match="same number of traces"):
        figure_with_slider(uneven, [1, 2], default=1, label="n")
    with pytest.raises(ValueError, match="default"):
        figure_with_slider(line, [1, 2], default=5, label="n")
    with pytest.raises(ValueError, match="at least one"):
        figure_with_slider(line, [], default=5, label="n")


def test_view_buttons_get_room_between_title_and_plot():
    from widgets.figures.controls import MENU_ROW_PX

    single = line(1)
    single.update_layout(margin={"t": 60})
    combined = figure_with_view_buttons({"a": lambda: single, "b": lambda: line(2)}, "a")
    assert combined.layout.margin.t == 60 + MENU_ROW_PX
