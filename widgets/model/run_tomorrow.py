"""Should I run tomorrow? The pain monitor's answer for typed scores, and where to rejoin the plan.

A reader types their pain during the last run, that evening and the next
morning, their usual morning pain (0 unless they say otherwise), and, if they
like, the minutes they run in one go now; and ticks a box if they have leg
symptoms. The answer is the pain monitor's (``widgets.model.pain_monitor
.advice``): the light and what to do first, then the next run, when to check
again, and where to rejoin the walk-run plan from the running they manage now
(``widgets.model.walk_run_plan.rejoin``).

With leg symptoms the answer is to stop and get checked, whatever the scores:
the model's rule, so the scores need not be typed.

The browser gives the same answers from :func:`rule_table` (the model's limits
and wording, and ``rejoin``'s sentence for every step and decision).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from widgets.model.pain_monitor import (
    ACTIONS,
    AFTER_LIMIT,
    DECISION_LEVELS,
    DECISIONS,
    DURING_LIMIT,
    LEG_SYMPTOMS,
    LEVEL_NAMES,
    NEXT_RUNS,
    PAIN_MAX,
    PAIN_MIN,
    RECHECKS,
    START_CEILING_ABOVE_USUAL,
    STEP_BACK_MARGIN,
    advice,
)
from widgets.model.typed_numbers import read_number, show_number
from widgets.model.walk_run_plan import MAX_MINUTES_RUNNING, STAGES, rejoin

PAIN_FIELDS = {
    "during": "Pain during your last run",
    "after": "Pain that evening",
    "morning": "Pain the next morning",
    "usual": "Usual morning pain",
}
MINUTES_FIELD = "Minutes you can run in one go now"
LEG_FIELD = "I have leg symptoms"
USUAL_DEFAULT = "0"
PARTS = ("next_run", "recheck", "plan")
PART_NAMES = {"next_run": "Next run", "recheck": "Check again", "plan": "Walk-run plan"}
MESSAGES = {
    "start": "Type your three pain scores, from 0 (none) to 10 (the worst you can imagine).",
    "empty": "Type your {field}, from 0 to 10.",
    "text": "“{text}” is not a number: type your {field} as a number from 0 to 10.",
    "range": "{value} is not on the 0 to 10 scale: type your {field} as a number from 0 to 10.",
    "minutes_text": "“{text}” is not a number: type the minutes you can run in one go, such as 20.",
    "minutes_range": "Type the minutes you can run in one go now, from 0 to {maximum}.",
    "minutes_empty": (
        "Type the minutes you can run in one go now to see where to rejoin the walk-run plan."
    ),
}
# rejoin() for every place on the plan a reader can be: below step 1, at a step, or beyond it.
NOW_BEYOND = "beyond"
NOW_NONE = "none"


@dataclass(frozen=True)
class RunTomorrow:
    """The answer: ``ok`` False means ``headline`` is a message saying what to type.

    ``level`` and ``decision`` are the pain monitor's; ``headline`` is the light
    and what to do; ``parts`` are the next run, when to check again and (but
    with leg symptoms) the walk-run plan, by the keys of ``PARTS``.
    """

    ok: bool
    headline: str
    level: str = ""
    decision: str = ""
    parts: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """The whole answer as lines: the headline, then each part with its name.

        Returns
        -------
        str
            The lines, joined with newlines.
        """
        return "\n".join(
            [self.headline] + [f"{PART_NAMES[key]}: {words}" for key, words in self.parts]
        )


def _minutes_for(key: str) -> float:
    """A number of minutes that puts a reader at ``key`` on the plan."""
    if key == NOW_NONE:
        return 0.0
    if key == NOW_BEYOND:
        return STAGES[-1].running_minutes + 1
    return STAGES[int(key) - 1].running_minutes


def rejoin_sentences() -> dict[str, dict[str, str]]:
    """``rejoin``'s sentence for each place on the plan and each decision.

    Returns
    -------
    dict of str to dict of str to str
        By place ("none", "1" to "8", "beyond") and decision (``DECISIONS``).
    """
    keys = [NOW_NONE] + [str(i) for i in range(1, len(STAGES) + 1)] + [NOW_BEYOND]
    return {
        key: {decision: rejoin(_minutes_for(key), decision).sentence for decision in DECISIONS}
        for key in keys
    }


def _pain_problem(text: str, key: str) -> tuple[float, str]:
    """The score typed, or NaN and the message that says what to type instead."""
    typed = read_number(text)
    name = PAIN_FIELDS[key].lower()
    if typed.value is None:
        problem = typed.problem or "text"
        return math.nan, MESSAGES[problem].format(field=name, text=str(text).strip())
    if not PAIN_MIN <= typed.value <= PAIN_MAX:
        return math.nan, MESSAGES["range"].format(field=name, value=show_number(typed.value))
    return typed.value, ""


def _plan_part(minutes_text: str, decision: str) -> str:
    typed = read_number(minutes_text)
    if typed.problem == "empty":
        return MESSAGES["minutes_empty"]
    if typed.value is None:
        return MESSAGES["minutes_text"].format(text=str(minutes_text).strip())
    if not 0 <= typed.value <= MAX_MINUTES_RUNNING:
        return MESSAGES["minutes_range"].format(maximum=MAX_MINUTES_RUNNING)
    return rejoin(typed.value, decision).sentence


def _answer(decision: str, minutes_text: str) -> RunTomorrow:
    level = DECISION_LEVELS[decision]
    parts: tuple[tuple[str, str], ...] = (
        ("next_run", NEXT_RUNS[decision]),
        ("recheck", RECHECKS[decision]),
    )
    if decision != "stop":  # with leg symptoms, no plan until checked: the next run says so
        parts += (("plan", _plan_part(minutes_text, decision)),)
    headline = f"{LEVEL_NAMES[level]}: {ACTIONS[decision]}"
    return RunTomorrow(True, headline, level, decision, parts)


def should_i_run(
    during_text: str,
    after_text: str,
    morning_text: str,
    usual_text: str = USUAL_DEFAULT,
    minutes_text: str = "",
    leg_symptoms: bool = False,
) -> RunTomorrow:
    """The pain monitor's answer for what a reader typed, with where to rejoin the plan.

    Parameters
    ----------
    during_text, after_text, morning_text : str
        Pain during the last run, that evening and the next morning, as typed
        (0 to 10).
    usual_text : str, optional
        The usual morning pain, as typed (0 to 10; "0" unless changed).
    minutes_text : str, optional
        Minutes of easy running the reader manages in one go now, as typed (0
        to 300); empty leaves out where to rejoin the plan.
    leg_symptoms : bool, optional
        Whether the reader ticked the leg-symptoms box (``LEG_SYMPTOMS``).

    Returns
    -------
    RunTomorrow
        The answer, or (``ok`` False) a message saying what to type.
    """
    if leg_symptoms is True:
        return _answer("stop", minutes_text)
    texts = {"during": during_text, "after": after_text, "morning": morning_text}
    if all(not str(t).strip() for t in texts.values()):
        return RunTomorrow(False, MESSAGES["start"])
    scores = {}
    for key, text in {**texts, "usual": usual_text}.items():
        value, problem = _pain_problem(text, key)
        if problem:
            return RunTomorrow(False, problem)
        scores[key] = value
    result = advice(scores["during"], scores["after"], scores["morning"], scores["usual"])
    return _answer(result.decision, minutes_text)


def rule_table() -> dict:
    """What the book's JavaScript needs to give the same answers, as plain data.

    Returns
    -------
    dict
        The monitor's limits, its decisions' lights and words, the form's
        messages and field names, the steps' running minutes, and ``rejoin``'s
        sentence for every place on the plan and decision.
    """
    return {
        "limits": {
            "during": DURING_LIMIT,
            "after": AFTER_LIMIT,
            "stepBackMargin": STEP_BACK_MARGIN,
            "startCeilingAboveUsual": START_CEILING_ABOVE_USUAL,
            "painMin": PAIN_MIN,
            "painMax": PAIN_MAX,
            "maxMinutes": MAX_MINUTES_RUNNING,
        },
        "levels": DECISION_LEVELS,
        "levelNames": LEVEL_NAMES,
        "actions": ACTIONS,
        "nextRuns": NEXT_RUNS,
        "rechecks": RECHECKS,
        "fields": {key: name.lower() for key, name in PAIN_FIELDS.items()},
        "messages": MESSAGES,
        "partNames": PART_NAMES,
        "stepMinutes": [stage.running_minutes for stage in STAGES],
        "rejoin": rejoin_sentences(),
        "legSymptoms": list(LEG_SYMPTOMS),
    }
