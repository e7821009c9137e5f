"""What touches the floor or a prop: the contacts named in each key pose of a demo.

A key pose lists its contacts by name ("near_hand", "far_foot", "shoulders",
"near_foot@step"). Each name stands for one or more joints; "@step" or "@wall"
says which prop it touches (the floor when nothing is said). Trunk joints and
the head sit a little away from what they rest on or touch (the thickness of
the back, the head's radius), by how the figure is seen. Pure: numpy only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from widgets.model.poses import HEAD_RADIUS_M, JOINTS

FLOOR = "floor"
CONTACT_JOINTS: dict[str, tuple[str, ...]] = {
    "head": ("head",),
    "shoulders": ("shoulder",),
    "back": ("mid_back",),
    "pelvis": ("hip",),
}
for _side in ("near", "far"):
    CONTACT_JOINTS |= {
        f"{_side}_hand": (f"{_side}_wrist",),
        f"{_side}_elbow": (f"{_side}_elbow",),
        f"{_side}_forearm": (f"{_side}_elbow", f"{_side}_wrist"),
        f"{_side}_knee": (f"{_side}_knee",),
        f"{_side}_shin": (f"{_side}_knee", f"{_side}_ankle", f"{_side}_toe"),
        f"{_side}_heel": (f"{_side}_heel",),
        f"{_side}_toe": (f"{_side}_toe",),
        f"{_side}_foot": (f"{_side}_heel", f"{_side}_toe"),
    }
# How far a joint sits above the surface it rests on, in metres: the back's
# half-thickness lying on it (side view), the body's half-width lying on the
# side (front view), the head's radius. Hands, knees and feet touch with the joint.
REST_HEIGHT_M = {
    "side": {"hip": 0.11, "mid_back": 0.11, "shoulder": 0.11, "head": HEAD_RADIUS_M},
    "front": {"hip": 0.15, "mid_back": 0.16, "shoulder": 0.19, "head": HEAD_RADIUS_M},
}
# Which held joint carries the figure while it moves, first one found: the
# trunk when lying, a forearm in a side plank, a knee on all fours, then feet.
CARRIER_ORDER = (
    "hip",
    "mid_back",
    "shoulder",
    "head",
    "far_elbow",
    "near_elbow",
    "near_knee",
    "far_knee",
    "near_heel",
    "near_toe",
    "far_heel",
    "far_toe",
    "far_wrist",
    "near_wrist",
)
TOLERANCE_M = 0.01

Contact = tuple[str, str]  # (joint, surface)


@dataclass(frozen=True)
class Surface:
    """Something the figure can touch: the floor, or a box such as a step or a wall.

    Attributes
    ----------
    name : str
        "floor", or the prop's kind ("step", "wall").
    x0, x1 : float
        The box's left and right edges in metres (the floor runs everywhere).
    height : float
        The top of the box in metres (0 for the floor).
    """

    name: str
    x0: float = -np.inf
    x1: float = np.inf
    height: float = 0.0

    def gap(self, point: np.ndarray, rest: float = 0.0) -> float:
        """How far ``point`` is from this surface, in metres (negative: inside it).

        A joint with a ``rest`` is the middle of a round body part of that
        radius, so it keeps that distance from every face it can touch: the
        floor and the top of a step below it, the face of a wall beside it (a
        bottom touching a wall behind it).

        Parameters
        ----------
        point : numpy.ndarray
            A joint position, x y z.
        rest : float, optional
            How far the joint sits from what it touches (see ``REST_HEIGHT_M``).

        Returns
        -------
        float
            The distance to the nearest face less ``rest``; below 0 means the
            body there is inside the box (or under the floor) by that much.
        """
        x, y = float(point[0]), float(point[1])
        if self.name == FLOOR:
            return y - rest
        if self.x0 <= x <= self.x1 and 0 <= y <= self.height:
            return -min(self.height - y, x - self.x0, self.x1 - x) - rest
        dx = max(self.x0 - x, 0.0, x - self.x1)
        dy = max(-y, 0.0, y - self.height)
        return float(np.hypot(dx, dy)) - rest


def surfaces(props: Iterable[Mapping]) -> dict[str, Surface]:
    """The floor and every prop of a demo, by name.

    Parameters
    ----------
    props : iterable of mapping
        The demo's props, each with ``kind``, ``x0``, ``x1`` and ``height``.

    Returns
    -------
    dict of str to Surface
        "floor" and each prop's kind.
    """
    found = {FLOOR: Surface(FLOOR)}
    for prop in props:
        found[prop["kind"]] = Surface(prop["kind"], prop["x0"], prop["x1"], prop["height"])
    return found


def parse_contacts(names: Sequence[str], known_surfaces: Iterable[str]) -> tuple[Contact, ...]:
    """The (joint, surface) pairs a key pose's contact names stand for, or a ``ValueError``.

    Parameters
    ----------
    names : sequence of str
        Contact names such as "near_foot" or "near_foot@step".
    known_surfaces : iterable of str
        The surfaces the demo has ("floor" and its props).

    Returns
    -------
    tuple of (str, str)
        Each joint that touches, with the surface it touches, in order.
    """
    known = set(known_surfaces)
    pairs: list[Contact] = []
    for name in names:
        if not isinstance(name, str):
            raise ValueError(f"A contact must be a name such as 'near_foot', not {name!r}.")
        part, _, surface = name.partition("@")
        surface = surface or FLOOR
        if part not in CONTACT_JOINTS:
            raise ValueError(
                f"{part!r} is not a contact this model knows. "
                f"Use one of: {', '.join(CONTACT_JOINTS)}."
            )
        if surface not in known:
            raise ValueError(
                f"The contact {name!r} touches {surface!r}, which this demo does not draw."
            )
        for joint in CONTACT_JOINTS[part]:
            if (joint, surface) not in pairs:
                pairs.append((joint, surface))
    return tuple(pairs)


def rest_height(joint: str, view: str) -> float:
    """How far ``joint`` sits above what it rests on, in metres, in this view.

    Parameters
    ----------
    joint : str
        One of ``JOINTS``.
    view : str
        "side" or "front".

    Returns
    -------
    float
        0 for hands, knees and feet.
    """
    if joint not in JOINTS:
        raise ValueError(f"{joint!r} is not a joint.")
    return REST_HEIGHT_M[view].get(joint, 0.0)


def carrier(held: Iterable[Contact]) -> Contact:
    """The held contact that carries the figure through a movement (``CARRIER_ORDER``).

    Parameters
    ----------
    held : iterable of (str, str)
        Contacts that stay put from the start of the movement to its end.

    Returns
    -------
    tuple of (str, str)
        The joint and surface that the rest of the figure is placed from.
    """
    held = list(held)
    for joint in CARRIER_ORDER:
        for contact in held:
            if contact[0] == joint:
                return contact
    raise ValueError(
        "Nothing touches the floor or a prop from the start of this movement to its end: "
        "name a contact that both key poses share."
    )
