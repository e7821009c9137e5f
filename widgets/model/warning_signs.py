"""Warning signs (red flags): the one list every page and checker is built from.

The signs live in ``widgets/data/warning_signs.json``. Start here's "Get help
now" box, each chapter's warning box, the body map and the warning-signs
checker all read them through this module, so two pages can never word a sign
or its urgency differently. The file is checked against
``widgets/data/schemas/warning_signs.schema.json`` when it is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.data import DataError, check_json, check_sources, load_json

# Most urgent first. The checker reports the most urgent level ticked.
LEVELS = ("emergency", "urgent", "soon")
REGIONS = ("neck", "upper", "lower", "pelvis")
FILE = "warning_signs.json"
WHERE = f"widgets/data/{FILE}"


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


def _sign(item: dict, groups: dict[str, Group]) -> WarningSign:
    """A sign whose shape the schema has checked: its group and sources must be known."""
    where = f"{WHERE}, warning sign {item['key']!r}"
    group = item.get("group", "")
    if group and group not in groups:
        raise DataError(f"{where}: unknown group {group!r}; the groups are {list(groups)}")
    return WarningSign(
        key=item["key"],
        text=item["text"].strip(),
        question=item["question"].strip(),
        short=item["short"].strip(),
        regions=tuple(item["regions"]),
        level=item["level"],
        action=item["action"].strip(),
        sources=check_sources(item["sources"], where),
        group=group,
        why=item.get("why", "").strip(),
    )


def load(
    data: dict | None = None,
) -> tuple[dict[str, Level], dict[str, Group], tuple[WarningSign, ...]]:
    """Levels, groups and signs from ``warning_signs.json`` (or ``data``), validated.

    The schema (``widgets/data/schemas/warning_signs.schema.json``) checks the
    shape; this checks what it cannot say: the levels' order, known groups and
    sources, unique keys and texts, and a sign at every level.

    Parameters
    ----------
    data : dict, optional
        The parsed contents of a warning-signs file; default the course's one.

    Returns
    -------
    tuple
        The levels and groups by id, and the signs in file order.
    """
    data = load_json(FILE) if data is None else check_json(data, FILE)
    if tuple(data["levels"]) != LEVELS:
        raise DataError(f"{WHERE}: 'levels' must list {LEVELS} in that order")
    levels = {level: Level(level, **data["levels"][level]) for level in LEVELS}
    groups = {gid: Group(gid, **item) for gid, item in data.get("groups", {}).items()}
    signs = tuple(_sign(item, groups) for item in data["signs"])
    keys = [s.key for s in signs]
    duplicated = sorted({k for k in keys if keys.count(k) > 1})
    if duplicated:
        raise DataError(f"{WHERE}: warning-sign keys used twice: {duplicated}")
    for level in LEVELS:
        if not any(s.level == level for s in signs):
            raise DataError(f"{WHERE}: no warning sign at level {level!r}")
    texts = [s.text.lower() for s in signs]
    repeated = sorted({t for t in texts if texts.count(t) > 1})
    if repeated:
        raise DataError(f"{WHERE}: two warning signs have the same text: {repeated[0]!r}")
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
