"""A stick figure set by joint angles: forward kinematics for the exercise demos.

A pose is a handful of joint angles in degrees. Forward kinematics turns it
into joint positions in metres, with fixed segment lengths, so limbs never
stretch or shrink. x runs across the picture, y up from the floor and z out of
the picture towards the viewer: nearly everything moves in the picture's plane,
but a forearm or a foot can turn out of it (a forearm on the floor pointing at
the viewer in a side plank seen from the front). How a figure moves from pose
to pose, with its hands and feet staying where they touch, is in
``widgets.model.animation``. Pure: numpy only, no plotting.

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
* ``near_elbow_turn`` / ``far_elbow_turn``: how far the forearm turns out of
  the picture about the upper arm, towards the viewer (90: it points at you);
  ``near_foot_turn`` / ``far_foot_turn``: the same for the foot, about the shin.
* ``near_knee_turn`` / ``far_knee_turn``: how far the shin, with its foot,
  turns out of the picture about the thigh, towards the viewer (negative:
  away). Seen from the front, a knee bent 90 degrees and turned -90 sends the
  shin straight back, behind the body: a side plank from the knees.
* ``near_shoulder_out`` / ``far_shoulder_out``: shoulder abduction out of
  the picture. The arm turns about the line from its shoulder to its wrist,
  so the elbow swings out to the side (the near elbow towards the viewer, the
  far one away) while the wrist stays where the other angles put it. 0: the
  arm moves in the picture; 90: the elbow points straight out to the side.
  The picture is a projection, so an arm turned out looks shorter in it;
  its true lengths do not change.
* ``near_arm_in`` / ``far_arm_in``: how far the whole arm turns at the
  shoulder towards the body's middle, out of the picture (the near arm away
  from the viewer, the far one towards). The bend is kept; the hand moves in:
  it is how hands tucked under the back lie nearer the middle than the
  shoulders. It turns before ``*_shoulder_out`` swings the elbow.
* ``pelvis_roll`` / ``chest_roll``: how far the pelvis (hip joints) and the
  shoulders roll about the back's line. At 0 the two hip joints, and the two
  shoulder joints, sit one behind the other, as seen from the side; at 90 the
  near one is above the far one, as for someone lying on their side seen from
  the front. A few degrees lift one knee or one hand off the floor.

In a side view "near" is the side facing you. In a front view (lying on your
side) "near" is the top side.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

PLANE_ANGLES = (
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
TURN_ANGLES = (
    "near_elbow_turn",
    "far_elbow_turn",
    "near_foot_turn",
    "far_foot_turn",
    "near_knee_turn",
    "far_knee_turn",
)
OUT_ANGLES = ("near_shoulder_out", "far_shoulder_out")
IN_ANGLES = ("near_arm_in", "far_arm_in")
ROLL_ANGLES = ("pelvis_roll", "chest_roll")
ANGLE_NAMES = PLANE_ANGLES + TURN_ANGLES + OUT_ANGLES + IN_ANGLES + ROLL_ANGLES
DEFAULT_ANGLES = {name: 0.0 for name in ANGLE_NAMES} | {"trunk": 90.0}

# Segment lengths in metres for an adult about 1.75 m tall (rounded textbook
# proportions of body height). Each entry: (from joint, to joint, length).
# "hip" and "shoulder" are the middles of the pelvis and of the shoulders; the
# limbs hang from the hip and shoulder joints either side of them.
SEGMENTS = (
    ("hip", "mid_back", 0.26),
    ("mid_back", "shoulder", 0.26),
    ("shoulder", "head", 0.24),
    ("shoulder", "near_shoulder_joint", 0.18),
    ("near_shoulder_joint", "near_elbow", 0.28),
    ("near_elbow", "near_wrist", 0.24),
    ("shoulder", "far_shoulder_joint", 0.18),
    ("far_shoulder_joint", "far_elbow", 0.28),
    ("far_elbow", "far_wrist", 0.24),
    ("hip", "near_hip_joint", 0.09),
    ("near_hip_joint", "near_knee", 0.46),
    ("near_knee", "near_ankle", 0.43),
    ("near_ankle", "near_heel", 0.08),
    ("near_ankle", "near_toe", 0.18),
    ("hip", "far_hip_joint", 0.09),
    ("far_hip_joint", "far_knee", 0.46),
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
# Which segments a turn angle turns, and about which segment's line.
# The girdles: which roll sets them, the back segment they roll about, and
# the side (+1 near, -1 far).
GIRDLES = {
    ("shoulder", "near_shoulder_joint"): ("chest_roll", ("mid_back", "shoulder"), 1),
    ("shoulder", "far_shoulder_joint"): ("chest_roll", ("mid_back", "shoulder"), -1),
    ("hip", "near_hip_joint"): ("pelvis_roll", ("hip", "mid_back"), 1),
    ("hip", "far_hip_joint"): ("pelvis_roll", ("hip", "mid_back"), -1),
}
TURNS = {
    ("near_elbow", "near_wrist"): ("near_elbow_turn", ("near_shoulder_joint", "near_elbow")),
    ("far_elbow", "far_wrist"): ("far_elbow_turn", ("far_shoulder_joint", "far_elbow")),
    ("near_ankle", "near_heel"): ("near_foot_turn", ("near_knee", "near_ankle")),
    ("near_ankle", "near_toe"): ("near_foot_turn", ("near_knee", "near_ankle")),
    ("far_ankle", "far_heel"): ("far_foot_turn", ("far_knee", "far_ankle")),
    ("far_ankle", "far_toe"): ("far_foot_turn", ("far_knee", "far_ankle")),
}
# The two limbs of each side: root joint, middle joint, end joint, and the
# flexion angle whose sign says which way the middle joint bends.
LIMBS = {
    "near_arm": ("near_shoulder_joint", "near_elbow", "near_wrist", "near_elbow"),
    "far_arm": ("far_shoulder_joint", "far_elbow", "far_wrist", "far_elbow"),
    "near_leg": ("near_hip_joint", "near_knee", "near_ankle", "near_knee"),
    "far_leg": ("far_hip_joint", "far_knee", "far_ankle", "far_knee"),
}
# Joints beyond a limb's end joint that move with it (the foot).
LIMB_TIPS = {
    "near_arm": (),
    "far_arm": (),
    "near_leg": ("near_heel", "near_toe"),
    "far_leg": ("far_heel", "far_toe"),
}

Pose = Mapping[str, float]


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
    """The direction of every segment in the picture, in degrees anticlockwise from +x.

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
        The direction in degrees by segment, keyed ``(from joint, to joint)``,
        before any turn out of the picture.
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
        # A girdle runs across the back: at roll 0 straight out of the picture.
        directions[("shoulder", f"{side}_shoulder_joint")] = upper_back + 90.0
        directions[("hip", f"{side}_hip_joint")] = lower_back + 90.0
        directions[(f"{side}_shoulder_joint", f"{side}_elbow")] = upper_arm
        directions[(f"{side}_elbow", f"{side}_wrist")] = forearm
        directions[(f"{side}_hip_joint", f"{side}_knee")] = thigh
        directions[(f"{side}_knee", f"{side}_ankle")] = shank
        directions[(f"{side}_ankle", f"{side}_heel")] = foot + HEEL_OFFSET_DEG
        directions[(f"{side}_ankle", f"{side}_toe")] = foot + TOE_OFFSET_DEG
    return directions


