"""Figures: animated stick-figure demonstrations of the exercises.

Each demo is a plotly animation of one repetition, its pictures drawn by
``widgets.figures.exercise_drawing``. Play and Pause are plotly buttons; a
slider scrubs through the frames. Nothing plays until the reader presses
Play, and frames change with no transition, so there is no smooth motion to
switch off for readers who prefer reduced motion.

The gallery puts every exercise in one figure with a drop-down that swaps the
drawing, the slider and the Play button, so a page carries one figure rather
than a dozen.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np
import plotly.graph_objects as go

from widgets.figures.controls import jump_to_frame, menu, update_button
from widgets.figures.exercise_drawing import (
    ANIMATED,
    CUE,
    DOTS,
    FAR,
    HEAD,
    NEAR,
    DemoGeometry,
    base_traces,
    demo_axes,
    demo_geometry,
    demo_title,
    frame_traces,
    legend_shown,
    static_traces,
    trace_names,
)
from widgets.figures.style import course_layout
from widgets.model.exercise_library import load_exercises

# plotly draws a frame on the first screen refresh after its duration, so
# 40 ms gives one picture per 50 ms (FRAME_SECONDS; three refreshes at 60 Hz):
# real time.
PLAY_FRAME_MS = 40
HEIGHT_PX = 568
GALLERY_HEIGHT_PX = 608
# Enough whole pictures to scrub through a movement smoothly; every key pose,
# hold and "Now swap sides" always has its own step.
MAX_SLIDER_STEPS = 40
# A hold lasts many seconds but repeats one picture: the slider stops on it
# this many times, spread over its pictures, so scrubbing shows it for a
# visible share of the slider, not as a single step between two movements.
HOLD_SLIDER_STOPS = 5
# A movement that starts slowly from a hold looks, for its first pictures, just
# like the hold: its first slider step is the first picture that has moved this
# far (metres), so a step named "Return" never shows the held pose.
SHOWN_MOVE_M = 0.015

# The slider starts this far under the drawing: below the Play/Pause row and
# clear of a three-entry legend, so its focus outline never crosses the last
# entry. The bottom margin holds the row, the legend and the slider; the
# heights above leave the drawing as much room as before.
SLIDER_TOP_PX = 100
BOTTOM_MARGIN_PX = 158
# The legend names the two colours; it sits under the drawing, right of Play and
# Pause, in a column narrow enough to fit beside them on a phone.
LEGEND = {
    "orientation": "v",
    "x": 1,
    "xanchor": "right",
    "y": 0,
    "yanchor": "top",
    "traceorder": "reversed",
    "itemclick": False,
    "itemdoubleclick": False,
    "itemwidth": 30,
    "tracegroupgap": 0,
}


@cache
def _frames_for(exercise_id: str) -> tuple[list[dict], list[int]]:
    return _frames(demo_geometry(exercise_id))


def clear_caches() -> None:
    """Forget every computed demo (for benchmarks that time a cold start)."""
    demo_geometry.cache_clear()
    _frames_for.cache_clear()
    _hold_stops_of.cache_clear()


def _turns_to_the_other_side(geometry: DemoGeometry, frame) -> bool:
    """The first picture after "Now swap sides" that shows the other side."""
    return frame.side != geometry.frames[frame.index - 1].side if frame.index else False


def _is_repeat(geometry: DemoGeometry, frame) -> bool:
    """A hold's later pictures repeat its first (or its turn to the other side): they only keep time.

    The pictures of a hold that the slider stops at are not repeats: a step
    of the slider has to draw the whole figure.
    """
    return (
        not frame.new_phase
        and frame.phase >= 0
        and not geometry.exercise.demo.phases[frame.phase].moves
        and not _turns_to_the_other_side(geometry, frame)
        and frame.index not in _hold_stops_of(geometry.exercise.id)
    )


@cache
def _hold_stops_of(exercise_id: str) -> frozenset[int]:
    """The pictures of each hold the slider stops at: ``HOLD_SLIDER_STOPS`` spread over it."""
    geometry = demo_geometry(exercise_id)
    stops: set[int] = set()
    for number, phase in enumerate(geometry.exercise.demo.phases):
        if phase.moves or not phase.counts:
            continue
        held = [f.index for f in geometry.frames if f.phase == number and f.side == 0]
        count = min(HOLD_SLIDER_STOPS, len(held))
        stops |= {held[int(k * len(held) / count)] for k in range(count)}
    return frozenset(stops)


def _frames(geometry: DemoGeometry) -> tuple[list[dict], list[int]]:
    """Plotly frames, and the indices of the pictures the slider stops at.

    A hold repeats the same pose, so after its first picture a frame changes
    nothing and only keeps time. The cue under the floor changes only with the
    phase, so it is sent with a phase's first picture and with every picture
    the slider stops at; while playing, the others leave it as it is. The dots
    of limbs pointing at the viewer are sent only by demos that have them.
    """
    whole = [f.index for f in geometry.frames if not _is_repeat(geometry, f)]
    stops = set(slider_frames(geometry, whole))
    dots = legend_shown(geometry)[DOTS]
    frames = []
    for frame in geometry.frames:
        if _is_repeat(geometry, frame):
            data, indices = [{}], [CUE]
        else:
            traces = frame_traces(geometry, frame)
            chosen = [FAR, HEAD, NEAR]
            if frame.new_phase or frame.index in stops:
                chosen.append(CUE)
            if dots:
                chosen.append(DOTS)
            data = [traces[ANIMATED.index(t)] for t in chosen]
            indices = chosen
        frames.append(
            {
                "name": geometry.frame_name(frame.index),
                "group": geometry.group,
                "data": data,
                "traces": indices,
            }
        )
    return frames, sorted(stops)


def play_args(group: str, frame_ms: int = PLAY_FRAME_MS) -> list:
    """Plotly's arguments for Play: one exercise's frames from where it stopped.

    Parameters
    ----------
    group : str
        The exercise's frame group (its id).
    frame_ms : int, default ``PLAY_FRAME_MS``
        How long each picture stays, in milliseconds.

    Returns
    -------
    list
        The ``args`` of an ``animate`` button.
    """
    return [
        group,
        {
            "frame": {"duration": frame_ms, "redraw": False},
            "transition": {"duration": 0},
            "fromcurrent": True,
            "mode": "immediate",
        },
    ]


PAUSE_ARGS = jump_to_frame([None], redraw=False)


def _player_menu(geometry: DemoGeometry, visible: bool = True) -> dict:
    """Play and Pause, under the drawing at the left."""
    buttons = [
        {"label": "▶ Play", "method": "animate", "args": play_args(geometry.group)},
        {"label": "❚❚ Pause", "method": "animate", "args": PAUSE_ARGS},
    ]
    return menu(
        "buttons",
        buttons,
        f"Play {geometry.exercise.name}",
        y=0,
        yanchor="top",
        direction="right",
        showactive=False,
        visible=visible,
        pad={"t": 8, "r": 8},
    )


def slider_frames(geometry: DemoGeometry, whole: list[int]) -> list[int]:
    """The pictures the slider stops at: every phase's first picture, every key pose,
    ``HOLD_SLIDER_STOPS`` pictures of each hold and the other side after "Now swap sides",
    then evenly spread moving pictures, at most ``MAX_SLIDER_STEPS`` in all.

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.
    whole : list of int
        Indices of the pictures that carry the whole drawing.

    Returns
    -------
    list of int
        Picture indices in order.
    """
    frames = geometry.frames
    holds = _hold_stops_of(geometry.exercise.id)
    unseen = _unseen_starts(geometry)
    whole = [i for i in whole if i not in unseen]
    must = [
        i
        for i in whole
        if frames[i].new_phase
        or frames[i].key
        or i in holds
        or _turns_to_the_other_side(geometry, frames[i])
        or (i - 1 in unseen and not frames[i - 1].key)
    ]
    others = [i for i in whole if i not in set(must)]
    room = max(0, MAX_SLIDER_STEPS - len(must))
    if len(others) > room:
        others = [others[int(k * len(others) / room)] for k in range(room)] if room else []
    return sorted(set(must) | set(others))


def _unseen_starts(geometry: DemoGeometry) -> set[int]:
    """The first pictures of each movement that have not yet visibly moved (``SHOWN_MOVE_M``)."""
    frames = geometry.frames
    unseen: set[int] = set()
    for frame in frames[1:]:
        if not frame.new_phase or frame.key or frame.phase < 0:
            continue
        if not geometry.exercise.demo.phases[frame.phase].moves:
            continue
        before = frames[frame.index - 1].points
        index = frame.index
        while (
            index < len(frames)
            and not frames[index].key
            and frames[index].phase == frame.phase
            and max(float(np.abs(frames[index].points[j] - before[j]).max()) for j in before)
            < SHOWN_MOVE_M
        ):
            unseen.add(index)
            index += 1
    return unseen


def step_label(geometry: DemoGeometry, index: int) -> str:
    """The name of a picture's phase, as the slider says it ("Hold 8 s", "Now swap sides").

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.
    index : int
        The picture's position in the repetition.

    Returns
    -------
    str
        "Start position", or the phase's label.
    """
    frame = geometry.frames[index]
    if frame.phase < 0:
        return frame.label
    return geometry.exercise.phase_label(geometry.exercise.demo.phases[frame.phase])


def _slider(geometry: DemoGeometry, chosen: list[int], visible: bool = True) -> dict:
    """A step per picture in ``chosen`` (``slider_frames``), named by its phase."""
    steps = [
        {
            "label": "",
            "value": f"{step_label(geometry, index)} {number}/{len(chosen)}",
            "method": "animate",
            "args": jump_to_frame([geometry.frame_name(index)], redraw=False),
        }
        for number, index in enumerate(chosen, start=1)
    ]
    return {
        "active": 0,
        "visible": visible,
        "steps": steps,
        "name": f"{geometry.exercise.name} frame",
        # Under the Play/Pause row and the three-line legend beside it, full width,
        # so they never overlap on a phone.
        "x": 0,
        "len": 1,
        "y": 0,
        "yanchor": "top",
        "pad": {"t": SLIDER_TOP_PX, "b": 4, "l": 8, "r": 8},
        "currentvalue": {"visible": False},
        "ticklen": 0,
        "minorticklen": 0,
        "transition": {"duration": 0},
    }


class FramedFigure(go.Figure):
    """A ``go.Figure`` whose traces, layout and frames are also kept as plain dicts.

    plotly turns every frame into checked objects, and copies the whole figure
    when it writes JSON, which takes about a tenth of a second per demo; these
    dicts are made by this module from numbers it computed, so ``to_dict``
    (which ``plotly.io.to_json`` and the book use) returns them as they are.

    Parameters
    ----------
    traces : list of dict
        The figure's traces.
    layout : dict
        The figure's layout.
    frames : list of dict
        The animation frames, as plotly's JSON has them.
    """

    def __init__(self, traces: list[dict], layout: dict, frames: list[dict]):
        super().__init__({"data": traces, "layout": layout}, _validate=False)
        self._course_dict = {"data": traces, "layout": layout, "frames": frames}

    def to_dict(self) -> dict:
        """The figure as plotly's JSON structure, frames included.

        Returns
        -------
        dict
            ``data``, ``layout`` and ``frames``.
        """
        return dict(self._course_dict)


def _demo_layout(geometry: DemoGeometry, height_px: int, top_px: int, menus, sliders) -> dict:
    """The layout of a demo figure: title, hidden axes, legend and controls."""
    layout = course_layout(
        demo_title(geometry.exercise),
        height=height_px,
        margin={"l": 10, "r": 10, "t": top_px, "b": BOTTOM_MARGIN_PX},
    ).to_plotly_json()
    layout.update(
        demo_axes(geometry),
        dragmode=False,
        legend=LEGEND,
        updatemenus=menus,
        sliders=sliders,
        # On a phone the book fits the figure's height to its drawing (fit.js).
        meta={"fit": "drawing"},
    )
    return layout


def exercise_demo_figure(exercise_id: str) -> go.Figure:
    """The animated demonstration of one exercise, with Play, Pause and a slider.

    Parameters
    ----------
    exercise_id : str
        The exercise's id in the exercise data file.

    Returns
    -------
    plotly.graph_objects.Figure
        One repetition as animation frames, showing its first picture.
    """
    geometry = demo_geometry(exercise_id)
    frames, stops = _frames_for(exercise_id)
    layout = _demo_layout(
        geometry, HEIGHT_PX, 60, [_player_menu(geometry)], [_slider(geometry, stops)]
    )
    return FramedFigure(base_traces(geometry), layout, frames)


def gallery_ids() -> list[str]:
    """The exercises the gallery shows, in the data file's order.

    Returns
    -------
    list of str
        Every exercise's id.
    """
    return [item.id for item in load_exercises()]


def _gallery_option(geometry: DemoGeometry, position: int, count: int) -> dict:
    """A drop-down entry: redraws this exercise's first picture and shows its own controls."""
    floor, prop = static_traces(geometry)
    first = frame_traces(geometry, geometry.frames[0])
    traces = [floor, prop] + first
    layout = {"title.text": demo_title(geometry.exercise)}
    for axis, values in (("xaxis", geometry.x_range), ("yaxis", geometry.y_range)):
        layout[f"{axis}.range"] = list(values)
    # Menu 0 is the drop-down itself; menu k + 1 and slider k belong to exercise k.
    for other in range(count):
        layout[f"updatemenus[{other + 1}].visible"] = other == position
        layout[f"sliders[{other}].visible"] = other == position
        layout[f"sliders[{other}].active"] = 0
    redraw = {
        "x": [t["x"] for t in traces],
        "y": [t["y"] for t in traces],
        "text": [t.get("text") for t in traces],
        "name": trace_names(geometry),
        "showlegend": legend_shown(geometry),
    }
    return update_button(geometry.exercise.name, redraw, layout)


