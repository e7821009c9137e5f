"""The exercise library: data in ``widgets/data/exercises.json``, checked on load.

Adding an exercise needs no code: add an item to the JSON file. Every item is
checked when the library is read, and a broken item raises ``ValueError``
naming the exercise and the field, so a mistake in the data stops the build
instead of reaching a reader. What an exercise is (its fields, dose and
demonstration) is in ``widgets.model.exercises``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from widgets.data import load_json, source_label
from widgets.model.animation import Phase
from widgets.model.contacts import FLOOR, parse_contacts
from widgets.model.exercises import (
    CATEGORIES,
    EQUIPMENT,
    EVERY_CARD_CAUTIONS,
    LOADS,
    MAX_CUES,
    MIN_CUES,
    PROP_KINDS,
    SWAP_LABEL,
    SWAP_SECONDS,
    TECHNIQUE_BASIS,
    VIEWS,
    WORDING,
    Caution,
    Demo,
    Dose,
    Exercise,
)
from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE
from widgets.model.poses import EASINGS, check_pose

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TEXT_FIELDS = ("id", "name", "purpose", "setup", "easier", "harder", "technique_basis")


def _text(item: dict, name: str, where: str) -> str:
    value = item.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"exercise {where}: {name!r} must be non-empty text")
    return value.strip()


def _texts(item: dict, name: str, where: str, low: int = 1, high: int = 20) -> tuple[str, ...]:
    values = item.get(name)
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ValueError(f"exercise {where}: {name!r} must be a list of non-empty texts")
    if not low <= len(values) <= high:
        raise ValueError(
            f"exercise {where}: {name!r} needs {low} to {high} entries, has {len(values)}"
        )
    return tuple(v.strip() for v in values)


def _number(value, where: str, name: str, whole: bool = False, minimum: float = 0) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise ValueError(f"exercise {where}: {name!r} must be a number of at least {minimum}")
    if whole and int(value) != value:
        raise ValueError(f"exercise {where}: {name!r} must be a whole number")
    return int(value) if whole else float(value)


def _dose(raw, where: str) -> Dose:
    if not isinstance(raw, dict):
        raise ValueError(f"exercise {where}: 'dose' must be an object")
    unknown = set(raw) - {"sets", "reps", "hold_seconds", "minutes", "per_side", "rest_seconds"}
    if unknown:
        raise ValueError(f"exercise {where}: dose has unknown fields {sorted(unknown)}")
    sets = _number(raw.get("sets"), where, "dose.sets", whole=True, minimum=1)
    amounts = [k for k in ("reps", "hold_seconds", "minutes") if raw.get(k) is not None]
    if not amounts:
        raise ValueError(f"exercise {where}: the dose needs reps, hold_seconds or minutes")
    reps = raw.get("reps")
    if reps is not None:
        reps = _number(reps, where, "dose.reps", whole=True, minimum=1)
    hold = raw.get("hold_seconds")
    if hold is not None:
        hold = _number(hold, where, "dose.hold_seconds", minimum=1)
    minutes = raw.get("minutes")
    if minutes is not None:
        minutes = _number(minutes, where, "dose.minutes", minimum=1)
    per_side = raw.get("per_side", False)
    if not isinstance(per_side, bool):
        raise ValueError(f"exercise {where}: 'dose.per_side' must be true or false")
    rest = _number(raw.get("rest_seconds", 0), where, "dose.rest_seconds")
    return Dose(sets, reps, hold, minutes, per_side, rest)


def _demo_poses(raw: dict, where: str) -> dict:
    """The demo's key poses by name, each a valid set of joint angles."""
    poses = raw.get("poses")
    if not isinstance(poses, dict) or not poses:
        raise ValueError(f"exercise {where}: demo needs at least one key pose")
    for name, pose in poses.items():
        if not isinstance(pose, dict):
            raise ValueError(f"exercise {where}: pose {name!r} must be an object of joint angles")
        try:
            check_pose(pose)
        except ValueError as problem:
            raise ValueError(f"exercise {where}, pose {name!r}: {problem}") from None
    return poses


