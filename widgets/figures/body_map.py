"""Figure: a schematic back view with four regions a reader can hover or select.

The body outline is drawn with layout shapes. Each region is a filled polygon;
a grid of invisible points inside it carries the hover text, so hovering
anywhere in the region shows a summary. Buttons select a region, highlight it
and show its full panel (what hurts, how sure we are, warning signs) below the
drawing, so nothing depends on hovering. The text of the hover summaries and
panels is written in ``widgets.figures.body_map_panels``.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from widgets.figures.body_map_panels import hover_text, panel_text
from widgets.figures.controls import menu, update_button
from widgets.figures.style import OKABE_ITO, TEXT_COLOUR, course_layout, paper_note
from widgets.model.body_regions import DEFAULT_REGION, Region, load_regions

TITLE = "The evidence is strongest for the lower back and thin for the upper back"
# Region outlines in drawing units (back view, head at the top, x = 0 is the spine).
REGION_POLYGONS = {
    "neck": [(-0.75, 15.2), (0.75, 15.2), (0.62, 16.7), (-0.62, 16.7)],
    "upper": [(-3.1, 15.2), (3.1, 15.2), (2.6, 10.9), (-2.6, 10.9)],
    "lower": [(-2.6, 10.9), (2.6, 10.9), (2.45, 8.1), (-2.45, 8.1)],
    "pelvis": [(-2.45, 8.1), (2.45, 8.1), (2.9, 5.6), (-2.9, 5.6)],
}
REGION_COLOURS = {
    "neck": OKABE_ITO["reddish_purple"],
    "upper": OKABE_ITO["sky_blue"],
    "lower": OKABE_ITO["orange"],
    "pelvis": OKABE_ITO["bluish_green"],
}
LABEL_Y = {"neck": 16.0, "upper": 13.0, "lower": 9.5, "pelvis": 6.8}
SELECTED_OPACITY = 0.85
OTHER_OPACITY = 0.25
OUTLINE = "#555555"
HEIGHT_PX = 1600
MARGIN_TOP_PX = 90
MARGIN_BOTTOM_PX = 10
BODY_DOMAIN = (0.70, 1.0)
PANEL_GAP = 0.02
PANEL_LINE_PX = 19
X_RANGE = (-8.6, 8.2)
Y_RANGE = (-0.3, 19.8)
PANEL_ANNOTATION = 0


def _rgba(hex_colour: str, opacity: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{opacity})"


def fill_colours(selected: str) -> list[str]:
    """Fill colour of each region trace, highlighting one region.

    Parameters
    ----------
    selected : str
        The id of the region to highlight (a key of ``REGION_POLYGONS``).

    Returns
    -------
    list of str
        An rgba colour per region, in ``REGION_POLYGONS`` order: strong for
        the selected region, faint for the others.
    """
    return [
        _rgba(REGION_COLOURS[rid], SELECTED_OPACITY if rid == selected else OTHER_OPACITY)
        for rid in REGION_POLYGONS
    ]


def points_inside(polygon, spacing: float = 0.45) -> tuple[np.ndarray, np.ndarray]:
    """A grid of points inside a polygon (by ray casting), to carry hover text.

    Parameters
    ----------
    polygon : sequence of (float, float)
        The polygon's corners, in drawing units.
    spacing : float, default 0.45
        Distance between neighbouring points, in drawing units.

    Returns
    -------
    tuple of numpy.ndarray
        The x and the y coordinates of the points inside.
    """
    xs, ys = zip(*polygon)
    grid_x, grid_y = np.meshgrid(
        np.arange(min(xs) + spacing / 2, max(xs), spacing),
        np.arange(min(ys) + spacing / 2, max(ys), spacing),
    )
    px, py = grid_x.ravel(), grid_y.ravel()
    inside = np.zeros(px.shape, dtype=bool)
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        crosses = (y1 > py) != (y2 > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_cross = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
        inside ^= crosses & (px < x_cross)
    return px[inside], py[inside]


def panel_room_px() -> float:
    """Height available for the panel below the drawing.

    Returns
    -------
    float
        The room, in pixels (the longest panel must fit in it).
    """
    return (BODY_DOMAIN[0] - PANEL_GAP) * (HEIGHT_PX - MARGIN_TOP_PX - MARGIN_BOTTOM_PX)


def _silhouette_shapes() -> list[dict]:
    line = {"color": OUTLINE, "width": 2}
    body = dict(type="path", line=line, fillcolor="rgba(0,0,0,0)", layer="above")
    return [
        dict(type="circle", x0=-1.25, x1=1.25, y0=16.6, y1=19.3, line=line, layer="above"),
        dict(
            body,
            path=(
                "M -0.75 16.75 L -0.75 15.7 L -3.1 15.2 L -2.6 10.9 L -2.45 8.1 "
                "L -2.9 5.6 L 2.9 5.6 L 2.45 8.1 L 2.6 10.9 L 3.1 15.2 L 0.75 15.7 "
                "L 0.75 16.75"
            ),
        ),
        dict(body, path="M -3.1 15.2 L -3.9 11.0 L -4.0 7.2 L -3.45 7.2 L -3.2 10.8 L -2.7 13.2"),
        dict(body, path="M 3.1 15.2 L 3.9 11.0 L 4.0 7.2 L 3.45 7.2 L 3.2 10.8 L 2.7 13.2"),
        dict(body, path="M -2.9 5.6 L -2.5 0.2 L -0.5 0.2 L -0.15 5.2"),
        dict(body, path="M 2.9 5.6 L 2.5 0.2 L 0.5 0.2 L 0.15 5.2"),
        dict(
            type="line",
            x0=0,
            x1=0,
            y0=16.6,
            y1=6.4,
            layer="above",
            line={"color": OUTLINE, "width": 2, "dash": "dot"},
        ),
    ]


def _region_fills(regions: dict[str, Region], selected: str) -> list[go.Scatter]:
    """Traces 0-3: each region as a filled polygon, in ``REGION_POLYGONS`` order."""
    traces = []
    for (rid, polygon), colour in zip(REGION_POLYGONS.items(), fill_colours(selected)):
        xs, ys = zip(*(polygon + polygon[:1]))
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                fill="toself",
                fillcolor=colour,
                line={"color": REGION_COLOURS[rid], "width": 1},
                hoverinfo="skip",
                name=regions[rid].label,
                showlegend=False,
            )
        )
    return traces


def _hover_points(regions: dict[str, Region]) -> list[go.Scatter]:
    """Traces 4-7: invisible points covering each region, carrying its summary."""
    traces = []
    for rid, polygon in REGION_POLYGONS.items():
        px, py = points_inside(polygon, spacing=0.3 if rid == "neck" else 0.45)
        traces.append(
            go.Scatter(
                x=px,
                y=py,
                mode="markers",
                marker={"size": 14, "opacity": 0},
                hovertext=hover_text(regions[rid]),
                hoverinfo="text",
                showlegend=False,
                name=f"{regions[rid].label} (hover)",
                hoverlabel={
                    "bgcolor": "white",
                    "bordercolor": REGION_COLOURS[rid],
                    "font": {"color": TEXT_COLOUR, "size": 13},
                    "align": "left",
                },
            )
        )
    return traces


def _region_labels(regions: dict[str, Region]) -> tuple[list[dict], list[dict]]:
    """Each region's short name at the right of the body, and a line pointing at it."""
    labels = [
        {
            "text": regions[rid].short,
            "x": 4.4,
            "y": LABEL_Y[rid],
            "xref": "x",
            "yref": "y",
            "showarrow": False,
            "xanchor": "left",
            "font": {"size": 13, "color": TEXT_COLOUR},
        }
        for rid in REGION_POLYGONS
    ]
    pointers = [
        dict(
            type="line",
            x0=(0.8 if rid == "neck" else 2.9),
            x1=4.3,
            y0=LABEL_Y[rid],
            y1=LABEL_Y[rid],
            line={"color": "#888888", "width": 1},
        )
        for rid in REGION_POLYGONS
    ]
    return labels, pointers


