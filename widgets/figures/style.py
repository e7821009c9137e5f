"""Colours, layout and the small pieces of a figure that every builder shares.

The Okabe-Ito palette stays distinguishable with the common kinds of colour
blindness. Figures use a plain template so they stay small and readable on a
phone; the book recolours text and grid lines in dark mode (``course-plotly.js``).
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from widgets.figures.colours import OKABE_ITO as OKABE_ITO
from widgets.figures.text_layout import wrap

GROUP_COLOURS = {"Runners": OKABE_ITO["blue"], "Everyone": OKABE_ITO["vermillion"]}
TEXT_COLOUR = "#222222"
GRID_COLOUR = "#d9d9d9"
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def course_layout(title: str, **overrides) -> go.Layout:
    """A layout with the course's font, margins and a title stating the finding.

    Parameters
    ----------
    title : str
        The figure's title: a sentence that states what the figure shows.
    **overrides
        Any other layout properties (height, margin, axes...), applied last.

    Returns
    -------
    plotly.graph_objects.Layout
        A transparent layout (the page shows through), title at the top left.
    """
    layout = go.Layout(
        template="none",
        title={
            "text": title,
            "x": 0,
            "xanchor": "left",
            "font": {"size": 17},
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": 10},
        },
        font={"family": FONT_FAMILY, "size": 14, "color": TEXT_COLOUR},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        margin={"l": 10, "r": 10, "t": 90, "b": 60},
        hoverlabel={"font": {"family": FONT_FAMILY}},
        autosize=True,
    )
    layout.update(overrides)
    return layout


def wrap_label(label: str, width: int = 14) -> str:
    """Break a category label into short lines so it fits a phone screen.

    Parameters
    ----------
    label : str
        The category's name.
    width : int, default 14
        Longest line, in characters.

    Returns
    -------
    str
        The label with ``<br>`` between its lines.
    """
    return wrap(label, width)


def grid_axis(title: str | dict, **more) -> dict:
    """An axis with the course's light grid, no zero line and no zooming.

    Zooming is off on every course figure: on a phone a stray drag would
    otherwise move the data out of sight.

    Parameters
    ----------
    title : str or dict
        The axis title's text (with its unit), or plotly's whole title dict
        when it needs a font or a standoff.
    **more
        Other axis properties (range, ticks, domain...).

    Returns
    -------
    dict
        The axis, for ``xaxis=`` or ``yaxis=`` of a layout.
    """
    return {
        "title": title if isinstance(title, dict) else {"text": title},
        "gridcolor": GRID_COLOUR,
        "zeroline": False,
        "fixedrange": True,
        **more,
    }


def paper_note(text: str, y: float, font: dict, **more) -> dict:
    """A left-aligned block of text placed on the figure, not on the data.

    Panels, caveats and readings sit at a fixed place whatever the axes show,
    so they are placed in paper units: 0 is the bottom of the plotting area
    and 1 its top.

    Parameters
    ----------
    text : str
        The text, with ``<br>`` between lines (plotly never wraps).
    y : float
        Height of the block's top edge, in paper units.
    font : dict
        Plotly font properties (size in px, colour).
    **more
        Other annotation properties (``yanchor``, ``xshift`` in px, ``name``...).

    Returns
    -------
    dict
        The annotation, for a layout's ``annotations``.
    """
    return {
        "text": text,
        "xref": "paper",
        "yref": "paper",
        "x": 0,
        "y": y,
        "xanchor": "left",
        "yanchor": "top",
        "align": "left",
        "showarrow": False,
        "font": font,
        **more,
    }


LEGEND_ROW_PX = 22
# Below the plot and above a bottom legend: the x-axis's tick labels and its title.
X_AXIS_FOOT_PX = 62


def legend_at_foot(rows: int) -> tuple[dict, int]:
    """A one-column legend at the figure's foot, and the bottom margin that keeps it clear.

    A legend placed below the plot in paper units moves with the plot's
    height, and on a phone it wraps into more rows and runs into the x-axis
    title. Placed against the figure's bottom edge, one entry per row, its
    height is known at every width: the margin leaves room for the axis's
    labels and title above it.

    Parameters
    ----------
    rows : int
        The most legend entries any view of the figure shows.

    Returns
    -------
    tuple of (dict, int)
        The legend, for a layout's ``legend``, and the bottom margin in px.
    """
    legend = {
        "orientation": "v",
        "x": 0,
        "xanchor": "left",
        "yref": "container",
        "y": 0,
        "yanchor": "bottom",
        "font": {"size": 13},
    }
    return legend, X_AXIS_FOOT_PX + rows * LEGEND_ROW_PX + 8


def outlined_marker(colour: str, symbol: str, size: float, outline_px: float = 1) -> dict:
    """A filled marker with a thin white outline, so touching markers stay apart.

    Parameters
    ----------
    colour : str
        Fill colour.
    symbol : str
        Plotly marker symbol; each level of a figure has its own, so the
        figure reads without colour too.
    size : float
        Diameter, in px.
    outline_px : float, default 1
        Width of the white outline, in px.

    Returns
    -------
    dict
        The marker, for a trace's ``marker=``.
    """
    return {
        "color": colour,
        "symbol": symbol,
        "size": size,
        "line": {"color": "white", "width": outline_px},
    }


def interval_error_bars(
    values: Sequence[float],
    lows: Sequence[float],
    highs: Sequence[float],
    colour: str,
    **more,
) -> dict:
    """Error bars from each value down to its low end and up to its high end.

    Intervals of relative rates are not symmetric about the estimate, so the
    two arms are given separately.

    Parameters
    ----------
    values : sequence of float
        The estimates, in the axis's unit.
    lows, highs : sequence of float
        Each estimate's interval ends, in the same unit.
    colour : str
        Colour of the bars.
    **more
        Other error-bar properties (``width`` of the caps in px, ``visible``).

    Returns
    -------
    dict
        The error bars, for a trace's ``error_x=`` or ``error_y=``.
    """
    return {
        "type": "data",
        "symmetric": False,
        "array": [high - value for value, high in zip(values, highs)],
        "arrayminus": [value - low for value, low in zip(values, lows)],
        "color": colour,
        "thickness": 2,
        **more,
    }
