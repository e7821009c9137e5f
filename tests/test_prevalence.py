import pytest

from widgets.figures.prevalence import prevalence_figure, prevalence_figure_with_buttons
from widgets.model.prevalence import VIEWS, describe, prevalence_rows


def test_compare_view_sets_runners_against_the_world_population():
    rows = prevalence_rows("compare")
    assert [r.group for r in rows] == ["Runners", "Everyone", "Everyone"]
    assert rows[0].estimate.high == 20.2
    assert {r.estimate.source for r in rows} == {"maselli2020", "wu2020", "hoy2014"}


def test_runners_view_shows_prevalence_and_incidence():
    rows = prevalence_rows("runners")
    assert {r.measure for r in rows} == {"prevalence", "incidence"}
    assert all(r.group == "Runners" for r in rows)


def test_unknown_view_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="compare"):
        prevalence_rows("everything")


def test_description_states_the_numbers_it_draws():
    assert "0.7 %" in describe("compare") and "7.5 %" in describe("compare")
    assert "22 %" in describe("runners") and "4.5 %" in describe("runners")
    assert "got it during the study" in describe("runners")


@pytest.mark.parametrize("view", list(VIEWS))
def test_figure_draws_each_row_range(view):
    figure = prevalence_figure(view)
    rows = prevalence_rows(view)
    bars = [t for t in figure.data if t.type == "bar"]
    drawn = {
        x.replace("<br>", " "): (base, base + height)
        for bar in bars
        for x, base, height in zip(bar.x, bar.base, bar.y)
    }
    assert set(drawn) == {r.label for r in rows}
    for row in rows:
        low, high = drawn[row.label]
        assert low == row.estimate.low
        assert high == max(row.estimate.high, row.estimate.low + 0.25)
    assert figure.layout.title.text
    assert figure.layout.yaxis.title.text.endswith("(%)")


def test_static_figure_switches_views_with_buttons():
    figure = prevalence_figure_with_buttons()
    (menu,) = figure.layout.updatemenus
    assert [b.label for b in menu.buttons] == list(VIEWS.values())
    masks = [b.args[0]["visible"] for b in menu.buttons]
    assert all(len(m) == len(figure.data) for m in masks)
    # Each trace belongs to exactly one view.
    assert all(sum(column) == 1 for column in zip(*masks))
    titles = [b.args[1]["title.text"] for b in menu.buttons]
    assert len(set(titles)) == len(titles)


def test_readers_see_author_year_labels_not_bibliography_keys():
    from widgets.explorers.prevalence import prevalence_explorer

    figure = prevalence_figure("compare")
    hover = " ".join(t for trace in figure.data for t in (trace.hovertext or []))
    assert "Maselli 2020" in hover and "maselli2020" not in hover
    table = prevalence_explorer().text_alternative
    assert "Hoy 2014" in table and "hoy2014" not in table