def _demo_contacts(raw: dict, where: str, poses: dict, props: tuple[dict, ...]) -> dict:
    """What touches the floor or a prop in each key pose, as (joint, surface) pairs."""
    contacts = raw.get("contacts")
    if not isinstance(contacts, dict) or set(contacts) != set(poses):
        raise ValueError(
            f"exercise {where}: demo 'contacts' must name what touches the floor in every "
            f"key pose ({', '.join(poses)})"
        )
    known = [FLOOR, *(prop["kind"] for prop in props)]
    parsed = {}
    for name, names in contacts.items():
        if not isinstance(names, list) or not names:
            raise ValueError(
                f"exercise {where}, pose {name!r}: list at least one contact, such as 'near_foot'"
            )
        try:
            parsed[name] = parse_contacts(names, known)
        except ValueError as problem:
            raise ValueError(f"exercise {where}, pose {name!r}: {problem}") from None
    return parsed


def _demo_phases(raw: dict, where: str, poses: dict, swap_cue: str | None) -> tuple[Phase, ...]:
    """The demo's phases in order, and "Now swap sides" at the end of a one-side demo."""
    phases = []
    for number, phase in enumerate(raw.get("phases") or [], start=1):
        if not isinstance(phase, dict):
            raise ValueError(f"exercise {where}: phase {number} must be an object")
        label = _text(phase, "label", f"{where} phase {number}")
        cue = _text(phase, "cue", f"{where} phase {number}")
        if phase.get("to") not in poses:
            raise ValueError(
                f"exercise {where}: phase {label!r} goes to an unknown pose {phase.get('to')!r}"
            )
        seconds = _number(phase.get("seconds"), f"{where} phase {label}", "seconds", minimum=0.1)
        hold = phase.get("hold", False)
        if not isinstance(hold, bool):
            raise ValueError(f"exercise {where}: phase {label!r} 'hold' must be true or false")
        easing = phase.get("ease", "both")
        if easing not in EASINGS:
            raise ValueError(f"exercise {where}: phase {label!r} 'ease' must be one of {EASINGS}")
        phases.append(Phase(label, phase["to"], seconds, cue, moves=not hold, ease=easing))
    if not phases:
        raise ValueError(f"exercise {where}: demo needs at least one phase")
    if swap_cue:
        phases.append(
            Phase(SWAP_LABEL, phases[-1].to_pose, SWAP_SECONDS, swap_cue, moves=False, counts=False)
        )
    return tuple(phases)


def _demo_props(raw: dict, where: str) -> tuple[dict, ...]:
    """Things drawn beside the figure (a step, a wall), each a box in metres."""
    props = tuple(raw.get("props") or ())
    kinds = []
    for prop in props:
        if not isinstance(prop, dict) or prop.get("kind") not in PROP_KINDS:
            raise ValueError(
                f"exercise {where}: every prop needs a kind, one of {list(PROP_KINDS)}"
            )
        for name in ("x0", "x1", "height"):
            if isinstance(prop.get(name), bool) or not isinstance(prop.get(name), (int, float)):
                raise ValueError(f"exercise {where}: prop {name!r} must be a number of metres")
        if not prop["x0"] < prop["x1"] or prop["height"] <= 0:
            raise ValueError(f"exercise {where}: a prop needs x0 < x1 and a height above 0")
        kinds.append(prop["kind"])
    if len(set(kinds)) != len(kinds):
        raise ValueError(f"exercise {where}: a demo has at most one prop of each kind")
    return props


