"""Warning signs (red flags): the one list every page and checker is built from.

The signs live in ``widgets/data/warning_signs.json``. Start here's "Get help
now" box, each chapter's warning box, the body map and the warning-signs
checker all read them through this module, so two pages can never word a sign
or its urgency differently. The file is validated when it is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.data import load_json, source_label

# Most urgent first. The checker reports the most urgent level ticked.
LEVELS = ("emergency", "urgent", "soon")
REGIONS = ("neck", "upper", "lower", "pelvis")


@dataclass(frozen=True)
class WarningSign:
    """One warning sign: what to look for, how urgent it is, and what to do."""

    key: str
    text: str
    question: str
    short: str
    regions: tuple[str, ...]
    level: str
    action: str
    sources: tuple[str, ...]
    group: str = ""
    why: str = ""


@dataclass(frozen=True)
class Level:
    """An urgency level: its heading in a box and the action it asks for."""

    id: str
    label: str
    heading: str
    action: str


@dataclass(frozen=True)
class Group:
    """Signs that belong together (for example those of cauda equina syndrome)."""

    id: str
    label: str
    short: str
    why: str


def _text(item: dict, name: str, where: str) -> str:
    value = item.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {name!r} must be non-empty text")
    return value.strip()


def _text_tuple(item: dict, name: str, where: str, allowed=None) -> tuple[str, ...]:
    values = item.get(name)
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v.strip() for v in values)
    ):
        raise ValueError(f"{where}: {name!r} must be a non-empty list of text")
    if allowed is not None:
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise ValueError(f"{where}: unknown {name} {unknown}; choose from {allowed}")
    return tuple(values)


def validate_levels(data: dict) -> dict[str, Level]:
    """The urgency levels, in :data:`LEVELS` order, or a ``ValueError``.

    Parameters
    ----------
    data : dict
        The parsed warning-signs file.

    Returns
    -------
    dict of str to Level
        Each level's label, heading and action, by level.
    """
    raw = data.get("levels")
    if not isinstance(raw, dict) or tuple(raw) != LEVELS:
        raise ValueError(f"warning_signs.json must define the levels {LEVELS} in that order")
    return {
        level: Level(
            level,
            *(_text(raw[level], name, f"level {level}") for name in ("label", "heading", "action")),
        )
        for level in LEVELS
    }


def validate_groups(data: dict) -> dict[str, Group]:
    """The groups of signs named together on the body map, or a ``ValueError``.

    Parameters
    ----------
    data : dict
        The parsed warning-signs file.

    Returns
    -------
    dict of str to Group
        Each group's label, short phrase and why it matters, by id.
    """
    raw = data.get("groups", {})
    if not isinstance(raw, dict):
        raise ValueError("warning_signs.json: 'groups' must be an object")
    return {
        gid: Group(gid, *(_text(item, name, f"group {gid}") for name in ("label", "short", "why")))
        for gid, item in raw.items()
    }


def validate_sign(item: dict, groups: dict[str, Group]) -> WarningSign:
    """A :class:`WarningSign` from one JSON item, or a ``ValueError`` saying what is wrong.

    Parameters
    ----------
    item : dict
        One entry of ``signs`` in the warning-signs file.
    groups : dict of str to Group
        The file's groups, which the sign's ``group`` must name.

    Returns
    -------
    WarningSign
        The checked sign.
    """
    where = f"warning sign {item.get('key', '<no key>')}"
    key = _text(item, "key", where)
    if not key.replace("_", "").isalnum() or not key.islower():
        raise ValueError(f"{where}: key must be lower-case letters, digits and underscores")
    level = _text(item, "level", where)
    if level not in LEVELS:
        raise ValueError(f"{where}: level must be one of {LEVELS}, not {level!r}")
    group = item.get("group", "")
    if group and group not in groups:
        raise ValueError(f"{where}: unknown group {group!r}")
    question = _text(item, "question", where)
    if not question.endswith("?"):
        raise ValueError(f"{where}: the question must end with a question mark")
    sources = _text_tuple(item, "sources", where)
    for source in sources:
        source_label(source)
    return WarningSign(
        key=key,
        text=_text(item, "text", where),
        question=question,
        short=_text(item, "short", where),
        regions=_text_tuple(item, "regions", where, allowed=REGIONS),
        level=level,
        action=_text(item, "action", where),
        sources=sources,
        group=group,
        why=_text(item, "why", where) if "why" in item else "",
    )


def load(
    data: dict | None = None,
) -> tuple[dict[str, Level], dict[str, Group], tuple[WarningSign, ...]]:
    """Levels, groups and signs from ``warning_signs.json`` (or ``data``), validated.

    Parameters
    ----------
    data : dict, optional
        The parsed contents of a warning-signs file; default the course's one.

    Returns
    -------
    tuple
        The levels and groups by id, and the signs in file order; keys and
        texts are unique and every level has a sign.
    """
    data = load_json("warning_signs.json") if data is None else data
    levels = validate_levels(data)
    groups = validate_groups(data)
    signs = tuple(validate_sign(item, groups) for item in data.get("signs", []))
    keys = [s.key for s in signs]
    duplicated = sorted({k for k in keys if keys.count(k) > 1})
    if duplicated:
        raise ValueError(f"warning_signs.json: keys used twice: {duplicated}")
    for level in LEVELS:
        if not any(s.level == level for s in signs):
            raise ValueError(f"warning_signs.json: no sign at level {level!r}")
    texts = [s.text.lower() for s in signs]
    if len(set(texts)) != len(texts):
        raise ValueError("warning_signs.json: two signs have the same text")
    return levels, groups, signs


LEVEL_INFO, GROUPS, WARNING_SIGNS = load()
LEVEL_HEADINGS = {level: info.heading for level, info in LEVEL_INFO.items()}


def signs_for(region: str | None = None, level: str | None = None) -> tuple[WarningSign, ...]:
    """The signs that apply to ``region`` and ``level`` (``None`` means any), in file order.

    Parameters
    ----------
    region : str, optional
        One of ``REGIONS``.
    level : str, optional
        One of ``LEVELS``.

    Returns
    -------
    tuple of WarningSign
        The matching signs.
    """
    if region is not None and region not in REGIONS:
        raise ValueError(f"unknown region {region!r}: choose one of {', '.join(REGIONS)}")
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: choose one of {', '.join(LEVELS)}")
    return tuple(
        s
        for s in WARNING_SIGNS
        if (region is None or region in s.regions) and (level is None or s.level == level)
    )


def short_list(region: str, level: str, specific_only: bool = False) -> list[str]:
    """Short phrases for one region and level, a group's signs named once (for the body map).

    Parameters
    ----------
    region : str
        One of ``REGIONS``.
    level : str
        One of ``LEVELS``.
    specific_only : bool, optional
        Leave out the signs that apply to every region.

    Returns
    -------
    list of str
        Short phrases, each once, in file order.
    """
    phrases: list[str] = []
    for sign in signs_for(region, level):
        if specific_only and set(sign.regions) == set(REGIONS):
            continue
        whole_group = sign.group and all(
            region in other.regions
            for other in WARNING_SIGNS
            if other.group == sign.group and other.level == level
        )
        phrase = GROUPS[sign.group].short if whole_group else sign.short
        if phrase not in phrases:
            phrases.append(phrase)
    return phrases


def sources_for(signs) -> list[str]:
    """Every bibliography key behind ``signs``, first use first.

    Parameters
    ----------
    signs : iterable of WarningSign
        The signs whose sources to list.

    Returns
    -------
    list of str
        Each key once.
    """
    keys: list[str] = []
    for sign in signs:
        keys += [k for k in sign.sources if k not in keys]
    return keys
