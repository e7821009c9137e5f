"""The pain-monitoring model as a traffic light (green, amber, red).

The pain-monitoring model lets people keep running and jumping while a painful
tendon recovers, as long as the pain stays within set limits. It was tested in
a randomised trial of 38 people with Achilles tendon pain (Silbernagel et al.
2007, ``silbernagel2007``; see also ``silbernagel2015``). It has **not** been
tested in back pain: the course uses it as a practical guide, in line with
guideline advice to stay active, not as back-pain evidence. The walk-run plan
that the light gates is in ``widgets.model.walk_run_plan``.

The written rules: pain is scored from 0 (none) to 10 (the worst you can
imagine), and the model's three limits are:

A. pain **during** the run is at most ``DURING_LIMIT`` (5/10);
B. pain **after** the run (that evening) is at most ``AFTER_LIMIT`` (5/10);
C. pain the **next morning** is back to your **usual** level or lower
   (``pain_next_morning <= usual_pain``). ``usual_pain`` is your usual morning
   pain before this week's runs, for example last week's morning score, so
   limit C also says "pain is not rising from week to week".

How far a score goes over its limit is its *excess* (0 when within the limit).
The advice is:

* **green** (carry on; you may progress) when every limit holds;
* **amber** (hold: repeat, do not progress) when exactly one limit is broken,
  and by no more than ``AMBER_MARGIN`` (1 point);
* **red** (reduce or stop, and get advice if it does not settle) when any limit
  is broken by more than 1 point, or when two or more limits are broken.

The one-point amber band and the red rule are the course's own choices for
turning the model's limits into three levels; the 5/10 limits, "settled by the
next morning" and "not rising week to week" are the model's
(``silbernagel2007``; thresholds as summarised for ``silbernagel2015``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from numbers import Real

DURING_LIMIT = 5
AFTER_LIMIT = 5
AMBER_MARGIN = 1
PAIN_MIN, PAIN_MAX = 0, 10
LEVELS = ("green", "amber", "red")
ACTIONS = {
    "green": (
        "Carry on, as long as you have none of the warning signs: you may progress next week."
    ),
    "amber": (
        "Hold, as long as you have none of the warning signs: repeat this week's "
        "running and do not progress yet."
    ),
    "red": (
        "Reduce or stop running for now, and get advice from a physiotherapist or "
        "doctor if the pain does not settle within a few days."
    ),
}
LEVEL_NAMES = {"green": "Green", "amber": "Amber", "red": "Red"}

# Leg symptoms override the traffic light: they can mean a squeezed nerve root,
# which pain scores alone do not show. Stated once here; the chapter, the
# walk-run plan, the strength plans and the exercise cards all use these words.
LEG_SYMPTOMS = (
    "pain spreading further down a leg, below the knee",
    "pins and needles, numbness or weakness that appears or increases",
    "pain that changes your stride or makes you limp",
)
LEG_SYMPTOM_ACTION = "Stop running and get checked by a physiotherapist or doctor."
LEG_SYMPTOM_STOP_RULE = (
    "Leg symptoms mean stop: "
    + "; ".join(LEG_SYMPTOMS)
    + ". If you have any of these, "
    + LEG_SYMPTOM_ACTION[0].lower()
    + LEG_SYMPTOM_ACTION[1:]
    + " If they are getting worse, that is a warning sign: see Get help now."
)


def check_pain(value, name: str) -> float:
    """``value`` as a float if it is a pain score from 0 to 10, else a ``ValueError``.

    Parameters
    ----------
    value : object
        A pain score from 0 (none) to 10 (the worst imaginable).
    name : str
        The argument's name, for the error message (e.g. "pain_during").

    Returns
    -------
    float
        The score as a float.
    """
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"{name} must be a number from 0 to 10, got {value!r}")
    number = float(value)
    if math.isnan(number) or not PAIN_MIN <= number <= PAIN_MAX:
        raise ValueError(f"{name} must be a number from 0 to 10, got {value!r}")
    return number


@dataclass(frozen=True)
class Breach:
    """One limit that was broken: which, the score, the limit and by how much.

    ``limit`` is "during", "after" or "morning"; ``score`` and ``allowed`` are
    pain scores out of 10 (for the morning, ``allowed`` is the usual pain).
    """

    limit: str
    score: float
    allowed: float

    @property
    def excess(self) -> float:
        """How far the score went over its limit, in points out of 10.

        Returns
        -------
        float
            ``score - allowed``; more than 0 for a breach.
        """
        return self.score - self.allowed


@dataclass(frozen=True)
class PainAdvice:
    """The monitor's advice: ``level`` (green, amber, red), an action and why."""

    level: str
    explanation: str
    action: str
    breaches: tuple[Breach, ...]


