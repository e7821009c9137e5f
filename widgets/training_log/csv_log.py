"""The reader for CSV logs: an app's bulk export or a plain file a runner keeps.

A plain log has the columns ``date,distance_km[,duration_min,type]`` (or
``distance_mi``); an export has columns such as *Activity Date*, *Activity
Type*, *Distance* and *Moving Time*. Headers are matched by name and unit, so
a column's position does not matter. A row that cannot be used is reported on
its own and the rest of the file is still read.

A pain diary may ride along in two optional columns: ``back_pain`` (a score
from 0 to 10) and ``leg_symptoms`` (yes or no), per run or per day. A row with
a diary value and no distance is a diary day, not a skipped run.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from datetime import datetime

from widgets.training_log.file_reading import (
    Clock,
    FileOutcome,
    Unreadable,
    decode_text,
    make_activity,
)
from widgets.training_log.records import Activity, DiaryEntry, Problem, sport_name
from widgets.units import KM_PER_MILE

DATE_COLUMNS = (
    "date",
    "activity date",
    "start time",
    "start date",
    "start",
    "start date local",
    "begin timestamp",
    "timestamp",
    "datetime",
    "date time",
    "start_time",
)
TYPE_COLUMNS = ("type", "activity type", "sport", "activity")
DISTANCE_COLUMNS = ("distance",)
BACK_PAIN_COLUMNS = ("back pain",)
LEG_SYMPTOM_COLUMNS = ("leg symptoms",)
YES_WORDS = ("yes", "y", "true", "1")
NO_WORDS = ("no", "n", "false", "0")
PAIN_MIN, PAIN_MAX = 0.0, 10.0
DURATION_COLUMNS = ("moving time", "duration", "elapsed time", "time", "moving duration")
DATE_FORMATS = (
    "%b %d, %Y, %I:%M:%S %p",
    "%b %d, %Y %I:%M:%S %p",
    "%d %b %Y",
    "%d %B %Y",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
)
UNIT_WORDS = {
    "km": "km",
    "kms": "km",
    "kilometres": "km",
    "kilometers": "km",
    "mi": "mi",
    "mile": "mi",
    "miles": "mi",
    "m": "m",
    "metres": "m",
    "meters": "m",
    "s": "s",
    "sec": "s",
    "secs": "s",
    "seconds": "s",
    "min": "min",
    "mins": "min",
    "minutes": "min",
    "h": "h",
    "hr": "h",
    "hrs": "h",
    "hours": "h",
}


def _header_parts(header: str) -> tuple[str, str]:
    """(column name, unit) from a header such as "Distance (mi)" or "distance_km"."""
    text = header.strip().lower().replace("_", " ").replace("-", " ")
    unit = ""
    bracket = re.search(r"[(\[]\s*([a-z]+)\s*[)\]]\s*$", text)
    if bracket and bracket.group(1) in UNIT_WORDS:
        unit = UNIT_WORDS[bracket.group(1)]
        text = text[: bracket.start()]
    words = text.split()
    if not unit and len(words) > 1 and words[-1] in UNIT_WORDS:
        unit = UNIT_WORDS[words[-1]]
        words = words[:-1]
    return " ".join(words), unit


def _parse_date(text: str) -> tuple[datetime, bool]:
    """(date and time, whether a time of day was given); ``ValueError`` if neither."""
    value = text.strip()
    try:
        moment = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
        return moment, bool(re.search(r"\d[T ]\d", value))
    except ValueError:
        pass
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern), "%H" in pattern or "%I" in pattern
        except ValueError:
            continue
    raise ValueError(
        f"the date {value!r} is not a date this reader knows "
        "(use for example 2025-05-10 or 2025-05-10 07:30)"
    )


def _parse_number(text: str, decimal_comma: bool) -> float:
    value = text.strip().replace(" ", "")
    if decimal_comma:
        value = value.replace(".", "").replace(",", ".")
    else:
        value = value.replace(",", "")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


def _parse_duration_s(text: str, unit: str, decimal_comma: bool) -> float:
    value = text.strip()
    if ":" in value:
        parts = [float(p) for p in value.split(":")]
        if len(parts) > 3:
            raise ValueError("too many parts")
        seconds = 0.0
        for part in parts:
            seconds = seconds * 60 + part
        return seconds
    number = _parse_number(value, decimal_comma)
    return number * {"s": 1, "min": 60, "h": 3600}[unit]


def _find(columns: dict[str, tuple[int, str]], names) -> tuple[str, int, str] | None:
    for wanted in names:
        if wanted in columns:
            return (wanted,) + columns[wanted]
    return None


DISTANCE_FACTORS = {"km": 1.0, "mi": KM_PER_MILE, "m": 0.001}
# Where a column is: (its name as matched, its index, its unit from the header).
Column = tuple[str, int, str]


@dataclass(frozen=True)
class _Columns:
    """The columns a CSV log's rows are read from, and how."""

    date: Column
    distance: Column | None
    sport: Column | None
    duration: Column | None
    km_per_unit: float
    duration_unit: str
    decimal_comma: bool
    back_pain: Column | None = None
    leg_symptoms: Column | None = None

    @staticmethod
    def cell(row: list[str], column: Column | None) -> str:
        return row[column[1]].strip() if column and column[1] < len(row) else ""


