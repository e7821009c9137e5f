"""Figure: the pain monitor's traffic-light map.

The map puts pain during the run across and pain the next morning up, and
colours every pair of whole scores by the monitor's advice. In the book a
slider sets your usual morning pain (last week's), which moves the "settled by
the next morning" limit and the starting ceiling (usual pain + 2). Leg
symptoms turn every cell red: the title says so, and the live view has a tick
for them. Colours follow Okabe-Ito and each level has its own marker shape, so
the map reads without colour too. The walk-run plans that follow the monitor's
weekly checks are drawn by ``widgets.figures.walk_run_plan``.
"""

from __future__ import annotations

import plotly.graph_objects as go

from widgets.figures.controls import figure_with_slider
from widgets.figures.style import (
    OKABE_ITO,
    TEXT_COLOUR,
    course_layout,
    grid_axis,
    outlined_marker,
)
from widgets.figures.text_layout import wrap_hover
from widgets.model.pain_monitor import (
    DURING_LIMIT,
    LEVEL_NAMES,
    LEVELS,
    advice,
    start_ceiling,
)

LEVEL_COLOURS = {
    "green": OKABE_ITO["bluish_green"],
    "amber": OKABE_ITO["orange"],
    "red": OKABE_ITO["vermillion"],
}
LEVEL_SYMBOLS = {"green": "circle", "amber": "diamond", "red": "square"}
LEVEL_LEGEND = {
    "green": "Green: move up",
    "amber": "Amber: hold",
    "red": "Red: step back or rest",
}
SHORT_ACTIONS = {
    "progress": "move up one step",
    "hold": "repeat this week's running",
    "step back": "run less next time: one step back",
    "rest": "no run for now; walk or cycle",
    "stop": "stop running and get checked",
}
BOOK_PAIN_AFTER = 3
BOOK_USUAL_PAINS = [0, 1, 2, 3, 4, 5]
MAP_HEIGHT_PX = 745
TITLE_LINE_PX = 17 * 1.3  # the course's title font size times plotly's line height
MAP_TITLE = (
    "Pain monitor (from Achilles tendon research):<br>"
    "up to 5/10 during a run, settled by the next morning.<br>"
    "<b>Leg symptoms: stop, whatever the scores.</b>"
)
LEG_SYMPTOMS_TITLE = (
    "Pain monitor with leg symptoms:<br><b>every score is red. Stop running and get checked.</b>"
)
SCORES = range(11)


def _cell_hover(during: int, morning: int, after: float, usual: float, legs: bool) -> str:
    result = advice(during, after, morning, usual, legs)
    return wrap_hover(
        f"Pain during the run: {during}/10<br>Next morning: {morning}/10 "
        f"(usual {usual:g}/10)<br>After the run: {after:g}/10<br>"
        f"<b>{LEVEL_NAMES[result.level]}</b>: {SHORT_ACTIONS[result.decision]}"
    )


def _advice_cells(usual_pain: float, pain_after: float, legs: bool) -> list[go.Scatter]:
    """Every pair of whole scores, one trace per level of advice."""
    cells = {level: ([], [], []) for level in LEVELS}
    for during in SCORES:
        for morning in SCORES:
            level = advice(during, pain_after, morning, usual_pain, legs).level
            xs, ys, hover = cells[level]
            xs.append(during)
            ys.append(morning)
            hover.append(_cell_hover(during, morning, pain_after, usual_pain, legs))
    return [
        go.Scatter(
            x=cells[level][0],
            y=cells[level][1],
            mode="markers",
            name=LEVEL_LEGEND[level],
            marker=outlined_marker(LEVEL_COLOURS[level], LEVEL_SYMBOLS[level], 17),
            hovertext=cells[level][2],
            hoverinfo="text",
        )
        for level in LEVELS
    ]


