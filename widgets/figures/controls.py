"""Turn figures built for one setting into one figure with plotly's own controls.

The live view rebuilds a figure from the model whenever a control changes. The
book has no kernel, so these helpers build every setting in advance and let
plotly.js switch between them: buttons toggle which traces are visible, and
sliders step through animation frames. Both read the same figure builders, so
the book and JupyterLab show the same numbers.

The small helpers (``update_button``, ``menu``, ``jump_to_frame``) write the
dicts plotly expects for a button, a menu and a frame step, so each builder
states only what its own controls change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import plotly.graph_objects as go

# Height of a row of plotly buttons, with its padding.
MENU_ROW_PX = 40


def update_button(
    label: str,
    trace_patch: dict,
    layout_patch: dict,
    traces: Sequence[int] | None = None,
) -> dict:
    """A plotly button (or drop-down entry) that changes traces and layout at once.

    Parameters
    ----------
    label : str
        The button's text.
    trace_patch : dict
        Trace properties to set (plotly ``restyle``), one value or one list
        per trace.
    layout_patch : dict
        Layout properties to set (plotly ``relayout``), by dotted path.
    traces : sequence of int, optional
        Indices of the traces ``trace_patch`` applies to; all traces if None.

    Returns
    -------
    dict
        The button, for a menu's ``buttons`` or a slider's ``steps``.
    """
    args = [trace_patch, layout_patch] + ([] if traces is None else [list(traces)])
    return {"label": label, "method": "update", "args": args}


def menu(kind: str, buttons: list[dict], name: str, y: float, yanchor: str, **more) -> dict:
    """A plotly menu at the left edge of the figure; its active button is shown.

    Parameters
    ----------
    kind : {"dropdown", "buttons"}
        A drop-down, or a row (or column) of buttons.
    buttons : list of dict
        The menu's entries (see ``update_button``).
    name : str
        What the menu chooses; the book labels the control with it.
    y : float
        Height of the menu in paper units (0 bottom, 1 top of the plot).
    yanchor : {"top", "middle", "bottom"}
        Which edge of the menu sits at ``y``.
    **more
        Other menu properties (``direction``, ``active``, ``pad`` in px...).

    Returns
    -------
    dict
        The menu, for a layout's ``updatemenus``.
    """
    return {
        "type": kind,
        "buttons": buttons,
        "name": name,
        "x": 0,
        "xanchor": "left",
        "y": y,
        "yanchor": yanchor,
        "showactive": True,
        **more,
    }


def jump_to_frame(frame_names: list, redraw: bool) -> list:
    """Plotly's ``animate`` arguments that show a frame at once, with no transition.

    Parameters
    ----------
    frame_names : list
        Names of the frames to show (``[None]`` stops an animation that plays).
    redraw : bool
        Whether plotly redraws the whole plot (needed when a frame changes
        the layout, not only trace data).

    Returns
    -------
    list
        The ``args`` of an ``animate`` button or slider step.
    """
    return [
        frame_names,
        {
            "mode": "immediate",
            "frame": {"duration": 0, "redraw": redraw},
            "transition": {"duration": 0},
        },
    ]


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
    second = layout["yaxis2"] if "yaxis2" in layout else None
    if second is not None and second.visible is not None:  # an axis only some views show
        patch["yaxis2.visible"] = second.visible
    return patch


def figure_with_view_buttons(
    views: Mapping[str, Callable[[], go.Figure]],
    default: str,
    label: str = "Show",
) -> go.Figure:
    """One figure holding every view, with a button per view.

    All views' traces are added; a button shows its own and hides the others,
    and applies its layout (title, axes, annotations).

    Parameters
    ----------
    views : mapping of str to callable
        A button label for each view, and a builder of that view's figure.
    default : str
        The label of the view shown first.
    label : str, default "Show"
        What the buttons choose (the row's name).

    Returns
    -------
    plotly.graph_objects.Figure
        The default view's figure with every other view's traces hidden and a
        row of buttons between the title and the plot.
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
    buttons = [
        update_button(name, {"visible": [who == name for who in owner]}, _layout_patch(figure))
        for name, figure in built.items()
    ]
    for trace, who in zip(combined.data, owner):
        trace.visible = who == default
    # The row of buttons sits between the title and the plot: make room for it.
    top = combined.layout.margin.t if combined.layout.margin.t is not None else 80
    combined.update_layout(margin={"t": top + MENU_ROW_PX})
    combined.update_layout(
        updatemenus=[
            menu(
                "buttons",
                buttons,
                label,
                y=1.03,
                yanchor="bottom",
                direction="right",
                active=list(built).index(default),
                pad={"t": 4, "b": 8},
            )
        ],
    )
    return combined


def figure_per_view(
    views: Mapping[str, str],
    default: str,
    build: Callable[[str], go.Figure],
    label: str = "Show",
) -> go.Figure:
    """``figure_with_view_buttons`` for a builder that takes the view's key.

    Parameters
    ----------
    views : mapping of str to str
        Each view's key (what ``build`` takes) and its button label.
    default : str
        The key of the view shown first.
    build : callable
        Builds the figure of one view from its key.
    label : str, default "Show"
        What the buttons choose.

    Returns
    -------
    plotly.graph_objects.Figure
        Every view in one figure, with a button per view.
    """
    return figure_with_view_buttons(
        {views[key]: (lambda key=key: build(key)) for key in views}, views[default], label
    )


def figure_with_slider(
    build: Callable[[float], go.Figure],
    values: list[float],
    default: float,
    label: str,
    format_value: Callable[[float], str] = lambda v: f"{v:g}",
) -> go.Figure:
    """One figure with a plotly slider whose steps are precomputed frames.

    The slider restyles the figure to the frame for its value, so no kernel is
    needed.

    Parameters
    ----------
    build : callable
        Builds the figure for one slider value; every value's figure must have
        the same traces in the same order.
    values : list of float
        The slider's positions, in the unit of the setting it stands for.
    default : float
        The position shown first (one of ``values``).
    label : str
        What the slider sets, shown before its current value.
    format_value : callable, optional
        Writes a value as the step's label (``f"{v:g}"`` by default).

    Returns
    -------
    plotly.graph_objects.Figure
        The default position's figure, with a frame and a slider step per value.
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
    names = [format_value(v) for v in values]
    combined.frames = [
        go.Frame(
            name=name,
            data=f.data,
            layout={"title": {"text": f.layout.title.text}, "annotations": f.layout.annotations},
        )
        for name, f in zip(names, figures)
    ]
    combined.update_layout(sliders=[_frame_slider(names, values.index(default), label)])
    return combined


def _frame_slider(names: list[str], active: int, label: str) -> dict:
    """A slider with a step per frame, each showing its frame at once."""
    steps = [
        {"label": name, "method": "animate", "args": jump_to_frame([name], redraw=True)}
        for name in names
    ]
    return {
        "active": active,
        "currentvalue": {"prefix": f"{label}: "},
        "steps": steps,
        "pad": {"t": 50},
        "name": label,
    }
