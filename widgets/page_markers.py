"""The attributes that mark a page's HTML-only interactives, and the script each needs.

An explorer writes the attribute into its HTML (``<section data-course-quiz=...>``);
the book's extension (``widgets.bookext``) looks for it in a page's body and adds
the script that runs it, only on the pages that have one. Both sides read the
names here, so they cannot drift apart.
"""

from __future__ import annotations

import re

QUIZ = "data-course-quiz"
WARNING_SIGNS = "data-course-warning-signs"
LOG_PICKER = "data-course-log"
FORM = "data-course-form"

# The scripts each marked interactive needs, in load order, from ``widgets/bookext/static``
# (``course-rules.js`` is written at build time by ``widgets.bookext.rule_tables``).
PAGE_SCRIPTS = {
    QUIZ: ("course-quiz.js",),
    WARNING_SIGNS: ("course-warning-signs.js",),
    LOG_PICKER: ("course-log-picker.js",),
    FORM: ("course-rules.js", "course-forms.js"),
}


def has_marker(html: str, attribute: str) -> bool:
    """Whether ``html`` has an element with the attribute ``attribute``.

    The name must stand alone: ``data-course-log`` does not match inside
    ``data-course-log-row``.

    Parameters
    ----------
    html : str
        A page body or an interactive's HTML.
    attribute : str
        One of the markers above, e.g. ``QUIZ``.

    Returns
    -------
    bool
        True when the attribute appears in a tag.
    """
    return re.search(rf"<[^>]*\s{re.escape(attribute)}(?=[\s=>/])", html) is not None


def scripts_for(html: str) -> list[str]:
    """The scripts a page body needs for its marked interactives, in ``PAGE_SCRIPTS`` order.

    A script the page needs for two interactives is named once.

    Parameters
    ----------
    html : str
        A page body.

    Returns
    -------
    list of str
        File names in ``widgets/bookext/static``.
    """
    scripts: list[str] = []
    for marker, names in PAGE_SCRIPTS.items():
        if has_marker(html, marker):
            scripts += [name for name in names if name not in scripts]
    return scripts
