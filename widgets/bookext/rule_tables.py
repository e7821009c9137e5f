"""The course's rules for the browser, generated from the Python models when the book builds.

The book has no kernel, so its forms decide in JavaScript. Where a Python
model holds a rule (the spike groups of Frandsen 2025, the long-run check's
steps and sentences, the pain monitor's lights), the JavaScript must not
restate it: this module collects each model's rules as plain data into one
script, ``course-rules.js``, which sets ``window.CourseRules``. Tests run the
JavaScript and the Python on the same inputs and require the same answers.

To give the browser another rule, add a function to ``RULE_TABLES`` that
returns JSON-ready data (no infinities: write None for "no limit").
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

from widgets.model import long_run_check, run_tomorrow
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.model.typed_numbers import NUMBER_PATTERN

SCRIPT_NAME = "course-rules.js"


def spike_bands_table() -> list[dict]:
    """Frandsen 2025's groups of a run against the longest run of the 30 days before.

    Returns
    -------
    list of dict
        Each group in order: its label, its upper edge in percent (None for
        the last, open group; a run belongs to the first group whose edge it
        does not pass), and its rate ratio and 95 % interval as numbers and as
        the two-decimal text the course prints (None for the reference group).
    """
    rows = []
    for band in SPIKE_BANDS:
        estimate = band.estimate
        rows.append(
            {
                "label": band.label,
                "upToPercent": None if math.isinf(band.up_to_percent) else band.up_to_percent,
                "value": None if estimate is None else estimate.value,
                "low": None if estimate is None else estimate.low,
                "high": None if estimate is None else estimate.high,
                "valueText": None if estimate is None else f"{estimate.value:.2f}",
                "lowText": None if estimate is None else f"{estimate.low:.2f}",
                "highText": None if estimate is None else f"{estimate.high:.2f}",
                "source": None if estimate is None else estimate.source,
            }
        )
    return rows


def typed_numbers_table() -> dict:
    """How a typed field becomes a number (``widgets.model.typed_numbers``).

    Returns
    -------
    dict
        The pattern a plain decimal number matches, after spaces are trimmed
        and a comma becomes a point.
    """
    return {"pattern": NUMBER_PATTERN}


# Each rule table by the name the browser reads it under: window.CourseRules[name].
RULE_TABLES: dict[str, Callable[[], object]] = {
    "typedNumbers": typed_numbers_table,
    "spikeBands": spike_bands_table,
    "longRunCheck": long_run_check.rule_table,
    "runTomorrow": run_tomorrow.rule_table,
}


def rule_tables() -> dict:
    """Every rule table, built now from the models.

    Returns
    -------
    dict
        ``RULE_TABLES``' names mapped to their data.
    """
    return {name: build() for name, build in RULE_TABLES.items()}


def rules_script() -> str:
    """The text of ``course-rules.js``: the rule tables as one JavaScript object.

    Returns
    -------
    str
        A script that sets ``window.CourseRules``.
    """
    data = json.dumps(rule_tables(), ensure_ascii=False, sort_keys=True, allow_nan=False)
    return (
        "/* The course's rules, generated from its Python models by "
        "widgets/bookext/rule_tables.py: do not edit. */\n"
        f"window.CourseRules = {data};\n"
    )


def write_rules_script(folder: Path) -> Path:
    """Write ``course-rules.js`` into ``folder`` when its text changed.

    Parameters
    ----------
    folder : pathlib.Path
        A folder of the book's static files.

    Returns
    -------
    pathlib.Path
        The script's path.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SCRIPT_NAME
    text = rules_script()
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path
