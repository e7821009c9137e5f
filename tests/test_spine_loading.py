"""The spine-loading model, figure and interactive."""

import pytest

from widgets.explorers.spine_loading import spine_loading_explorer
from widgets.figures.spine_loading import spine_loading_figure, spine_loading_figure_with_buttons
from widgets.live.spine_loading import spine_loading_live_view
from widgets.model import spine_loading as model


def test_published_numbers_are_the_ones_the_sources_report():
    assert [e.value for e in model.SHRINKAGE_MM_BY_PACE.values()] == [3.37, 5.10, 7.69]
    assert model.SHRINKAGE_MM_BY_PACE[100].high == pytest.approx(7.69 + 3.69)
    assert model.DISC_HEIGHT_LOSS_PERCENT.value == 6.3
    assert model.RUNNING_VERTICAL_FORCE_BW.value == 3.0
    assert model.RUNNING_VERTICAL_FORCE_BW.source == "cavanagh1980"
    assert model.RUNNING_VERTICAL_FORCE_LOW_BW.value == 2.0
    assert model.RUNNING_VERTICAL_FORCE_LOW_BW.source == "clark2014"
    assert all(e.source == "garbutt1990" for e in model.SHRINKAGE_MM_BY_PACE.values())


def test_every_view_has_bars_with_sources_and_a_sentence():
    for view in model.VIEWS:
        bars = model.loading_bars(view)
        assert bars
        assert all(bar.low <= bar.value <= bar.high for bar in bars)
        assert any(bar.source for bar in bars)
        assert model.describe(view).endswith(".")


def test_shrinkage_rises_with_pace_and_slows_over_a_run():
    values = [bar.value for bar in model.loading_bars("shrinkage")]
    assert values == sorted(values)
    assert model.shrinkage_ratio_fast_to_slow() == pytest.approx(7.69 / 3.37)
    assert model.SHRINKAGE_FIRST_15_MIN_MM.value > model.SHRINKAGE_SECOND_15_MIN_MM.value
    assert "10 times" in model.describe("disc")
    assert "day-to-day variation" in model.describe("disc")


def test_ground_force_is_not_presented_as_load_on_the_spine():
    bars = model.loading_bars("force")
    assert [bar.label for bar in bars] == ["Standing still", "Running, 16 km/h"]
    assert [bar.value for bar in bars] == [1.0, 3.0]
    sentence = model.describe("force")
    assert "2 to 3 times" in sentence and "foot" in sentence and "4.5 m/s" in sentence
    figure = spine_loading_figure("force")
    assert "spine" not in figure.layout.title.text
    axis = figure.layout.xaxis.title.text
    assert "ground force" in axis and "body weights" in axis and "spine" not in axis


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="unknown view"):
        model.loading_bars("pressure")
    with pytest.raises(ValueError):
        model.peak_vertical_force_newtons(5)
    assert model.peak_vertical_force_newtons(70) == pytest.approx(3 * 70 * 9.81)


def test_figure_draws_the_model_values():
    figure = spine_loading_figure("shrinkage")
    assert list(figure.data[0].x) == [3.37, 5.10, 7.69]
    assert "faster" in figure.layout.title.text


@pytest.mark.parametrize("view", list(model.VIEWS))
def test_hover_names_sources_by_author_and_year_not_by_key(view):
    hovers = " ".join(spine_loading_figure(view).data[0].hovertext)
    keys = {bar.source for bar in model.loading_bars(view) if bar.source}
    assert keys and not any(key in hovers for key in keys)
    assert any(
        label in hovers for label in ("Cavanagh & Lafortune 1980", "Garbutt 1990", "Kingsley 2012")
    )


def test_book_figure_has_a_button_per_view_showing_only_its_own_bars():
    figure = spine_loading_figure_with_buttons()
    buttons = figure.layout.updatemenus[0].buttons
    assert [b.label for b in buttons] == list(model.VIEWS.values())
    per_view = len(figure.data) // len(buttons)  # the bars and their value labels
    for index, button in enumerate(buttons):
        visible = list(button.args[0]["visible"])
        own = slice(index * per_view, (index + 1) * per_view)
        assert all(visible[own]) and visible.count(True) == per_view
        assert button.args[1]["title.text"]


def test_values_are_written_past_the_error_bars():
    for view in model.VIEWS:
        bars, values = spine_loading_figure(view).data
        whisker_ends = [v + plus for v, plus in zip(bars.x, bars.error_x.array)]
        assert list(values.x) == [max(v, end) for v, end in zip(bars.x, whisker_ends)]
        assert values.mode == "text" and all(t.strip() for t in values.text)


def test_live_view_redraws_when_the_view_changes():
    view = spine_loading_live_view()
    before = list(view.figure.data[0].x)
    view.controls["view"].value = "disc"
    assert list(view.figure.data[0].x) != before
    assert "6.3 %" in view.sentence.value


def test_interactive_has_alt_text_caption_and_table():
    interactive = spine_loading_explorer()
    data, metadata = interactive.static_bundle()
    meta = metadata["application/vnd.plotly.v1+json"]
    assert meta["alt"] and meta["caption"]
    assert "<table" in meta["text_alternative"] and "Garbutt 1990" in meta["text_alternative"]
