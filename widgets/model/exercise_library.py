"""The exercise library: data in ``widgets/data/exercises.json``, checked on load.

Adding an exercise needs no code: add an item to the JSON file. Its shape is
checked against ``widgets/data/schemas/exercises.schema.json`` when the library
is read; this module checks the rest (unique ids, known sources, phases that go
to the exercise's own poses, contacts for every key pose, joint angles, cautions
and linked versions that exist) and builds the dataclasses. A broken
item raises ``ValueError`` naming the file, the exercise and the field, so a
mistake in the data stops the build instead of reaching a reader. What an
exercise is (its fields, dose and demonstration) is in ``widgets.model.exercises``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from widgets.data import DataError, check_json, check_sources, load_json
from widgets.model.animation import Phase
from widgets.model.contacts import FLOOR, parse_contacts
from widgets.model.exercises import (
    EVERY_CARD_CAUTIONS,
    SWAP_LABEL,
    SWAP_SECONDS,
    Caution,
    Demo,
    Dose,
    Exercise,
)
from widgets.model.pain_monitor import LEG_SYMPTOM_SIGN_SOURCES, LEG_SYMPTOM_STOP_RULE
from widgets.model.poses import check_pose

FILE = "exercises.json"
WHERE = f"widgets/data/{FILE}"
# Evidence strengths that may name no source: the note says nothing was found.
UNSOURCED_STRENGTHS = ("little evidence", "not known")


def _demo_poses(raw: dict, where: str) -> dict:
    """The demo's key poses by name, each a valid set of joint angles."""
    poses = raw["poses"]
    for name, pose in poses.items():
        try:
            check_pose(pose)
        except ValueError as problem:
            raise DataError(f"{where}, pose {name!r}: {problem}") from None
    if raw["start_pose"] not in poses:
        raise DataError(f"{where}: demo.start_pose {raw['start_pose']!r} is not one of its poses")
    return poses


def _demo_contacts(raw: dict, where: str, poses: dict, props: tuple[dict, ...]) -> dict:
    """What touches the floor or a prop in each key pose, as (joint, surface) pairs."""
    contacts = raw["contacts"]
    if set(contacts) != set(poses):
        raise DataError(
            f"{where}: demo.contacts must name what touches the floor in every "
            f"key pose ({', '.join(poses)}), and no other"
        )
    known = [FLOOR, *(prop["kind"] for prop in props)]
    parsed = {}
    for name, names in contacts.items():
        try:
            parsed[name] = parse_contacts(names, known)
        except ValueError as problem:
            raise DataError(f"{where}, pose {name!r}: {problem}") from None
    return parsed


def _demo_phases(raw: dict, where: str, poses: dict, swap_cue: str | None) -> tuple[Phase, ...]:
    """The demo's phases in order, and "Now swap sides" at the end of a one-side demo."""
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
                ease=phase.get("ease", "both"),
            )
        )
    if swap_cue:
        phases.append(
            Phase(
                SWAP_LABEL,
                phases[-1].to_pose,
                SWAP_SECONDS,
                swap_cue,
                moves=False,
                counts=False,
                swaps_sides=True,
            )
        )
    return tuple(phases)


def _demo_props(raw: dict, where: str) -> tuple[dict, ...]:
    """Things drawn beside the figure (a step, a wall), each a box in metres."""
    props = tuple(raw.get("props", ()))
    for prop in props:
        if not prop["x0"] < prop["x1"]:
            raise DataError(f"{where}: a {prop['kind']} prop needs x0 < x1")
    kinds = [prop["kind"] for prop in props]
    if len(set(kinds)) != len(kinds):
        raise DataError(f"{where}: a demo has at most one prop of each kind")
    return props


