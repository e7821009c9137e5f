"""Line breaks for plotly text, which never wraps on its own.

Titles and annotation panels are broken into short lines so that they fit a
phone screen (about 360 px of figure width) as well as a desktop. The book's
JavaScript re-wraps titles on narrow screens with the same rule
(``wrapText`` in ``widgets/bookext/js/narrow.js``); a test runs both on the
same text.
"""

from __future__ import annotations

import re

PANEL_WRAP_CHARS = 46

# The rule, shared with narrow.js: ``<br>`` counts as a space; runs of ASCII
# whitespace are one space; lines break only at those spaces; a number and its
# unit stay together; a no-break space holds words together and is written as
# a plain space.
BREAK = re.compile(r"<br[ \t\n\r\f\v]*/?>", re.IGNORECASE)
SPACES = re.compile(r"[ \t\n\r\f\v]+")
NUMBER_AND_UNIT = re.compile(r"([0-9]) (%|mm|km|mi|kg|MPa|BW|times)(?![A-Za-z0-9_])")


def wrap(text: str, width: int = PANEL_WRAP_CHARS, indent: str = "") -> str:
    """Break ``text`` into lines of at most ``width`` characters for plotly.

    A number and its unit ("4 %", "30 km", "1.5 times") never split across
    lines, and a hyphenated word or a word longer than ``width`` is never
    broken (the long word gets a line of its own).

    Parameters
    ----------
    text : str
        Plain text, possibly already holding ``<br>`` breaks (they are redone).
    width : int
        Most characters on a line, counting ``indent``.
    indent : str
        Put before every line after the first, for example under a bullet.

    Returns
    -------
    str
        The lines joined with ``<br>``; an empty string for blank text.
    """
    joined = " ".join(w for w in SPACES.split(BREAK.sub(" ", text)) if w)
    words = [w for w in NUMBER_AND_UNIT.sub("\\1\u00a0\\2", joined).split(" ") if w]
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "<br>".join(line.replace("\u00a0", " ") for line in lines)


# A tap-for-details box must fit a phone's figure (about 340 px) when plotly centres it.
HOVER_WRAP_CHARS = 32


def wrap_hover(text: str, width: int = HOVER_WRAP_CHARS) -> str:
    """Break each line of a hover text that is too long for a phone, keeping its own breaks.

    Unlike :func:`wrap`, the ``<br>`` already in ``text`` stay: a hover text
    is a few short facts, one a line, and only a line that is too long is
    broken, by the same rule.

    Parameters
    ----------
    text : str
        The hover text, its lines separated by ``<br>``.
    width : int
        Most characters on a line.

    Returns
    -------
    str
        The same lines, each at most ``width`` characters where spaces allow.
    """
    return "<br>".join(wrap(line, width) for line in BREAK.split(text))
