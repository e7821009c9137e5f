"""Regions of the back for the body map: what hurts there, what is known, warning signs.

The content lives in ``widgets/data/body_regions.json`` and is checked against
``widgets/data/schemas/body_regions.schema.json`` when loaded. Evidence strength uses the course's wording scale (docs/evidence-policy.md), so the
map and the chapter text describe certainty in the same words. Warning signs
are not stored here: they come from the course's one list
(``widgets.model.warning_signs``), so the map cannot word them differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.data import check_json, check_sources, load_json, sources_sentence
from widgets.model.evidence_wording import SHORT_FORMS
from widgets.model.warning_signs import (
    LEVEL_INFO,
    LEVELS,
    REGIONS,
    short_list,
    signs_for,
    sources_for,
)

STRENGTHS = SHORT_FORMS  # the short forms of the course's one scale
REGION_IDS = ("neck", "upper", "lower", "pelvis")
DEFAULT_REGION = "lower"
FILE = "body_regions.json"
WHERE = f"widgets/data/{FILE}"


@dataclass(frozen=True)
class Region:
    """One area of the back and what the evidence says about pain there."""

    id: str
    label: str
    short: str
    where: str
    common: tuple[str, ...]
    known: str
    strength: str
    sources: tuple[str, ...]

    @property
    def warning_signs(self) -> tuple[str, ...]:
        """One line per urgency level: the level's label, then its signs.

        Emergencies are listed in full. At the other levels the map names the
        signs particular to a few regions and counts those that apply to any
        back pain, which Get help now lists, so the panel fits a phone.

        Returns
        -------
        tuple of str
            One sentence per level that has signs for this region, most urgent first.
        """
        lines = []
        for level in LEVELS:
            phrases = (
                short_list(self.id, level)
                if level == LEVELS[0]
                else short_list(self.id, level, specific_only=True)
            )
            general = (
                0
                if level == LEVELS[0]
                else len([s for s in signs_for(self.id, level) if set(s.regions) == set(REGIONS)])
            )
            if general:
                phrases = phrases + [f"{general} more for any back or neck pain (see Get help now)"]
            if phrases:
                lines.append(f"{LEVEL_INFO[level].label}: {'; '.join(phrases)}.")
        return tuple(lines)

    @property
    def warning_sources(self) -> tuple[str, ...]:
        """The bibliography keys of the warning signs that apply to this region.

        Returns
        -------
        tuple of str
            Keys in the order of the warning-signs data file.
        """
        return tuple(sources_for(signs_for(self.id)))

    @property
    def source_text(self) -> str:
        """The map panel's "Source: ..." line: the region's sources, then its signs'.

        Returns
        -------
        str
            One sentence naming every source once.
        """
        keys = list(self.sources) + [k for k in self.warning_sources if k not in self.sources]
        return sources_sentence(keys)


def validate_region(item: dict) -> Region:
    """A :class:`Region` from one JSON item whose shape the schema has checked.

    Parameters
    ----------
    item : dict
        One entry of ``regions`` in ``body_regions.json``.

    Returns
    -------
    Region
        The region, its sources checked against ``sources.json``.
    """
    where = f"{WHERE}, region {item['id']!r}"
    return Region(
        id=item["id"],
        label=item["label"],
        short=item["short"],
        where=item["where"],
        common=tuple(item["common"]),
        known=item["known"],
        strength=item["strength"],
        sources=check_sources(item["sources"], where),
    )


def load_regions(data: dict | None = None) -> list[Region]:
    """Every region, from the neck down.

    Parameters
    ----------
    data : dict, optional
        The parsed contents of a regions file; default ``body_regions.json``
        (tests pass their own).

    Returns
    -------
    list of Region
        The regions of ``REGION_IDS``, in that order (the schema fixes the order).
    """
    data = load_json(FILE) if data is None else check_json(data, FILE)
    return [validate_region(item) for item in data["regions"]]


def region_by_id(region_id: str) -> Region:
    """The region with id ``region_id``.

    Parameters
    ----------
    region_id : str
        One of ``REGION_IDS``.

    Returns
    -------
    Region
        The region, read from the data file.
    """
    for region in load_regions():
        if region.id == region_id:
            return region
    raise ValueError(f"unknown region {region_id!r}: choose one of {', '.join(REGION_IDS)}")


def describe(region: str = DEFAULT_REGION) -> str:
    """One plain sentence about the chosen region, for the map's text alternative.

    Parameters
    ----------
    region : str, optional
        One of ``REGION_IDS``.

    Returns
    -------
    str
        What hurts there, how sure the evidence is, and the most urgent signs.
    """
    r = region_by_id(region)
    return (
        f"{r.label}. What hurts: {r.common[0].rstrip('.')}. How sure: {r.strength}. "
        f"Warning signs: {r.warning_signs[0].rstrip('.')}."
    )
