"""Figure: what lowered injuries or low back pain, with 95 % intervals, by view."""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.data import source_label
from widgets.figures.controls import figure_per_view
from widgets.figures.style import OKABE_ITO, course_layout, interval_error_bars
from widgets.figures.text_layout import wrap, wrap_hover
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


def _row_label(row) -> str:
    return wrap(f"{row.label}, {source_label(row.estimate.source)}", LABEL_WRAP_CHARS)


def _estimates(reading: str, rows, positions: list[int]) -> go.Scatter:
    """The rows with one reading, each a diamond with its 95 % interval."""
    estimates = [row.estimate for row in rows]
    colour = READING_COLOURS[reading]
    return go.Scatter(
        x=[e.value for e in estimates],
        y=positions,
        error_x=interval_error_bars(
            [e.value for e in estimates],
            [e.low for e in estimates],
            [e.high for e in estimates],
            colour,
        ),
        mode="markers",
        marker={"color": colour, "size": 11, "symbol": "diamond"},
        name=reading.capitalize(),
        # Each hover line is short enough for a phone (wrap_hover); the estimate comes from
        # customdata, as %{x} would add the error bar's arms ("0.55 +0.19 / -0.14").
        text=[wrap_hover(_row_label(row)) for row in rows],
        customdata=[
            [wrap_hover(row.measure), wrap_hover(row.design), e.low, e.high, e.value]
            for row, e in zip(rows, estimates)
        ],
        hovertemplate="%{text}<br>%{customdata[4]} (%{customdata[2]} to %{customdata[3]})<br>"
        "%{customdata[0]};<br>%{customdata[1]}<extra></extra>",
    )


def _row_labels(rows, positions: list[int]) -> go.Scatter:
    """Each row's label written above its row, from the left edge of the plot."""
    return go.Scatter(
        x=[10 ** X_RANGE_LOG10[0]] * len(rows),
        y=[p + 0.16 for p in positions],
        text=[_row_label(row) for row in rows],
        mode="text",
        textposition="top right",
        textfont={"size": 12},
        hoverinfo="skip",
        showlegend=False,
        name="Labels",
        cliponaxis=False,
    )


def _no_difference_line() -> dict:
    return {
        "type": "line",
        "x0": 1,
        "x1": 1,
        "y0": 0,
        "y1": 1,
        "yref": "paper",
        "line": {"color": "#595959", "dash": "dash", "width": 1},
    }


def prevention_figure(view: str = DEFAULT_VIEW) -> go.Figure:
    """Each estimate as a dot with its 95 % interval; 1 means no difference.

    The row labels are written above each row inside the plot, not beside it,
    so the dots keep the width of a phone screen.

    Parameters
    ----------
    view : str, default ``DEFAULT_VIEW``
        Which outcome (a key of ``widgets.model.prevention.VIEWS``): sports
        injuries or episodes of back pain.

    Returns
    -------
    plotly.graph_objects.Figure
        Relative risks and hazard ratios on a log axis, coloured by what they show (fewer, no
        clear difference, more).
    """
    rows = prevention_rows(view)
    positions = list(range(len(rows), 0, -1))
    figure = go.Figure()
    for reading in READING_COLOURS:
        chosen = [i for i, r in enumerate(rows) if r.reading == reading]
        if chosen:
            figure.add_trace(
                _estimates(reading, [rows[i] for i in chosen], [positions[i] for i in chosen])
            )
    figure.add_trace(_row_labels(rows, positions))
    figure.update_layout(
        course_layout(
            TITLES[view],
            height=HEIGHT_PX,
            margin={"l": 10, "r": 20, "t": 110, "b": 90},
            xaxis={
                "title": {"text": "Risk or rate ratio (1 = no difference)"},
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
            shapes=[_no_difference_line()],
        )
    )
    return figure


def prevention_figure_with_buttons() -> go.Figure:
    """Both outcomes in one figure; plotly buttons switch between them (for the book).

    Returns
    -------
    plotly.graph_objects.Figure
        The default outcome, with a button per outcome.
    """
    return figure_per_view(VIEWS, DEFAULT_VIEW, prevention_figure, label="Outcome")
