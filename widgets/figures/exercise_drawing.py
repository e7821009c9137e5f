"""The stick figure of an exercise demo: poses turned into plotly scatter lines.

Each picture is drawn with scatter lines only (the book's basic plotly
bundle): the floor, any prop such as a step, the far limbs in a lighter
colour, the trunk and near limbs, the head as a drawn circle, and a line of
text under the floor with the current phase and its cue. Drawing units are
metres. ``widgets.figures.exercise_demo`` animates these pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from widgets.figures.style import OKABE_ITO
from widgets.figures.text_layout import wrap
from widgets.model.exercise_library import exercise
from widgets.model.exercises import VIEWS, Exercise
from widgets.model.poses import HEAD_RADIUS_M, Frame

NEAR_COLOUR = OKABE_ITO["blue"]
FAR_COLOUR = OKABE_ITO["vermillion"]
FLOOR_COLOUR = "#767676"
PROP_COLOUR = "#767676"
# Time between pictures in the movement.
FRAME_SECONDS = 0.05
HOLD_DEMO_SECONDS = 1.0
DECIMALS = 2  # centimetres: enough for a drawing, and it keeps each demo small
CUE_WRAP_CHARS = 40
TEXT_BAND_M = 0.42
MARGIN_M = 0.12
MIN_WIDTH_M = 2.2
HEAD_POINTS = 13
# Trace order: each picture redraws the last four.
FLOOR, PROP, FAR, NEAR, HEAD, CUE = range(6)
ANIMATED = [FAR, NEAR, HEAD, CUE]

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
    """Everything a demo draws, computed once per exercise.

    Attributes
    ----------
    exercise : Exercise
        The exercise shown.
    frames : tuple of Frame
        Its poses, one per picture.
    x_range, y_range : tuple of float
        The fixed drawing area, in metres, with room for the cue text under
        the floor.
    """

    exercise: Exercise
    frames: tuple[Frame, ...]
    x_range: tuple[float, float]
    y_range: tuple[float, float]

    @property
    def group(self) -> str:
        """The exercise's id, which names its group of animation frames.

        Returns
        -------
        str
            The id.
        """
        return self.exercise.id

    def frame_name(self, index: int) -> str:
        """The name of one picture's animation frame.

        Parameters
        ----------
        index : int
            The picture's position in ``frames``.

        Returns
        -------
        str
            The exercise's id and the index, unique across a gallery.
        """
        return f"{self.exercise.id}:{index}"

    def phase_text(self, frame: Frame) -> str:
        """The text under the floor for one picture.

        Parameters
        ----------
        frame : Frame
            The picture.

        Returns
        -------
        str
            The phase's name in bold, then its cue wrapped for a phone.
        """
        if frame.phase < 0:
            label = frame.label
        else:
            label = self.exercise.phase_label(self.exercise.demo.phases[frame.phase])
        return f"<b>{label}</b><br>" + wrap(frame.cue, CUE_WRAP_CHARS)

    def cue_position(self) -> tuple[float, float]:
        """Where the cue text starts: at the left, just under the floor.

        Returns
        -------
        tuple of float
            x and y, in metres.
        """
        return self.x_range[0] + 0.02, -0.06


@cache
def demo_geometry(exercise_id: str, frame_seconds: float = FRAME_SECONDS) -> DemoGeometry:
    """Poses and a fixed drawing area for one exercise (cached).

    Parameters
    ----------
    exercise_id : str
        The exercise's id in the exercise data file.
    frame_seconds : float, default ``FRAME_SECONDS``
        Time between pictures, in seconds.

    Returns
    -------
    DemoGeometry
        Every picture of one repetition, and a drawing area that holds them
        all.
    """
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


def frame_traces(geometry: DemoGeometry, frame: Frame) -> list[dict]:
    """The data of the four traces that change from picture to picture.

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.
    frame : Frame
        The picture drawn.

    Returns
    -------
    list of dict
        x and y (and the text of the cue) of the far limbs, near limbs, head
        and cue, in ``ANIMATED`` order.
    """
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


def static_traces(geometry: DemoGeometry) -> tuple[dict, dict]:
    """The data of the floor and of the props, which stay still.

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.

    Returns
    -------
    tuple of dict
        x and y of the floor, and of every prop's outline (a step's box);
        ``[None]`` where there is no prop.
    """
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


def base_traces(geometry: DemoGeometry) -> list[dict]:
    """Every trace of the demo, styled, showing its first picture.

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.

    Returns
    -------
    list of dict
        Plotly scatter traces in ``FLOOR, PROP, FAR, NEAR, HEAD, CUE`` order.
    """
    floor, prop = static_traces(geometry)
    first = frame_traces(geometry, geometry.frames[0])
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


def demo_title(item: Exercise) -> str:
    """A demo's title: the exercise and from which side it is seen.

    Parameters
    ----------
    item : Exercise
        The exercise.

    Returns
    -------
    str
        For example "Glute bridge, seen from the side".
    """
    return f"{item.name}, {VIEWS[item.demo.view]}"


def demo_axes(geometry: DemoGeometry) -> dict:
    """Hidden axes over the drawing area, one metre as long across as up.

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.

    Returns
    -------
    dict
        ``xaxis`` and ``yaxis``, for a layout.
    """
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