def forward_kinematics(pose: Pose, checked: bool = False) -> dict[str, np.ndarray]:
    """Joint positions (metres, x y z) with the hip at the origin.

    Parameters
    ----------
    pose : mapping of str to float
        Joint angles in degrees.
    checked : bool, optional
        True when ``pose`` already passed :func:`check_pose`.

    Returns
    -------
    dict of str to numpy.ndarray
        The (x, y, z) position in metres of every joint of ``JOINTS``.
    """
    a = pose if checked else check_pose(pose)
    directions = joint_directions(a, checked=True)
    # Plain floats while adding up segments (numpy is slow for 3-vectors), arrays at the end.
    points = {"hip": (0.0, 0.0, 0.0)}
    for parent, child, length in SEGMENTS:
        girdle = GIRDLES.get((parent, child))
        if girdle:
            roll, back, side = girdle
            step = _turned_step(
                length, directions[(parent, child)], directions[back], 90.0 - a[roll]
            )
            step = (side * step[0], side * step[1], side * step[2])
        else:
            turn = TURNS.get((parent, child))
            degrees = a[turn[0]] if turn else 0.0
            axis = directions[turn[1]] if turn else 0.0
            step = _turned_step(length, directions[(parent, child)], axis, degrees)
        x, y, z = points[parent]
        points[child] = (x + step[0], y + step[1], z + step[2])
    found = {name: np.array(p) for name, p in points.items()}
    for leg in ("near", "far"):
        if a[f"{leg}_knee_turn"]:
            _turn_shin(found, leg, a[f"{leg}_knee_turn"])
    for arm, sign in (("near", 1), ("far", -1)):
        if a[f"{arm}_arm_in"]:
            root = found[f"{arm}_shoulder_joint"]
            elbow, wrist = turn_towards(
                root,
                (found[f"{arm}_elbow"], found[f"{arm}_wrist"]),
                found[f"{arm}_wrist"],
                np.array([0.0, 0.0, -sign]),
                a[f"{arm}_arm_in"],
            )
            found[f"{arm}_elbow"], found[f"{arm}_wrist"] = elbow, wrist
        if a[f"{arm}_shoulder_out"]:
            found[f"{arm}_elbow"] = swing_out(
                found[f"{arm}_shoulder_joint"],
                found[f"{arm}_elbow"],
                found[f"{arm}_wrist"],
                a[f"{arm}_shoulder_out"],
                sign,
            )
    return found