def _demo(raw, where: str, per_side: bool) -> Demo:
    if not isinstance(raw, dict):
        raise ValueError(f"exercise {where}: 'demo' must be an object")
    view = raw.get("view")
    if view not in VIEWS:
        raise ValueError(f"exercise {where}: demo view must be one of {list(VIEWS)}")
    poses = _demo_poses(raw, where)
    start = raw.get("start_pose")
    if start not in poses:
        raise ValueError(f"exercise {where}: start_pose {start!r} is not one of its poses")
    swap_cue = raw.get("swap_cue")
    if per_side != (swap_cue is not None):
        raise ValueError(
            f"exercise {where}: a demo of an exercise done on each side needs a 'swap_cue' "
            "(and only such a demo has one)"
        )
    if swap_cue is not None:
        swap_cue = _text(raw, "swap_cue", where)
    phases = _demo_phases(raw, where, poses, swap_cue)
    props = _demo_props(raw, where)
    start_x = _number(raw.get("start_x", 0.0), where, "demo.start_x", minimum=-5)
    return Demo(
        view,
        _text(raw, "movement", where),
        _text(raw, "start_cue", where),
        {name: dict(pose) for name, pose in poses.items()},
        _demo_contacts(raw, where, poses, props),
        start,
        phases,
        props,
        start_x,
    )


# The leg-symptom stop rule is worded once, beside the pain monitor; cards show it as it is.
LEG_SYMPTOMS_CAUTION = Caution("leg_symptoms", LEG_SYMPTOM_STOP_RULE)


def validate_cautions(raw) -> dict[str, Caution]:
    """The library's cautions by key, from the file's ``cautions`` object.

    Parameters
    ----------
    raw : dict
        Each caution's ``text`` and ``sources`` by key; ``leg_symptoms`` is
        not in the file, because its words come from the pain monitor.

    Returns
    -------
    dict of str to Caution
        Every caution a card may name, ``leg_symptoms`` included.
    """
    if not isinstance(raw, dict) or not raw:
        raise ValueError("the exercise library needs a 'cautions' object of caution texts")
    if LEG_SYMPTOMS_CAUTION.key in raw:
        raise ValueError(
            "the leg-symptom caution comes from widgets.model.pain_monitor; "
            "do not word it again in exercises.json"
        )
    cautions = {}
    for key, item in raw.items():
        where = f"caution {key}"
        if not _ID.match(key) or not isinstance(item, dict):
            raise ValueError(f"{where}: needs a lower-case key and an object with its text")
        sources = item.get("sources", [])
        if not isinstance(sources, list):
            raise ValueError(f"{where}: 'sources' must be a list of bibliography keys")
        for source in sources:
            source_label(source)
        cautions[key] = Caution(key, _text(item, "text", where), tuple(sources))
    cautions[LEG_SYMPTOMS_CAUTION.key] = LEG_SYMPTOMS_CAUTION
    return cautions


def _card_cautions(item: dict, where: str, cautions: dict[str, Caution]) -> tuple[Caution, ...]:
    """The cautions a card names: known keys, each once, with those every card needs."""
    keys = item.get("cautions")
    if not isinstance(keys, list) or not keys or not all(isinstance(k, str) for k in keys):
        raise ValueError(f"exercise {where}: 'cautions' must list the keys of its cautions")
    unknown = [k for k in keys if k not in cautions]
    if unknown:
        raise ValueError(
            f"exercise {where}: unknown cautions {unknown}; choose from {list(cautions)}"
        )
    missing = [k for k in EVERY_CARD_CAUTIONS if k not in keys]
    if missing:
        raise ValueError(f"exercise {where}: every card needs the cautions {missing}")
    if len(set(keys)) != len(keys):
        raise ValueError(f"exercise {where}: a caution is listed twice")
    return tuple(cautions[k] for k in keys)


def _linked(item: dict, where: str, name: str) -> str | None:
    """The id of the library exercise a version is, when the data names one."""
    value = item.get(name)
    if value is not None and (not isinstance(value, str) or not _ID.match(value)):
        raise ValueError(f"exercise {where}: {name!r} must be the id of another exercise")
    if value == item.get("id"):
        raise ValueError(f"exercise {where}: {name!r} cannot be the exercise itself")
    return value


