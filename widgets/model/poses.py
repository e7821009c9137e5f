"""A stick figure moved by joint angles: forward kinematics for the exercise demos.

A pose is a handful of joint angles in degrees. Forward kinematics turns it
into joint positions in metres in the plane of the picture, with fixed segment
lengths, so limbs never stretch or shrink. An animation eases from key pose to
key pose, one phase at a time ("Lift", "Hold", "Lower"), and then moves the
whole body so its lowest point rests on the floor (y = 0) and one chosen joint
(the anchor) keeps its place across the floor. Pure: numpy only, no plotting.

Angles (all in degrees; 0 is the joint in its neutral position):

* ``trunk``: direction of the lower back from hip to mid-back, measured
  anticlockwise from the +x axis (90 is upright). The figure faces +x when
  upright; its front is the trunk direction turned 90 degrees clockwise.
* ``spine``: bend between lower and upper back (positive rounds the back,
  negative arches it); ``neck``: head forward (positive) or back.
* ``near_shoulder`` / ``far_shoulder``: shoulder flexion (0 arm by the side,
  90 reaching forward, 180 overhead); ``near_elbow`` / ``far_elbow``: elbow
  flexion.
* ``near_hip`` / ``far_hip``: hip flexion (0 thigh in line with the trunk, 90
  thigh forward at a right angle); ``near_knee`` / ``far_knee``: knee flexion;
  ``near_ankle`` / ``far_ankle``: toes pointed down (positive) or pulled up.

In a side view "near" is the side facing you. In a front view (lying on your
side) "near" is the top side.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

ANGLE_NAMES = (
    "trunk",
    "spine",
    "neck",
    "near_shoulder",
    "near_elbow",
    "far_shoulder",
    "far_elbow",
    "near_hip",
    "near_knee",
    "near_ankle",
    "far_hip",
    "far_knee",
    "far_ankle",
)
DEFAULT_ANGLES = {name: 0.0 for name in ANGLE_NAMES} | {"trunk": 90.0}

# Segment lengths in metres for an adult about 1.75 m tall (rounded textbook
# proportions of body height). Each entry: (from joint, to joint, length).
SEGMENTS = (
    ("hip", "mid_back", 0.26),
    ("mid_back", "shoulder", 0.26),
    ("shoulder", "head", 0.24),
    ("shoulder", "near_elbow", 0.28),
    ("near_elbow", "near_wrist", 0.24),
    ("shoulder", "far_elbow", 0.28),
    ("far_elbow", "far_wrist", 0.24),
    ("hip", "near_knee", 0.46),
    ("near_knee", "near_ankle", 0.43),
    ("near_ankle", "near_heel", 0.08),
    ("near_ankle", "near_toe", 0.18),
    ("hip", "far_knee", 0.46),
    ("far_knee", "far_ankle", 0.43),
    ("far_ankle", "far_heel", 0.08),
    ("far_ankle", "far_toe", 0.18),
)
SEGMENT_LENGTHS = {(a, b): length for a, b, length in SEGMENTS}
JOINTS = ("hip",) + tuple(b for _, b, _ in SEGMENTS)
HEAD_RADIUS_M = 0.11
# The heel sits behind and below the ankle, the toe ahead and below: angles
# from the foot's own direction, chosen so both touch a flat floor together.
HEEL_OFFSET_DEG = 180.0 + 50.0
TOE_OFFSET_DEG = -20.0

Pose = Mapping[str, float]


def _unit(degrees: float) -> np.ndarray:
    radians = np.deg2rad(degrees)
    return np.array([np.cos(radians), np.sin(radians)])


def check_pose(pose: Pose) -> dict[str, float]:
    """The full set of angles for ``pose`` (missing ones neutral), or a ``ValueError``.

    Parameters
    ----------
    pose : mapping of str to float
        Joint angles in degrees by name (see the module docstring).

    Returns
    -------
    dict of str to float
        Every angle of ``ANGLE_NAMES``; those not given are neutral.
    """
    unknown = sorted(set(pose) - set(ANGLE_NAMES))
    if unknown:
        raise ValueError(
            f"{', '.join(unknown)} is not a joint angle this model knows. "
            f"Use one of: {', '.join(ANGLE_NAMES)}."
        )
    full = dict(DEFAULT_ANGLES)
    for name, value in pose.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not np.isfinite(value):
            raise ValueError(f"The angle {name} must be a number of degrees, not {value!r}.")
        full[name] = float(value)
    return full


def joint_directions(pose: Pose, checked: bool = False) -> dict[tuple[str, str], float]:
    """The direction of every segment, in degrees anticlockwise from +x.

    Parameters
    ----------
    pose : mapping of str to float
        Joint angles in degrees.
    checked : bool, optional
        True when ``pose`` already passed :func:`check_pose` (saves checking
        every frame of an animation again).

    Returns
    -------
    dict
        The direction in degrees by segment, keyed ``(from joint, to joint)``.
    """
    a = pose if checked else check_pose(pose)
    lower_back = a["trunk"]
    upper_back = lower_back - a["spine"]
    directions = {
        ("hip", "mid_back"): lower_back,
        ("mid_back", "shoulder"): upper_back,
        ("shoulder", "head"): upper_back - a["neck"],
    }
    for side in ("near", "far"):
        upper_arm = upper_back + 180.0 + a[f"{side}_shoulder"]
        forearm = upper_arm + a[f"{side}_elbow"]
        thigh = lower_back + 180.0 + a[f"{side}_hip"]
        shank = thigh - a[f"{side}_knee"]
        foot = shank + 90.0 - a[f"{side}_ankle"]
        directions[("shoulder", f"{side}_elbow")] = upper_arm
        directions[(f"{side}_elbow", f"{side}_wrist")] = forearm
        directions[("hip", f"{side}_knee")] = thigh
        directions[(f"{side}_knee", f"{side}_ankle")] = shank
        directions[(f"{side}_ankle", f"{side}_heel")] = foot + HEEL_OFFSET_DEG
        directions[(f"{side}_ankle", f"{side}_toe")] = foot + TOE_OFFSET_DEG
    return directions


def forward_kinematics(pose: Pose, checked: bool = False) -> dict[str, np.ndarray]:
    """Joint positions (metres) with the hip at the origin.

    Parameters
    ----------
    pose : mapping of str to float
        Joint angles in degrees.
    checked : bool, optional
        True when ``pose`` already passed :func:`check_pose`.

    Returns
    -------
    dict of str to numpy.ndarray
        The (x, y) position in metres of every joint of ``JOINTS``.
    """
    directions = joint_directions(pose, checked)
    points = {"hip": np.zeros(2)}
    for parent, child, length in SEGMENTS:
        points[child] = points[parent] + length * _unit(directions[(parent, child)])
    return points


def lowest_y(points: Mapping[str, np.ndarray]) -> float:
    """The lowest point of the body, counting the head as a circle.

    Parameters
    ----------
    points : mapping of str to numpy.ndarray
        Joint positions in metres.

    Returns
    -------
    float
        The lowest height in metres.
    """
    lowest = min(p[1] for name, p in points.items() if name != "head")
    return min(lowest, points["head"][1] - HEAD_RADIUS_M)


def place_on_floor(
    points: Mapping[str, np.ndarray],
    anchor: str,
    anchor_x: float = 0.0,
    anchor_y: float | None = None,
) -> dict[str, np.ndarray]:
    """Move the body so its lowest point is on the floor and ``anchor`` is at ``anchor_x``.

    With ``anchor_y`` the anchor is put at that height instead (a foot on a
    step, for example), and the rest of the body follows.

    Parameters
    ----------
    points : mapping of str to numpy.ndarray
        Joint positions in metres.
    anchor : str
        The joint that keeps its place across the floor, one of ``JOINTS``.
    anchor_x : float, optional
        Where the anchor goes across the floor, in metres.
    anchor_y : float, optional
        The anchor's height in metres; default: the body rests on the floor.

    Returns
    -------
    dict of str to numpy.ndarray
        The moved positions in metres.
    """
    if anchor not in points:
        raise ValueError(f"The anchor {anchor!r} is not a joint. Use one of: {', '.join(JOINTS)}.")
    lift = -lowest_y(points) if anchor_y is None else anchor_y - points[anchor][1]
    shift = np.array([anchor_x - points[anchor][0], lift])
    return {name: p + shift for name, p in points.items()}


def ease(fraction: float) -> float:
    """Smooth start and stop (cosine easing) for a fraction from 0 to 1.

    Parameters
    ----------
    fraction : float
        How far through a movement, 0 to 1 (values outside are clipped).

    Returns
    -------
    float
        The eased fraction, 0 to 1, slow at both ends.
    """
    return 0.5 - 0.5 * np.cos(np.pi * min(max(fraction, 0.0), 1.0))


def blend(start: Pose, end: Pose, fraction: float, checked: bool = False) -> dict[str, float]:
    """The pose a ``fraction`` of the way from ``start`` to ``end`` (eased).

    Parameters
    ----------
    start, end : mapping of str to float
        The key poses, joint angles in degrees.
    fraction : float
        How far from ``start`` to ``end``, 0 to 1, before easing.
    checked : bool, optional
        True when both poses already passed :func:`check_pose` (a full set of angles).

    Returns
    -------
    dict of str to float
        Every joint angle in degrees.
    """
    a, b = (start, end) if checked else (check_pose(start), check_pose(end))
    t = ease(fraction)
    return {name: a[name] + (b[name] - a[name]) * t for name in ANGLE_NAMES}


@dataclass(frozen=True)
class Phase:
    """One part of a repetition: move (or stay) to a key pose while a cue applies."""

    label: str
    to_pose: str
    seconds: float
    cue: str
    moves: bool = True


@dataclass(frozen=True)
class Frame:
    """One picture of the animation."""

    index: int
    phase: int
    label: str
    cue: str
    points: dict
    new_phase: bool


def animate(
    poses: Mapping[str, Pose],
    start_pose: str,
    phases: Sequence[Phase],
    anchor: str,
    frame_seconds: float = 0.04,
    hold_frame_seconds: float = 0.04,
    hold_demo_seconds: float = 1.2,
    start_cue: str = "",
    anchor_y: float | None = None,
) -> list[Frame]:
    """Frames for one repetition: the start pose, then every phase in turn.

    A moving phase is eased over ``seconds`` (one frame every
    ``frame_seconds``). A hold keeps the pose still and lasts
    ``min(seconds, hold_demo_seconds)`` in the demo, so a long hold does not
    make the demo tedious; its label still says the real time.

    Parameters
    ----------
    poses : mapping of str to pose
        The exercise's key poses by name, joint angles in degrees.
    start_pose : str
        The key pose the repetition starts from.
    phases : sequence of Phase
        The movements and holds, in order.
    anchor : str
        The joint that keeps its place across the floor.
    frame_seconds : float, optional
        Seconds between frames while moving.
    hold_frame_seconds : float, optional
        Seconds between frames while holding.
    hold_demo_seconds : float, optional
        The longest a hold lasts in the demo, in seconds.
    start_cue : str, optional
        The cue shown with the start position.
    anchor_y : float, optional
        The anchor's height in metres (see :func:`place_on_floor`).

    Returns
    -------
    list of Frame
        The start position, then every frame of every phase.
    """
    if not phases:
        raise ValueError("An exercise needs at least one phase.")
    if frame_seconds <= 0 or hold_frame_seconds <= 0:
        raise ValueError("The time between frames must be more than 0 seconds.")
    missing = sorted({p.to_pose for p in phases} - set(poses) | ({start_pose} - set(poses)))
    if missing:
        raise ValueError(f"The key pose {', '.join(missing)} is not defined.")
    frames: list[Frame] = []

    def _add(pose, phase_index, label, cue, new_phase):
        points = place_on_floor(forward_kinematics(pose, checked=True), anchor, anchor_y=anchor_y)
        frames.append(Frame(len(frames), phase_index, label, cue, points, new_phase))

    current = check_pose(poses[start_pose])
    _add(current, -1, "Start position", start_cue, True)
    for index, phase in enumerate(phases):
        if phase.seconds <= 0:
            raise ValueError(f"The phase {phase.label!r} must last more than 0 seconds.")
        target = check_pose(poses[phase.to_pose])
        if phase.moves:
            steps = max(2, int(round(phase.seconds / frame_seconds)))
            for step in range(1, steps + 1):
                _add(
                    blend(current, target, step / steps, checked=True),
                    index,
                    phase.label,
                    phase.cue,
                    step == 1,
                )
        else:
            steps = max(1, int(round(min(phase.seconds, hold_demo_seconds) / hold_frame_seconds)))
            for step in range(steps):
                _add(target, index, phase.label, phase.cue, step == 0)
        current = target
    return frames


def segment_length_errors(frames: Sequence[Frame]) -> float:
    """The largest difference between a drawn segment and its fixed length, in metres.

    Tests use it to show that limbs never stretch or shrink in an animation.

    Parameters
    ----------
    frames : sequence of Frame
        The frames of an animation.

    Returns
    -------
    float
        The worst difference in metres over every segment of every frame.
    """
    worst = 0.0
    for frame in frames:
        for (parent, child), length in SEGMENT_LENGTHS.items():
            drawn = float(np.linalg.norm(frame.points[child] - frame.points[parent]))
            worst = max(worst, abs(drawn - length))
    return worst