def _turn_shin(points: dict, side: str, degrees: float) -> None:
    """Turn the shin and foot of one leg about the thigh's line, in place.

    Positive turns the shin's bend towards the viewer, as ``*_elbow_turn``
    turns a forearm; the foot turns with the shin, so its bend at the ankle is kept.
    """
    knee = points[f"{side}_knee"]
    thigh = knee - points[f"{side}_hip_joint"]
    thigh = thigh / np.linalg.norm(thigh)
    shin = points[f"{side}_ankle"] - knee
    bend = shin - float(shin @ thigh) * thigh
    if np.linalg.norm(bend) < 1e-12:
        return
    axis = thigh if np.cross(thigh, bend)[2] >= 0 else -thigh
    turn = math.radians(degrees)
    cos_t, sin_t = math.cos(turn), math.sin(turn)
    for joint in (f"{side}_ankle", f"{side}_heel", f"{side}_toe"):
        v = points[joint] - knee
        points[joint] = (
            knee + v * cos_t + np.cross(axis, v) * sin_t + axis * float(axis @ v) * (1 - cos_t)
        )


def swing_out(
    root: np.ndarray, middle: np.ndarray, end: np.ndarray, degrees: float, sign: int
) -> np.ndarray:
    """Where a limb's middle joint goes when the limb turns ``degrees`` about the root-to-end line.

    Turning about that line keeps both segment lengths and the bend between
    them, and leaves the end where it is: it is how an elbow swings out to the
    side while the hand stays put. ``sign`` says which way out of the picture
    (+1: towards the viewer, the near side; -1: away, the far side).

    Parameters
    ----------
    root, middle, end : numpy.ndarray
        The shoulder, elbow and wrist (or hip, knee and ankle), x y z in metres.
    degrees : float
        How far to turn; 0 leaves the middle joint where it is.
    sign : int
        +1 to swing towards the viewer, -1 away.

    Returns
    -------
    numpy.ndarray
        The middle joint's new position.
    """
    axis = end - root
    size = float(np.linalg.norm(axis))
    if not degrees or size < 1e-12:
        return middle
    axis = axis / size
    along = float((middle - root) @ axis)
    offset = middle - root - along * axis
    normal = np.cross(axis, offset)
    # Turn the way that takes the joint out of the picture on the side asked for.
    turn = math.radians(degrees) * (1 if normal[2] * sign >= 0 else -1)
    return root + along * axis + math.cos(turn) * offset + math.sin(turn) * normal