def _demo(raw: dict, where: str, per_side: bool) -> Demo:
    """The checked demonstration: its poses, contacts, phases and props agree."""
    poses = _demo_poses(raw, where)
    swap_cue = raw.get("swap_cue")
    if per_side != (swap_cue is not None):
        raise DataError(
            f"{where}: a demo of an exercise done on each side needs a 'swap_cue' "
            "(and only such a demo has one)"
        )
    props = _demo_props(raw, where)
    return Demo(
        raw["view"],
        raw["movement"].strip(),
        raw["start_cue"].strip(),
        {name: dict(pose) for name, pose in poses.items()},
        _demo_contacts(raw, where, poses, props),
        raw["start_pose"],
        _demo_phases(raw, where, poses, swap_cue.strip() if swap_cue else None),
        props,
        float(raw.get("start_x", 0.0)),
    )


def _easier_demo(item: dict, where: str, per_side: bool) -> Demo | None:
    """The easier version's demo: the standard demo with the fields the easier one changes.

    A key pose of the easier version is the standard pose of the same name with
    its own angles on top; a pose name the standard demo lacks is a new pose.
    Contacts merge the same way, by pose name. A standard pose the easier
    version never goes to is left out (a seated calf raise has no use for the
    standing one's weight shift, nor for its hands on a wall it does not draw).
    It is checked like any demo.
    """
    if "easier_demo" not in item:
        return None
    standard, easier = item["demo"], item["easier_demo"]
    merged = {**standard, **{k: v for k, v in easier.items() if k != "drawn"}}
    used = {
        merged["start_pose"],
        *(phase["to"] for phase in merged["phases"]),
        *easier.get("poses", {}),
    }
    merged["poses"] = {
        name: {**standard["poses"].get(name, {}), **pose}
        for name, pose in {**standard["poses"], **easier.get("poses", {})}.items()
        if name in used
    }
    merged["contacts"] = {
        name: names
        for name, names in {**standard["contacts"], **easier.get("contacts", {})}.items()
        if name in used
    }
    return _demo(merged, f"{where}, easier_demo", per_side)


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


# The leg-symptom stop rule is worded once, beside the pain monitor; cards show it as it is.
LEG_SYMPTOMS_CAUTION = Caution(
    "leg_symptoms", LEG_SYMPTOM_STOP_RULE, sign_sources=LEG_SYMPTOM_SIGN_SOURCES
)


def validate_cautions(raw: dict) -> dict[str, Caution]:
    """The library's cautions by key, from the file's ``cautions`` object.

    Parameters
    ----------
    raw : dict
        Each caution's ``text`` and ``sources`` by key (shape checked by the
        schema); ``leg_symptoms`` is not in the file, because its words come
        from the pain monitor.

    Returns
    -------
    dict of str to Caution
        Every caution a card may name, ``leg_symptoms`` included.
    """
    if LEG_SYMPTOMS_CAUTION.key in raw:
        raise DataError(
            f"{WHERE}: the leg-symptom caution comes from widgets.model.pain_monitor; "
            "do not word it again in exercises.json"
        )
    cautions = {
        key: Caution(
            key,
            item["text"].strip(),
            check_sources(item.get("sources", []), f"{WHERE}, caution {key!r}"),
        )
        for key, item in raw.items()
    }
    cautions[LEG_SYMPTOMS_CAUTION.key] = LEG_SYMPTOMS_CAUTION
    return cautions


def _card_cautions(item: dict, where: str, cautions: dict[str, Caution]) -> tuple[Caution, ...]:
    """The cautions a card names: known keys, each once, with those every card needs."""
    keys = item["cautions"]
    unknown = [k for k in keys if k not in cautions]
    if unknown:
        raise DataError(f"{where}: unknown cautions {unknown}; choose from {list(cautions)}")
    missing = [k for k in EVERY_CARD_CAUTIONS if k not in keys]
    if missing:
        raise DataError(f"{where}: every card needs the cautions {missing}")
    return tuple(cautions[k] for k in keys)


def _linked(item: dict, where: str, name: str) -> str | None:
    """The id of the library exercise a version is, when the data names one."""
    value = item.get(name)
    if value == item["id"]:
        raise DataError(f"{where}: {name!r} cannot be the exercise itself")
    return value


