"""The body map: region data, model, figure and live view."""

import copy
from pathlib import Path

import pytest
from helpers.pages import bib_keys, cited_keys, markdown_of

from widgets.data import load_json
from widgets.explorers.body_map import body_map
from widgets.figures.body_map import (
    PANEL_ANNOTATION,
    PANEL_LINE_PX,
    body_map_figure,
    body_map_figure_with_buttons,
    panel_room_px,
    points_inside,
)
from widgets.figures.body_map_panels import panel_text
from widgets.live.body_map import body_map_live_view
from widgets.model import body_regions as model
from widgets.model.warning_signs import LEVEL_INFO, LEVELS, short_list, signs_for

REPO = Path(__file__).resolve().parents[1]
CHAPTER = REPO / "notebooks" / "upper-vs-lower-back-pain.ipynb"


def test_four_regions_each_with_content_and_known_sources():
    regions = model.load_regions()
    assert [r.id for r in regions] == ["neck", "upper", "lower", "pelvis"]
    keys = bib_keys()
    for region in regions:
        assert region.common and region.warning_signs and region.known
        assert region.strength in model.STRENGTHS
        assert set(region.sources) <= keys


def test_upper_back_is_labelled_thin_and_warns_about_chest_symptoms():
    upper = model.region_by_id("upper")
    assert upper.strength == "little evidence"
    assert upper.warning_signs[0].startswith(LEVEL_INFO["emergency"].label)
    assert "chest pain or shortness of breath" in upper.warning_signs[0]
    assert any("between the shoulder blades" in line for line in upper.warning_signs)
    assert "briggs2009" in upper.sources
    assert model.region_by_id("lower").strength == "good evidence"


def test_map_warning_lines_come_from_the_one_list_by_urgency():
    for region in model.load_regions():
        lines = region.warning_signs
        levels = [lvl for lvl in LEVELS if signs_for(region.id, lvl)]
        assert len(lines) == len(levels), region.id
        for line, level in zip(lines, levels):
            assert line.startswith(LEVEL_INFO[level].label + ":"), (region.id, line)
            specific = level != "emergency"
            for phrase in short_list(region.id, level, specific_only=specific):
                assert phrase in line
        # Emergencies are all named on the map; the rest are named or counted.
        for phrase in short_list(region.id, "emergency"):
            assert phrase in lines[0]


def test_urgent_signs_are_routed_to_urgent_care():
    lower = model.region_by_id("lower").warning_signs
    assert "weakness or numbness in both legs" in lower[0]  # emergency
    assert "pain after a serious accident or fall" in lower[0]
    assert "weakness or numbness in one leg, getting worse" in lower[1]  # same day
    # Squeezed nerves can happen at any level of the spine: every region shows them.
    for region in model.load_regions():
        assert "numbness or tingling around the genitals" in region.warning_signs[0], region.id
    neck = model.region_by_id("neck").warning_signs
    assert "a stiff neck with fever" in neck[0]  # meningitis: emergency


def test_every_source_the_map_shows_is_cited_in_its_chapter():
    cited = set(cited_keys(markdown_of(CHAPTER)))
    shown = {key for region in model.load_regions() for key in region.sources}
    assert shown - cited == set()


def test_bad_data_is_refused():
    data = copy.deepcopy(load_json("body_regions.json"))
    data["regions"][0]["strength"] = "strong"
    with pytest.raises(ValueError, match="strength"):
        model.load_regions(data)
    data = copy.deepcopy(load_json("body_regions.json"))
    data["regions"].pop()
    with pytest.raises(ValueError, match="regions"):
        model.load_regions(data)
    with pytest.raises(ValueError, match="unknown region"):
        model.region_by_id("knee")


def test_hover_points_lie_inside_their_region():
    square = [(0, 0), (2, 0), (2, 2), (0, 2)]
    xs, ys = points_inside(square, spacing=0.5)
    assert len(xs) == 16 and xs.min() > 0 and ys.max() < 2
    triangle = [(0, 0), (4, 0), (0, 4)]
    xs, ys = points_inside(triangle, spacing=0.5)
    assert ((xs + ys) < 4).all()


def test_selected_region_is_highlighted_and_its_panel_shown():
    figure = body_map_figure("upper")
    opacities = [float(t.fillcolor.rsplit(",", 1)[1].rstrip(")")) for t in figure.data[:4]]
    assert opacities.index(max(opacities)) == 1
    assert "Upper and mid back" in figure.layout.annotations[PANEL_ANNOTATION].text
    assert all("Press" in t.hovertext for t in figure.data[4:8])


def test_every_region_panel_fits_below_the_drawing():
    for region in model.load_regions():
        lines = panel_text(region).count("<br>") + 1
        assert lines * PANEL_LINE_PX <= panel_room_px(), region.id


def test_book_buttons_change_highlight_and_panel():
    figure = body_map_figure_with_buttons()
    buttons = figure.layout.updatemenus[0].buttons
    assert [b.label for b in buttons] == ["Neck", "Upper back", "Lower back", "Pelvis"]
    panels = {b.args[1][f"annotations[{PANEL_ANNOTATION}].text"] for b in buttons}
    assert len(panels) == 4
    fills = [tuple(b.args[0]["fillcolor"]) for b in buttons]
    assert len(set(fills)) == 4


def test_live_view_follows_the_region_buttons():
    view = body_map_live_view()
    view.controls["region"].value = "neck"
    assert view.figure.layout.annotations[PANEL_ANNOTATION].text.startswith("<b>Neck")
    assert view.sentence.value.startswith("<p>Neck")


def test_interactive_has_alt_text_and_table():
    _, metadata = body_map().static_bundle()
    meta = metadata["application/vnd.plotly.v1+json"]
    assert "seen from behind" in meta["alt"]
    assert meta["text_alternative"].count("<tr>") == 5
