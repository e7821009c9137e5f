"""Figure: the myth self-check.

A chart places each of the article's claims on a three-step verdict scale
(myth, partly true, supported). A claim's mark stays hidden until the reader
has answered. Above the chart is the claim; below it, the verdict, the reason
and the source (their text: ``widgets.figures.myth_panels``). The book's
version does this with plotly's own menus: a dropdown chooses the claim, a
second one records the reader's answer and reveals the verdict, and two
buttons show every verdict or start again.
"""

from __future__ import annotations

from collections.abc import Mapping

import plotly.graph_objects as go

from widgets.figures.controls import menu, update_button
from widgets.figures.myth_panels import (
    CATEGORY_COLOURS,
    PROMPT,
    claim_text,
    row_label,
    verdict_text,
)
from widgets.figures.style import (
    TEXT_COLOUR,
    course_layout,
    grid_axis,
    outlined_marker,
    paper_note,
)
from widgets.model.myths import CATEGORIES, Myth, load_myths

TITLE = "Most of the article's claims do not match the evidence"
CATEGORY_X = {key: i for i, key in enumerate(CATEGORIES)}
CATEGORY_SYMBOLS = {"myth": "x", "partly": "diamond", "supported": "circle"}
ROW_PX = 24
MARGIN_TOP_PX = 300
# Below the chart: the verdict panel (its top VERDICT_OFFSET_PX under the axis),
# then room for the two buttons. The panel is sized for the longest verdict.
VERDICT_OFFSET_PX = 62
LINE_PX = 19
BUTTONS_PX = 80
CLAIM_ANNOTATION = 0
VERDICT_ANNOTATION = 1
# The panels start a little left of the chart, under the row numbers, so that
# their lines fit a phone screen.
PANEL_XSHIFT_PX = -24
CHOOSE_LABEL = "Choose an answer"


def margin_bottom_px(myths: list[Myth] | None = None) -> int:
    """Room below the chart for the longest verdict panel and the buttons.

    Parameters
    ----------
    myths : list of Myth, optional
        The claims; all of the data file's if None.

    Returns
    -------
    int
        The bottom margin, in pixels.
    """
    myths = load_myths() if myths is None else myths
    lines = max(verdict_text(m, answer).count("<br>") + 1 for m in myths for answer in CATEGORIES)
    return VERDICT_OFFSET_PX + lines * LINE_PX + BUTTONS_PX


def _geometry(claim_count: int) -> tuple[int, int]:
    """Height of the chart area and of the whole figure, in pixels."""
    plot_px = ROW_PX * claim_count + 20
    return plot_px, plot_px + MARGIN_TOP_PX + margin_bottom_px()


# One state of the self-check ---------------------------------------------------


def _chosen_row_band(row: int) -> go.Scatter:
    """Trace 0: a band marking the chosen claim's row."""
    return go.Scatter(
        x=[-0.45, len(CATEGORIES) - 0.55],
        y=[row] * 2,
        mode="lines",
        line={"color": "rgba(86,180,233,0.35)", "width": ROW_PX - 4},
        hoverinfo="skip",
        showlegend=False,
        name="chosen claim",
    )


def _verdict_marks(myths: list[Myth], row_y: dict[str, int], shown: set[str]) -> list[go.Scatter]:
    """Traces 1..N: one verdict mark per claim, hidden unless its id is in ``shown``."""
    return [
        go.Scatter(
            x=[CATEGORY_X[myth.category]],
            y=[row_y[myth.id]],
            mode="markers",
            marker=outlined_marker(
                CATEGORY_COLOURS[myth.category], CATEGORY_SYMBOLS[myth.category], 15
            ),
            name=row_label(i, myth),
            showlegend=False,
            hovertext=f"{row_label(i, myth)}<br>Verdict: {myth.verdict}",
            hoverinfo="text",
            visible=myth.id in shown,
        )
        for i, myth in enumerate(myths)
    ]


def _chart_axes(myths: list[Myth], row_y: dict[str, int]) -> dict:
    """Verdicts across, one numbered row per claim down."""
    return {
        "xaxis": grid_axis(
            {"text": "Verdict", "standoff": 4},
            range=[-0.5, len(CATEGORIES) - 0.5],
            tickvals=list(CATEGORY_X.values()),
            ticktext=list(CATEGORIES.values()),
            showgrid=True,
        ),
        "yaxis": grid_axis(
            "",
            range=[-0.6, len(myths) - 0.4],
            tickvals=[row_y[m.id] for m in myths],
            ticktext=[str(i + 1) for i in range(len(myths))],
            automargin=True,
            showgrid=True,
        ),
    }


def _panels(index: int, myth: Myth, verdict: str) -> list[dict]:
    """The claim above the chart, the verdict below it, and the answer menu's label.

    The claim and the verdict are named ``result: …``: the book reads them
    aloud when they change.

    They are placed in pixels from the chart's edges, so they stay in place
    when the book adds room for a wrapped title.
    """
    font = {"size": 14, "color": TEXT_COLOUR}
    return [
        paper_note(
            claim_text(index, myth),
            1,
            font,
            xshift=PANEL_XSHIFT_PX,
            yshift=MARGIN_TOP_PX - 112,
            name="result: claim",
        ),
        paper_note(
            verdict,
            0,
            font,
            xshift=PANEL_XSHIFT_PX,
            yshift=-VERDICT_OFFSET_PX,
            name="result: verdict",
        ),
        paper_note("Your answer:", 1, font, xshift=0, yshift=44, yanchor="bottom"),
    ]