def _sources(evidence: dict, where: str) -> tuple[str, ...]:
    if not evidence["sources"] and evidence["strength"] not in UNSOURCED_STRENGTHS:
        raise DataError(
            f"{where}: evidence.sources is empty; only {list(UNSOURCED_STRENGTHS)} may have no source"
        )
    return check_sources(evidence["sources"], where)


def validate_item(item: dict, cautions: dict[str, Caution] | None = None) -> Exercise:
    """An :class:`Exercise` from one JSON item, or a ``ValueError`` saying what is wrong.

    Parameters
    ----------
    item : dict
        One entry of ``exercises`` in ``exercises.json``.
    cautions : dict of str to Caution, optional
        The library's cautions by key (see :func:`validate_cautions`); when
        given, the item's own must be among them.

    Returns
    -------
    Exercise
        The checked exercise, with its dose, demo and cautions.
    """
    file = load_json(FILE)
    check_json({**file, "exercises": [item]}, FILE)
    return _build(item, cautions)


def _build(item: dict, cautions: dict[str, Caution] | None) -> Exercise:
    """An exercise whose shape the schema has checked: the cross-checks, then the dataclass."""
    where = f"{WHERE}, exercise {item['id']!r}"
    evidence = item["evidence"]
    dose = _dose(item["dose"])
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
        dose=dose,
        equipment=tuple(item["equipment"]),
        harder_equipment=tuple(item["harder_equipment"]),
        evidence_strength=evidence["strength"],
        evidence_note=evidence["note"].strip(),
        sources=_sources(evidence, where),
        technique_basis=item["technique_basis"],
        demo=_demo(item["demo"], where, dose.per_side),
        easier_demo=_easier_demo(item, where, dose.per_side),
        easier_drawn=item.get("easier_demo", {}).get("drawn", "").strip(),
        easier_exercise=_linked(item, where, "easier_exercise"),
        harder_exercise=_linked(item, where, "harder_exercise"),
        plan_versions=tuple(
            (level, text.strip()) for level, text in item.get("plan_versions", {}).items()
        ),
        cautions=_card_cautions(item, where, cautions) if cautions is not None else (),
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
        The exercises in file order, each with its cautions.
    """
    check_json(data, FILE)
    cautions = validate_cautions(data["cautions"])
    exercises = tuple(_build(item, cautions) for item in data["exercises"])
    ids = [e.id for e in exercises]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DataError(f"{WHERE}: exercise ids must be unique; repeated: {duplicates}")
    for item in exercises:
        for level in ("easier", "harder"):
            other = item.linked(level)
            if other is not None and other not in ids:
                raise DataError(
                    f"{WHERE}, exercise {item.id!r}: its {level} version names {other!r}, "
                    "which is not in the library"
                )
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


EASIER_DEMO_SUFFIX = ".easier"


def easier_demo_ids() -> list[str]:
    """The ids of the easier versions that have a demo of their own, in file order.

    Returns
    -------
    list of str
        For example ``"glute_bridge.easier"``.
    """
    return [item.id + EASIER_DEMO_SUFFIX for item in load_exercises() if item.easier_demo]


def demo_exercise(demo_id: str) -> Exercise:
    """The exercise a demo draws: an exercise by id, or its easier version.

    The easier version is the same exercise, named "(easier)", with the easier
    demo in place of the standard one, so every demo figure draws it as it
    draws any exercise.

    Parameters
    ----------
    demo_id : str
        An exercise's id, or its id followed by ``EASIER_DEMO_SUFFIX``.

    Returns
    -------
    Exercise
        The exercise whose ``demo`` is the one to draw.
    """
    if not demo_id.endswith(EASIER_DEMO_SUFFIX):
        return exercise(demo_id)
    item = exercise(demo_id.removesuffix(EASIER_DEMO_SUFFIX))
    if item.easier_demo is None:
        raise ValueError(
            f"The {item.name.lower()} has no drawn easier version. "
            f"Choose one of: {', '.join(easier_demo_ids())}."
        )
    return replace(item, id=demo_id, name=f"{item.name} (easier)", demo=item.easier_demo)


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
