"""Line breaks for plotly text, which never wraps on its own.

Titles and annotation panels are broken into short lines so that they fit a
phone screen (about 360 px of figure width) as well as a desktop.
"""

from __future__ import annotations

import re
import textwrap

TITLE_WRAP_CHARS = 40
PANEL_WRAP_CHARS = 46


def wrap(text: str, width: int = PANEL_WRAP_CHARS, indent: str = "") -> str:
    """``text`` as lines of at most ``width`` characters, joined with ``<br>``.

    A number and its unit ("4 %", "30 km") never split across lines, and
    neither does a word longer than ``width``.
    """
    text = re.sub(r"(\d) (%|mm|km|kg|MPa|BW)", "\\1\u00a0\\2", text)
    lines = textwrap.wrap(text, width=width, subsequent_indent=indent, break_long_words=False)
    return "<br>".join(lines) or text


def wrap_title(text: str, width: int = TITLE_WRAP_CHARS) -> str:
    """A figure title broken into lines that fit a phone."""
    return wrap(text, width)
