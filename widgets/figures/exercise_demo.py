"""Figures: animated stick-figure demonstrations of the exercises.

Each demo is a plotly animation of one repetition, drawn with scatter lines
only (the book's basic plotly bundle): the floor, any prop such as a step, the
far limbs in a lighter colour, the trunk and near limbs, the head as a drawn
circle, and a line of text under the floor with the current phase and its
cue. Play and Pause are plotly buttons; a slider scrubs through the frames.
Nothing plays until the reader presses Play, and frames change with no
transition, so there is no smooth motion to switch off for readers who prefer
reduced motion.

The gallery puts every exercise in one figure with a drop-down that swaps the
drawing, the slider and the Play button, so a page carries one figure rather
than a dozen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import plotly.graph_objects as go

from widgets.figures.style import OKABE_ITO, course_layout
from widgets.figures.text_layout import wrap
from widgets.model.exercise_library import exercise, load_exercises
from widgets.model.exercises import VIEWS, Exercise
from widgets.model.poses import HEAD_RADIUS_M, Frame

NEAR_COLOUR = OKABE_ITO["blue"]
FAR_COLOUR = OKABE_ITO["vermillion"]
FLOOR_COLOUR = "#767676"
PROP_COLOUR = "#767676"
# Pictures are 0.05 s apart in the movement. plotly draws a frame on the first
# screen refresh after its duration, so 40 ms gives one picture per 50 ms
# (three refreshes at 60 Hz): real time.
FRAME_SECONDS = 0.05
PLAY_FRAME_MS = 40
HOLD_DEMO_SECONDS = 1.0
DECIMALS = 2  # centimetres: enough for a drawing, and it keeps each demo small
CUE_WRAP_CHARS = 40
HEIGHT_PX = 520
GALLERY_HEIGHT_PX = 560
TEXT_BAND_M = 0.42
MARGIN_M = 0.12
MIN_WIDTH_M = 2.2
HEAD_POINTS = 13
# Trace order: the frames update the last four.
FLOOR, PROP, FAR, NEAR, HEAD, CUE = range(6)
ANIMATED = [FAR, NEAR, HEAD, CUE]

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
NEAR_CHAINS = (
    ("hip", "mid_back", "shoulder", "head"),
    ("shoulder", "near_elbow", "near_wrist"),
    ("hip", "near_knee", "near_ankle", "near_heel", "near_toe", "near_ankle"),
)
FAR_CHAINS = (
    ("shoulder", "far_elbow", "far_wrist"),
    ("hip", "far_knee", "far_ankle", "far_heel", "far_toe", "far_ankle"),
)


def _chains(points: dict, chains) -> tuple[list, list]:
    xs, ys = [], []
    for chain in chains:
        if xs:
            xs.append(None)
            ys.append(None)
        line = np.array([points[joint] for joint in chain])
        if chain[-1] == "head":
            # Stop the neck line at the edge of the head circle.
            neck = line[-1] - line[-2]
            line[-1] = line[-1] - neck / np.linalg.norm(neck) * HEAD_RADIUS_M
        line = np.round(line, DECIMALS)
        xs += line[:, 0].tolist()
        ys += line[:, 1].tolist()
    return xs, ys


_CIRCLE = HEAD_RADIUS_M * np.stack(
    [
        np.cos(np.linspace(0, 2 * np.pi, HEAD_POINTS)),
        np.sin(np.linspace(0, 2 * np.pi, HEAD_POINTS)),
    ],
    axis=1,
)


def _head(points: dict) -> tuple[list, list]:
    circle = np.round(points["head"] + _CIRCLE, DECIMALS)
    return circle[:, 0].tolist(), circle[:, 1].tolist()


@dataclass(frozen=True)
class DemoGeometry:
    """Everything a demo draws, computed once per exercise."""

    exercise: Exercise
    frames: tuple[Frame, ...]
    x_range: tuple[float, float]
    y_range: tuple[float, float]

    @property
    def group(self) -> str:
        return self.exercise.id

    def frame_name(self, index: int) -> str:
        return f"{self.exercise.id}:{index}"

    def phase_text(self, frame: Frame) -> str:
        if frame.phase < 0:
            label = frame.label
        else:
            label = self.exercise.phase_label(self.exercise.demo.phases[frame.phase])
        return f"<b>{label}</b><br>" + wrap(frame.cue, CUE_WRAP_CHARS)

    def cue_position(self) -> tuple[float, float]:
        return self.x_range[0] + 0.02, -0.06


@cache
def demo_geometry(exercise_id: str, frame_seconds: float = FRAME_SECONDS) -> DemoGeometry:
    """Frames and a fixed drawing area for one exercise (cached)."""
    item = exercise(exercise_id)
    frames = tuple(
        item.demo.frames(frame_seconds=frame_seconds, hold_demo_seconds=HOLD_DEMO_SECONDS)
    )
    xs = [p[0] for f in frames for p in f.points.values()]
    ys = [p[1] for f in frames for p in f.points.values()]
    for prop in item.demo.props:
        xs += [prop["x0"], prop["x1"]]
    x_range = (min(xs) - HEAD_RADIUS_M - MARGIN_M, max(xs) + HEAD_RADIUS_M + MARGIN_M)
    # Room for two lines of cue text under the floor, wide enough for the text.
    x_range = (x_range[0], max(x_range[1], x_range[0] + MIN_WIDTH_M))
    y_range = (-TEXT_BAND_M, max(ys) + HEAD_RADIUS_M + MARGIN_M)
    return DemoGeometry(
        item, frames, tuple(round(v, 2) for v in x_range), tuple(round(v, 2) for v in y_range)
    )


def _frame_traces(geometry: DemoGeometry, frame: Frame) -> list[dict]:
    far_x, far_y = _chains(frame.points, FAR_CHAINS)
    near_x, near_y = _chains(frame.points, NEAR_CHAINS)
    head_x, head_y = _head(frame.points)
    cue_x, cue_y = geometry.cue_position()
    return [
        {"x": far_x, "y": far_y},
        {"x": near_x, "y": near_y},
        {"x": head_x, "y": head_y},
        {"x": [round(cue_x, 2)], "y": [cue_y], "text": [geometry.phase_text(frame)]},
    ]


def _static_traces(geometry: DemoGeometry) -> tuple[dict, dict]:
    low, high = geometry.x_range
    floor = {"x": [low, high], "y": [0, 0]}
    prop_x, prop_y = [], []
    for prop in geometry.exercise.demo.props:
        if prop_x:
            prop_x.append(None)
            prop_y.append(None)
        prop_x += [prop["x0"], prop["x0"], prop["x1"], prop["x1"]]
        prop_y += [0, prop["height"], prop["height"], 0]
    return floor, {"x": prop_x or [None], "y": prop_y or [None]}


def _base_traces(geometry: DemoGeometry) -> list[dict]:
    floor, prop = _static_traces(geometry)
    first = _frame_traces(geometry, geometry.frames[0])
    line = {"type": "scatter", "hoverinfo": "skip", "showlegend": False, "mode": "lines"}
    return [
        {"name": "Floor", "line": {"color": FLOOR_COLOUR, "width": 2}, **floor, **line},
        {
            "name": "Step",
            "line": {"color": PROP_COLOUR, "width": 3},
            "fill": "toself",
            "fillcolor": "rgba(118,118,118,0.15)",
            **prop,
            **line,
        },
        {
            **line,
            "name": "Far side",
            "line": {"color": FAR_COLOUR, "width": 5},
            **first[0],
            "showlegend": True,
        },
        {
            **line,
            "name": "Near side",
            "line": {"color": NEAR_COLOUR, "width": 6},
            **first[1],
            "showlegend": True,
        },
        {"name": "Head", "line": {"color": NEAR_COLOUR, "width": 4}, **first[2], **line},
        {
            "type": "scatter",
            "name": "Phase and cue",
            "mode": "text",
            "textposition": "bottom right",
            "textfont": {"size": 14},
            "hoverinfo": "skip",
            "cliponaxis": False,
            "showlegend": False,
            **first[3],
        },
    ]


@cache
def _frames_for(exercise_id: str) -> tuple[list[dict], list[int]]:
    return _frames(demo_geometry(exercise_id))


def clear_caches() -> None:
    """Forget every computed demo (for benchmarks that time a cold start)."""
    demo_geometry.cache_clear()
    _frames_for.cache_clear()


def _frames(geometry: DemoGeometry) -> tuple[list[dict], list[int]]:
    """Plotly frames, and the indices of frames that carry the whole drawing.

    A hold repeats the same pose, so after its first frame a frame changes
    nothing and only keeps time; the slider steps point at whole frames only,
    so scrubbing always shows the right pose.
    """
    frames, whole = [], []
    for frame in geometry.frames:
        traces = _frame_traces(geometry, frame)
        repeat = (
            not frame.new_phase
            and frame.phase >= 0
            and not geometry.exercise.demo.phases[frame.phase].moves
        )
        if repeat:
            data, indices = [{}], [CUE]
        else:
            data, indices = traces, ANIMATED
            whole.append(frame.index)
        frames.append(
            {
                "name": geometry.frame_name(frame.index),
                "group": geometry.group,
                "data": data,
                "traces": indices,
            }
        )
    return frames, whole


def play_args(group: str, frame_ms: int = PLAY_FRAME_MS) -> list:
    """Plotly's arguments for Play: this exercise's frames from where it stopped."""
    return [
        group,
        {
            "frame": {"duration": frame_ms, "redraw": False},
            "transition": {"duration": 0},
            "fromcurrent": True,
            "mode": "immediate",
        },
    ]


PAUSE_ARGS = [
    [None],
    {"frame": {"duration": 0, "redraw": False}, "transition": {"duration": 0}, "mode": "immediate"},
]


def _player_menu(geometry: DemoGeometry, visible: bool = True) -> dict:
    return {
        "type": "buttons",
        "direction": "right",
        "showactive": False,
        "visible": visible,
        "x": 0,
        "xanchor": "left",
        "y": 0,
        "yanchor": "top",
        "pad": {"t": 8, "r": 8},
        "name": f"Play {geometry.exercise.name}",
        "buttons": [
            {"label": "▶ Play", "method": "animate", "args": play_args(geometry.group)},
            {"label": "❚❚ Pause", "method": "animate", "args": PAUSE_ARGS},
        ],
    }


def _slider(geometry: DemoGeometry, whole: list[int], visible: bool = True) -> dict:
    steps = []
    # Every other whole picture is enough to scrub with, and halves the steps.
    whole = whole[::2] if len(whole) > 40 else whole
    for index in whole:
        frame = geometry.frames[index]
        phase = (
            frame.label
            if frame.phase < 0
            else geometry.exercise.phase_label(geometry.exercise.demo.phases[frame.phase])
        )
        steps.append(
            {
                "label": "",
                "value": f"{phase} {len(steps) + 1}/{len(whole)}",
                "method": "animate",
                "args": [
                    [geometry.frame_name(index)],
                    {
                        "mode": "immediate",
                        "frame": {"duration": 0, "redraw": False},
                        "transition": {"duration": 0},
                    },
                ],
            }
        )
    return {
        "active": 0,
        "visible": visible,
        "steps": steps,
        "name": f"{geometry.exercise.name} frame",
        # Under the Play/Pause row, full width, so the two never overlap on a phone.
        "x": 0,
        "len": 1,
        "y": 0,
        "yanchor": "top",
        "pad": {"t": 52, "b": 4, "l": 8, "r": 8},
        "currentvalue": {"visible": False},
        "ticklen": 0,
        "minorticklen": 0,
        "transition": {"duration": 0},
    }


def _title(item: Exercise) -> str:
    return f"{item.name}, {VIEWS[item.demo.view]}"


def _axes(geometry: DemoGeometry) -> dict:
    hidden = {"visible": False, "showgrid": False, "zeroline": False, "fixedrange": True}
    return {
        "xaxis": {**hidden, "range": list(geometry.x_range), "constrain": "domain"},
        "yaxis": {
            **hidden,
            "range": list(geometry.y_range),
            "scaleanchor": "x",
            "scaleratio": 1,
            "constrain": "domain",
        },
    }


def exercise_demo_figure(exercise_id: str) -> go.Figure:
    """The animated demonstration of one exercise, with Play, Pause and a slider."""
    geometry = demo_geometry(exercise_id)
    frames, whole = _frames_for(exercise_id)
    layout = course_layout(
        _title(geometry.exercise), height=HEIGHT_PX, margin={"l": 10, "r": 10, "t": 60, "b": 110}
    ).to_plotly_json()
    layout.update(
        _axes(geometry),
        dragmode=False,
        legend=LEGEND,
        updatemenus=[_player_menu(geometry)],
        sliders=[_slider(geometry, whole)],
    )
    return _figure(_base_traces(geometry), layout, frames)


class FramedFigure(go.Figure):
    """A ``go.Figure`` whose animation frames are kept as plain dicts.

    plotly turns every frame into checked objects, which takes about a tenth of
    a second per demo; these frames are made by this module from numbers it
    computed, so they are stored as they are and added back in ``to_dict``
    (which ``plotly.io.to_json`` and the book use). ``frame_dicts`` gives them.
    """

    def __init__(self, traces: list[dict], layout: dict, frames: list[dict]):
        super().__init__({"data": traces, "layout": layout}, _validate=False)
        self._course_frames = frames

    def to_dict(self) -> dict:
        result = super().to_dict()
        result["frames"] = self._course_frames
        return result


def _figure(traces: list[dict], layout: dict, frames: list[dict]) -> go.Figure:
    return FramedFigure(traces, layout, frames)


def gallery_ids() -> list[str]:
    return [item.id for item in load_exercises()]


def exercise_gallery_figure(
    exercise_ids: Sequence[str] | None = None, default: str | None = None
) -> go.Figure:
    """Every demo in one figure; a drop-down chooses the exercise.

    Each exercise has its own Play/Pause row and slider; the drop-down shows
    that pair and hides the others, and redraws the first frame of the chosen
    exercise.
    """
    ids = list(exercise_ids or gallery_ids())
    default = default or ids[0]
    if default not in ids:
        raise ValueError(f"The first exercise shown ({default!r}) must be one of {ids}.")
    geometries = [demo_geometry(i) for i in ids]
    shown = ids.index(default)
    all_frames, players, sliders, options = [], [], [], []
    for position, geometry in enumerate(geometries):
        frames, whole = _frames_for(geometry.exercise.id)
        all_frames += frames
        players.append(_player_menu(geometry, visible=position == shown))
        sliders.append(_slider(geometry, whole, visible=position == shown))
    for position, geometry in enumerate(geometries):
        floor, prop = _static_traces(geometry)
        first = _frame_traces(geometry, geometry.frames[0])
        traces = [floor, prop] + first
        layout = {"title.text": _title(geometry.exercise)}
        for axis, values in (("xaxis", geometry.x_range), ("yaxis", geometry.y_range)):
            layout[f"{axis}.range"] = list(values)
        for other in range(len(geometries)):
            layout[f"updatemenus[{other + 1}].visible"] = other == position
            layout[f"sliders[{other}].visible"] = other == position
            layout[f"sliders[{other}].active"] = 0
        options.append(
            {
                "label": geometry.exercise.name,
                "method": "update",
                "args": [
                    {
                        "x": [t["x"] for t in traces],
                        "y": [t["y"] for t in traces],
                        "text": [None, None, None, None, None, first[3]["text"]],
                    },
                    layout,
                ],
            }
        )
    layout = course_layout(
        _title(geometries[shown].exercise),
        height=GALLERY_HEIGHT_PX,
        margin={"l": 10, "r": 10, "t": 110, "b": 110},
    ).to_plotly_json()
    chooser = {
        "type": "dropdown",
        "direction": "down",
        "active": shown,
        "buttons": options,
        "x": 0,
        "xanchor": "left",
        "y": 1.02,
        "yanchor": "bottom",
        "pad": {"b": 6},
        "showactive": True,
        "name": "Exercise",
    }
    layout.update(
        _axes(geometries[shown]),
        dragmode=False,
        legend=LEGEND,
        updatemenus=[chooser] + players,
        sliders=sliders,
    )
    return _figure(_base_traces(geometries[shown]), layout, all_frames)