def _drawing_axes() -> dict:
    """Hidden axes in drawing units, one unit as long across as up, the body at the top."""
    return {
        "xaxis": {"range": list(X_RANGE), "visible": False, "fixedrange": True, "domain": [0, 1]},
        "yaxis": {
            "range": list(Y_RANGE),
            "visible": False,
            "fixedrange": True,
            "domain": list(BODY_DOMAIN),
            "scaleanchor": "x",
            "scaleratio": 1,
            "constrain": "domain",
        },
    }


def body_map_figure(region: str = DEFAULT_REGION) -> go.Figure:
    """The back view with one region highlighted and its panel shown below.

    Parameters
    ----------
    region : str, default ``DEFAULT_REGION``
        The id of the region to highlight (a key of ``REGION_POLYGONS``).

    Returns
    -------
    plotly.graph_objects.Figure
        The outline, the four regions (hover one for a summary) and the
        highlighted region's full panel.
    """
    regions = {r.id: r for r in load_regions()}
    if region not in regions:
        raise ValueError(f"unknown region {region!r}: choose one of {', '.join(regions)}")
    figure = go.Figure(layout=course_layout(TITLE, title_pad={"t": 14}))
    figure.add_traces(_region_fills(regions, region) + _hover_points(regions))
    labels, pointers = _region_labels(regions)
    # Named ``result: …``: the book reads the panel aloud when another region is chosen.
    panel = paper_note(
        panel_text(regions[region]),
        BODY_DOMAIN[0] - PANEL_GAP,
        font={"size": 14, "color": TEXT_COLOUR},
        name="result: region",
    )
    figure.update_layout(
        height=HEIGHT_PX,
        margin={"l": 10, "r": 10, "t": MARGIN_TOP_PX, "b": MARGIN_BOTTOM_PX},
        **_drawing_axes(),
        shapes=_silhouette_shapes() + pointers,
        annotations=[panel] + labels,
        hovermode="closest",
        hoverdistance=18,
    )
    return figure


def body_map_figure_with_buttons(default: str = DEFAULT_REGION) -> go.Figure:
    """The body map for the book: a button per region highlights it and shows its panel.

    Parameters
    ----------
    default : str, default ``DEFAULT_REGION``
        The id of the region highlighted first.

    Returns
    -------
    plotly.graph_objects.Figure
        The body map with a column of region buttons at its left.
    """
    regions = load_regions()
    figure = body_map_figure(default)
    buttons = [
        update_button(
            r.short,
            {"fillcolor": fill_colours(r.id)},
            {f"annotations[{PANEL_ANNOTATION}].text": panel_text(r)},
            range(len(REGION_POLYGONS)),
        )
        for r in regions
    ]
    # A column at the left of the drawing; on a phone the book turns it into a
    # drop-down, which then opens downwards.
    column = menu(
        "buttons",
        buttons,
        "Region",
        y=1.0,
        yanchor="top",
        direction="down",
        active=[r.id for r in regions].index(default),
        pad={"t": 0, "b": 0},
    )
    figure.update_layout(updatemenus=[column])
    return figure
