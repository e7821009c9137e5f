"""The course's bibliography, ``book/references.bib``, read in one place.

The book cites from this file through sphinxcontrib-bibtex; the quizzes name
their sources from it, and the tests check every key the course uses against
it. They all read it here, so "is this a real source?" has one answer.

Only what the course needs is parsed: each entry's key and its fields as
text. An installed copy of the package reads the copy its wheel carries; a
bare source tree without either has no entries, and callers decide what that
means.
"""

from __future__ import annotations

import re
from functools import lru_cache

from widgets.data.published import bibliography_path

# book/references.bib in a clone; the copy inside an installed wheel otherwise.
BIB_PATH = bibliography_path()

# An entry runs from "@type{key," to a closing brace alone at the start of a line.
_ENTRY = re.compile(r"^@(\w+)\{([^,\s]+),(.*?)^\}", flags=re.M | re.S)


def parse_entries(text: str) -> dict[str, str]:
    """Entries of a BibTeX text by key, each as the text of its fields.

    ``@comment``, ``@string`` and ``@preamble`` blocks are not entries.

    Parameters
    ----------
    text : str
        BibTeX source, one entry after another.

    Returns
    -------
    dict of str to str
        Each entry's body (its fields as BibTeX text) by key, in file order.
    """
    return {
        key: body
        for kind, key, body in _ENTRY.findall(text)
        if kind.lower() not in ("comment", "string", "preamble")
    }


@lru_cache(maxsize=1)
def bib_entries() -> dict[str, str]:
    """Entries of ``book/references.bib`` by key (empty when the file is absent).

    Returns
    -------
    dict of str to str
        Each entry's body (its fields as BibTeX text) by key.
    """
    if not BIB_PATH.exists():
        return {}
    return parse_entries(BIB_PATH.read_text(encoding="utf-8"))


def bib_keys() -> set[str]:
    """Every key in ``book/references.bib``.

    Returns
    -------
    set of str
        The keys, e.g. ``{"frandsen2025", ...}``; empty when the file is absent.
    """
    return set(bib_entries())


def bib_field(body: str, name: str) -> str:
    """One field of an entry, without its braces or quotes ("" when it has none).

    Parameters
    ----------
    body : str
        An entry's body, as ``bib_entries`` gives it.
    name : str
        The field's name, in any case, e.g. ``"author"`` or ``"year"``.

    Returns
    -------
    str
        The field's value as plain text.
    """
    match = re.search(rf"^\s*{name}\s*=\s*[{{\"](.*?)[}}\"]\s*,?\s*$", body, flags=re.M | re.I)
    return re.sub(r"[{}]", "", match.group(1)).strip() if match else ""