def exercise_gallery_figure(
    exercise_ids: Sequence[str] | None = None, default: str | None = None
) -> go.Figure:
    """Every demo in one figure; a drop-down chooses the exercise.

    Each exercise has its own Play/Pause row and slider; the drop-down shows
    that pair and hides the others, and redraws the first frame of the chosen
    exercise.

    Parameters
    ----------
    exercise_ids : sequence of str, optional
        The exercises shown, by id; all of them (``gallery_ids``) if None.
    default : str, optional
        The id of the exercise shown first; the first of ``exercise_ids`` if None.

    Returns
    -------
    plotly.graph_objects.Figure
        Every exercise's animation frames, showing the default's first picture.
    """
    ids = list(exercise_ids or gallery_ids())
    default = default or ids[0]
    if default not in ids:
        raise ValueError(f"The first exercise shown ({default!r}) must be one of {ids}.")
    geometries = [demo_geometry(i) for i in ids]
    shown = ids.index(default)
    all_frames, players, sliders = [], [], []
    for position, geometry in enumerate(geometries):
        frames, stops = _frames_for(geometry.exercise.id)
        all_frames += frames
        players.append(_player_menu(geometry, visible=position == shown))
        sliders.append(_slider(geometry, stops, visible=position == shown))
    options = [
        _gallery_option(g, position, len(geometries)) for position, g in enumerate(geometries)
    ]
    chooser = menu(
        "dropdown",
        options,
        "Exercise",
        y=1.02,
        yanchor="bottom",
        direction="down",
        active=shown,
        pad={"b": 6},
    )
    layout = _demo_layout(geometries[shown], GALLERY_HEIGHT_PX, 110, [chooser] + players, sliders)
    return FramedFigure(base_traces(geometries[shown]), layout, all_frames)
