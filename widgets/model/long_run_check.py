"""The long-run check: is the run you plan a jump, and how to build up to it instead.

A reader types two distances: the longest run of the last 30 days and the run
they plan. The check gives the increase in percent, the group of Frandsen
2025's single-run analysis it falls in (``risk_factors.SPIKE_BANDS``, with the
group's rate ratio and 95 % interval), and long runs that reach the planned
distance with each no more than 10 % longer than the one before.

The steps are rounded down to a whole kilometre or mile when 10 % is at least
one, else to a half, else to a tenth, so each one is a distance a runner can
plan: 12 to 16 km goes 13, 14, 15, then 16. Rounding down keeps every step
within 10 %. No study has tested these steps as a plan; each stays in the
study's reference group.

Everything the sentences say comes from :func:`rule_table`, which the book's
JavaScript also reads (``widgets.bookext.rule_tables``), so the form in the
book and the one in JupyterLab give the same words for the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from widgets.model.risk_factors import SPIKE_BANDS, increase_percent, spike_band
from widgets.model.risk_inputs import MAX_SINGLE_RUN_KM
from widgets.model.typed_numbers import read_number, round_half_up, show_number
from widgets.units import UNITS, from_km

STEP_FRACTION = SPIKE_BANDS[0].up_to_percent / 100.0  # 10 %: the reference group's edge
# Rounding of the steps, coarsest first: used when 10 % of the last step is at least this.
STEP_ROUNDING = (1.0, 0.5, 0.1)
# Below 1 km (or mile) 10 % steps would be too small to plan or to show apart.
MIN_LONGEST = 1.0
STEPS_LISTED_IN_FULL = 8  # more steps than this: the first three and the last two
FIELDS = {
    "longest": "Longest run in the last 30 days",
    "planned": "Planned run",
}
UNIT_WORDS = {"km": "km", "mi": "miles"}

MESSAGES = {
    "start": "Type both distances to see how big a jump the planned run is.",
    "empty": "Type your {field} (a number).",
    "text": "“{text}” is not a number: type your {field} as a number, such as 12 or 12.5.",
    "negative": "Your {field} cannot be negative: type a distance of 0 or more.",
    "zero_longest": (
        "With no run in the last 30 days there is nothing to compare with. Start with short, "
        "easy runs and build up: the study behind this check followed people who were already "
        "running."
    ),
    "zero_planned": "Type the distance of the run you plan, more than 0.",
    "too_short": (
        "A longest run of {distance} {unit} is too short for this check: type 1 {unit} or more."
    ),
    "too_far": (
        "Your {field} of {distance} {unit} is more than anyone runs in one go: type a distance "
        "up to {maximum} {unit}."
    ),
}
ANSWERS = {
    "shorter": (
        "Go ahead: {planned} {unit} is no longer than your longest run of the last 30 days "
        "({longest} {unit}). In a large study of runners, runs up to 10 % longer than that had "
        "the lowest rate of running injury."
    ),
    "within": (
        "Go ahead: {planned} {unit} is {percent} % longer than {longest} {unit}, within 10 %. "
        "In a large study of runners, runs up to 10 % longer had the lowest rate of running "
        "injury."
    ),
    "jump": (
        "Build up over {count} long runs instead: {steps} {unit}, each no more than 10 % longer "
        "than the one before. {planned} {unit} now is {percent} % longer than {longest} {unit}; "
        "in a large study of runners, runs {band} went with {value} times the rate of running "
        "injury, mostly in the legs (95 % interval {low} to {high})."
    ),
}


@dataclass(frozen=True)
class LongRunCheck:
    """The answer for two typed distances, or the message that says what to fix.

    ``ok`` is False when the input could not be checked; ``text`` is then the
    message. Otherwise ``increase_percent`` and ``band_index`` (into
    ``SPIKE_BANDS``) describe the jump, ``steps`` are the long runs in the
    reader's unit that build up to it (the planned run last), and ``text`` is
    the answer in one or two sentences, the action first.
    """

    ok: bool
    text: str
    increase_percent: float | None = None
    band_index: int | None = None
    steps: tuple[float, ...] = ()


def practical_steps(longest: float, planned: float) -> tuple[float, ...]:
    """Long runs from ``longest`` up to ``planned``, each at most 10 % longer than the last.

    Parameters
    ----------
    longest : float
        The longest run of the last 30 days, more than 0, in any unit.
    planned : float
        The run to reach, in the same unit.

    Returns
    -------
    tuple of float
        The steps, rounded down as the module docstring says, ending with
        ``planned``; just ``(planned,)`` when it is already within 10 %.
    """
    steps = []
    current = longest
    while current * (1 + STEP_FRACTION) < planned - 1e-9:
        reach = current * (1 + STEP_FRACTION)
        rounding = next((r for r in STEP_ROUNDING if current * STEP_FRACTION >= r - 1e-9), 0.0)
        step = math.floor(reach / rounding + 1e-9) * rounding if rounding else reach
        current = step if step > current + 1e-9 else reach
        steps.append(current)
    steps.append(planned)
    return tuple(steps)


def _steps_phrase(steps: tuple[float, ...]) -> str:
    shown = [show_number(s) for s in steps]
    if len(shown) > STEPS_LISTED_IN_FULL:
        shown = shown[:3] + ["…"] + shown[-2:]
    return ", ".join(shown[:-1]).replace(", …,", " …") + ", then " + shown[-1]


@dataclass(frozen=True)
class _Field:
    text: str
    value: float  # NaN when ``problem`` says why there is no number
    problem: str


def _read(text: str) -> _Field:
    typed = read_number(text)
    value = math.nan if typed.value is None else typed.value
    return _Field(str(text).strip(), value, typed.problem)


def _field_problem(field: _Field, key: str, unit: str) -> str:
    """The message for one field that cannot be used, or "" when it can."""
    name = FIELDS[key].lower()
    if field.problem:
        return MESSAGES[field.problem].format(field=name, text=field.text)
    if field.value < 0:
        return MESSAGES["negative"].format(field=name)
    maximum = from_km(MAX_SINGLE_RUN_KM, unit)
    if field.value > maximum:
        return MESSAGES["too_far"].format(
            field=name,
            distance=show_number(field.value),
            unit=UNIT_WORDS[unit],
            maximum=show_number(maximum),
        )
    return ""


def check_long_run(longest_text: str, planned_text: str, unit: str = "km") -> LongRunCheck:
    """Check a planned run against the longest run of the last 30 days, from typed text.

    Parameters
    ----------
    longest_text : str
        What the reader typed as their longest run of the last 30 days.
    planned_text : str
        What they typed as the run they plan.
    unit : str, optional
        "km" or "mi", the unit of both distances.

    Returns
    -------
    LongRunCheck
        The answer, or (``ok`` False) a message saying what to type instead.
    """
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}: use 'km' or 'mi'")
    longest, planned = _read(longest_text), _read(planned_text)
    if longest.problem == "empty" and planned.problem == "empty":
        return LongRunCheck(False, MESSAGES["start"])
    for key, field in (("longest", longest), ("planned", planned)):
        problem = _field_problem(field, key, unit)
        if problem:
            return LongRunCheck(False, problem)
    if longest.value == 0:
        return LongRunCheck(False, MESSAGES["zero_longest"])
    if longest.value < MIN_LONGEST:
        text = MESSAGES["too_short"].format(
            distance=show_number(longest.value), unit=UNIT_WORDS[unit]
        )
        return LongRunCheck(False, text)
    if planned.value == 0:
        return LongRunCheck(False, MESSAGES["zero_planned"])
    increase = increase_percent(longest.value, planned.value)
    band = spike_band(increase)
    index = SPIKE_BANDS.index(band)
    words = {
        "planned": show_number(planned.value),
        "longest": show_number(longest.value),
        "unit": UNIT_WORDS[unit],
        "percent": show_number(round_half_up(increase), 0),
    }
    if band.estimate is None:
        kind = "shorter" if increase <= 0 else "within"
        return LongRunCheck(True, ANSWERS[kind].format(**words), increase, index, (planned.value,))
    steps = practical_steps(longest.value, planned.value)
    text = ANSWERS["jump"].format(
        count=len(steps),
        steps=_steps_phrase(steps),
        band=band.label,
        value=f"{band.estimate.value:.2f}",
        low=f"{band.estimate.low:.2f}",
        high=f"{band.estimate.high:.2f}",
        **words,
    )
    return LongRunCheck(True, text, increase, index, steps)


def rule_table() -> dict:
    """Everything the book's JavaScript needs to give the same answers, as plain data.

    Returns
    -------
    dict
        Field names, messages and answer templates, the step rule, and the
        units' words and largest distances. The spike groups themselves are
        the ``spikeBands`` table of ``widgets.bookext.rule_tables``.
    """
    return {
        "fields": {key: name.lower() for key, name in FIELDS.items()},
        "messages": MESSAGES,
        "answers": ANSWERS,
        "stepFraction": STEP_FRACTION,
        "stepRounding": list(STEP_ROUNDING),
        "stepsListedInFull": STEPS_LISTED_IN_FULL,
        "minLongest": MIN_LONGEST,
        "units": {
            unit: {"word": UNIT_WORDS[unit], "max": from_km(MAX_SINGLE_RUN_KM, unit)}
            for unit in UNITS
        },
    }
