"""Data files that are not code: exercises, warning signs, claims, regions, labels, quizzes.

Every JSON file here has a JSON Schema beside it in ``schemas/`` (a quiz file's
is ``schemas/quiz.schema.json``). :func:`load_json` reads a file and checks it
against its schema, so a broken file stops the build with a message that names
the file, the item and the field. The model (``widgets.model``) builds its
dataclasses from the checked data and checks only what a schema cannot say:
ids used twice, a source key the course does not know, a phase that goes to a
pose its exercise does not have.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

# jsonschema imports rfc3987_syntax, where installed (JupyterLab brings it), to check the
# "iri" formats, and that module builds a parser as it loads: 1.5 s added to every kernel's
# start. No course schema uses a format, so the module is kept out while jsonschema loads;
# whatever imports it later gets it as usual (tests/test_data_schemas.py).
_KEEP_OUT = "rfc3987_syntax"
_keeping_out = "jsonschema" not in sys.modules and _KEEP_OUT not in sys.modules
if _keeping_out:
    sys.modules[_KEEP_OUT] = None  # type: ignore[assignment]  # its import fails; jsonschema allows that
try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError, best_match, relevance
finally:
    if _keeping_out:
        del sys.modules[_KEEP_OUT]

DATA_DIR = Path(__file__).parent
SCHEMA_DIR = DATA_DIR / "schemas"
QUIZ_FOLDER = "quizzes"

# A JSON type in plain words, for "must be ..." messages.
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
}


class DataError(ValueError):
    """A data file breaks its schema or the model's rules; the message says where."""


def schema_path(name: str) -> Path:
    """The schema of the data file ``name``: ``schemas/<stem>.schema.json``.

    Parameters
    ----------
    name : str
        A data file's path inside ``widgets/data``, e.g. "exercises.json" or
        "quizzes/why-runners-get-back-pain.json".

    Returns
    -------
    Path
        The schema file; every quiz file shares ``quiz.schema.json``.
    """
    if name.startswith(f"{QUIZ_FOLDER}/"):
        return SCHEMA_DIR / "quiz.schema.json"
    return SCHEMA_DIR / f"{Path(name).stem}.schema.json"


@cache
def _validator(name: str) -> Draft202012Validator:
    path = schema_path(name)
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check_json(data: Any, name: str) -> Any:
    """``data`` unchanged when it fits the schema of the file ``name``; else a :class:`DataError`.

    Parameters
    ----------
    data : object
        The parsed contents of a data file (tests pass broken copies).
    name : str
        The file's path inside ``widgets/data``, which picks the schema and
        opens the error message.

    Returns
    -------
    object
        ``data`` itself.
    """
    validator = _validator(name)
    error = best_match(validator.iter_errors(data), key=_relevance)
    if error is not None:
        raise DataError(describe_error(error, data, validator.schema, name)) from None
    return data


def _relevance(error: ValidationError) -> tuple:
    """jsonschema's ranking, except that an error of the field itself beats one of a branch.

    A question of an unknown kind fails its ``kind`` and also the branch for the
    other kind; the reader needs to hear about ``kind``.
    """
    branch = any(part in ("then", "else") for part in error.relative_schema_path)
    return (not branch, *relevance(error))


@cache
def _load_checked(name: str) -> Any:
    path = DATA_DIR / name
    if not path.exists():
        raise DataError(f"widgets/data/{name} does not exist")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as problem:
        raise DataError(f"widgets/data/{name} is not valid JSON: {problem}") from None
    return check_json(data, name)


def load_json(name: str) -> Any:
    """The file ``name`` from this folder, parsed and checked against its schema.

    Parameters
    ----------
    name : str
        A data file's path inside ``widgets/data``, e.g. "myths.json".

    Returns
    -------
    object
        A fresh copy of the parsed file (callers may change it), read once.
    """
    return copy.deepcopy(_load_checked(name))


def _resolve(schema: dict, root: dict) -> dict:
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            return {}
        schema = root
        for part in ref[2:].split("/"):
            schema = schema.get(part, {})
    return schema if isinstance(schema, dict) else {}


def _step(schema: dict, root: dict, step: str | int) -> dict:
    """The part of ``schema`` that describes the child ``step`` of an instance."""
    schema = _resolve(schema, root)
    if isinstance(step, int):
        prefix = schema.get("prefixItems", [])
        return _resolve(prefix[step] if step < len(prefix) else schema.get("items", {}), root)
    for part in (schema, schema.get("then", {}), schema.get("else", {})):
        found = part.get("properties", {}).get(step)
        if isinstance(found, dict) and found:
            return _resolve(found, root)
    extra = schema.get("additionalProperties", {})
    return _resolve(extra if isinstance(extra, dict) else {}, root)


def _item_name(title: str, instance: Any, step: str | int) -> str:
    if isinstance(instance, dict):
        for key in ("id", "key"):
            if isinstance(instance.get(key), str) and instance[key]:
                return f"{title} {instance[key]!r}"
    if isinstance(step, int):
        return f"{title} {step + 1}"
    return f"{title} {step!r}"


def _entries(count: int) -> str:
    return "1 entry" if count == 1 else f"{count} entries"


