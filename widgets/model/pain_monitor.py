"""The pain monitor: one week's pain scores, and leg symptoms, give a light and a next run.

The pain-monitoring model lets people keep running and jumping while a painful
tendon recovers, as long as the pain stays within set limits. It was tested in
a randomised trial of 38 people with Achilles tendon pain (``silbernagel2007``;
see also ``silbernagel2015``). It has **not** been tested in back pain: the
course uses it as a practical guide, in line with guideline advice to stay
active, not as back-pain evidence. The walk-run plan that the light gates is in
``widgets.model.walk_run_plan``.

Where each limit comes from (said once, in these words, on every page):

A. Pain **during** the run: at most ``DURING_LIMIT`` (5/10). The model's limit,
   as clinical summaries describe it (``evidence.PAIN_MONITOR_LIMIT``).
B. Pain **after** the run (that evening): at most ``AFTER_LIMIT`` (5/10). The
   course applies the same 5/10 limit after the run.
C. Pain the **next morning**: back to your **usual** level or lower, and never
   above 5/10 (``pain_next_morning <= min(usual_pain, MORNING_LIMIT)``). The
   model's "settled by the next morning, and not rising from week to week", as
   clinical summaries describe it; the 5/10 cap is the course's, because the
   model calls pain above 5 high risk, so a usual level above it is no base to
   build on. ``usual_pain`` is your usual morning pain before this week's runs.

The starting ceiling (the course's choice): to move up, pain during the run
must also stay within ``START_CEILING_ABOVE_USUAL`` (2) points of your usual
pain, and never above 5/10. Two points is the width of the model's "safe" zone
(0 to 2; ``evidence.PAIN_MONITOR_SAFE_ZONE``), counted from your usual pain
because back pain is often there before you start. The model was tested in
tendons, not the spine, so the course builds only on runs in that zone.

Leg symptoms (``LEG_SYMPTOMS``) override the scores: they can mean a squeezed
nerve root, which a pain score alone does not show.

The rule, for integer (or decimal) scores 0 to 10; the first that applies wins:

=============================================  ======  ============  =====
Scores                                         Light   Decision      Steps
=============================================  ======  ============  =====
leg symptoms                                   red     "stop"        None
two limits broken, or one by more than 1 point red     "rest"        -1
one limit broken by 1 point or less            red     "step back"   -1
within the limits, during > usual + 2          amber   "hold"        0
within the limits, during <= usual + 2         green   "progress"    +1
=============================================  ======  ============  =====

Any broken limit steps back; a hold is only for a week within the limits whose
run was not yet easy enough to build on. Leg symptoms are never green.

Interface (pure, stdlib only; bad input raises ``ValueError`` with a plain
sentence):

``advice(pain_during, pain_after, pain_next_morning, usual_pain=0, leg_symptoms=False)``
    returns a :class:`PainAdvice` with ``level`` ("green", "amber", "red"),
    ``decision`` (a key of ``DECISIONS``), ``action`` (what to do, first, in
    plain words), ``explanation`` ("Red: why. Action."), ``breaches``,
    ``next_run`` (the next run in minutes, or "No run: ..."), ``recheck``
    (when to check again), ``steps`` (walk-run steps to move: +1, 0, -1, or
    None to stop) and ``leg_symptoms``. ``PainAdvice.as_dict()`` gives plain
    values for a JSON table over the whole grid.

Where to rejoin the walk-run plan from the running you manage now is
``widgets.model.walk_run_plan.rejoin``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from numbers import Real

from widgets import evidence
from widgets.model.warning_signs import GROUPS, LEVEL_INFO, WARNING_SIGNS

DURING_LIMIT = evidence.PAIN_MONITOR_LIMIT.value
AFTER_LIMIT = evidence.PAIN_MONITOR_LIMIT.value
START_CEILING_ABOVE_USUAL = evidence.PAIN_MONITOR_SAFE_ZONE.value
# A single breach of at most this many points steps back one step; more rests.
# The course's cap on next-morning pain: the model's 5/10 limit, whatever the usual level.
MORNING_LIMIT = evidence.PAIN_MONITOR_LIMIT.value
STEP_BACK_MARGIN = 1
# The walk-run ladder never adds or removes more than this many minutes of
# running a session from one step to the next (a test checks it against STAGES).
STEP_MINUTES = 5
# The running in the walk-run ladder's last step (a test checks it against STAGES).
LADDER_TOP_MINUTES = 30
# A walk as long as the WalkBack trial's goal, for days without a run.
WALK_MINUTES = evidence.WALKBACK_GOAL_MINUTES.value
PAIN_MIN, PAIN_MAX = 0, 10
LEVELS = ("green", "amber", "red")
LEVEL_NAMES = {"green": "Green", "amber": "Amber", "red": "Red"}

# Leg symptoms override the traffic light: they can mean a squeezed nerve root,
# which pain scores alone do not show. Stated once here; the chapter, the
# walk-run plan, the strength plans and the exercise cards all use these words.
LEG_SYMPTOMS = (
    "pain that spreads from your back or buttock to below the knee, or leg pain that reaches "
    "further down than before",
    "pins and needles in a leg that are new or getting worse, or new numbness or weakness",
    "pain that changes your stride or makes you limp",
)
LEG_SYMPTOM_ACTION = (
    "Stop running and get checked by a physiotherapist or doctor within a few days."
)


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def _when_worse() -> str:
    """What to do when a leg gets worse, worded by the warning-sign data file alone.

    One leg getting weaker or number: the urgent level. The data file's group of
    signs of squeezed nerves at the bottom of the spine: an emergency, under
    the emergency level's own heading.
    """
    one_leg = next(sign for sign in WARNING_SIGNS if sign.key == "one_leg_worsening")
    same_day = LEVEL_INFO[one_leg.level].action
    return (
        f"If you have back pain and {_lower_first(one_leg.text)}, {_lower_first(same_day)} "
        f"{LEVEL_INFO['emergency'].heading} {GROUPS['cauda_equina'].short}. See Get help now."
    )


# When leg symptoms get worse: the same-day and emergency signs of a squeezed nerve.
LEG_SYMPTOMS_WORSE = _when_worse()
# The sources of those warning signs, in the data file's order: the stop rule
# itself is the course's practical advice, the signs are not.
LEG_SYMPTOM_SIGN_SOURCES = tuple(
    dict.fromkeys(
        source
        for sign in WARNING_SIGNS
        if sign.key == "one_leg_worsening" or sign.group == "cauda_equina"
        for source in sign.sources
    )
)
LEG_SYMPTOM_STOP_RULE = (
    "Leg symptoms mean stop: "
    + "; ".join(LEG_SYMPTOMS)
    + ". If you have any of these, "
    + _lower_first(LEG_SYMPTOM_ACTION)
    + " "
    + LEG_SYMPTOMS_WORSE
)

DECISIONS = ("progress", "hold", "step back", "rest", "stop")
DECISION_LEVELS = {
    "progress": "green",
    "hold": "amber",
    "step back": "red",
    "rest": "red",
    "stop": "red",
}
DECISION_STEPS = {"progress": 1, "hold": 0, "step back": -1, "rest": -1, "stop": None}
ACTIONS = {
    "progress": (
        "Carry on, as long as you have none of the warning signs: you may run a little "
        "more next week."
    ),
    "hold": (
        "Hold, as long as you have none of the warning signs: repeat this week's running "
        "and do not add more yet."
    ),
    "step back": (
        "Step back, as long as you have none of the warning signs: run less next time, "
        "and more easily."
    ),
    "rest": (
        "Rest from running for now: walk or cycle instead, and get advice from a "
        "physiotherapist or doctor if the pain does not settle within a few days."
    ),
    "stop": LEG_SYMPTOM_ACTION,
}
# When red keeps coming back, a plan made in person may suit better. The chapter states this
# rule in the same words (a test compares them).
RED_AGAIN_RULE = (
    "If the monitor shows red for 2 weeks in a row, or red again soon after you stepped "
    "back, see a GP or physiotherapist within a few days."
)

NEXT_RUNS = {
    "progress": (
        f"Move up one step of the walk-run plan: add no more than {STEP_MINUTES} minutes "
        "of running to a session, at an easy pace."
    ),
    "hold": "Repeat this week's run: the same minutes, at the same easy pace.",
    "step back": (
        f"Run less and more easily: one step back on the walk-run plan (up to {STEP_MINUTES} "
        f"minutes less running in a session, with walking breaks), or at most "
        f"{LADDER_TOP_MINUTES} minutes at an easy pace if you usually run longer."
    ),
    "rest": (
        f"No run: walk (up to {WALK_MINUTES} minutes) or cycle instead, if that does not "
        "make the pain worse. Run again, one step back on the walk-run plan, once your "
        "morning pain is back to your usual level and no more than 5 out of 10."
    ),
    "stop": "No run until a physiotherapist or doctor has checked you.",
}
RECHECKS = {
    "progress": (
        "Score your pain during the next run, that evening and the next morning; check "
        "the week as a whole at its end."
    ),
    "hold": (
        "Score your pain during the next run, that evening and the next morning; check "
        "the week as a whole at its end."
    ),
    "step back": "Score the shorter run the same way. " + RED_AGAIN_RULE,
    "rest": (
        "Score your pain each morning. If it is not back to your usual level, and no more "
        "than 5 out of 10, within a few days, get advice from a physiotherapist or doctor."
    ),
    "stop": "Get checked before you run again. " + LEG_SYMPTOMS_WORSE,
}


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


def check_yes_no(value, name: str) -> bool:
    """``value`` as a bool if it is True or False (numpy's too), else a ``ValueError``.

    Parameters
    ----------
    value : object
        The answer to a yes-or-no question.
    name : str
        The argument's name, for the error message.

    Returns
    -------
    bool
        The answer.
    """
    if type(value).__name__ in ("bool", "bool_") and value in (True, False):
        return bool(value)
    raise ValueError(f"{name} must be True or False, got {value!r}")


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
    """The monitor's answer: the light, what to do, why, the next run and when to recheck.

    ``steps`` is how many walk-run steps to move (+1, 0, -1), or None to stop
    running until checked.
    """

    level: str
    decision: str
    action: str
    explanation: str
    breaches: tuple[Breach, ...]
    next_run: str
    recheck: str
    steps: int | None
    leg_symptoms: bool

    def as_dict(self) -> dict:
        """Plain values (strings, numbers, lists) for a JSON table.

        Returns
        -------
        dict
            Every field; breaches as dicts with their excess.
        """
        values = asdict(self)
        values["breaches"] = [dict(asdict(b), excess=b.excess) for b in self.breaches]
        return values


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
    if breach.allowed >= MORNING_LIMIT and breach.score > MORNING_LIMIT:
        return (
            f"the next morning pain was {_score(breach.score)}, {over} above the limit of "
            f"{_score(breach.allowed)}; pain that high each morning is no base to build on, "
            "and if it is very severe or keeps getting worse, see the warning signs"
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
    settled = min(usual, MORNING_LIMIT)
    if morning > settled:
        found.append(Breach("morning", morning, settled))
    return tuple(found)


def start_ceiling(usual_pain: float) -> float:
    """The most pain during a run that still lets you move up: usual + 2, at most 5/10.

    Parameters
    ----------
    usual_pain : float
        Your usual morning pain, 0 to 10.

    Returns
    -------
    float
        ``min(DURING_LIMIT, usual_pain + START_CEILING_ABOVE_USUAL)``.
    """
    usual = check_pain(usual_pain, "usual_pain")
    return min(DURING_LIMIT, usual + START_CEILING_ABOVE_USUAL)


def decision_for(
    found: Sequence[Breach], pain_during: float, usual_pain: float, leg_symptoms: bool = False
) -> str:
    """The decision by the module's table: stop, rest, step back, hold or progress.

    Parameters
    ----------
    found : sequence of Breach
        The broken limits, as :func:`breaches` gives them.
    pain_during, usual_pain : float
        Pain during the run and your usual morning pain, 0 to 10.
    leg_symptoms : bool, optional
        Whether you have any of ``LEG_SYMPTOMS``.

    Returns
    -------
    str
        One of ``DECISIONS``.
    """
    if leg_symptoms:
        return "stop"
    if len(found) > 1 or any(b.excess > STEP_BACK_MARGIN for b in found):
        return "rest"
    if found:
        return "step back"
    if pain_during > start_ceiling(usual_pain):
        return "hold"
    return "progress"


def _why(decision: str, found, during: float, usual: float) -> str:
    if decision == "progress":
        return (
            f"pain during the run stayed within {START_CEILING_ABOVE_USUAL:g} points of your "
            f"usual pain and at {_score(DURING_LIMIT)} or below, pain after it at "
            f"{_score(AFTER_LIMIT)} or below, and by the next morning it was back to your "
            "usual level"
        )
    if decision == "hold":
        return (
            f"every limit held, but pain during the run reached {_score(during)}, more than "
            f"{START_CEILING_ABOVE_USUAL:g} points above your usual {_score(usual)}, so the "
            "run is not yet easy enough to build on"
        )
    words = "; ".join(_breach_words(b) for b in found)
    if decision != "stop":
        return words
    legs = "you have leg symptoms, which can mean a squeezed nerve"
    return f"{legs}; also {words}" if words else legs


def advice(
    pain_during: float,
    pain_after: float,
    pain_next_morning: float,
    usual_pain: float = 0,
    leg_symptoms: bool = False,
) -> PainAdvice:
    """The light, what to do, the next run and when to recheck, from one week's scores.

    Parameters
    ----------
    pain_during, pain_after, pain_next_morning : float
        Your worst pain during the run, after it (that evening) and the next
        morning, from 0 (none) to 10 (the worst imaginable).
    usual_pain : float, optional
        Your usual morning pain before this week's runs (e.g. last week's
        morning score). The next morning should be back to it or lower.
    leg_symptoms : bool, optional
        True if you have any of ``LEG_SYMPTOMS``; then the answer is always
        to stop running and get checked.

    Returns
    -------
    PainAdvice
        By the table in this module's docstring.

    Raises
    ------
    ValueError
        For a score below 0 or above 10, NaN, a bool or anything not a number,
        or ``leg_symptoms`` that is not True or False.
    """
    legs = check_yes_no(leg_symptoms, "leg_symptoms")
    found = breaches(pain_during, pain_after, pain_next_morning, usual_pain)
    during, usual = float(pain_during), float(usual_pain)
    decision = decision_for(found, during, usual, legs)
    level = DECISION_LEVELS[decision]
    action = ACTIONS[decision]
    return PainAdvice(
        level=level,
        decision=decision,
        action=action,
        explanation=f"{LEVEL_NAMES[level]}: {_why(decision, found, during, usual)}. {action}",
        breaches=found,
        next_run=NEXT_RUNS[decision],
        recheck=RECHECKS[decision],
        steps=DECISION_STEPS[decision],
        leg_symptoms=legs,
    )
