"""Text of the body map: the summary shown on hover and the panel of a selected region.

Plotly never wraps text, so each line is broken short enough for a phone
screen. The figure (``widgets.figures.body_map``) places this text.
"""

from __future__ import annotations

from widgets.figures.text_layout import HOVER_WRAP_CHARS, wrap
from widgets.model.body_regions import Region

WRAP_CHARS = 42


def _wrap(text: str, width: int = WRAP_CHARS, indent: str = "") -> str:
    return wrap(text, width, indent)


def hover_text(region: Region) -> str:
    """Short summary shown when the pointer is over a region.

    Parameters
    ----------
    region : Region
        The body region.

    Returns
    -------
    str
        Its name, what most commonly hurts, how sure the evidence is and the
        first warning sign, with ``<br>`` between lines.
    """
    return (
        f"<b>{region.label}</b><br>{_wrap(region.common[0], HOVER_WRAP_CHARS)}<br>"
        f"How sure: {region.strength}<br>"
        f"Warning: {_wrap(region.warning_signs[0], HOVER_WRAP_CHARS)}<br>"
        f"<i>Press \u201c{region.short}\u201d for more</i>"
    )


def panel_text(region: Region) -> str:
    """The full panel shown below the drawing for a selected region.

    Parameters
    ----------
    region : Region
        The body region.

    Returns
    -------
    str
        Where it is, what can hurt there, what is known, its warning signs
        and the sources, with ``<br>`` between lines.
    """
    lines = [f"<b>{region.label}</b>", _wrap(region.where), "", "<b>What can hurt here</b>"]
    lines += [_wrap(f"\u2022 {item}", indent="   ") for item in region.common]
    lines += [
        "",
        f"<b>What is known</b> ({region.strength})",
        _wrap(region.known),
        "",
        "<b>Warning signs</b>",
    ]
    lines += [_wrap(f"\u2022 {item}", indent="   ") for item in region.warning_signs]
    lines += ["", f"<i>{_wrap(region.source_text)}</i>"]
    return "<br>".join(lines)
