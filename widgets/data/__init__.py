"""Data files that are not code: quiz items, body-map regions, citation labels.

Each file is validated by the pure model that reads it (``widgets.model``); the
tests check every bibliography key against ``book/references.bib``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent


@cache
def load_json(name: str) -> dict:
    """The parsed JSON file ``name`` from this folder."""
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)


def source_labels() -> dict[str, str]:
    """Short citation labels for figures, by bibliography key."""
    return {k: v for k, v in load_json("sources.json").items() if not k.startswith("_")}


def source_label(key: str) -> str:
    """'Briggs 2009' for ``briggs2009``; a ``ValueError`` for an unknown key."""
    labels = source_labels()
    if key not in labels:
        raise ValueError(f"no citation label for bibliography key {key!r} in sources.json")
    return labels[key]


def sources_sentence(keys: Iterable[str]) -> str:
    """'Source: Briggs 2009' or 'Sources: A; B', the line figures print under a panel."""
    labels = [source_label(key) for key in keys]
    return ("Source: " if len(labels) == 1 else "Sources: ") + "; ".join(labels)
