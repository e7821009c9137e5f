"""Figure: the myth self-check.

A chart places each of the article's claims on a three-step verdict scale
(myth, partly true, supported). A claim's mark stays hidden until the reader
has answered. Above the chart is the claim; below it, the verdict, the reason
and the source. The book's version does this with plotly's own menus: a
dropdown chooses the claim, a second one records the reader's answer and reveals
the verdict, and two buttons show every verdict or start again.
"""

from __future__ import annotations

from collections.abc import Mapping

import plotly.graph_objects as go

from widgets.figures.style import GRID_COLOUR, OKABE_ITO, TEXT_COLOUR, course_layout
from widgets.figures.text_layout import wrap as _wrap
from widgets.model.myths import CATEGORIES, Myth, feedback, load_myths

TITLE = "Most of the article's claims do not match the evidence"
CATEGORY_X = {key: i for i, key in enumerate(CATEGORIES)}
CATEGORY_COLOURS = {
    "myth": OKABE_ITO["vermillion"],
    "partly": OKABE_ITO["orange"],
    "supported": OKABE_ITO["bluish_green"],
}
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
WRAP_CHARS = 40
# Bold text is wider; the claim's quotation marks add a little too.
CLAIM_HEADING_WRAP_CHARS = 34
CLAIM_WRAP_CHARS = 38
# The panels start a little left of the chart, under the row numbers, so that
# their lines fit a phone screen.
PANEL_XSHIFT_PX = -24
CHOOSE_LABEL = "Choose an answer"
PROMPT = "Choose your answer above.<br>The verdict and its source appear here."


def margin_bottom_px(myths: list[Myth] | None = None) -> int:
    """Room below the chart for the longest verdict panel and the buttons, in pixels."""
    myths = load_myths() if myths is None else myths
    lines = max(verdict_text(m, answer).count("<br>") + 1 for m in myths for answer in CATEGORIES)
    return VERDICT_OFFSET_PX + lines * LINE_PX + BUTTONS_PX


def _geometry(claim_count: int) -> tuple[int, int]:
    """Height of the chart area and of the whole figure, in pixels."""
    plot_px = ROW_PX * claim_count + 20
    return plot_px, plot_px + MARGIN_TOP_PX + margin_bottom_px()


def wrap(text: str) -> str:
    return _wrap(text, WRAP_CHARS)


def row_label(index: int, myth: Myth) -> str:
    return f"{index + 1}. {myth.short}"


def claim_text(index: int, myth: Myth) -> str:
    """The claim as the article put it, for the panel above the chart."""
    heading = _wrap(f"Claim {index + 1}: {myth.short}", CLAIM_HEADING_WRAP_CHARS)
    return (
        "<br>".join(f"<b>{line}</b>" for line in heading.split("<br>"))
        + "<br>"
        + _wrap(f"The article says: \u201c{myth.claim}\u201d", CLAIM_WRAP_CHARS)
    )


def verdict_text(myth: Myth, answer: str | None) -> str:
    """The verdict panel after the reader answered ``answer`` (None: just reveal)."""
    colour = CATEGORY_COLOURS[myth.category]
    lines = [] if answer is None else [wrap(feedback(myth, answer))]
    lines.append(f"<b><span style='color:{colour}'>Verdict: {myth.verdict}</span></b>")
    lines.append(wrap(myth.explanation))
    lines.append(f"<i>{wrap(myth.source_text)}</i>")
    return "<br>".join(lines)


