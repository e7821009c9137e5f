"""Line breaks for plotly text, which never wraps on its own.

Titles and annotation panels are broken into short lines so that they fit a
phone screen (about 360 px of figure width) as well as a desktop.
"""

from __future__ import annotations

import re
import textwrap

PANEL_WRAP_CHARS = 46


def wrap(text: str, width: int = PANEL_WRAP_CHARS, indent: str = "") -> str:
    """Text broken into short lines for plotly, which never wraps on its own.

    A number and its unit ("4 %", "30 km", "1.5 times") never split across
    lines, and neither do a hyphenated word or a word longer than ``width``.

    Parameters
    ----------
    text : str
        The text, on one line.
    width : int, default ``PANEL_WRAP_CHARS``
        Longest line, in characters.
    indent : str, default ""
        Put before every line but the first (e.g. under a bullet).

    Returns
    -------
    str
        The lines joined with ``<br>``.
    """
    text = re.sub(r"(\d) (%|mm|km|mi|kg|MPa|BW|times)(?!\w)", "\\1\u00a0\\2", text)
    lines = textwrap.wrap(
        text, width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )
    return "<br>".join(line.replace("\u00a0", " ") for line in lines) or text
