"""Figure: what lowered injuries or low back pain, with 95 % intervals, by view."""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.data import source_label
from widgets.figures.controls import figure_with_view_buttons
from widgets.figures.style import OKABE_ITO, course_layout
from widgets.figures.text_layout import wrap
from widgets.model.prevention import DEFAULT_VIEW, VIEWS, prevention_rows

HEIGHT_PX = 560
READING_COLOURS = {
    "fewer": OKABE_ITO["bluish_green"],
    "no clear difference": "#595959",
    "more": OKABE_ITO["vermillion"],
}
TITLES = {
    "injuries": "Strength training went with fewer sports injuries; stretching did not",
    "back": "Exercise with education went with fewer episodes of back pain; insoles did not",
}


X_RANGE_LOG10 = (-0.72, 0.36)  # 0.19 to 2.3
LABEL_WRAP_CHARS = 46


def prevention_figure(view: str = DEFAULT_VIEW) -> go.Figure:
    """Each estimate as a dot with its 95 % interval; 1 means no difference.

    The row labels are written above each row inside the plot, not beside it,
    so the dots keep the width of a phone screen.
    """
    rows = prevention_rows(view)
    positions = list(range(len(rows), 0, -1))
    labels = [wrap(f"{r.label}, {source_label(r.estimate.source)}", LABEL_WRAP_CHARS) for r in rows]
    figure = go.Figure()
    for reading, colour in READING_COLOURS.items():
        chosen = [i for i, r in enumerate(rows) if r.reading == reading]
        if not chosen:
            continue
        figure.add_trace(
            go.Scatter(
                x=[rows[i].estimate.value for i in chosen],
                y=[positions[i] for i in chosen],
                error_x={
                    "type": "data",
                    "symmetric": False,
                    "array": [rows[i].estimate.high - rows[i].estimate.value for i in chosen],
                    "arrayminus": [rows[i].estimate.value - rows[i].estimate.low for i in chosen],
                    "color": colour,
                    "thickness": 2,
                },
                mode="markers",
                marker={"color": colour, "size": 11, "symbol": "diamond"},
                name=reading.capitalize(),
                text=[labels[i].replace("<br>", " ") for i in chosen],
                customdata=[
                    [rows[i].measure, rows[i].design, rows[i].estimate.low, rows[i].estimate.high]
                    for i in chosen
                ],
                hovertemplate="%{text}: %{x} (%{customdata[2]} to %{customdata[3]}), "
                "%{customdata[0]}; %{customdata[1]}<extra></extra>",
            )
        )
    figure.add_trace(
        go.Scatter(
            x=[10 ** X_RANGE_LOG10[0]] * len(rows),
            y=[p + 0.16 for p in positions],
            text=labels,
            mode="text",
            textposition="top right",
            textfont={"size": 12},
            hoverinfo="skip",
            showlegend=False,
            name="Labels",
            cliponaxis=False,
        )
    )
    figure.update_layout(
        course_layout(
            TITLES[view],
            height=HEIGHT_PX,
            margin={"l": 10, "r": 20, "t": 110, "b": 90},
            xaxis={
                "title": {"text": "Relative rate (1 = no difference)"},
                "type": "log",
                "range": list(X_RANGE_LOG10),
                "tickvals": [0.25, 0.5, 1, 2],
                "zeroline": False,
            },
            yaxis={
                "range": [0.5, len(rows) + 0.95],
                "showticklabels": False,
                "showgrid": False,
                "zeroline": False,
                "title": {"text": ""},
            },
            legend={"orientation": "h", "x": 0, "y": -0.2, "yanchor": "top"},
            shapes=[
                {
                    "type": "line",
                    "x0": 1,
                    "x1": 1,
                    "y0": 0,
                    "y1": 1,
                    "yref": "paper",
                    "line": {"color": "#595959", "dash": "dash", "width": 1},
                }
            ],
        )
    )
    return figure


def prevention_figure_with_buttons() -> go.Figure:
    views = {label: (lambda key=key: prevention_figure(key)) for key, label in VIEWS.items()}
    return figure_with_view_buttons(views, VIEWS[DEFAULT_VIEW], label="Outcome")
