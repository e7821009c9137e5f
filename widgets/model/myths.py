"""Claims from the popular article, with the course's verdicts.

The claims, verdicts and sources live in ``widgets/data/myths.json`` and are
checked here when loaded, so a broken item fails loudly instead of showing a
half-empty card. Verdicts follow the course's evidence policy
(``docs/evidence-policy.md``): each cites the sources it was checked against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from widgets.data import load_json, source_label, sources_sentence

CATEGORIES = {
    "myth": "Myth",
    "partly": "Partly true",
    "supported": "Supported",
}
_KEY = re.compile(r"^[a-z][a-z0-9-]*$")
_REQUIRED_TEXT = ("id", "short", "claim", "heading", "category", "verdict", "explanation")
SHORT_MAX_CHARS = 30


@dataclass(frozen=True)
class Myth:
    """One claim from the article and what the evidence says about it."""

    id: str
    short: str
    claim: str
    heading: str
    category: str
    verdict: str
    explanation: str
    sources: tuple[str, ...]

    @property
    def category_label(self) -> str:
        """The verdict category as the self-check shows it.

        Returns
        -------
        str
            The label of ``category`` in ``CATEGORIES``.
        """
        return CATEGORIES[self.category]

    @property
    def source_text(self) -> str:
        """'Source: Briggs 2009' or 'Sources: A; B'.

        Returns
        -------
        str
            The claim's sources as one sentence.
        """
        return sources_sentence(self.sources)


def validate_item(item: dict) -> Myth:
    """A :class:`Myth` from one JSON item, or a ``ValueError`` saying what is wrong.

    Parameters
    ----------
    item : dict
        One entry of ``items`` in ``myths.json``.

    Returns
    -------
    Myth
        The checked claim.
    """
    where = item.get("id", "<no id>")
    for name in _REQUIRED_TEXT:
        value = item.get(name)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"myth {where}: {name!r} must be non-empty text")
    if item["category"] not in CATEGORIES:
        raise ValueError(f"myth {where}: category must be one of {list(CATEGORIES)}")
    if len(item["short"]) > SHORT_MAX_CHARS:
        raise ValueError(f"myth {where}: short label is longer than {SHORT_MAX_CHARS} characters")
    sources = item.get("sources")
    if not isinstance(sources, list) or not sources:
        raise ValueError(f"myth {where}: needs at least one source")
    for key in sources:
        if not isinstance(key, str) or not _KEY.match(key):
            raise ValueError(f"myth {where}: {key!r} is not a bibliography key")
        source_label(key)
    return Myth(*(item[name] for name in _REQUIRED_TEXT), sources=tuple(sources))


def load_myths(data: dict | None = None) -> list[Myth]:
    """Every claim, in the order the self-check shows them.

    Parameters
    ----------
    data : dict, optional
        The parsed contents of a claims file; default ``myths.json``.

    Returns
    -------
    list of Myth
        The checked claims; ids are unique.
    """
    data = load_json("myths.json") if data is None else data
    items = data.get("items")
    if not isinstance(items, list) or not items:
        raise ValueError("myths.json needs a non-empty 'items' list")
    myths = [validate_item(item) for item in items]
    ids = [m.id for m in myths]
    if len(set(ids)) != len(ids):
        raise ValueError("myth ids must be unique")
    return myths


def myth_by_id(myth_id: str) -> Myth:
    """The claim with id ``myth_id``.

    Parameters
    ----------
    myth_id : str
        A claim's id in ``myths.json``.

    Returns
    -------
    Myth
        The claim.
    """
    for myth in load_myths():
        if myth.id == myth_id:
            return myth
    raise ValueError(f"unknown claim {myth_id!r}")


def feedback(myth: Myth, answer: str) -> str:
    """What the reader sees after choosing ``answer`` (a key of ``CATEGORIES``).

    Parameters
    ----------
    myth : Myth
        The claim answered.
    answer : str
        The reader's verdict, a key of ``CATEGORIES``.

    Returns
    -------
    str
        The reader's answer and whether the evidence agrees.
    """
    if answer not in CATEGORIES:
        raise ValueError(f"answer must be one of {list(CATEGORIES)}, got {answer!r}")
    if answer == myth.category:
        opening = f"You said: {CATEGORIES[answer]}. The evidence agrees."
    else:
        opening = f"You said: {CATEGORIES[answer]}. The evidence says: {myth.category_label}."
    return opening


def score(answers: dict[str, str]) -> tuple[int, int]:
    """How many of the answered claims matched the evidence, and how many were answered.

    Parameters
    ----------
    answers : dict of str to str
        The reader's verdict (a key of ``CATEGORIES``) by claim id.

    Returns
    -------
    tuple of int
        ``(matched, answered)``.
    """
    by_id = {m.id: m for m in load_myths()}
    matched = sum(1 for myth_id, answer in answers.items() if by_id[myth_id].category == answer)
    return matched, len(answers)


def category_counts() -> dict[str, int]:
    """How many of the article's claims fall in each verdict category.

    Returns
    -------
    dict of str to int
        A count for every key of ``CATEGORIES``, zeros included.
    """
    counts = dict.fromkeys(CATEGORIES, 0)
    for myth in load_myths():
        counts[myth.category] += 1
    return counts
