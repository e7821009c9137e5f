"""The course's one scale for how sure the evidence is (docs/evidence-policy.md).

Chapters, exercise cards and the body map describe certainty only in these
words. Exercise notes use the full phrase ("some evidence suggests"); the body
map's panels, which have less room, use its short form ("some evidence"). Both
come from :data:`SCALE`, and the data schemas list the same words
(``tests/test_data_schemas.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One step of the scale: the phrase, its short form, and what it means."""

    phrase: str
    short: str
    meaning: str


SCALE = (
    Step(
        "good evidence shows",
        "good evidence",
        "systematic reviews or several large trials agree",
    ),
    Step(
        "some evidence suggests",
        "some evidence",
        "a few studies, mostly observational, or small effects",
    ),
    Step("little evidence", "little evidence", "opinion, one small study, or little found"),
    Step("not known", "not known", "nothing found"),
    Step("no evidence that", "no evidence", "studies looked and found no effect"),
)
PHRASES = tuple(step.phrase for step in SCALE)
SHORT_FORMS = tuple(step.short for step in SCALE)
