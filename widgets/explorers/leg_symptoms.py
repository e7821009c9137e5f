"""The leg-symptom stop as a box on a page, built from the pain monitor's one wording.

The symptoms and the action are ``LEG_SYMPTOMS`` and ``LEG_SYMPTOM_ACTION`` in
``widgets.model.pain_monitor``; this module only lays them out, so a chapter
never types them again.
"""

from __future__ import annotations

import html

from widgets.interactive import HtmlInteractive, HtmlOutput
from widgets.model.pain_monitor import LEG_SYMPTOM_ACTION, LEG_SYMPTOM_STOP_RULE, LEG_SYMPTOMS

# "Leg symptoms mean stop", and the rule's last sentence (when they get worse), as worded there.
TITLE = LEG_SYMPTOM_STOP_RULE.split(":", 1)[0]
WORSE = LEG_SYMPTOM_STOP_RULE.rsplit(LEG_SYMPTOM_ACTION[1:], 1)[1].strip()
BOX_CLASS = "course-leg-symptoms"
INTRO = "Leg symptoms are:"
WHY = (
    "They can come from an irritated nerve root, which a pain score does not show. "
    "So the monitor never shows green with leg symptoms, whatever your scores."
)


def _action_sentence() -> str:
    return "If you have any of these, " + LEG_SYMPTOM_ACTION[0].lower() + LEG_SYMPTOM_ACTION[1:]


class LegSymptomsBox:
    """A warning box listing the leg symptoms that stop running, and what to do."""

    def markdown(self) -> str:
        """Write the box as MyST Markdown for the book, with its glossary and page links.

        Returns
        -------
        str
            A warning admonition.
        """
        bullets = [f"- {symptom};" for symptom in LEG_SYMPTOMS]
        bullets[-1] = bullets[-1][:-1] + "."
        why = WHY.replace("nerve root", "{term}`nerve root`")
        worse = WORSE.replace("Get help now", "{ref}`Get help now <course-red-flags>`")
        return "\n".join(
            [f"```{{admonition}} {TITLE}", f":class: warning {BOX_CLASS}", "", INTRO, ""]
            + bullets
            + ["", f"{_action_sentence()} {why} {worse}", "```"]
        )

    def html(self) -> str:
        """Write the same box as HTML for JupyterLab.

        Returns
        -------
        str
            A ``<div>`` with the list and the action.
        """
        esc = html.escape
        items = "".join(f"<li>{esc(symptom)}</li>" for symptom in LEG_SYMPTOMS)
        return (
            f'<div class="{BOX_CLASS}" role="note" style="border-left:4px solid #D55E00;'
            f'padding:0.5em 1em"><p><strong>{esc(TITLE)}</strong></p><p>{esc(INTRO)}</p>'
            f"<ul>{items}</ul><p>{esc(_action_sentence())} {esc(WHY)} {esc(WORSE)}</p></div>"
        )

    def plain_text(self) -> str:
        """Write the box as plain text.

        Returns
        -------
        str
            The title, the symptoms one a line, and the action.
        """
        lines = [TITLE, INTRO] + [f"- {symptom}" for symptom in LEG_SYMPTOMS]
        return "\n".join(lines + [f"{_action_sentence()} {WHY} {WORSE}"])


def leg_symptoms_box() -> HtmlInteractive:
    """Show the leg symptoms that mean stop running, in the pain monitor's words.

    Returns
    -------
    HtmlInteractive
        Markdown in the book (its links join the page's), HTML in JupyterLab.
    """
    box = LegSymptomsBox()
    return HtmlInteractive(
        name="leg-symptoms-box",
        static_markup=box.markdown,
        live_view=lambda: HtmlOutput(box.html(), box.plain_text()),
        plain_text=box.plain_text(),
        markup_type="text/markdown",
    )
