"""The book's pages in reading order, from ``_toc.yml``.

Tests and reports walk every page the reader can reach, so a new chapter is
checked as soon as it is listed.
"""

from __future__ import annotations

from pathlib import Path

import yaml


def toc_docnames(toc_path: Path) -> list[str]:
    """List every page of the book in reading order.

    Parameters
    ----------
    toc_path : pathlib.Path
        The book's ``_toc.yml``.

    Returns
    -------
    list of str
        Docnames without their suffix, e.g. ``book/start-here``, root first.
    """
    toc = yaml.safe_load(Path(toc_path).read_text(encoding="utf-8"))
    names = [toc["root"]]

    def _walk(entries):
        for entry in entries or []:
            if "file" in entry:
                names.append(entry["file"])
            _walk(entry.get("sections"))

    for part in toc.get("parts", []):
        _walk(part.get("chapters"))
    _walk(toc.get("chapters"))
    return [str(Path(name).with_suffix("")) for name in names]