def _plain(error: ValidationError) -> str:
    """What is wrong, in plain words, after the field's name."""
    kind, value, schema = error.validator, error.validator_value, error.schema
    described = schema.get("description") if isinstance(schema, dict) else None
    if kind == "required":
        return "is missing"
    if kind == "type":
        kinds = [value] if isinstance(value, str) else value
        return "must be " + " or ".join(_TYPE_WORDS.get(k, k) for k in kinds)
    if kind == "minLength":
        return "must be non-empty text" if value == 1 else f"needs at least {value} characters"
    if kind == "maxLength":
        return f"is longer than {value} characters"
    if kind == "enum":
        return f"must be one of {', '.join(map(repr, value))}, not {error.instance!r}"
    if kind == "minItems":
        return f"needs at least {_entries(value)}, has {len(error.instance)}"
    if kind == "minProperties":
        return f"needs at least {_entries(value)}"
    if kind == "maxItems":
        return f"needs at most {_entries(value)}, has {len(error.instance)}"
    if kind == "minimum":
        return f"must be {value} or more, not {error.instance!r}"
    if kind == "exclusiveMinimum":
        return f"must be more than {value}, not {error.instance!r}"
    if kind == "additionalProperties":
        allowed = set(schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        return f"has unknown fields {extra}"
    if described:
        return f"must be {described}" if kind in ("pattern", "const") else described
    if kind == "const":
        return f"must be {value!r}"
    if kind == "pattern":
        return f"must match the pattern {value!r}, not {error.instance!r}"
    return error.message


def describe_error(error: ValidationError, data: Any, root: dict, name: str) -> str:
    """The file, the item and the field of a schema error, and what is wrong, in words.

    Parameters
    ----------
    error : jsonschema.exceptions.ValidationError
        The error to describe.
    data : object
        The instance that was checked (to find an item's id).
    root : dict
        The whole schema (for titles and ``$ref``).
    name : str
        The data file's path inside ``widgets/data``.

    Returns
    -------
    str
        For example "widgets/data/exercises.json, exercise 'bird_dog':
        dose.sets must be 1 or more, not 0".
    """
    items: list[str] = []
    field: list[str] = []
    schema, instance = root, data
    for step in error.absolute_path:
        schema = _step(schema, root, step)
        title = schema.get("title")
        if title:
            items.append(_item_name(title, instance[step], step))
            field = []
        else:
            field.append(f"entry {step + 1}" if isinstance(step, int) else str(step))
        instance = instance[step]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [n for n in error.validator_value if n not in error.instance]
        if missing:
            field.append(missing[0])
    where = ", ".join([f"widgets/data/{name}", *items])
    subject = ".".join(field).replace(".entry", " entry") if field else "the item"
    if not items and not field:
        subject = "the file"
    return f"{where}: {subject} {_plain(error)}"


def source_labels() -> dict[str, str]:
    """Short citation labels for figures, by bibliography key.

    Returns
    -------
    dict of str to str
        Every label of ``sources.json``, e.g. "Frandsen 2025" for "frandsen2025".
    """
    return dict(_labels())


@cache
def _labels() -> dict[str, str]:
    return {k: v for k, v in _load_checked("sources.json").items() if not k.startswith("_")}


def source_label(key: str, brief: bool = False) -> str:
    """'Briggs 2009' for ``briggs2009``: the one way code names a source.

    No string in ``widgets/`` types a label itself (``tests/test_one_home.py``):
    a corrected label in ``sources.json`` reaches every figure and sentence.

    Parameters
    ----------
    key : str
        A bibliography key; a ``ValueError`` when ``sources.json`` has no label for it.
    brief : bool, optional
        Leave out a bracketed note, as in "Hoy 2014" for "Hoy 2014 (Global Burden of
        Disease)", where the sentence says it already.

    Returns
    -------
    str
        Its short label from ``sources.json``.
    """
    labels = _labels()
    if key not in labels:
        raise DataError(f"no citation label for bibliography key {key!r} in sources.json")
    label = labels[key]
    return label.split(" (")[0] if brief else label


def check_sources(keys: Iterable[str], where: str) -> tuple[str, ...]:
    """``keys`` as a tuple when ``sources.json`` labels each one; else a :class:`DataError`.

    Parameters
    ----------
    keys : iterable of str
        Bibliography keys an item cites.
    where : str
        The file and item, for the message (e.g. "widgets/data/myths.json, claim 'rlbs'").

    Returns
    -------
    tuple of str
        The keys, in order.
    """
    keys = tuple(keys)
    labels = _labels()
    unknown = [key for key in keys if key not in labels]
    if unknown:
        raise DataError(
            f"{where}: sources {unknown} have no label in widgets/data/sources.json "
            "(add the entry to book/references.bib and its label to sources.json)"
        )
    return keys


def sources_sentence(keys: Iterable[str]) -> str:
    """'Source: Briggs 2009' or 'Sources: A; B', the line figures print under a panel.

    Parameters
    ----------
    keys : iterable of str
        Bibliography keys.

    Returns
    -------
    str
        The sentence with each key's short label.
    """
    labels = [source_label(key) for key in keys]
    return ("Source: " if len(labels) == 1 else "Sources: ") + "; ".join(labels)
