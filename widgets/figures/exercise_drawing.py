"""The stick figure of an exercise demo: poses turned into plotly scatter lines.

Each picture is drawn with scatter traces only (the book's basic plotly
bundle): the floor, any prop such as a step or a wall, the far limbs in a
second colour, the head as a filled circle, the trunk and near limbs in
front of it, a dot where a forearm, a foot or an elbow points towards the
viewer (seen end-on), and a line of text under the floor with the current phase and its
cue. The head hides the far arm and the near arm passes in front of the head,
as they would. Drawing units are whole centimetres, which keeps each demo's
data small. ``widgets.figures.exercise_demo`` animates these pictures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import numpy as np

from widgets.figures.style import OKABE_ITO
from widgets.figures.text_layout import wrap
from widgets.model.animation import Frame
from widgets.model.exercise_library import demo_exercise
from widgets.model.exercises import VIEWS, Exercise
from widgets.model.poses import HEAD_RADIUS_M, IN_ANGLES, OUT_ANGLES, TURN_ANGLES

NEAR_COLOUR = OKABE_ITO["blue"]
FAR_COLOUR = OKABE_ITO["vermillion"]
FLOOR_COLOUR = "#595959"
PROP_COLOUR = "#767676"
DOT_COLOUR = "#222222"
# Time between pictures in the movement.
FRAME_SECONDS = 0.05
HOLD_DEMO_SECONDS = 1.0
CM_PER_M = 100  # the drawing is in whole centimetres: enough, and short to write
CUE_WRAP_CHARS = 40
TEXT_BAND_M = 0.42
MARGIN_M = 0.12
MIN_WIDTH_M = 2.2
# A chair seen from the side: its back rises this far above the seat; its back
# post and front leg are this wide, its seat this thick.
CHAIR_BACK_M = 0.45
CHAIR_POST_M = 0.04
CHAIR_SEAT_M = 0.05
# The head is a smooth curve (plotly's spline) through points placed to the millimetre.
HEAD_POINTS = 14
HEAD_DECIMALS = 1
# Trace order: each picture redraws FAR to DOTS.
FLOOR, PROP, FAR, HEAD, NEAR, CUE, DOTS = range(7)
ANIMATED = [FAR, HEAD, NEAR, CUE, DOTS]
# A forearm or foot counts as pointing at the viewer when it turns this far
# out of the picture (the share of its length that points at you); its end is
# drawn as a dot. An upper arm swung out to the side towards the viewer (a
# curl-up's elbow on the floor beside the body) counts from a quarter of its
# length, 7 cm or more out from the shoulder: its elbow gets the dot.
TOWARDS_VIEWER = 0.7
ELBOW_TOWARDS_VIEWER = 0.25
LEGEND_NAMES = {
    "side": ("Near side", "Far side"),
    "front": ("Top side", "Bottom side"),
}
# Short enough to sit right of Play and Pause on a 390 px phone (the dot is its symbol).
DOTS_NAME = "Points at you"

# Knees and elbows: a limb straight in the picture to within this many degrees is
# drawn as one straight line from its root to its end.
LIMB_MIDDLES = ("near_elbow", "far_elbow", "near_knee", "far_knee")
STRAIGHT_DEGREES = 1.0

NEAR_CHAINS = (
    ("hip", "mid_back", "shoulder", "head"),
    ("far_shoulder_joint", "shoulder", "near_shoulder_joint", "near_elbow", "near_wrist"),
    (
        "far_hip_joint",
        "hip",
        "near_hip_joint",
        "near_knee",
        "near_ankle",
        "near_heel",
        "near_toe",
        "near_ankle",
    ),
)
FAR_CHAINS = (
    ("far_shoulder_joint", "far_elbow", "far_wrist"),
    ("far_hip_joint", "far_knee", "far_ankle", "far_heel", "far_toe", "far_ankle"),
)
# The ends that can point at the viewer, the joint they turn from, and how
# much of the segment must point at the viewer. Only the near elbow: the far
# one swings out away from the viewer, behind the body. In a side view every
# far-side end is behind the body (a far hand tucked under the back points at
# you, but a dot there would read as the near hand), so only the front view
# marks far-side ends.
ENDS = (
    ("near_wrist", "near_elbow", TOWARDS_VIEWER),
    ("far_wrist", "far_elbow", TOWARDS_VIEWER),
    ("near_toe", "near_ankle", TOWARDS_VIEWER),
    ("far_toe", "far_ankle", TOWARDS_VIEWER),
    ("near_elbow", "near_shoulder_joint", ELBOW_TOWARDS_VIEWER),
)


def _looks_straight(points: dict, chain, place: int) -> bool:
    """A knee or elbow whose limb is straight in the picture, to within ``STRAIGHT_DEGREES``."""
    if chain[place] not in LIMB_MIDDLES or not 0 < place < len(chain) - 1:
        return False
    before, middle, after = (points[chain[place + k]][:2] for k in (-1, 0, 1))
    upper, lower = middle - before, after - middle
    lengths = float(np.linalg.norm(upper) * np.linalg.norm(lower))
    if lengths == 0.0:
        return False
    cosine = max(-1.0, min(1.0, float(upper @ lower) / lengths))
    return math.degrees(math.acos(cosine)) <= STRAIGHT_DEGREES


def _chains(points: dict, chains) -> tuple[list, list]:
    xs, ys = [], []
    for chain in chains:
        if xs:
            xs.append(None)
            ys.append(None)
        # A straight limb is drawn as one line: rounding its middle joint to the
        # centimetre on its own would put a kink in it.
        chain = [j for n, j in enumerate(chain) if not _looks_straight(points, chain, n)]
        line = [(float(points[joint][0]), float(points[joint][1])) for joint in chain]
        if chain[-1] == "head":
            # Stop the neck line at the edge of the head circle.
            (x0, y0), (x1, y1) = line[-2], line[-1]
            shorter = HEAD_RADIUS_M / math.hypot(x1 - x0, y1 - y0)
            line[-1] = (x1 - (x1 - x0) * shorter, y1 - (y1 - y0) * shorter)
        last = None
        for x, y in line:
            point = (round(x * CM_PER_M), round(y * CM_PER_M))
            # Seen from the side, a girdle points at the viewer: drop its repeated points.
            if point != last:
                xs.append(point[0])
                ys.append(point[1])
                last = point
    return xs, ys


# One point more than HEAD_POINTS, and the second point again, so the spline
# closes without a corner.
_ANGLES = np.linspace(0, 2 * np.pi, HEAD_POINTS + 1)
_CIRCLE = HEAD_RADIUS_M * np.stack([np.cos(_ANGLES), np.sin(_ANGLES)], axis=1)
_CIRCLE = np.vstack([_CIRCLE, _CIRCLE[1:2]])


def _head(points: dict) -> tuple[list, list]:
    circle = np.round((points["head"][:2] + _CIRCLE) * CM_PER_M, HEAD_DECIMALS)
    return circle[:, 0].tolist(), circle[:, 1].tolist()


def _dots(points: dict, view: str) -> tuple[list, list]:
    """The ends of forearms, feet and upper arms that point at the viewer: seen end-on, a dot."""
    xs, ys = [], []
    for end, start, share in ENDS:
        if view == "side" and end.startswith("far_"):
            continue
        step = points[end] - points[start]
        if step[2] > share * math.hypot(*step):
            xs.append(round(float(points[end][0]) * CM_PER_M))
            ys.append(round(float(points[end][1]) * CM_PER_M))
    return xs or [None], ys or [None]


@dataclass(frozen=True)
class DemoGeometry:
    """Everything a demo draws, computed once per exercise.

    Attributes
    ----------
    exercise : Exercise
        The exercise shown.
    frames : tuple of Frame
        Its poses, one per picture.
    x_range, y_range : tuple of int
        The fixed drawing area, in centimetres, with room for the cue text
        under the floor.
    """

    exercise: Exercise
    frames: tuple[Frame, ...]
    x_range: tuple[int, int]
    y_range: tuple[int, int]
    has_dots: bool = False

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
        tuple of int
            x and y, in centimetres.
        """
        return self.x_range[0] + 2, -6


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
    item = demo_exercise(exercise_id)
    frames = tuple(
        item.demo.frames(frame_seconds=frame_seconds, hold_demo_seconds=HOLD_DEMO_SECONDS)
    )
    xs = [p[0] for f in frames for p in f.points.values()]
    ys = [p[1] for f in frames for p in f.points.values()]
    for prop in item.demo.props:
        xs += [prop["x0"], prop["x1"]]
    x_range = (min(xs) - HEAD_RADIUS_M - MARGIN_M, max(xs) + HEAD_RADIUS_M + MARGIN_M)
    # Wide enough for the cue text under the floor, with the figure in the middle.
    extra = max(0.0, MIN_WIDTH_M - (x_range[1] - x_range[0])) / 2
    x_range = (x_range[0] - extra, x_range[1] + extra)
    y_range = (-TEXT_BAND_M, max(ys) + HEAD_RADIUS_M + MARGIN_M)
    turns = any(
        pose.get(name)
        for pose in item.demo.poses.values()
        for name in TURN_ANGLES + OUT_ANGLES + IN_ANGLES
    )
    return DemoGeometry(
        item,
        frames,
        tuple(round(v * CM_PER_M) for v in x_range),
        tuple(round(v * CM_PER_M) for v in y_range),
        turns and any(_dots(f.points, item.demo.view)[0] != [None] for f in frames),
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
        x and y (and the text of the cue) of the far limbs, head, near limbs,
        cue and end-on dots, in ``ANIMATED`` order.
    """
    far_x, far_y = _chains(frame.points, FAR_CHAINS)
    near_x, near_y = _chains(frame.points, NEAR_CHAINS)
    head_x, head_y = _head(frame.points)
    dot_x, dot_y = (
        _dots(frame.points, geometry.exercise.demo.view) if geometry.has_dots else ([None], [None])
    )
    cue_x, cue_y = geometry.cue_position()
    return [
        {"x": far_x, "y": far_y},
        {"x": head_x, "y": head_y},
        {"x": near_x, "y": near_y},
        {"x": [cue_x], "y": [cue_y], "text": [geometry.phase_text(frame)]},
        {"x": dot_x, "y": dot_y},
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
        x and y of the floor, and of every prop's outline (a step's or a
        wall's box); ``[None]`` where there is no prop.
    """
    low, high = geometry.x_range
    floor = {"x": [low, high], "y": [0, 0]}
    prop_x, prop_y = [], []
    for prop in geometry.exercise.demo.props:
        if prop_x:
            prop_x.append(None)
            prop_y.append(None)
        xs, ys = _prop_outline(prop)
        prop_x += xs
        prop_y += ys
    return floor, {"x": prop_x or [None], "y": prop_y or [None]}


def _prop_outline(prop: dict) -> tuple[list, list]:
    """A prop's outline in centimetres: a box, or a chair's back, seat and two legs.

    The chair's box (``x0`` to ``x1``, up to ``height``) is its seat; its back
    rises from the back edge (``x0``), as a chair seen from the side.
    """
    x0, x1, top = (round(prop[k] * CM_PER_M) for k in ("x0", "x1", "height"))
    if prop["kind"] != "chair":
        return [x0, x0, x1, x1, x0], [0, top, top, 0, 0]
    post, seat, back = (round(v * CM_PER_M) for v in (CHAIR_POST_M, CHAIR_SEAT_M, CHAIR_BACK_M))
    xs = [x0, x0, x0 + post, x0 + post, x1, x1, x1 - post, x1 - post, x0 + post, x0 + post, x0]
    ys = [0, top + back, top + back, top, top, 0, 0, top - seat, top - seat, 0, 0]
    return xs, ys


def trace_names(geometry: DemoGeometry) -> list[str]:
    """The names of the traces, in order; the legend shows the sides and the dots.

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.

    Returns
    -------
    list of str
        One name per trace: the sides are "near" and "far" from the side, and
        "top" and "bottom" from the front.
    """
    near, far = LEGEND_NAMES[geometry.exercise.demo.view]
    return ["Floor", "Prop", far, "Head", near, "Phase and cue", DOTS_NAME]


def legend_shown(geometry: DemoGeometry) -> list[bool]:
    """Which traces the legend lists: the two sides, and the dot where one is drawn.

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.

    Returns
    -------
    list of bool
        One flag per trace.
    """
    return [False, False, True, False, True, False, geometry.has_dots]


def base_traces(geometry: DemoGeometry) -> list[dict]:
    """Every trace of the demo, styled, showing its first picture.

    Parameters
    ----------
    geometry : DemoGeometry
        The exercise's demo.

    Returns
    -------
    list of dict
        Plotly scatter traces in ``FLOOR, PROP, FAR, HEAD, NEAR, CUE, DOTS`` order.
    """
    floor, prop = static_traces(geometry)
    first = frame_traces(geometry, geometry.frames[0])
    names, shown = trace_names(geometry), legend_shown(geometry)
    line = {"type": "scatter", "hoverinfo": "skip", "showlegend": False, "mode": "lines"}
    traces = [
        {**line, "line": {"color": FLOOR_COLOUR, "width": 3}, **floor},
        {
            **line,
            "line": {"color": PROP_COLOUR, "width": 3},
            "fill": "toself",
            "fillcolor": "rgba(118,118,118,0.15)",
            **prop,
        },
        {**line, "line": {"color": FAR_COLOUR, "width": 5}, **first[0]},
        {
            **line,
            "line": {"color": NEAR_COLOUR, "width": 4, "shape": "spline", "smoothing": 1.3},
            "fill": "toself",
            "fillcolor": "#ffffff",
            **first[1],
        },
        {**line, "line": {"color": NEAR_COLOUR, "width": 6}, **first[2]},
        {
            "type": "scatter",
            "mode": "text",
            "textposition": "bottom right",
            "textfont": {"size": 14},
            "hoverinfo": "skip",
            "cliponaxis": False,
            "showlegend": False,
            **first[3],
        },
        {
            "type": "scatter",
            "mode": "markers",
            "marker": {"color": DOT_COLOUR, "size": 11, "line": {"color": "#ffffff", "width": 2}},
            "hoverinfo": "skip",
            "showlegend": False,
            **first[4],
        },
    ]
    for trace, name, listed in zip(traces, names, shown):
        trace["name"] = name
        trace["showlegend"] = listed
    return traces


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