def _columns(header: list[str], name: str, delimiter: str, outcome: FileOutcome) -> _Columns:
    """Find the date, distance, type and time columns; note the ones not used."""
    columns: dict[str, tuple[int, str]] = {}
    for index, raw in enumerate(header):
        column, unit = _header_parts(raw)
        columns.setdefault(column, (index, unit))  # the first of repeated columns wins
    date_col = _find(columns, DATE_COLUMNS)
    distance_col = _find(columns, DISTANCE_COLUMNS)
    pain_col = _find(columns, BACK_PAIN_COLUMNS)
    legs_col = _find(columns, LEG_SYMPTOM_COLUMNS)
    diary_only = distance_col is None and (pain_col or legs_col)
    if date_col is None or (distance_col is None and not diary_only):
        missing = " and ".join(
            w for w, c in (("a date", date_col), ("a distance", distance_col)) if c is None
        )
        raise Unreadable(
            f"no column for {missing} (found: {', '.join(h.strip() for h in header) or 'none'}); "
            "a plain log needs the columns date,distance_km"
        )
    type_col = _find(columns, TYPE_COLUMNS)
    duration_col = _find(columns, DURATION_COLUMNS)
    used = {c[1] for c in (date_col, distance_col, type_col, duration_col, pain_col, legs_col) if c}
    ignored = [h.strip() for i, h in enumerate(header) if i not in used and h.strip()]
    if ignored:
        outcome.notes.append(Problem(name, "columns not used: " + ", ".join(ignored)))
    if distance_col and not distance_col[2]:
        outcome.notes.append(
            Problem(
                name,
                f"the column '{header[distance_col[1]].strip()}' "
                "gives no unit: read as km (name it distance_mi "
                "if it is in miles)",
            )
        )
    duration_unit = duration_col[2] if duration_col else ""
    if duration_col and not duration_unit:
        # App exports give moving and elapsed time in seconds; a plain log in minutes.
        duration_unit = "min" if duration_col[0] == "duration" else "s"
    return _Columns(
        date_col,
        distance_col,
        type_col,
        duration_col,
        DISTANCE_FACTORS.get((distance_col and distance_col[2]) or "km", 1.0),
        duration_unit,
        decimal_comma=delimiter == ";",
        back_pain=pain_col,
        leg_symptoms=legs_col,
    )


def _diary_values(
    row: list[str], source: str, cols: _Columns, outcome: FileOutcome
) -> tuple[float | None, bool | None]:
    """(back pain 0-10, leg symptoms yes/no) of a row; a value that is neither is noted."""
    pain = legs = None
    raw = cols.cell(row, cols.back_pain)
    if raw:
        try:
            value = _parse_number(raw, cols.decimal_comma)
        except ValueError:
            value = None
        if value is None or not PAIN_MIN <= value <= PAIN_MAX:
            outcome.notes.append(
                Problem(
                    source, f"the back pain score {raw!r} is not a number from 0 to 10: left out"
                )
            )
        else:
            pain = value
    raw = cols.cell(row, cols.leg_symptoms)
    if raw:
        word = raw.lower()
        if word in YES_WORDS or word in NO_WORDS:
            legs = word in YES_WORDS
        else:
            outcome.notes.append(
                Problem(source, f"the leg symptoms {raw!r} are not yes or no: left out")
            )
    return pain, legs


def _diary_date(moment: datetime, clock: Clock):
    """The runner's date of a diary row (its clock time, as for a run)."""
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return clock.aware(moment)[1].date()
    return clock.naive(moment.replace(tzinfo=None))[1].date()


