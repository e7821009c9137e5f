"""Turn figures built for one setting into one figure with plotly's own controls.

The live view rebuilds a figure from the model whenever a control changes. The
book has no kernel, so these helpers build every setting in advance and let
plotly.js switch between them: buttons toggle which traces are visible, and
sliders step through animation frames. Both read the same figure builders, so
the book and JupyterLab show the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import plotly.graph_objects as go

# Height of a row of plotly buttons, with its padding.
MENU_ROW_PX = 40


def _layout_patch(figure: go.Figure) -> dict:
    """The parts of ``figure``'s layout that differ between views."""
    layout = figure.layout
    patch = {
        "title.text": layout.title.text,
        "annotations": [a.to_plotly_json() for a in layout.annotations],
    }
    for axis in ("xaxis", "yaxis"):
        axis_layout = getattr(layout, axis)
        patch[f"{axis}.title.text"] = axis_layout.title.text
        if axis_layout.categoryarray is not None:
            patch[f"{axis}.categoryarray"] = list(axis_layout.categoryarray)
        if axis_layout.range is not None:
            patch[f"{axis}.range"] = list(axis_layout.range)
        else:
            patch[f"{axis}.autorange"] = True
    return patch


def figure_with_view_buttons(
    views: Mapping[str, Callable[[], go.Figure]],
    default: str,
    label: str = "Show",
) -> go.Figure:
    """One figure holding every view, with a button per view.

    ``views`` maps a button label to a builder of that view's figure. All views'
    traces are added; a button shows its own and hides the others, and applies
    its layout (title, axes, annotations). ``default`` is shown first.
    """
    if default not in views:
        raise ValueError(f"default view {default!r} is not one of {list(views)}")
    built = {name: build() for name, build in views.items()}
    combined = go.Figure(layout=built[default].layout)
    owner: list[str] = []
    for name, figure in built.items():
        for trace in figure.data:
            combined.add_trace(trace)
            owner.append(name)
    buttons = []
    for name, figure in built.items():
        visible = [who == name for who in owner]
        buttons.append(
            {
                "label": name,
                "method": "update",
                "args": [{"visible": visible}, _layout_patch(figure)],
            }
        )
    for trace, who in zip(combined.data, owner):
        trace.visible = who == default
    # The row of buttons sits between the title and the plot: make room for it.
    top = combined.layout.margin.t if combined.layout.margin.t is not None else 80
    combined.update_layout(margin={"t": top + MENU_ROW_PX})
    combined.update_layout(
        updatemenus=[
            {
                "type": "buttons",
                "direction": "right",
                "active": list(built).index(default),
                "buttons": buttons,
                "x": 0,
                "xanchor": "left",
                "y": 1.03,
                "yanchor": "bottom",
                "pad": {"t": 4, "b": 8},
                "showactive": True,
                "name": label,
            }
        ],
    )
    return combined


def figure_with_slider(
    build: Callable[[float], go.Figure],
    values: list[float],
    default: float,
    label: str,
    format_value: Callable[[float], str] = lambda v: f"{v:g}",
) -> go.Figure:
    """One figure with a plotly slider whose steps are precomputed frames.

    ``build(value)`` returns the figure for one slider position; every position
    must have the same traces in the same order. The slider restyles the figure
    to the frame for its value, so no kernel is needed.
    """
    if not values:
        raise ValueError("a slider needs at least one value")
    if default not in values:
        raise ValueError(f"default {default!r} is not one of the slider values")
    figures = [build(v) for v in values]
    trace_count = len(figures[0].data)
    if any(len(f.data) != trace_count for f in figures):
        raise ValueError("every slider position must draw the same number of traces")
    start = figures[values.index(default)]
    combined = go.Figure(data=start.data, layout=start.layout)
    combined.frames = [
        go.Frame(
            name=format_value(v),
            data=f.data,
            layout={"title": {"text": f.layout.title.text}, "annotations": f.layout.annotations},
        )
        for v, f in zip(values, figures)
    ]
    steps = [
        {
            "label": format_value(v),
            "method": "animate",
            "args": [
                [format_value(v)],
                {
                    "mode": "immediate",
                    "frame": {"duration": 0, "redraw": True},
                    "transition": {"duration": 0},
                },
            ],
        }
        for v in values
    ]
    combined.update_layout(
        sliders=[
            {
                "active": values.index(default),
                "currentvalue": {"prefix": f"{label}: "},
                "steps": steps,
                "pad": {"t": 50},
                "name": label,
            }
        ]
    )
    return combined
