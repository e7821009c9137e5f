"""The exercise library: data in ``widgets/data/exercises.json``, checked on load.

Adding an exercise needs no code: add an item to the JSON file. Its shape is
checked against ``widgets/data/schemas/exercises.schema.json`` when the library
is read; this module checks the rest (unique ids, known sources, phases that go
to the exercise's own poses, joint angles) and builds the dataclasses. A broken
item raises ``ValueError`` naming the file, the exercise and the field, so a
mistake in the data stops the build instead of reaching a reader. What an
exercise is (its fields, dose and demonstration) is in ``widgets.model.exercises``.
"""

from __future__ import annotations

from functools import lru_cache

from widgets.data import DataError, check_json, check_sources, load_json
from widgets.model.exercises import Demo, Dose, Exercise
from widgets.model.poses import JOINTS, Phase, check_pose

FILE = "exercises.json"
WHERE = f"widgets/data/{FILE}"


def _demo(raw: dict, where: str) -> Demo:
    """The checked demonstration: its anchor is a joint, its poses and phases agree."""
    if raw["anchor"] not in JOINTS:
        raise DataError(f"{where}: demo.anchor must be a joint, one of {list(JOINTS)}")
    poses = raw["poses"]
    for name, pose in poses.items():
        try:
            check_pose(pose)
        except ValueError as problem:
            raise DataError(f"{where}, pose {name!r}: {problem}") from None
    if raw["start_pose"] not in poses:
        raise DataError(f"{where}: demo.start_pose {raw['start_pose']!r} is not one of its poses")
    phases = []
    for number, phase in enumerate(raw["phases"], start=1):
        if phase["to"] not in poses:
            raise DataError(
                f"{where}, phase {number}: 'to' names an unknown pose {phase['to']!r}; "
                f"its poses are {list(poses)}"
            )
        phases.append(
            Phase(
                phase["label"].strip(),
                phase["to"],
                float(phase["seconds"]),
                phase["cue"].strip(),
                moves=not phase.get("hold", False),
            )
        )
    return Demo(
        raw["view"],
        raw["anchor"],
        raw["movement"].strip(),
        raw["start_cue"].strip(),
        {name: dict(pose) for name, pose in poses.items()},
        raw["start_pose"],
        tuple(phases),
        raw.get("anchor_y"),
        tuple(raw.get("props", ())),
    )


def _texts(values: list[str]) -> tuple[str, ...]:
    return tuple(value.strip() for value in values)


def _dose(raw: dict) -> Dose:
    reps = raw.get("reps")
    return Dose(
        int(raw["sets"]),
        None if reps is None else int(reps),
        raw.get("hold_seconds"),
        raw.get("minutes"),
        raw.get("per_side", False),
        raw.get("rest_seconds", 0),
    )


def validate_item(item: dict) -> Exercise:
    """An :class:`Exercise` from one JSON item, or a ``ValueError`` saying what is wrong.

    Parameters
    ----------
    item : dict
        One entry of ``exercises`` in ``exercises.json``.

    Returns
    -------
    Exercise
        The checked exercise, with its dose and demo.
    """
    check_json({"_about": "one item", "exercises": [item]}, FILE)
    return _build(item)


def _build(item: dict) -> Exercise:
    """An exercise whose shape the schema has checked: the cross-checks, then the dataclass."""
    where = f"{WHERE}, exercise {item['id']!r}"
    evidence = item["evidence"]
    return Exercise(
        id=item["id"],
        name=item["name"].strip(),
        category=item["category"],
        load=item["load"],
        purpose=item["purpose"].strip(),
        muscles=_texts(item["muscles"]),
        setup=item["setup"].strip(),
        cues=_texts(item["cues"]),
        mistakes=_texts(item["mistakes"]),
        easier=item["easier"].strip(),
        harder=item["harder"].strip(),
        dose=_dose(item["dose"]),
        equipment=tuple(item["equipment"]),
        harder_equipment=tuple(item["harder_equipment"]),
        evidence_strength=evidence["strength"],
        evidence_note=evidence["note"].strip(),
        sources=check_sources(evidence["sources"], where),
        technique_basis=item["technique_basis"],
        demo=_demo(item["demo"], where),
    )


def validate_library(data: dict) -> tuple[Exercise, ...]:
    """Every exercise of a library file, checked; ids must be unique.

    Parameters
    ----------
    data : dict
        The parsed library file.

    Returns
    -------
    tuple of Exercise
        The exercises in file order.
    """
    check_json(data, FILE)
    exercises = tuple(_build(item) for item in data["exercises"])
    ids = [e.id for e in exercises]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DataError(f"{WHERE}: exercise ids must be unique; repeated: {duplicates}")
    return exercises


@lru_cache(maxsize=1)
def load_exercises() -> tuple[Exercise, ...]:
    """The course's exercises, in file order.

    Read and checked once, then cached.

    Returns
    -------
    tuple of Exercise
        Every exercise of ``widgets/data/exercises.json``.
    """
    return validate_library(load_json(FILE))


def exercise(exercise_id: str) -> Exercise:
    """One exercise by id, or a ``ValueError`` listing the ids there are.

    Parameters
    ----------
    exercise_id : str
        The exercise's id in the library.

    Returns
    -------
    Exercise
        The exercise.
    """
    for item in load_exercises():
        if item.id == exercise_id:
            return item
    raise ValueError(
        f"There is no exercise called {exercise_id!r}. "
        f"Choose one of: {', '.join(e.id for e in load_exercises())}."
    )
