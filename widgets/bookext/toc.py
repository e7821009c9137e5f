"""The book's pages in reading order, from ``_toc.yml``.

Tests and reports walk every page the reader can reach, so a new chapter is
checked as soon as it is listed.
"""

from __future__ import annotations

from pathlib import Path

import yaml


def toc_docnames(toc_path: Path) -> list[str]:
    """Every page in ``_toc.yml``, in reading order (e.g. ``book/start-here``)."""
    toc = yaml.safe_load(Path(toc_path).read_text(encoding="utf-8"))
    names = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                names.append(entry["file"])
            walk(entry.get("sections"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return [str(Path(name).with_suffix("")) for name in names]
