"""The warning-signs box a page shows, generated from ``warning_signs.json``.

In the book the box is MyST Markdown, so its citations join the page's
references; in JupyterLab it is plain HTML with the same words. Either way the
signs, their urgency and their actions come from the one data file.
``widgets.explorers.warning_signs`` puts the two renderings together.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from widgets.data import source_label
from widgets.figures.colours import WARNING_LEVEL_COLOURS
from widgets.model.warning_signs import (
    GROUPS,
    LEVEL_INFO,
    LEVELS,
    REGIONS,
    WarningSign,
    signs_for,
    sources_for,
)

BOX_CLASS = "course-warning-signs"
INTRO = "Back pain is rarely a sign of something serious, but a few signs need help quickly."
FOOTER = (
    "These are the signs for this part of the back. The full list is in Get help now, "
    "on the Start here page."
)
FOOTER_LINK = "{ref}`Get help now <course-red-flags>`"


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:].rstrip(".") + "."


def _bullet(sign: WarningSign) -> str:
    """A sign and why it matters; the level's heading already says what to do."""
    return _sentence(sign.text) + (" " + sign.why if sign.why else "")


def _levels_for(region: str | None, levels) -> list[tuple[str, tuple[WarningSign, ...]]]:
    chosen = []
    for level in levels:
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}: choose from {', '.join(LEVELS)}")
        signs = signs_for(region, level)
        if signs:
            chosen.append((level, signs))
    return chosen


@dataclass(frozen=True)
class Chunk:
    """Signs shown together: a group's signs are followed at once by the group's note."""

    lead_in: str
    bullets: tuple[str, ...]
    note: str = ""


def _chunks(signs) -> list[Chunk]:
    """Grouped signs first, each group with its note; then the other signs."""
    groups: dict[str, list[WarningSign]] = {}
    for sign in signs:
        groups.setdefault(sign.group, []).append(sign)
    chunks = [
        Chunk(
            f"Signs of {GROUPS[g].label.lower()}:" if len(groups) > 1 else "",
            tuple(_bullet(s) for s in members),
            GROUPS[g].why,
        )
        for g, members in groups.items()
        if g
    ]
    if "" in groups:
        chunks.append(
            Chunk("Other signs:" if chunks else "", tuple(_bullet(s) for s in groups[""]))
        )
    return chunks


class WarningSignsBox:
    """A box listing warning signs by urgency, for a whole page or one region.

    Parameters
    ----------
    region : str or None
        One of the regions in the warning-signs data file (for example
        ``"lower"``); ``None`` lists every region's signs.
    levels : Iterable[str]
        The urgency levels to show, most urgent first.
    title : str
        The box's heading.

    Raises
    ------
    ValueError
        If the region or a level is unknown, or no sign matches them.
    """

    def __init__(self, region: str | None = None, levels=LEVELS, title: str = "Get help now"):
        if region is not None and region not in REGIONS:
            raise ValueError(f"unknown region {region!r}: choose one of {', '.join(REGIONS)}")
        self.region = region
        self.title = title
        self.sections = _levels_for(region, levels)
        if not self.sections:
            raise ValueError("no warning signs match this region and level")

    @property
    def signs(self) -> tuple[WarningSign, ...]:
        """Every sign in the box, most urgent first.

        Returns
        -------
        tuple of WarningSign
            The signs of each shown level, in order.
        """
        return tuple(s for _, signs in self.sections for s in signs)

    @property
    def footer(self) -> str:
        """Where the rest of the list is, for a box that shows one region.

        Returns
        -------
        str
            The footer sentence, or an empty string for the whole list.
        """
        return "" if self.region is None else FOOTER

    def markdown(self) -> str:
        """Write the box as MyST Markdown for the book: an admonition with citations.

        Returns
        -------
        str
            The admonition, whose citations join the page's references.
        """
        lines = [f"```{{admonition}} {self.title}", f":class: warning {BOX_CLASS}", "", INTRO, ""]
        for level, signs in self.sections:
            keys = ",".join(sources_for(signs))
            lines += [f"**{LEVEL_INFO[level].heading}** {{cite:p}}`{keys}`", ""]
            for chunk in _chunks(signs):
                lines += [f"*{chunk.lead_in}*", ""] if chunk.lead_in else []
                lines += [f"- {bullet}" for bullet in chunk.bullets] + [""]
                lines += [chunk.note, ""] if chunk.note else []
        if self.footer:
            lines += [self.footer.replace("Get help now", FOOTER_LINK), ""]
        lines.append("```")
        return "\n".join(lines)

    def html(self) -> str:
        """Write the same box as HTML for JupyterLab, with citations as short labels.

        Returns
        -------
        str
            A ``<div>`` with the signs by level.
        """
        esc = html.escape
        parts = [
            f'<div class="{BOX_CLASS}" role="note" style="border-left:4px solid '
            f"{WARNING_LEVEL_COLOURS['emergency']};"
            f'padding:0.5em 1em"><p><strong>{esc(self.title)}</strong></p>'
            f"<p>{esc(INTRO)}</p>"
        ]
        for level, signs in self.sections:
            labels = "; ".join(source_label(k) for k in sources_for(signs))
            parts.append(
                f"<p><strong>{esc(LEVEL_INFO[level].heading)}</strong> ({esc(labels)})</p>"
            )
            for chunk in _chunks(signs):
                parts += [f"<p><em>{esc(chunk.lead_in)}</em></p>"] if chunk.lead_in else []
                parts.append(
                    "<ul>" + "".join(f"<li>{esc(b)}</li>" for b in chunk.bullets) + "</ul>"
                )
                parts += [f"<p>{esc(chunk.note)}</p>"] if chunk.note else []
        parts += [f"<p>{esc(self.footer)}</p>"] if self.footer else []
        parts.append("</div>")
        return "".join(parts)

    def plain_text(self) -> str:
        """Write the box as plain text, one line per heading, sign or note.

        Returns
        -------
        str
            The box's text without markup.
        """
        lines = [self.title, INTRO]
        for level, signs in self.sections:
            lines.append(LEVEL_INFO[level].heading)
            for chunk in _chunks(signs):
                lines += [chunk.lead_in] if chunk.lead_in else []
                lines += [f"- {bullet}" for bullet in chunk.bullets]
                lines += [chunk.note] if chunk.note else []
        lines += [self.footer] if self.footer else []
        return "\n".join(lines)
