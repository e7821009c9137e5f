"""One repetition of an exercise, frame by frame, with contacts that stay where they touch.

Each key pose names its contacts (``widgets.model.contacts``): the joints that
touch the floor or a prop. Between two key poses the joint angles are blended
(``poses.blend``), and then:

* one contact held from the start of the movement to its end carries the
  figure: the figure is placed so that it stays exactly where it was;
* every other held hand or foot is reached by its limb with the analytic
  two-link solution (``poses.reach``), so it stays put too;
* a contact that only the start pose has is released: the movement lifts it;
  one that only the end pose has is made when the movement ends.

So a knee on the floor cannot slide, a hand cannot float, and nothing is moved
after the fact to find the floor. Pure: numpy only, no plotting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from widgets.model.contacts import (
    FLOOR,
    Contact,
    Surface,
    carrier,
    rest_height,
    surfaces,
)
from widgets.model.poses import (
    EASINGS,
    LIMB_TIPS,
    LIMBS,
    Pose,
    blend,
    check_pose,
    forward_kinematics,
    reach,
)


@dataclass(frozen=True)
class Phase:
    """One part of a repetition: move (or stay) to a key pose while a cue applies.

    ``counts`` is False for a pause that is not part of the exercise's own
    tempo, such as "Now swap sides". A pause that ``swaps_sides`` shows, in
    its second half, the exercise's own hold done on the other side
    (:func:`other_side`), or the pose it holds when the exercise has no hold.
    """

    label: str
    to_pose: str
    seconds: float
    cue: str
    moves: bool = True
    counts: bool = True
    ease: str = "both"
    swaps_sides: bool = False


@dataclass(frozen=True)
class Frame:
    """One picture of the animation.

    ``contacts`` are the (joint, surface) pairs that touch in this picture;
    ``key`` marks a key pose (the start, and the end of each movement);
    ``side`` is 1 for the pictures after "Now swap sides" that show the
    other side, 0 otherwise.
    """

    index: int
    phase: int
    label: str
    cue: str
    points: dict
    new_phase: bool
    contacts: tuple[Contact, ...] = ()
    key: bool = False
    fraction: float = field(default=1.0, compare=False)
    side: int = 0


@dataclass(frozen=True)
class Scene:
    """How a demo meets the world: its view, the surfaces it can touch, where it starts."""

    view: str = "side"
    props: tuple = ()
    start_x: float = 0.0

    @property
    def surfaces(self) -> dict[str, Surface]:
        """The floor and the props, by name.

        Returns
        -------
        dict of str to Surface
            See ``widgets.model.contacts.surfaces``.
        """
        return surfaces(self.props)


def _place(points: dict, joint: str, where: np.ndarray) -> dict:
    shift = where - points[joint]
    return {name: p + shift for name, p in points.items()}


def _start_position(points: dict, contact: Contact, scene: Scene) -> np.ndarray:
    joint, surface = contact
    top = scene.surfaces[surface].height
    return np.array([scene.start_x, top + rest_height(joint, scene.view), points[joint][2]])


def _limb_of(joint: str) -> str | None:
    for limb, (_, middle, end, _) in LIMBS.items():
        if joint in (middle, end) or joint in LIMB_TIPS[limb]:
            return limb
    return None


def _posed(
    angles: dict, carried: Contact, held: Mapping[Contact, np.ndarray], view: str = "side"
) -> dict:
    """The figure in ``angles``, placed by its carrier, with held hands and feet reached.

    Seen from the front, a limb that has to shorten to reach bends towards the
    viewer, as a knee or elbow really does, not sideways in the picture.
    """
    points = _place(forward_kinematics(angles, checked=True), carried[0], held[carried])
    carrier_limb = _limb_of(carried[0])
    for limb, (_, _, end, bend) in LIMBS.items():
        if limb == carrier_limb:
            continue
        tips = [c for c in held if c[0] in (end, *LIMB_TIPS[limb])]
        if not tips:
            continue
        joint = tips[0][0]
        if limb.endswith("arm") and angles[f"{limb[:-4]}_elbow_turn"]:
            raise ValueError(
                f"The {limb.replace('_', ' ')} cannot reach a held hand while its forearm "
                "turns out of the picture: let it carry the figure instead."
            )
        if limb.endswith("leg") and angles[f"{limb[:-4]}_knee_turn"]:
            raise ValueError(
                f"The {limb.replace('_', ' ')} cannot reach a held foot while its shin "
                "turns out of the picture: hold the knee instead."
            )
        target = held[tips[0]] - (points[joint] - points[end])
        arm = limb.endswith("arm")
        points = reach(
            points,
            limb,
            target,
            angles[bend],
            towards_viewer=view == "front",
            out=angles[f"{limb[:-4]}_shoulder_out"] if arm else 0.0,
            keep_depth=arm and bool(angles[f"{limb[:-4]}_arm_in"]),
        )
    return points


def _swap_name(name: str) -> str:
    for this, that in (("near_", "far_"), ("far_", "near_")):
        if name.startswith(this):
            return that + name[len(this) :]
    return name


def other_side(
    points: Mapping[str, np.ndarray], contacts: Sequence[Contact], turn_around: bool
) -> tuple[dict, tuple[Contact, ...]]:
    """The same pose done on the other side of the body, as the picture shows it.

    With ``turn_around``, the figure turns to face the other way, over the
    same stretch of floor: its mirror image, so the other side of the body
    is the one nearer you (from the front: it lies on its other side). A
    figure beside a step or a wall cannot turn round without leaving it, so
    otherwise its near and far limbs trade places where they are: the leg
    that worked is now the far one.

    Parameters
    ----------
    points : mapping of str to numpy.ndarray
        Joint positions of one picture.
    contacts : sequence of (str, str)
        What touches in that picture.
    turn_around : bool
        Mirror the figure (True) or swap its near and far limbs (False).

    Returns
    -------
    tuple
        The joint positions and the contacts, on the other side.
    """
    if turn_around:
        xs = [float(p[0]) for p in points.values()]
        middle = min(xs) + max(xs)
        mirror = np.array([-1.0, 1.0, 1.0])
        moved = {name: p * mirror + np.array([middle, 0.0, 0.0]) for name, p in points.items()}
        return moved, tuple(contacts)
    flip = np.array([1.0, 1.0, -1.0])
    moved = {_swap_name(name): p * flip for name, p in points.items()}
    return moved, tuple((_swap_name(joint), surface) for joint, surface in contacts)


def _is_hold(phase: Phase) -> bool:
    """A hold of the exercise itself (not a pause such as "Now swap sides")."""
    return not phase.moves and phase.counts


def _check_phases(poses: Mapping[str, Pose], start_pose: str, phases: Sequence[Phase]) -> None:
    if not phases:
        raise ValueError("An exercise needs at least one phase.")
    missing = sorted({p.to_pose for p in phases} - set(poses) | ({start_pose} - set(poses)))
    if missing:
        raise ValueError(f"The key pose {', '.join(missing)} is not defined.")
    current = start_pose
    for phase in phases:
        if phase.seconds <= 0:
            raise ValueError(f"The phase {phase.label!r} must last more than 0 seconds.")
        if phase.ease not in EASINGS:
            raise ValueError(
                f"The phase {phase.label!r} eases {phase.ease!r}: use one of {EASINGS}."
            )
        if not phase.moves and phase.to_pose != current:
            raise ValueError(
                f"The hold {phase.label!r} must keep the pose before it ({current!r}), "
                f"not go to {phase.to_pose!r}."
            )
        current = phase.to_pose


def animate(
    poses: Mapping[str, Pose],
    contacts: Mapping[str, Sequence[Contact]],
    start_pose: str,
    phases: Sequence[Phase],
    scene: Scene = Scene(),
    frame_seconds: float = 0.05,
    hold_demo_seconds: float = 1.0,
    start_cue: str = "",
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
    contacts : mapping of str to sequence of (str, str)
        Each key pose's contacts: (joint, surface) pairs
        (``widgets.model.contacts.parse_contacts``).
    start_pose : str
        The key pose the repetition starts from.
    phases : sequence of Phase
        The movements and holds, in order.
    scene : Scene, optional
        The view, the props, and where across the floor the figure starts.
    frame_seconds : float, optional
        Seconds between frames.
    hold_demo_seconds : float, optional
        The longest a hold lasts in the demo, in seconds.
    start_cue : str, optional
        The cue shown with the start position.

    Returns
    -------
    list of Frame
        The start position, then every frame of every phase.
    """
    if frame_seconds <= 0:
        raise ValueError("The time between frames must be more than 0 seconds.")
    _check_phases(poses, start_pose, phases)
    if not contacts.get(start_pose):
        raise ValueError(f"The start pose {start_pose!r} must name what touches the floor.")
    angles = check_pose(poses[start_pose])
    first = carrier(contacts[start_pose])
    points = forward_kinematics(angles, checked=True)
    held = {first: _start_position(points, first, scene)}
    points = _posed(angles, first, held, scene.view)
    held = {c: points[c[0]].copy() for c in contacts[start_pose]}
    frames = [
        Frame(0, -1, "Start position", start_cue, points, True, tuple(held), key=True, fraction=0.0)
    ]
    for index, phase in enumerate(phases):
        target = check_pose(poses[phase.to_pose])
        ending = tuple(contacts.get(phase.to_pose, ()))
        if not phase.moves:
            steps = max(1, int(round(min(phase.seconds, hold_demo_seconds) / frame_seconds)))
            held_points, held_contacts = frames[-1].points, frames[-1].contacts
            # The other side is shown at the exercise's own hold (where the
            # sides differ most), or in the pose held now if it has none.
            shown = next((f for f in frames if f.phase >= 0 and _is_hold(phases[f.phase])), None)
            if shown is None:
                shown = frames[-1]
            swapped = other_side(shown.points, shown.contacts, turn_around=not scene.props)
            for step in range(steps):
                side = int(phase.swaps_sides and step >= max(1, steps // 2))
                points, touching = swapped if side else (held_points, held_contacts)
                frames.append(
                    Frame(
                        len(frames),
                        index,
                        phase.label,
                        phase.cue,
                        points,
                        step == 0,
                        touching,
                        fraction=(step + 1) / steps,
                        side=side,
                    )
                )
            continue
        kept = {c: p for c, p in held.items() if c in ending}
        carried = carrier(kept)
        steps = max(2, int(round(phase.seconds / frame_seconds)))
        for step in range(1, steps + 1):
            pose = blend(angles, target, step / steps, checked=True, kind=phase.ease)
            points = _posed(pose, carried, kept, scene.view)
            last = step == steps
            frames.append(
                Frame(
                    len(frames),
                    index,
                    phase.label,
                    phase.cue,
                    points,
                    step == 1,
                    ending if last else tuple(kept),
                    key=last,
                    fraction=step / steps,
                )
            )
        held = {c: kept.get(c, frames[-1].points[c[0]].copy()) for c in ending}
        angles = target
    return frames


def contact_surface_gaps(frame: Frame, scene: Scene) -> dict[Contact, float]:
    """How far each contact of a frame is from the surface it touches, in metres.

    Parameters
    ----------
    frame : Frame
        One picture.
    scene : Scene
        The demo's view and props.

    Returns
    -------
    dict of (str, str) to float
        The gap for each (joint, surface); 0 is touching, below 0 is inside.
    """
    found = scene.surfaces
    return {
        (joint, surface): found[surface].gap(frame.points[joint], rest_height(joint, scene.view))
        for joint, surface in frame.contacts
    }


__all__ = ["FLOOR", "Frame", "Phase", "Scene", "animate", "contact_surface_gaps", "other_side"]
