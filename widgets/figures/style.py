"""Colours and layout shared by every figure.

The Okabe-Ito palette stays distinguishable with the common kinds of colour
blindness. Figures use a plain template so they stay small and readable on a
phone; the book recolours text and grid lines in dark mode (``course-plotly.js``).
"""

import plotly.graph_objects as go

from widgets.figures.text_layout import wrap

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
GROUP_COLOURS = {"Runners": OKABE_ITO["blue"], "Everyone": OKABE_ITO["vermillion"]}
TEXT_COLOUR = "#222222"
GRID_COLOUR = "#d9d9d9"
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def course_layout(title: str, **overrides) -> go.Layout:
    """A layout with the course's font, margins and a title stating the finding."""
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
    """Break a category label into short lines so it fits a phone screen."""
    return wrap(label, width)