def _read_row(
    row: list[str], source: str, cols: _Columns, clock: Clock, outcome: FileOutcome
) -> tuple[datetime, bool, float, float | None, str] | None:
    """(start, time known, km, seconds, sport) of one row, or None when it is no run.

    A row's pain diary values are kept in ``outcome.diary`` whether or not it is a run.
    """
    cell = cols.cell
    try:
        moment, time_known = _parse_date(cell(row, cols.date))
    except ValueError as problem:
        reason = "no date" if not cell(row, cols.date) else str(problem)
        outcome.skipped.append(Problem(source, reason))
        return None
    pain, legs = _diary_values(row, source, cols, outcome)
    if pain is not None or legs is not None:
        outcome.diary.append(DiaryEntry(_diary_date(moment, clock), source, pain, legs))
    raw_distance = cell(row, cols.distance)
    if not raw_distance:
        if pain is None and legs is None:
            outcome.skipped.append(Problem(source, "no distance given"))
        return None
    try:
        distance_km = _parse_number(raw_distance, cols.decimal_comma) * cols.km_per_unit
    except ValueError:
        outcome.skipped.append(Problem(source, f"the distance {raw_distance!r} is not a number"))
        return None
    duration_s = None
    raw_duration = cell(row, cols.duration)
    if raw_duration:
        try:
            duration_s = _parse_duration_s(raw_duration, cols.duration_unit, cols.decimal_comma)
        except (ValueError, KeyError):
            outcome.notes.append(
                Problem(source, f"the time {raw_duration!r} is not a duration: left out")
            )
    sport = sport_name(cell(row, cols.sport)) if cols.sport else "running"
    if not sport:
        sport = "running"
        outcome.notes.append(Problem(source, "no activity type: counted as a run"))
    return moment, time_known, distance_km, duration_s, sport


def _row_activity(
    row: list[str], source: str, cols: _Columns, clock: Clock, name: str, outcome: FileOutcome
) -> Activity | None:
    """The activity of one row, with its notes; None when the row is skipped."""
    read = _read_row(row, source, cols, clock, outcome)
    if read is None:
        return None
    moment, time_known, distance_km, duration_s, sport = read
    activity, note = make_activity(
        clock,
        moment,
        distance_km=distance_km,
        duration_s=duration_s,
        sport=sport,
        source=source,
        file=name,
        fmt="CSV",
        time_known=time_known,
    )
    if note:
        outcome.notes.append(Problem(source, note))
    return activity


def read_csv(data: bytes, name: str, clock: Clock) -> FileOutcome:
    """Activities from a CSV log: an app's bulk export or a plain file.

    Plain: ``date,distance_km[,duration_min,type]`` (or ``distance_mi``), with
    optional pain diary columns ``back_pain`` (0 to 10) and ``leg_symptoms``
    (yes or no); a diary alone needs no distance column. An
    export: columns such as *Activity Date*, *Activity Type*, *Distance* and
    *Moving Time*. Distances are read as miles only when the header says so
    (``distance_mi``, *Distance (mi)*); a *Distance* column without a unit is
    read as km and the report says so. Other columns are listed and ignored.

    Parameters
    ----------
    data : bytes
        The file's bytes; UTF-8, or else read as Latin-1 with a note. A file
        whose first line has more semicolons than commas is read with decimal
        commas.
    name : str
        The file's name, for the report.
    clock : Clock
        Reads times without a zone in the runner's time zone (or as UTC).

    Returns
    -------
    FileOutcome
        One activity per usable row, the rows skipped with the reason, notes
        and the pain diary.
    """
    outcome = FileOutcome()
    text, latin_1 = decode_text(data)
    if latin_1:
        outcome.notes.append(Problem(name, "the file is not UTF-8: read as Latin-1"))
    if not text.strip():
        raise Unreadable("the file is empty")
    sample = text[:4096]
    delimiter = max(",;\t", key=lambda d: sample.splitlines()[0].count(d))
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(rows)
    except (StopIteration, csv.Error):
        raise Unreadable("the file has no header row") from None
    cols = _columns(header, name, delimiter, outcome)
    naive_rows = 0
    for line_number, row in enumerate(_rows_until_broken(rows, name, outcome), start=2):
        if not any(cell.strip() for cell in row):
            continue
        activity = _row_activity(row, f"{name} row {line_number}", cols, clock, name, outcome)
        if activity is None:
            continue
        naive_rows += not activity.zone_known  # read as UTC when no zone is given
        outcome.activities.append(activity)
    if naive_rows and clock.zone is None:
        outcome.notes.append(
            Problem(
                name,
                f"{naive_rows} times without a time zone were read "
                "as UTC (give --timezone to read them as local time)",
            )
        )
    if not outcome.activities and not outcome.skipped and not outcome.diary:
        raise Unreadable("the file has a header but no rows")
    return outcome


def _rows_until_broken(rows, name: str, outcome: FileOutcome):
    """The CSV rows; a row the csv module cannot split ends the file with a note."""
    line = 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as problem:
            outcome.skipped.append(
                Problem(
                    f"{name} from row {line + 1}",
                    f"the rest of the file is not valid CSV ({problem})",
                )
            )
            return
        line += 1
        yield row
