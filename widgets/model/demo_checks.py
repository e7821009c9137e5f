"""Physical checks of a demo's frames: what a physiotherapist would look for, in numbers.

Each function measures one thing over every frame of one repetition: how far a
contact moves while it is held, how deep anything goes into the floor or a
prop, whether a limb changes length, whether something always carries the
body, whether a lying figure keeps its head and shoulders still, whether an
arm passes through the head, and how far the body's centre of mass strays from
what supports it. The tests hold every demo to limits on these numbers, and
``tests/bench/check_demos.py`` prints them. Pure: numpy only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from widgets.model.animation import Frame, Scene, contact_surface_gaps
from widgets.model.contacts import FLOOR, TOLERANCE_M, rest_height
from widgets.model.poses import HEAD_RADIUS_M, JOINTS, SEGMENTS, segment_length_errors

# Share of body mass in each segment (Winter's textbook table, rounded), its
# centre taken at the segment's middle; the head's at its centre.
SEGMENT_MASS = {
    ("hip", "mid_back"): 0.25,
    ("mid_back", "shoulder"): 0.247,
    ("shoulder", "head"): 0.081,
    ("near_shoulder_joint", "near_elbow"): 0.028,
    ("near_elbow", "near_wrist"): 0.022,
    ("far_shoulder_joint", "far_elbow"): 0.028,
    ("far_elbow", "far_wrist"): 0.022,
    ("near_hip_joint", "near_knee"): 0.1,
    ("near_knee", "near_ankle"): 0.0465,
    ("near_ankle", "near_toe"): 0.0145,
    ("far_hip_joint", "far_knee"): 0.1,
    ("far_knee", "far_ankle"): 0.0465,
    ("far_ankle", "far_toe"): 0.0145,
}
SAMPLES_PER_SEGMENT = 6
ARM_SEGMENTS = (
    ("near_shoulder_joint", "near_elbow"),
    ("near_elbow", "near_wrist"),
    ("far_shoulder_joint", "far_elbow"),
    ("far_elbow", "far_wrist"),
)
NEAR_ARM_SEGMENTS = ARM_SEGMENTS[:2]


def _runs(frames: Sequence[Frame], touching) -> Iterable[list[np.ndarray]]:
    """Positions of one thing over each run of frames in which ``touching(frame)`` gives it.

    Turning to the other side after "Now swap sides" ends every run: the
    other side is the same exercise done again, not a movement.
    """
    open_runs: dict = {}
    side = frames[0].side if frames else 0
    for frame in frames:
        if frame.side != side:
            yield from open_runs.values()
            open_runs, side = {}, frame.side
        now = touching(frame)
        for key in list(open_runs):
            if key not in now:
                yield open_runs.pop(key)
        for key, position in now.items():
            open_runs.setdefault(key, []).append(position)
    yield from open_runs.values()


def _spread(positions: list[np.ndarray], along: bool = False) -> float:
    """How far a point gets from where it was first; ``along`` counts only movement across the floor."""
    start = positions[0]
    keep = [0, 2] if along else [0, 1, 2]
    return max(float(np.linalg.norm((p - start)[keep])) for p in positions)


def contact_drift(frames: Sequence[Frame]) -> float:
    """How far any named contact moves while it is held, in metres (worst case).

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.

    Returns
    -------
    float
        The largest distance a contact moves from where it was made, while it stays held.
    """
    runs = _runs(frames, lambda f: {c: f.points[c[0]] for c in f.contacts})
    return max((_spread(run) for run in runs), default=0.0)


def contact_gap(frames: Sequence[Frame], scene: Scene) -> float:
    """How far any named contact is from the surface it touches, in metres (worst case).

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.
    scene : Scene
        The demo's view and props.

    Returns
    -------
    float
        The largest gap, above the surface or into it.
    """
    gaps = [abs(g) for f in frames for g in contact_surface_gaps(f, scene).values()]
    return max(gaps, default=0.0)


def _samples(points: dict, view: str) -> Iterable[tuple[np.ndarray, float]]:
    """Points along every segment, with how far the body sits above them there."""
    for parent, child, _ in SEGMENTS:
        a, b = points[parent], points[child]
        rest_a, rest_b = rest_height(parent, view), rest_height(child, view)
        if child == "head":  # the neck is no wider than the head
            rest_a = rest_b = min(rest_a, HEAD_RADIUS_M)
        for k in range(SAMPLES_PER_SEGMENT + 1):
            t = k / SAMPLES_PER_SEGMENT
            yield a + (b - a) * t, rest_a + (rest_b - rest_a) * t
    yield points["head"], HEAD_RADIUS_M


def penetration(frames: Sequence[Frame], scene: Scene) -> float:
    """How deep any part of the body goes below the floor or into a prop, in metres.

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.
    scene : Scene
        The demo's view and props.

    Returns
    -------
    float
        The deepest point, 0 if nothing goes in. Trunk and head count their
        thickness (``contacts.REST_HEIGHT_M``).
    """
    deepest = 0.0
    found = scene.surfaces.values()
    for frame in frames:
        for point, rest in _samples(frame.points, scene.view):
            for surface in found:
                deepest = max(deepest, -surface.gap(point, rest))
    return deepest


def segment_error(frames: Sequence[Frame]) -> float:
    """The worst change of any segment's length, in metres (``poses.segment_length_errors``).

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.

    Returns
    -------
    float
        The largest difference from the fixed length.
    """
    return segment_length_errors(frames)


def unsupported_frames(frames: Sequence[Frame], scene: Scene) -> list[int]:
    """Frames in which no named contact touches its surface (nothing carries the body).

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.
    scene : Scene
        The demo's view and props.

    Returns
    -------
    list of int
        The indices of such frames; empty when every frame is carried.
    """
    bad = []
    for frame in frames:
        gaps = contact_surface_gaps(frame, scene)
        if not any(abs(g) <= TOLERANCE_M for g in gaps.values()):
            bad.append(frame.index)
    return bad


def _part(frame: Frame) -> tuple[int, int]:
    """A frame's phase and side: turning to the other side starts a new part."""
    return frame.phase, frame.side