def turn_towards(
    root: np.ndarray,
    points: tuple,
    end: np.ndarray,
    towards: np.ndarray,
    degrees: float,
) -> tuple:
    """``points`` turned rigidly about ``root`` by ``degrees``, moving ``end`` towards ``towards``.

    The turn is about the axis through ``root`` at right angles to both the
    root-to-end line and ``towards``, so lengths and the bend between segments
    are kept: it is how an arm turns in at the shoulder (see ``*_arm_in``).

    Parameters
    ----------
    root : numpy.ndarray
        The joint turned about (the shoulder joint), x y z in metres.
    points : tuple of numpy.ndarray
        The joints that turn with the limb (elbow and wrist).
    end : numpy.ndarray
        The limb's end, whose line from ``root`` sets the turn's axis.
    towards : numpy.ndarray
        The direction the end moves towards (need not be of length 1).
    degrees : float
        How far to turn.

    Returns
    -------
    tuple of numpy.ndarray
        The turned points, in the order given.
    """
    line = end - root
    axis = np.cross(line, towards)
    size = float(np.linalg.norm(axis))
    if not degrees or size < 1e-12:
        return tuple(points)
    axis = axis / size
    turn = math.radians(degrees)
    cos_t, sin_t = math.cos(turn), math.sin(turn)
    turned = []
    for point in points:
        v = point - root
        turned.append(
            root + v * cos_t + np.cross(axis, v) * sin_t + axis * float(axis @ v) * (1 - cos_t)
        )
    return tuple(turned)


def _turned_step(length: float, direction: float, axis: float, degrees: float) -> tuple:
    """A segment of ``length`` at ``direction`` turned ``degrees`` about the line at ``axis``."""
    angle = math.radians(direction)
    vx, vy = length * math.cos(angle), length * math.sin(angle)
    if not degrees:
        return (vx, vy, 0.0)
    ax, ay = math.cos(math.radians(axis)), math.sin(math.radians(axis))
    along = vx * ax + vy * ay
    cx, cy = vx - along * ax, vy - along * ay
    turn = math.radians(degrees)
    cos_t, size = math.cos(turn), math.hypot(cx, cy)
    return (along * ax + cos_t * cx, along * ay + cos_t * cy, math.sin(turn) * size)


EASINGS = ("both", "in", "out", "none")


def ease(fraction: float, kind: str = "both") -> float:
    """Smooth start and stop (cosine easing) for a fraction from 0 to 1.

    A movement in two parts (through a key pose on the way) starts slowly and
    keeps its speed into the second part ("in"), which then ends slowly ("out").

    Parameters
    ----------
    fraction : float
        How far through a movement, 0 to 1 (values outside are clipped).
    kind : str, optional
        "both" (slow at both ends), "in" (slow start), "out" (slow end) or
        "none" (an even speed, for a stride that flows into the next).

    Returns
    -------
    float
        The eased fraction, 0 to 1.
    """
    t = min(max(fraction, 0.0), 1.0)
    if kind == "in":
        return 1.0 - math.cos(math.pi * t / 2)
    if kind == "out":
        return math.sin(math.pi * t / 2)
    if kind == "none":
        return t
    return 0.5 - 0.5 * math.cos(math.pi * t)


def blend(
    start: Pose, end: Pose, fraction: float, checked: bool = False, kind: str = "both"
) -> dict[str, float]:
    """The pose a ``fraction`` of the way from ``start`` to ``end`` (eased).

    Every segment's direction is a sum of angles, so blending the angles turns
    each segment evenly: a foot flat at both ends stays flat all the way.

    Parameters
    ----------
    start, end : mapping of str to float
        The key poses, joint angles in degrees.
    fraction : float
        How far from ``start`` to ``end``, 0 to 1, before easing.
    checked : bool, optional
        True when both poses already passed :func:`check_pose` (a full set of angles).
    kind : str, optional
        The easing (see :func:`ease`).

    Returns
    -------
    dict of str to float
        Every joint angle in degrees.
    """
    a, b = (start, end) if checked else (check_pose(start), check_pose(end))
    t = ease(fraction, kind)
    return {name: a[name] + (b[name] - a[name]) * t for name in ANGLE_NAMES}


def flexion(points: Mapping[str, np.ndarray], limb: str) -> float:
    """How far a limb's middle joint bends, in degrees, in the picture's plane.

    Positive is the way the joint bends (knee: shin back; elbow: forearm up
    towards the shoulder), the sign convention of the pose angles.

    Parameters
    ----------
    points : mapping of str to numpy.ndarray
        Joint positions.
    limb : str
        One of ``LIMBS``.

    Returns
    -------
    float
        The bend in degrees, from -180 to 180.
    """
    root, middle, end, _ = LIMBS[limb]
    upper = points[middle] - points[root]
    lower = points[end] - points[middle]
    turn = math.degrees(
        math.atan2(
            upper[0] * lower[1] - upper[1] * lower[0], upper[0] * lower[0] + upper[1] * lower[1]
        )
    )
    return -turn if limb.endswith("leg") else turn


