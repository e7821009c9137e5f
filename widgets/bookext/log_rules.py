"""The training-log check's rules as data for the browser, written at build time.

The book's "Check your own training" reads files in the reader's browser with a
small JavaScript engine (``widgets/bookext/js/log-*.js``). Every rule it needs
comes from this package, not from a copy: the Frandsen 2025 groups and their
estimates, the 30-day window, the units, the CSV header words and date formats
(as the regular expressions Python's own ``strptime`` builds), the plausibility
limits, the FIT messages and sport names (from ``fitdecode``'s profile) and the
fixed sentences. ``rules_script`` writes them as ``course-log-rules.js``, and a
test runs both engines on the same files and requires the same JSON.
"""

from __future__ import annotations

import json
import math

from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.model.risk_inputs import MAX_SINGLE_RUN_KM, RECENT_WINDOW_DAYS
from widgets.model.risk_wording import READING_CAVEAT
from widgets.training_log import analysis, csv_log, importer, records, report, wording
from widgets.training_log.device_files import FIT_EPOCH_S
from widgets.training_log.file_reading import EARTH_RADIUS_M
from widgets.units import KM_PER_MILE

RULES_FILE = "course-log-rules.js"
# The browser refuses bigger files with a reason: one file is read in one go,
# and a phone's tab would stall on more. The command line reads up to 200 MB.
BROWSER_MAX_FILE_MB = 25
TCX_TIME_FORMATS = (
    "%Y-%m-%dT%H:%M:%S.%fZ",
    "%Y-%m-%dT%H:%M:%S.%f%z",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%dT%H:%M:%S%z",
)
# The FIT messages and fields the readers use (as fitdecode names them).
FIT_FIELDS = {
    "session": (
        "start_time",
        "timestamp",
        "total_timer_time",
        "total_elapsed_time",
        "total_distance",
        "sport",
        "sub_sport",
    ),
    "activity": ("timestamp", "local_timestamp"),
    "sport": ("sport",),
    "record": ("timestamp", "position_lat", "position_long", "distance"),
    "field_description": ("developer_data_index", "field_definition_number", "fit_base_type_id"),
    "developer_data_id": ("developer_data_index",),
}


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _strptime_regex(fmt: str) -> str:
    """The regular expression Python's ``strptime`` matches ``fmt`` with, for JavaScript.

    ``(?P<name>`` becomes ``(?<name>``; the case-sensitive "Z" of ``%z`` becomes a
    plain "Z" (the engine rejects a lower-case "z" itself).
    """
    import _strptime

    pattern = _strptime._TimeRE_cache.pattern(fmt)
    return pattern.replace("(?P<", "(?<").replace("(?-i:Z)", "Z")


def _fit_profile() -> dict:
    """The FIT messages, fields, base types and sport names the readers use."""
    from fitdecode import profile, types

    messages = {}
    enums = {}
    for number, message in profile.MESSAGE_TYPES.items():
        if message.name not in FIT_FIELDS:
            continue
        fields = {}
        for def_num, field in message.fields.items():
            if field.name not in FIT_FIELDS[message.name]:
                continue
            enum = None
            if not isinstance(field.type, types.BaseType) and field.type.enum:
                enum = field.type.name
                enums[enum] = {str(k): v for k, v in field.type.enum.items()}
            fields[str(def_num)] = {
                "name": field.name,
                "scale": field.scale,
                "offset": field.offset,
                "enum": enum,
            }
        messages[str(number)] = {"name": message.name, "fields": fields}
    base_types = {
        str(number): {"name": t.name, "fmt": t.fmt, "size": t.size}
        for number, t in types.BASE_TYPES.items()
    }
    return {
        "epoch_s": FIT_EPOCH_S,
        "messages": messages,
        "enums": enums,
        "base_types": base_types,
        "byte_type": "13",
    }