def myth_figure(
    answers: Mapping[str, str] | None = None,
    current: str | None = None,
    show_all: bool = False,
) -> go.Figure:
    """The self-check in one state: which claims are answered, which one is chosen.

    ``answers`` maps a claim id to the reader's answer (a key of ``CATEGORIES``).
    Answered claims, or every claim with ``show_all``, show their verdict mark.
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
    height_px = _geometry(len(myths))[1]
    row_y = {m.id: len(myths) - 1 - i for i, m in enumerate(myths)}

    # Everything above and below the chart is placed in pixels from the chart's
    # edges, so it stays in place when the book adds room for a wrapped title.
    layout = course_layout(TITLE)
    layout.title.update(y=1, yanchor="top", yref="container", pad={"t": 14})
    figure = go.Figure(layout=layout)
    # Trace 0: a band marking the chosen claim's row.
    figure.add_trace(
        go.Scatter(
            x=[-0.45, len(CATEGORIES) - 0.55],
            y=[row_y[current]] * 2,
            mode="lines",
            line={"color": "rgba(86,180,233,0.35)", "width": ROW_PX - 4},
            hoverinfo="skip",
            showlegend=False,
            name="chosen claim",
        )
    )
    # Traces 1..N: one verdict mark per claim, hidden until answered.
    for i, myth in enumerate(myths):
        figure.add_trace(
            go.Scatter(
                x=[CATEGORY_X[myth.category]],
                y=[row_y[myth.id]],
                mode="markers",
                marker={
                    "color": CATEGORY_COLOURS[myth.category],
                    "size": 15,
                    "symbol": CATEGORY_SYMBOLS[myth.category],
                    "line": {"color": "white", "width": 1},
                },
                name=row_label(i, myth),
                showlegend=False,
                hovertext=f"{row_label(i, myth)}<br>Verdict: {myth.verdict}",
                hoverinfo="text",
                visible=show_all or myth.id in answers,
            )
        )
    current_myth = myths[index]
    verdict = (
        verdict_text(current_myth, answers.get(current))
        if current in answers or show_all
        else PROMPT
    )
    panel = {
        "xref": "paper",
        "yref": "paper",
        "x": 0,
        "xshift": PANEL_XSHIFT_PX,
        "xanchor": "left",
        "yanchor": "top",
        "align": "left",
        "showarrow": False,
        "font": {"size": 14, "color": TEXT_COLOUR},
    }
    figure.update_layout(
        height=height_px,
        margin={"l": 10, "r": 10, "t": MARGIN_TOP_PX, "b": margin_bottom_px(myths)},
        xaxis={
            "range": [-0.5, len(CATEGORIES) - 0.5],
            "tickvals": list(CATEGORY_X.values()),
            "ticktext": list(CATEGORIES.values()),
            "fixedrange": True,
            "showgrid": True,
            "gridcolor": GRID_COLOUR,
            "zeroline": False,
            "title": {"text": "Verdict", "standoff": 4},
        },
        yaxis={
            "range": [-0.6, len(myths) - 0.4],
            "tickvals": [row_y[m.id] for m in myths],
            "ticktext": [str(i + 1) for i in range(len(myths))],
            "automargin": True,
            "fixedrange": True,
            "showgrid": True,
            "gridcolor": GRID_COLOUR,
            "zeroline": False,
            "title": {"text": ""},
        },
        annotations=[
            dict(panel, text=claim_text(index, current_myth), y=1, yshift=MARGIN_TOP_PX - 112),
            dict(panel, text=verdict, y=0, yshift=-VERDICT_OFFSET_PX),
            dict(panel, text="Your answer:", y=1, yshift=44, yanchor="bottom", xshift=0),
        ],
    )
    return figure


def myth_check_figure() -> go.Figure:
    """The self-check for the book: plotly menus do what the live view does in Python."""
    myths = load_myths()
    figure = myth_figure()
    claim_count = len(myths)
    # Menu 0 chooses the claim. Menus 1..N hold each claim's answer buttons; only
    # the chosen claim's are visible. The last menu shows every verdict or resets.
    dropdown_buttons = []
    for i, myth in enumerate(myths):
        layout_update = {
            f"annotations[{CLAIM_ANNOTATION}].text": claim_text(i, myth),
            f"annotations[{VERDICT_ANNOTATION}].text": PROMPT,
        }
        for j in range(claim_count):
            layout_update[f"updatemenus[{1 + j}].visible"] = i == j
        y = claim_count - 1 - i
        dropdown_buttons.append(
            {
                "label": row_label(i, myth),
                "method": "update",
                "args": [{"y": [[y, y]]}, layout_update, [0]],
            }
        )
    menus = [
        {
            "type": "dropdown",
            "direction": "down",
            "active": 0,
            "buttons": dropdown_buttons,
            "x": 0,
            "xanchor": "left",
            "y": 1,
            "yanchor": "bottom",
            "showactive": True,
            "name": "Claim",
            "pad": {"t": 0, "b": MARGIN_TOP_PX - 100},
        }
    ]
    for i, myth in enumerate(myths):
        # A drop-down, not a row of buttons: it reads the same on a phone, and its
        # first entry says what to do before the reader has answered.
        answers = [{"label": CHOOSE_LABEL, "method": "skip", "args": []}]
        answers += [
            {
                "label": label,
                "method": "update",
                "args": [
                    {"visible": True},
                    {f"annotations[{VERDICT_ANNOTATION}].text": verdict_text(myth, key)},
                    [1 + i],
                ],
            }
            for key, label in CATEGORIES.items()
        ]
        menus.append(
            {
                "type": "dropdown",
                "direction": "down",
                "active": 0,
                "showactive": True,
                "buttons": answers,
                "x": 0,
                "xanchor": "left",
                "y": 1,
                "yanchor": "bottom",
                "visible": i == 0,
                "name": f"Your answer to claim {i + 1}",
                "pad": {"t": 0, "b": 8},
            }
        )
    reset_layout = {f"annotations[{VERDICT_ANNOTATION}].text": PROMPT}
    for j in range(claim_count):
        reset_layout[f"updatemenus[{1 + j}].active"] = 0
    claim_traces = list(range(1, claim_count + 1))
    menus.append(
        {
            "type": "buttons",
            "direction": "up",
            "active": 0,
            "showactive": False,
            "buttons": [
                {
                    "label": "Show every verdict",
                    "method": "restyle",
                    "args": [{"visible": True}, claim_traces],
                },
                {
                    "label": "Start again",
                    "method": "update",
                    "args": [{"visible": False}, reset_layout, claim_traces],
                },
            ],
            "x": 1,
            "xanchor": "right",
            "y": 0,
            "yanchor": "top",
            "name": "Show or reset",
            "pad": {"t": margin_bottom_px(myths) - 50, "b": 0},
        }
    )
    figure.update_layout(updatemenus=menus)
    return figure