def _limit_lines(usual_pain: float) -> list[go.Scatter]:
    """The limits: pain during the run 5/10, your usual morning pain, and the starting ceiling."""
    ceiling = start_ceiling(usual_pain)
    return [
        go.Scatter(
            x=[DURING_LIMIT + 0.5] * 2,
            y=[-0.5, 10.5],
            mode="lines",
            hoverinfo="skip",
            line={"color": TEXT_COLOUR, "width": 2, "dash": "dash"},
            name="Limit: during 5/10",
        ),
        go.Scatter(
            x=[-0.5, 10.5],
            y=[usual_pain + 0.5] * 2,
            mode="lines",
            hoverinfo="skip",
            line={"color": TEXT_COLOUR, "width": 2, "dash": "dot"},
            name="Limit: usual morning pain",
        ),
        go.Scatter(
            x=[ceiling + 0.5] * 2,
            y=[-0.5, usual_pain + 0.5],
            mode="lines",
            hoverinfo="skip",
            line={"color": OKABE_ITO["blue"], "width": 3, "dash": "dashdot"},
            name="Ceiling to move up: usual + 2",
        ),
    ]


def _reader_scores(
    marked: tuple[float, float], usual_pain: float, pain_after: float, legs: bool
) -> go.Scatter:
    """A ring around the reader's own scores, its hover text explaining the advice."""
    during, morning = marked
    result = advice(during, pain_after, morning, usual_pain, legs)
    return go.Scatter(
        x=[during],
        y=[morning],
        mode="markers",
        name="Your scores",
        marker={
            "color": "rgba(0,0,0,0)",
            "size": 30,
            "symbol": "circle",
            "line": {"color": OKABE_ITO["blue"], "width": 4},
        },
        hovertext=[
            _cell_hover(during, morning, pain_after, usual_pain, legs) + f"<br>{result.explanation}"
        ],
        hoverinfo="text",
    )


def _map_layout() -> dict:
    """Both axes from 0 to 10, and the legend between the title and the map."""
    scale = {"range": [-0.6, 10.6], "dtick": 1, "automargin": True}
    return {
        "xaxis": grid_axis("Worst pain during the run (0 to 10)", **scale),
        "yaxis": grid_axis("Pain the next morning (0 to 10)", **scale),
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.02,
            "yanchor": "bottom",
            "font": {"size": 13},
        },
        "margin": {"l": 10, "r": 10, "t": 195, "b": 150},
        "height": MAP_HEIGHT_PX,
    }


def pain_map_figure(
    usual_pain: float = 0,
    pain_after: float = BOOK_PAIN_AFTER,
    marked: tuple[float, float] | None = None,
    leg_symptoms: bool = False,
) -> go.Figure:
    """Advice for every whole score of pain during the run (x) and the next morning (y).

    Parameters
    ----------
    usual_pain : float, default 0
        Your usual morning pain last week, 0 to 10; fixed for the whole map.
    pain_after : float, default ``BOOK_PAIN_AFTER``
        Pain just after the run, 0 to 10; fixed for the whole map.
    marked : tuple of float, optional
        The reader's own (pain during, next-morning pain), 0 to 10, drawn as
        a ringed point.
    leg_symptoms : bool, default False
        Whether the reader has leg symptoms; then every cell is red.

    Returns
    -------
    plotly.graph_objects.Figure
        A grid of markers coloured and shaped by the monitor's advice, with
        the two limits and the starting ceiling as lines.
    """
    title = LEG_SYMPTOMS_TITLE if leg_symptoms else MAP_TITLE
    figure = go.Figure(layout=course_layout(title))
    figure.add_traces(
        _advice_cells(usual_pain, pain_after, leg_symptoms) + _limit_lines(usual_pain)
    )
    if marked is not None:
        figure.add_trace(_reader_scores(marked, usual_pain, pain_after, leg_symptoms))
    figure.update_layout(**_map_layout())
    # plotly cuts the first line of a multi-line title anchored at the top, so
    # the block of lines is centred at a height worked out from its line count.
    lines = title.count("<br>") + 1
    figure.update_layout(
        title_yanchor="middle",
        title_y=1 - (8 + lines * TITLE_LINE_PX / 2) / MAP_HEIGHT_PX,
        title_pad_t=0,
    )
    return figure


def pain_map_with_slider() -> go.Figure:
    """The map for the book: a slider sets last week's usual morning pain.

    Returns
    -------
    plotly.graph_objects.Figure
        The map with a frame for each usual morning pain in ``BOOK_USUAL_PAINS``.
    """
    figure = figure_with_slider(
        lambda usual: pain_map_figure(usual_pain=usual),
        values=BOOK_USUAL_PAINS,
        default=0,
        label="Usual morning pain",
    )
    figure.layout.sliders[0].currentvalue.suffix = " out of 10"
    figure.layout.sliders[0].pad.t = 80
    return figure
