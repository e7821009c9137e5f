"""Figures and explorer of the mileage-risk model: the book figure shows model numbers."""

from __future__ import annotations

import json

import plotly.io as pio
import pytest

from widgets import risk_explorer
from widgets.figures import risk as fig
from widgets.figures.risk_drawing import REFERENCE_COLOUR
from widgets.figures.style import OKABE_ITO
from widgets.interactive import PLOTLY_MIME
from widgets.model.risk_scenarios import BOOK_INCREASES, BOOK_PROFILES, book_result
from widgets.risk import finding, relative_injury_rate


@pytest.fixture(scope="module")
def book():
    return fig.risk_figure_for_book()


def _plan_figure(*plan, unit="km"):
    """The live figure for one plan, as the live view draws it."""
    return fig.risk_figure_from_result(relative_injury_rate(*plan), unit)


def _points(book):
    return [i for i, t in enumerate(book.data) if t.name == "Your plan"]


def test_every_slider_step_shows_the_model_numbers_for_every_runner(book):
    slider = book.layout.sliders[0]
    profiles = list(BOOK_PROFILES)
    assert [s.label for s in slider.steps] == [f"{v:+d}" for v in BOOK_INCREASES]
    for step, increase in zip(slider.steps, BOOK_INCREASES):
        trace_patch, layout_patch, indices = step.args
        assert list(indices) == _points(book)
        for k, profile in enumerate(profiles):
            result = book_result(profile, increase)
            assert trace_patch["x"][k] == [increase]
            assert trace_patch["y"][k] == [pytest.approx(result.estimate)]
            assert trace_patch["error_y.array"][k][0] == pytest.approx(
                result.high - result.estimate
            )
            assert trace_patch["error_y.arrayminus"][k][0] == pytest.approx(
                result.estimate - result.low
            )
            text = layout_patch[f"annotations[{k}].text"]
            assert profile in text and f"{increase:+d} %" in text
            assert finding(result) in text.replace("<br>", " ")
            if len(result.applied_factors) > 1:
                assert "an assumption of this course" in text.replace("<br>", " ")


def test_book_figure_numbers_come_from_the_model():
    novice_injured = book_result("Novice, injured before", 50)
    direct = relative_injury_rate(40, 40, 10, 15, "novice", True)
    assert novice_injured.estimate == direct.estimate
    assert direct.estimate == pytest.approx(1.52 * 17.8 / 7.7 * 1.722)


def test_each_dropdown_choice_shows_only_its_own_runner(book):
    menu = book.layout.updatemenus[0]
    profiles = list(BOOK_PROFILES)
    assert [b.label for b in menu.buttons] == profiles
    points = _points(book)
    for k, button in enumerate(menu.buttons):
        visible = button.args[0]["visible"]
        assert visible[0] is True  # the reference line is always shown
        assert [visible[i] for i in points] == [j == k for j in range(len(profiles))]
        assert button.args[1][f"annotations[{k}].visible"] is True
        assert sum(button.args[1][f"annotations[{j}].visible"] for j in range(len(profiles))) == 1
    y_tops = [b.args[1]["yaxis.range"][1] for b in menu.buttons]
    assert y_tops[0] < y_tops[-1]  # novices with an earlier injury need a taller axis


def test_the_curve_keeps_the_published_steps(book):
    estimate = next(t for t in book.data if t.name == "Estimate" and t.visible)
    assert estimate.line.shape == "hv"
    assert list(estimate.x)[1:4] == [10.0, 30.0, 100.0]
    assert list(estimate.y)[:4] == pytest.approx([1.0, 1.64, 1.52, 2.28])


def _caveat_text(figure):
    return " ".join(a.text for a in figure.layout.annotations if a.name == "caveat")


def test_the_figure_says_what_it_is_not(book):
    assert "finding" not in book.layout.title.text and "longer run" in book.layout.title.text
    for figure in (book, _plan_figure(30, 30, 10, 15)):
        caveat = _caveat_text(figure).replace("<br>", " ")
        assert "Relative rate of running-related injury (mostly lower limb)" in caveat
        assert "Not back pain" in caveat and "Not your personal chance" in caveat
    assert "1.5 times" in _plan_figure(30, 30, 10, 15).layout.title.text


def test_colours_are_okabe_ito(book):
    palette = set(OKABE_ITO.values())
    for trace in book.data:
        if trace.line and trace.line.color and trace.line.width:
            assert trace.line.color in palette | {REFERENCE_COLOUR}
        if trace.marker and trace.marker.color:
            assert trace.marker.color in palette


def test_live_figure_marks_the_readers_plan_and_extends_the_axis():
    figure = _plan_figure(10, 30, 5, 20, "novice")  # longest run +300 %
    point = next(t for t in figure.data if t.name == "Your plan")
    assert list(point.x) == [300.0]
    assert figure.layout.xaxis.range[1] >= 310
    in_miles = _plan_figure(10, 30, 5, 20, "novice", unit="mi")
    assert "12.4 mi (20 km)" in in_miles.data[-1].hovertext[0]


def test_live_figure_starting_from_zero_puts_the_point_at_zero():
    figure = _plan_figure(0, 20, 0, 5)
    point = next(t for t in figure.data if t.name == "Your plan")
    assert list(point.x) == [0.0]
    assert point.y[0] == pytest.approx(17.8 / 7.7)


def test_explorer_static_bundle_is_small_and_accessible(monkeypatch):
    monkeypatch.setenv("RUNNING_BACK_PAIN_STATIC_BOOK", "1")
    explorer = risk_explorer()
    data, metadata = explorer._repr_mimebundle_()
    size = len(json.dumps(data[PLOTLY_MIME]))
    assert size < 150_000, f"static figure JSON is {size} bytes"
    meta = metadata[PLOTLY_MIME]
    assert "not back pain" in meta["alt"] and "1.64" in meta["alt"] and "2.28" in meta["alt"]
    assert "Frandsen 2025" in meta["caption"]
    assert "course's ratio" in meta["caption"] and "not a study finding" in meta["caption"]
    table = meta["text_alternative"]
    assert table.count("<tr>") == 1 + len(BOOK_PROFILES) * len(BOOK_INCREASES)
    # Sources by author and year, as a reader would look them up, not bibliography keys.
    assert "Frandsen 2025" in table and "Malisoux 2015" in table and "frandsen2025" not in table
    assert json.loads(pio.to_json(explorer.static_figure()))["layout"]["sliders"]