def validate_item(item: dict, cautions: dict[str, Caution] | None = None) -> Exercise:
    """An :class:`Exercise` from one JSON item, or a ``ValueError`` saying what is wrong.

    Parameters
    ----------
    item : dict
        One entry of ``exercises`` in ``exercises.json``.
    cautions : dict of str to Caution, optional
        The library's cautions by key (see :func:`validate_cautions`); when
        given, the item must list its own.

    Returns
    -------
    Exercise
        The checked exercise, with its dose, demo and cautions.
    """
    if not isinstance(item, dict):
        raise ValueError("every exercise must be a JSON object")
    where = str(item.get("id", "<no id>"))
    for name in _TEXT_FIELDS:
        _text(item, name, where)
    if not _ID.match(item["id"]):
        raise ValueError(f"exercise {where}: id must be lower case letters, digits and _")
    if item.get("category") not in CATEGORIES:
        raise ValueError(f"exercise {where}: category must be one of {list(CATEGORIES)}")
    if item.get("load") not in LOADS:
        raise ValueError(f"exercise {where}: load must be one of {list(LOADS)}")
    if item["technique_basis"] != TECHNIQUE_BASIS:
        raise ValueError(
            f"exercise {where}: technique_basis must say {TECHNIQUE_BASIS!r}: "
            "set-up, cues and doses are not trial evidence"
        )
    for name in ("equipment", "harder_equipment"):
        values = item.get(name)
        if not isinstance(values, list) or any(v not in EQUIPMENT for v in values):
            raise ValueError(f"exercise {where}: {name!r} must list items from {list(EQUIPMENT)}")
    evidence = item.get("evidence")
    if not isinstance(evidence, dict):
        raise ValueError(f"exercise {where}: 'evidence' must be an object")
    if evidence.get("strength") not in WORDING:
        raise ValueError(f"exercise {where}: evidence strength must be one of {list(WORDING)}")
    note = _text(evidence, "note", where)
    sources = evidence.get("sources")
    if not isinstance(sources, list):
        raise ValueError(f"exercise {where}: the evidence note needs a list of sources")
    if not sources and evidence.get("strength") not in ("little evidence", "not known"):
        raise ValueError(
            f"exercise {where}: only 'little evidence' or 'not known' may have no source"
        )
    for key in sources:
        try:
            source_label(key)
        except ValueError as problem:
            raise ValueError(f"exercise {where}: {problem}") from None
    dose = _dose(item.get("dose"), where)
    return Exercise(
        id=item["id"],
        name=item["name"].strip(),
        category=item["category"],
        load=item["load"],
        purpose=item["purpose"].strip(),
        muscles=_texts(item, "muscles", where),
        setup=item["setup"].strip(),
        cues=_texts(item, "cues", where, MIN_CUES, MAX_CUES),
        mistakes=_texts(item, "mistakes", where),
        easier=item["easier"].strip(),
        harder=item["harder"].strip(),
        dose=dose,
        equipment=tuple(item["equipment"]),
        harder_equipment=tuple(item["harder_equipment"]),
        evidence_strength=evidence["strength"],
        evidence_note=note,
        sources=tuple(sources),
        technique_basis=item["technique_basis"],
        demo=_demo(item.get("demo"), where, dose.per_side),
        easier_exercise=_linked(item, where, "easier_exercise"),
        harder_exercise=_linked(item, where, "harder_exercise"),
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
    items = data.get("exercises") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise ValueError("the exercise library needs a non-empty list 'exercises'")
    cautions = validate_cautions(data.get("cautions"))
    exercises = tuple(validate_item(item, cautions) for item in items)
    ids = [e.id for e in exercises]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"exercise ids must be unique; repeated: {duplicates}")
    for item in exercises:
        for level in ("easier", "harder"):
            other = item.linked(level)
            if other is not None and other not in ids:
                raise ValueError(
                    f"exercise {item.id}: its {level} version names {other!r}, "
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
    return validate_library(load_json("exercises.json"))


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