def reach(
    points: dict[str, np.ndarray],
    limb: str,
    target: np.ndarray,
    bend: float,
    towards_viewer: bool = False,
    out: float = 0.0,
    keep_depth: bool = False,
) -> dict[str, np.ndarray]:
    """Move a limb so its end joint reaches ``target``: the analytic two-link solution.

    The root joint (shoulder or hip) stays; the middle joint goes to the side
    ``bend`` says (its sign, as in :func:`flexion`); anything beyond the end
    joint (the foot) moves with it without turning. A target out of reach is
    approached as far as the straight limb allows. Seen from the front, a
    knee or elbow bends towards the viewer, not sideways in the picture, so
    with ``towards_viewer`` the middle joint leaves the picture's plane.

    Parameters
    ----------
    points : dict of str to numpy.ndarray
        Joint positions; a new dict is returned.
    limb : str
        One of ``LIMBS``.
    target : numpy.ndarray
        Where the end joint (wrist or ankle) should be, in the picture's plane.
    bend : float
        A bend whose sign chooses the middle joint's side (0 counts as positive).
    towards_viewer : bool, optional
        Bend the middle joint towards the viewer (a front view) instead of in
        the picture's plane.
    out : float, optional
        Degrees the limb then turns about the line from its root to its end
        (``near_shoulder_out``: the elbow swings out to the side, the near one
        towards the viewer, the far one away; see :func:`swing_out`).
    keep_depth : bool, optional
        Reach the target's depth too: the limb first solves in the picture,
        then turns at its root towards the target's depth (an arm turned in
        under the back, see ``*_arm_in``). Without it the end stays at the
        root's depth.

    Returns
    -------
    dict of str to numpy.ndarray
        The joint positions with the limb moved.
    """
    root_name, middle_name, end_name, _ = LIMBS[limb]
    upper = SEGMENT_LENGTHS[(root_name, middle_name)]
    lower = SEGMENT_LENGTHS[(middle_name, end_name)]
    root = points[root_name]
    offset = target - root
    depth = float(offset[2]) if keep_depth and not towards_viewer else 0.0
    offset[2] = 0.0
    across = float(np.linalg.norm(offset))
    distance = math.hypot(across, depth)
    reachable = min(max(distance, abs(upper - lower) + 1e-9), upper + lower - 1e-12)
    toward = math.atan2(offset[1], offset[0])
    cosine = (upper**2 + reachable**2 - lower**2) / (2 * upper * reachable)
    opening = math.acos(min(1.0, max(-1.0, cosine)))
    # A knee bends the other way from an elbow in the angle convention.
    side = (1 if bend >= 0 else -1) * (1 if limb.endswith("leg") else -1)
    angle = toward + side * opening
    moved = dict(points)
    moved[middle_name] = root + upper * np.array([math.cos(angle), math.sin(angle), 0.0])
    if towards_viewer:
        along = np.array([math.cos(toward), math.sin(toward), 0.0])
        moved[middle_name] = root + upper * (
            math.cos(opening) * along + np.array([0.0, 0.0, math.sin(opening)])
        )
    end = root + np.array([math.cos(toward), math.sin(toward), 0.0]) * reachable
    if depth:
        tilt = math.degrees(math.atan2(abs(depth), across))
        moved[middle_name], end = turn_towards(
            root, (moved[middle_name], end), end, np.array([0.0, 0.0, depth]), tilt
        )
    if out and not towards_viewer:
        sign = -1 if limb.startswith("far") else 1
        moved[middle_name] = swing_out(root, moved[middle_name], end, out, sign)
    shift = end - points[end_name]
    moved[end_name] = end
    for tip in LIMB_TIPS[limb]:
        moved[tip] = points[tip] + shift
    return moved


def segment_length_errors(frames) -> float:
    """The largest difference between a drawn segment and its fixed length, in metres.

    Tests use it to show that limbs never stretch or shrink in an animation.

    Parameters
    ----------
    frames : sequence of Frame
        The frames of an animation (anything with a ``points`` dict).

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