def myth_figure(
    answers: Mapping[str, str] | None = None,
    current: str | None = None,
    show_all: bool = False,
) -> go.Figure:
    """The self-check in one state: which claims are answered, which one is chosen.

    Parameters
    ----------
    answers : mapping of str to str, optional
        The reader's answer (a key of ``CATEGORIES``) to each answered claim,
        by claim id. Answered claims show their verdict mark.
    current : str, optional
        The id of the chosen claim, whose panels are shown; the first if None.
    show_all : bool, default False
        Whether every claim's verdict mark, and the chosen claim's verdict,
        are shown whether answered or not.

    Returns
    -------
    plotly.graph_objects.Figure
        The chart, with the chosen claim above it and its verdict (or a
        prompt to answer) below.
    """
    answers = dict(answers or {})
    myths = load_myths()
    ids = [m.id for m in myths]
    current = current or ids[0]
    if current not in ids:
        raise ValueError(f"unknown claim {current!r}")
    unknown = set(answers) - set(ids)
    if unknown:
        raise ValueError(f"unknown claims in answers: {sorted(unknown)}")
    index = ids.index(current)
    row_y = {m.id: len(myths) - 1 - i for i, m in enumerate(myths)}
    shown = set(ids) if show_all else set(answers)
    revealed = current in answers or show_all
    verdict = verdict_text(myths[index], answers.get(current)) if revealed else PROMPT

    figure = go.Figure(layout=course_layout(TITLE, title_pad={"t": 14}))
    figure.add_traces([_chosen_row_band(row_y[current]), *_verdict_marks(myths, row_y, shown)])
    figure.update_layout(
        height=_geometry(len(myths))[1],
        margin={"l": 10, "r": 10, "t": MARGIN_TOP_PX, "b": margin_bottom_px(myths)},
        **_chart_axes(myths, row_y),
        annotations=_panels(index, myths[index], verdict),
    )
    return figure


# The book's menus ---------------------------------------------------------------


def _claim_menu(myths: list[Myth]) -> dict:
    """Menu 0 chooses the claim: it moves the band and shows that claim's answer menu."""
    buttons = []
    for i, myth in enumerate(myths):
        layout_patch = {
            f"annotations[{CLAIM_ANNOTATION}].text": claim_text(i, myth),
            f"annotations[{VERDICT_ANNOTATION}].text": PROMPT,
        }
        for j in range(len(myths)):
            layout_patch[f"updatemenus[{1 + j}].visible"] = i == j
        row = len(myths) - 1 - i
        buttons.append(update_button(row_label(i, myth), {"y": [[row, row]]}, layout_patch, [0]))
    return menu(
        "dropdown",
        buttons,
        "Claim",
        y=1,
        yanchor="bottom",
        direction="down",
        active=0,
        pad={"t": 0, "b": MARGIN_TOP_PX - 100},
    )


def _answer_menu(index: int, myth: Myth) -> dict:
    """Menus 1..N: a claim's answers; each shows its mark and the verdict with feedback.

    A drop-down, not a row of buttons: it reads the same on a phone, and its
    first entry says what to do before the reader has answered.
    """
    answers = [{"label": CHOOSE_LABEL, "method": "skip", "args": []}]
    answers += [
        update_button(
            label,
            {"visible": True},
            {f"annotations[{VERDICT_ANNOTATION}].text": verdict_text(myth, key)},
            [1 + index],
        )
        for key, label in CATEGORIES.items()
    ]
    return menu(
        "dropdown",
        answers,
        f"Your answer to claim {index + 1}",
        y=1,
        yanchor="bottom",
        direction="down",
        active=0,
        visible=index == 0,
        pad={"t": 0, "b": 8},
    )


def _show_or_reset_menu(myths: list[Myth]) -> dict:
    """The last menu: two buttons under the verdict that show every verdict or start again."""
    claim_traces = list(range(1, len(myths) + 1))
    reset_layout = {f"annotations[{VERDICT_ANNOTATION}].text": PROMPT}
    for j in range(len(myths)):
        reset_layout[f"updatemenus[{1 + j}].active"] = 0
    show_all = {
        "label": "Show every verdict",
        "method": "restyle",
        "args": [{"visible": True}, claim_traces],
    }
    reset = update_button("Start again", {"visible": False}, reset_layout, claim_traces)
    return menu(
        "buttons",
        [show_all, reset],
        "Show or reset",
        y=0,
        yanchor="top",
        x=1,
        xanchor="right",
        direction="up",
        active=0,
        showactive=False,
        pad={"t": margin_bottom_px(myths) - 50, "b": 0},
    )


def myth_check_figure() -> go.Figure:
    """The self-check for the book: plotly menus do what the live view does in Python.

    Returns
    -------
    plotly.graph_objects.Figure
        The first claim chosen and nothing answered, with a drop-down to
        choose the claim, one to answer it, and buttons to show every verdict
        or start again.
    """
    myths = load_myths()
    figure = myth_figure()
    menus = [_claim_menu(myths)]
    menus += [_answer_menu(i, myth) for i, myth in enumerate(myths)]
    menus.append(_show_or_reset_menu(myths))
    figure.update_layout(updatemenus=menus)
    return figure