def _phase_changes(frames: Sequence[Frame]) -> dict[tuple[int, int], tuple[set, set]]:
    """For each phase (and side): the contacts it releases and the contacts it makes.

    The other side after "Now swap sides" starts from its own contacts: it is
    a new picture, not a movement.
    """
    changes: dict[tuple[int, int], tuple[set, set]] = {}
    before = set(frames[0].contacts)
    for frame, following in zip(frames, [*frames[1:], None]):
        if following is None or _part(following) != _part(frame):
            after = set(frame.contacts)
            changes[_part(frame)] = (before - after, after - before)
            before = after
        if following is not None and following.side != frame.side:
            before = set(following.contacts)
    return changes


def _touching(frame: Frame, scene: Scene, joint: str) -> bool:
    rest = rest_height(joint, scene.view)
    return any(s.gap(frame.points[joint], rest) <= TOLERANCE_M for s in scene.surfaces.values())


def sliding(frames: Sequence[Frame], scene: Scene) -> float:
    """How far any joint slides while it touches the floor or a prop, in metres.

    A joint within 1 cm of a surface counts as touching; from when it starts
    touching until it lifts, it may roll or lift but not slide. This covers
    joints that touch without being named, such as a swinging toe. Named
    contacts are measured by :func:`contact_drift`, and a contact being
    released or made by :func:`lift_travel`.

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.
    scene : Scene
        The demo's view and props.

    Returns
    -------
    float
        The largest distance a touching joint moves before it lifts.
    """
    changes = _phase_changes(frames)

    def _unnamed_touching(frame):
        released, made = changes.get(_part(frame), (set(), set()))
        skip = {c[0] for c in (*frame.contacts, *released, *made)}
        return {
            joint: frame.points[joint]
            for joint in JOINTS
            if joint not in skip and _touching(frame, scene, joint)
        }

    runs = _runs(frames, _unnamed_touching)
    return max((_spread(run, along=True) for run in runs), default=0.0)


def lift_travel(frames: Sequence[Frame], scene: Scene) -> float:
    """How far a contact travels near the surface as it is released or made, in metres.

    A released hand, knee or foot should leave the surface, not slide along
    it: this is how far it moves before it is 1 cm clear. A contact being made
    should land, not skid: this is how far it moves within 1 cm of the surface
    before it lands.

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.
    scene : Scene
        The demo's view and props.

    Returns
    -------
    float
        The worst distance, in metres.
    """
    found = scene.surfaces
    worst = 0.0
    changes = _phase_changes(frames)
    for part, (released, made) in changes.items():
        if part[0] < 0:
            continue
        in_phase = [f for f in frames if _part(f) == part]
        start = frames[in_phase[0].index - 1]
        for joint, surface in released:
            origin = start.points[joint]
            for frame in in_phase:
                gap = found[surface].gap(frame.points[joint], rest_height(joint, scene.view))
                if gap > TOLERANCE_M:
                    break
                worst = max(worst, float(np.linalg.norm((frame.points[joint] - origin)[:2])))
        for joint, surface in made:
            landing = in_phase[-1].points[joint]
            for frame in in_phase:
                gap = found[surface].gap(frame.points[joint], rest_height(joint, scene.view))
                if gap <= TOLERANCE_M:
                    distance = float(np.linalg.norm((frame.points[joint] - landing)[:2]))
                    worst = max(worst, distance)
    return worst


