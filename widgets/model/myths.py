"""Claims from the popular article, with the course's verdicts.

The claims, verdicts and sources live in ``widgets/data/myths.json`` and are
checked when loaded (shape: ``widgets/data/schemas/myths.schema.json``; unique
ids and known sources: here), so a broken item fails loudly instead of showing a
half-empty card. Verdicts follow the course's evidence policy
(``docs/evidence-policy.md``): each cites the sources it was checked against.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.data import DataError, check_json, check_sources, load_json, sources_sentence

CATEGORIES = {
    "myth": "Myth",
    "partly": "Partly true",
    "supported": "Supported",
}
_REQUIRED_TEXT = ("id", "short", "claim", "heading", "category", "verdict", "explanation")
FILE = "myths.json"
WHERE = f"widgets/data/{FILE}"


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
    check_json({"_about": "one item", "items": [item]}, FILE)
    return _build(item)


def _build(item: dict) -> Myth:
    where = f"{WHERE}, claim {item['id']!r}"
    sources = check_sources(item["sources"], where)
    return Myth(*(item[name] for name in _REQUIRED_TEXT), sources=sources)


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
    data = load_json(FILE) if data is None else check_json(data, FILE)
    myths = [_build(item) for item in data["items"]]
    ids = [m.id for m in myths]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise DataError(f"{WHERE}: claim ids must be unique; repeated: {repeated}")
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
