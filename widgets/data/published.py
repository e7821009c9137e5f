"""Where the book is published, and where the bibliography is, in a clone or an installed wheel.

The address is set once, in ``_config.yml`` (``html: baseurl:``). In a clone the
package reads it from there; a built wheel carries a copy (``book.json``, written
by ``setup.py``), as it carries ``references.bib``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA_DIR = Path(__file__).parent
REPO = DATA_DIR.parents[1]
CONFIG = REPO / "_config.yml"
REPO_BIB = REPO / "book" / "references.bib"
PACKAGED_URL = DATA_DIR / "book.json"
PACKAGED_BIB = DATA_DIR / "references.bib"
_BASEURL = re.compile(
    r"^html:\s*\n(?:[ \t]+.*\n|\s*\n)*?[ \t]+baseurl:\s*[\"']?([^\"'\s#]*)", flags=re.M
)


def book_url() -> str:
    """Give the published book's address, ending in ``/``.

    Returns
    -------
    str
        For example ``https://running-and-back-pain.github.io/course/``; an
        empty string when neither ``_config.yml`` nor the wheel's copy names one.
    """
    if CONFIG.exists():
        match = _BASEURL.search(CONFIG.read_text(encoding="utf-8"))
        url = match.group(1) if match else ""
    elif PACKAGED_URL.exists():
        url = json.loads(PACKAGED_URL.read_text(encoding="utf-8")).get("url", "")
    else:
        url = ""
    return url if not url or url.endswith("/") else url + "/"


def page_url(docname: str, anchor: str = "") -> str:
    """Give the published address of a page of the book.

    Parameters
    ----------
    docname : str
        The page's path without suffix, such as ``"book/glossary"``.
    anchor : str, optional
        An element id on the page, without ``#``.

    Returns
    -------
    str
        The page's ``.html`` address, with ``#anchor`` when one is given.
    """
    return f"{book_url()}{docname}.html" + (f"#{anchor}" if anchor else "")


def bibliography_path() -> Path:
    """Find the bibliography: the clone's ``book/references.bib``, else the wheel's copy.

    Returns
    -------
    pathlib.Path
        The ``.bib`` file to read (it may not exist in a bare source tree).
    """
    return REPO_BIB if REPO_BIB.exists() else PACKAGED_BIB