def stillness(frames: Sequence[Frame], joints: Iterable[str]) -> float:
    """How far the given joints move from where they start, in metres (worst case).

    The other side, after "Now swap sides", is measured from its own first picture.

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.
    joints : iterable of str
        Joints that should stay still, such as the shoulders and head of a
        figure lying down.

    Returns
    -------
    float
        The largest distance from the first frame.
    """
    joints = list(joints)
    starts: dict[int, dict] = {}
    for frame in frames:
        starts.setdefault(frame.side, frame.points)
    return max(
        float(np.linalg.norm(f.points[j] - starts[f.side][j])) for f in frames for j in joints
    )


def _distance_to_segment(point: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    p, a, b = point[:2], a[:2], b[:2]
    ab = b - a
    t = 0.0 if not ab.any() else min(1.0, max(0.0, float((p - a) @ ab / (ab @ ab))))
    return float(np.linalg.norm(p - (a + t * ab)))


def head_clearance(frames: Sequence[Frame]) -> float:
    """How far the near arm stays outside the drawn head, in metres (negative: through it).

    The near arm is drawn in front of the head, so crossing it would draw the
    arm through the face. The far arm is drawn behind the head's opaque
    circle, which hides it, as a head hides the arm behind it.

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.

    Returns
    -------
    float
        The smallest distance from the near arm to the head's circle, in the picture.
    """
    return min(
        _distance_to_segment(f.points["head"], f.points[a], f.points[b]) - HEAD_RADIUS_M
        for f in frames
        for a, b in NEAR_ARM_SEGMENTS
    )


def centre_of_mass(points: dict) -> np.ndarray:
    """The body's centre of mass from its segments (``SEGMENT_MASS``).

    Parameters
    ----------
    points : dict of str to numpy.ndarray
        Joint positions.

    Returns
    -------
    numpy.ndarray
        x, y, z in metres.
    """
    total = np.zeros(3)
    for (a, b), share in SEGMENT_MASS.items():
        centre = points[b] if b == "head" else (points[a] + points[b]) / 2
        total += share * centre
    return total / sum(SEGMENT_MASS.values())


def balance(frames: Sequence[Frame], scene: Scene) -> float:
    """How far the centre of mass strays outside what the body stands on, in metres.

    What it stands on is the span across the floor of the joints that touch
    the floor or the top of a prop: the frame's contacts, and a contact being
    released or made while it is still within 1 cm. A hand on a wall steadies
    but does not count.

    Parameters
    ----------
    frames : sequence of Frame
        One repetition.
    scene : Scene
        The demo's view and props.

    Returns
    -------
    float
        The worst distance outside the span, 0 when always inside.
    """
    found = scene.surfaces
    changes = _phase_changes(frames)
    worst = 0.0
    for frame in frames:
        released, made = changes.get(_part(frame), (set(), set()))
        xs = []
        for joint, surface in {*frame.contacts, *released, *made}:
            point = frame.points[joint]
            top = found[surface].height
            on_top = surface == FLOOR or point[1] >= top - TOLERANCE_M
            gap = found[surface].gap(point, rest_height(joint, scene.view))
            if on_top and gap <= TOLERANCE_M:
                xs.append(point[0])
        if not xs:
            continue
        x = centre_of_mass(frame.points)[0]
        worst = max(worst, min(xs) - x, x - max(xs))
    return worst


@dataclass(frozen=True)
class DemoCheck:
    """The physical checks of one demo, in metres (``unsupported`` counts frames)."""

    exercise_id: str
    frames: int
    contact_drift: float
    contact_gap: float
    penetration: float
    segment_error: float
    unsupported: int
    sliding: float
    lift_travel: float
    head_clearance: float
    balance: float


def check_demo(exercise_id: str, frames: Sequence[Frame], scene: Scene) -> DemoCheck:
    """Every physical check of one demo's frames.

    Parameters
    ----------
    exercise_id : str
        The exercise's id, to name the result.
    frames : sequence of Frame
        One repetition.
    scene : Scene
        The demo's view and props.

    Returns
    -------
    DemoCheck
        The numbers.
    """
    return DemoCheck(
        exercise_id,
        len(frames),
        contact_drift(frames),
        contact_gap(frames, scene),
        penetration(frames, scene),
        segment_error(frames),
        len(unsupported_frames(frames, scene)),
        sliding(frames, scene),
        lift_travel(frames, scene),
        head_clearance(frames),
        balance(frames, scene),
    )
