"""The live explorer in a kernel: controls change the figure and the sentence."""

from __future__ import annotations

import pytest

from widgets.live.risk import RiskLiveView, risk_live_view


@pytest.fixture
def view():
    return risk_live_view()


def _point(view):
    point = next(t for t in view.figure.data if t.name == "Your plan")
    return point.x[0], point.y[0]


def test_every_input_has_a_control(view):
    assert set(view.controls) == {
        "unit",
        "recent_weekly",
        "planned_weekly",
        "recent_longest",
        "planned_longest",
        "experience",
        "previous_injury",
        "other_sport_hours",
    }
    assert view.controls["other_sport_hours"].max == 3.0  # the model's limit, no further


def test_the_sentence_says_when_numbers_are_combined(view):
    assert "One study (Frandsen 2025) found" in view.sentence.value
    view.controls["previous_injury"].value = True
    assert "an assumption of this course" in view.sentence.value
    assert "found" not in view.sentence.value


def test_moving_the_longest_run_slider_updates_figure_and_sentence(view):
    assert _point(view) == (pytest.approx(50.0), pytest.approx(1.52))
    assert "1.5 times" in view.sentence.value
    view.controls["planned_longest"].value = 25.0
    assert _point(view) == (pytest.approx(150.0), pytest.approx(2.28))
    assert "2.3 times" in view.sentence.value and "25 km (15.5 mi)" in view.sentence.value
    assert "2.3 times" in view.figure.layout.title.text
    assert view.message.value == ""


@pytest.mark.parametrize(
    "name, value, expected",
    [
        ("experience", "novice", 1.52 * 17.8 / 7.7),
        ("previous_injury", True, 1.52 * 1.722),
        ("other_sport_hours", 2.0, 1.52 * 0.848**2),
    ],
)
def test_other_controls_change_the_rate(view, name, value, expected):
    view.controls[name].value = value
    assert _point(view)[1] == pytest.approx(expected)


def test_an_impossible_plan_shows_a_message_not_a_traceback(view):
    before = _point(view)
    view.controls["planned_longest"].value = 40.0  # longer than the 30 km week
    assert "longer than your whole planned week" in view.message.value
    assert 'role="alert"' in view.message.value
    assert _point(view) == before  # the last good figure stays
    view.controls["planned_weekly"].value = 60.0
    assert view.message.value == ""
    assert _point(view)[0] == pytest.approx(300.0)


def test_switching_to_miles_converts_the_sliders_but_not_the_plan(view):
    before = _point(view)
    view.controls["unit"].value = "mi"
    assert view.controls["planned_longest"].value == pytest.approx(9.3)
    assert view.controls["recent_weekly"].value == pytest.approx(18.6)
    assert "(mi)" in view.controls["planned_longest"].description
    assert view.controls["recent_weekly"].max == 124
    assert _point(view)[1] == pytest.approx(before[1])
    assert "9.3 mi (15 km)" in view.sentence.value
    view.controls["unit"].value = "km"
    assert view.controls["planned_longest"].value == pytest.approx(15.0)
    assert "(km)" in view.controls["planned_longest"].description


def test_starting_in_miles():
    view = RiskLiveView("mi")
    assert view.controls["recent_longest"].value == pytest.approx(6.2)
    assert "mi (" in view.sentence.value


def test_one_control_change_runs_the_model_once(monkeypatch):
    """The figure and the sentence share one result instead of each running the model."""
    from widgets.live import risk as live_risk

    calls = []
    real = live_risk.relative_injury_rate

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(live_risk, "relative_injury_rate", counting)
    live_risk._plan.cache_clear()
    view = live_risk.risk_live_view()
    calls.clear()
    view.controls["planned_longest"].value = view.controls["planned_longest"].value + 1
    assert len(calls) == 1