def _score(value: float) -> str:
    return f"{value:g}/10"


def _points(excess: float) -> str:
    return "1 point" if excess == 1 else f"{excess:g} points"


def _breach_words(breach: Breach) -> str:
    over = _points(breach.excess)
    if breach.limit == "during":
        return (
            f"pain during the run reached {_score(breach.score)}, {over} above the "
            f"limit of {_score(breach.allowed)}"
        )
    if breach.limit == "after":
        return (
            f"pain after the run reached {_score(breach.score)}, {over} above the "
            f"limit of {_score(breach.allowed)}"
        )
    return (
        f"the next morning pain was {_score(breach.score)}, {over} above your usual "
        f"{_score(breach.allowed)}, so it had not settled"
    )


def breaches(
    pain_during: float, pain_after: float, pain_next_morning: float, usual_pain: float = 0
) -> tuple[Breach, ...]:
    """The limits (A, B, C in the module's rules) that these scores break.

    Parameters
    ----------
    pain_during, pain_after, pain_next_morning : float
        The week's worst pain during the run, that evening and the next
        morning, each from 0 to 10.
    usual_pain : float, optional
        Your usual morning pain before this week's runs, 0 to 10.

    Returns
    -------
    tuple of Breach
        The broken limits in the order during, after, morning; empty when all hold.
    """
    during = check_pain(pain_during, "pain_during")
    after = check_pain(pain_after, "pain_after")
    morning = check_pain(pain_next_morning, "pain_next_morning")
    usual = check_pain(usual_pain, "usual_pain")
    found = []
    if during > DURING_LIMIT:
        found.append(Breach("during", during, DURING_LIMIT))
    if after > AFTER_LIMIT:
        found.append(Breach("after", after, AFTER_LIMIT))
    if morning > usual:
        found.append(Breach("morning", morning, usual))
    return tuple(found)


def level_for(found: Sequence[Breach]) -> str:
    """Green with no breach; amber for one breach of at most 1 point; else red.

    Parameters
    ----------
    found : sequence of Breach
        The broken limits, as :func:`breaches` gives them.

    Returns
    -------
    str
        "green", "amber" or "red".
    """
    if not found:
        return "green"
    if len(found) == 1 and found[0].excess <= AMBER_MARGIN:
        return "amber"
    return "red"


def advice(
    pain_during: float, pain_after: float, pain_next_morning: float, usual_pain: float = 0
) -> PainAdvice:
    """Traffic-light advice from one week's pain scores (each 0 to 10).

    Parameters
    ----------
    pain_during, pain_after, pain_next_morning : float
        Your worst pain during the run, after it (that evening) and the next
        morning, from 0 (none) to 10 (the worst imaginable).
    usual_pain : float, optional
        Your usual morning pain before this week's runs (e.g. last week's
        morning score). The next morning should be back to it or lower.

    Returns
    -------
    PainAdvice
        ``level`` is "green", "amber" or "red" by the rules in this module's
        docstring; ``explanation`` is one sentence saying why and what to do.

    Raises
    ------
    ValueError
        For a score below 0 or above 10, NaN, a bool or anything not a number.
    """
    found = breaches(pain_during, pain_after, pain_next_morning, usual_pain)
    level = level_for(found)
    if not found:
        why = (
            f"pain during and after the run stayed at {_score(DURING_LIMIT)} or below, "
            f"and by the next morning it was back to your usual level"
        )
    else:
        why = "; ".join(_breach_words(b) for b in found)
    explanation = f"{LEVEL_NAMES[level]}: {why}. {ACTIONS[level]}"
    return PainAdvice(level=level, explanation=explanation, action=ACTIONS[level], breaches=found)