def _bands() -> list[dict]:
    return [
        {
            "label": band.label,
            "above_percent": _finite(band.above_percent),
            "up_to_percent": _finite(band.up_to_percent),
            "estimate": None
            if band.estimate is None
            else {
                "value": band.estimate.value,
                "low": band.estimate.low,
                "high": band.estimate.high,
            },
        }
        for band in SPIKE_BANDS
    ]


def _csv_rules() -> dict:
    return {
        "date_columns": list(csv_log.DATE_COLUMNS),
        "type_columns": list(csv_log.TYPE_COLUMNS),
        "distance_columns": list(csv_log.DISTANCE_COLUMNS),
        "duration_columns": list(csv_log.DURATION_COLUMNS),
        "back_pain_columns": list(csv_log.BACK_PAIN_COLUMNS),
        "leg_symptom_columns": list(csv_log.LEG_SYMPTOM_COLUMNS),
        "yes_words": list(csv_log.YES_WORDS),
        "no_words": list(csv_log.NO_WORDS),
        "pain_range": [csv_log.PAIN_MIN, csv_log.PAIN_MAX],
        "unit_words": dict(csv_log.UNIT_WORDS),
        "distance_factors": dict(csv_log.DISTANCE_FACTORS),
        "date_formats": [
            {
                "format": fmt,
                "regex": _strptime_regex(fmt),
                "has_time": "%H" in fmt or "%I" in fmt,
            }
            for fmt in csv_log.DATE_FORMATS
        ],
    }


def rule_table() -> dict:
    """Every rule and fixed sentence the browser's engine needs, as JSON-ready data.

    Returns
    -------
    dict
        The groups, limits, CSV and FIT rules, the figure's styles and the
        sentences, keyed as ``widgets/bookext/js/log-*.js`` reads them.
    """
    from widgets.figures import training_log as figures

    return {
        "schema": report.SCHEMA,
        "privacy": report.PRIVACY,
        "about": report.ABOUT,
        "window_days": RECENT_WINDOW_DAYS,
        "step_fraction": analysis.STEP_FRACTION,
        "bands": _bands(),
        "not_compared": dict(analysis.NOT_COMPARED),
        "recent_spikes_shown": wording.RECENT_SPIKES_SHOWN,
        "recent_days": wording.RECENT_DAYS,
        "weeks_shown": report.WEEKS_SHOWN,
        "km_per_mile": KM_PER_MILE,
        "earth_radius_m": EARTH_RADIUS_M,
        "reading_caveat": READING_CAVEAT,
        "diary_caveat": wording.DIARY_CAVEAT,
        "leg_symptom_stop_rule": LEG_SYMPTOM_STOP_RULE,
        "run_sports": sorted(records.RUN_SPORTS),
        "gpx_type_codes": dict(records.GPX_TYPE_CODES),
        "max_run_speed_kmh": records.MAX_RUN_SPEED_KMH,
        "max_duration_hours": records.MAX_DURATION_HOURS,
        "max_single_run_km": MAX_SINGLE_RUN_KM,
        "same_start_s": importer.SAME_START_S,
        "same_distance_km": importer.SAME_DISTANCE_KM,
        "same_distance_fraction": importer.SAME_DISTANCE_FRACTION,
        "format_preference": dict(importer.FORMAT_PREFERENCE),
        "browser_max_file_mb": BROWSER_MAX_FILE_MB,
        "csv": _csv_rules(),
        "tcx_time_formats": [_strptime_regex(f) for f in TCX_TIME_FORMATS],
        "fit": _fit_profile(),
        "figure": figures.browser_figure_rules(),
    }


def rules_script() -> str:
    """The text of ``course-log-rules.js``: the rule table as a browser global.

    Returns
    -------
    str
        A script that sets ``CourseLogRules`` (on ``window``, or on
        ``globalThis`` in Node for the tests).
    """
    data = json.dumps(rule_table(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        "/* The training-log check's rules, generated from the Python package by\n"
        "   widgets/bookext/log_rules.py at build time: do not edit. */\n"
        f"(typeof window !== 'undefined' ? window : globalThis).CourseLogRules = {data};\n"
    )
