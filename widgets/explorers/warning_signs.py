"""The warning-signs box a page shows, generated from ``warning_signs.json``.

In the book the box is MyST Markdown, so its citations join the page's
references; in JupyterLab it is plain HTML with the same words. Either way the
signs, their urgency and their actions come from the one data file.
"""

from __future__ import annotations

import html

from widgets.data import source_label
from widgets.model.warning_signs import (
    GROUPS, LEVEL_INFO, LEVELS, REGIONS, WarningSign, signs_for, sources_for,
)
from widgets.render_mode import is_static_book

BOX_CLASS = "course-warning-signs"
INTRO = "Back pain is rarely a sign of something serious, but a few signs need help quickly."


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


def _group_notes(signs) -> list[str]:
    notes = []
    for sign in signs:
        if sign.group and GROUPS[sign.group].why not in notes:
            notes.append(GROUPS[sign.group].why)
    return notes


class WarningSignsBox:
    """A box listing warning signs by urgency, for a whole page or one region."""

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
        return tuple(s for _, signs in self.sections for s in signs)

    def markdown(self) -> str:
        """MyST Markdown for the book: an admonition with citations."""
        lines = [f"```{{admonition}} {self.title}", f":class: warning {BOX_CLASS}", "", INTRO, ""]
        for level, signs in self.sections:
            keys = ",".join(sources_for(signs))
            lines += [f"**{LEVEL_INFO[level].heading}** {{cite:p}}`{keys}`", ""]
            lines += [f"- {_bullet(s)}" for s in signs]
            lines.append("")
            lines += [note + "\n" for note in _group_notes(signs)]
        lines.append("```")
        return "\n".join(lines)

    def html(self) -> str:
        """The same box as HTML, for JupyterLab (citations as short labels)."""
        parts = [f'<div class="{BOX_CLASS}" role="note" style="border-left:4px solid #D55E00;'
                 f'padding:0.5em 1em"><p><strong>{html.escape(self.title)}</strong></p>'
                 f"<p>{html.escape(INTRO)}</p>"]
        for level, signs in self.sections:
            labels = "; ".join(source_label(k) for k in sources_for(signs))
            parts.append(f"<p><strong>{html.escape(LEVEL_INFO[level].heading)}</strong> "
                         f"({html.escape(labels)})</p><ul>")
            parts += [f"<li>{html.escape(_bullet(s))}</li>" for s in signs]
            parts.append("</ul>")
            parts += [f"<p>{html.escape(note)}</p>" for note in _group_notes(signs)]
        parts.append("</div>")
        return "".join(parts)

    def _repr_mimebundle_(self, include=None, exclude=None):
        if is_static_book():
            return {"text/markdown": self.markdown()}
        return {"text/html": self.html(), "text/plain": self.plain_text()}

    def plain_text(self) -> str:
        lines = [self.title, INTRO]
        for level, signs in self.sections:
            lines.append(LEVEL_INFO[level].heading)
            lines += [f"- {_bullet(s)}" for s in signs]
            lines += _group_notes(signs)
        return "\n".join(lines)


def warning_signs_box(region: str | None = None, levels=LEVELS,
                      title: str = "Get help now") -> WarningSignsBox:
    """The warning signs for ``region`` (all regions when ``None``), most urgent first."""
    return WarningSignsBox(region, levels, title)
