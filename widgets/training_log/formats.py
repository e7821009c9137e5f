"""Readers for the files runners have: FIT, GPX, TCX and CSV.

Each reader takes a file's bytes and returns the activities in it, or raises
:class:`Unreadable` with a sentence saying why the whole file was skipped. A
CSV row that cannot be used is reported on its own; the rest of the file is
still read.

Privacy: the readers use GPS positions only to measure a distance (GPX, and
FIT files without a summary). Positions are never kept in an
:class:`~widgets.training_log.records.Activity`, so they cannot be shown or
written out. Nothing is sent anywhere.

The file libraries (``fitdecode``, ``gpxpy``, ``tcxreader``) are imported when
a file of their kind is read, so the command line starts quickly.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo

from widgets.training_log.records import Activity, Problem, sport_name
from widgets.units import KM_PER_MILE

FIT_EPOCH_S = 631065600  # 1989-12-31 00:00 UTC, where FIT timestamps start
EARTH_RADIUS_M = 6371008.8
FORMATS = {".fit": "FIT", ".gpx": "GPX", ".tcx": "TCX", ".csv": "CSV"}


class Unreadable(Exception):
    """The whole file was skipped; the message says why, in plain words."""


@dataclass
class FileOutcome:
    """What one file gave: activities, rows skipped and notes."""

    activities: list[Activity] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)


# Time ---------------------------------------------------------------------------


class Clock:
    """Turns the times in a file into UTC and into the runner's clock time.

    ``zone`` (a ``zoneinfo.ZoneInfo`` or None) is the runner's time zone, if
    given: times without a zone are read in it, and it gives local dates.
    Without it, times without a zone are read as UTC and the report says so.
    """

    def __init__(self, zone: tzinfo | None = None):
        self.zone = zone

    def aware(self, moment: datetime, local_offset: timedelta | None = None):
        """(UTC start, local clock time) for a time with a zone."""
        start = moment.astimezone(timezone.utc)
        if self.zone is not None:
            local = start.astimezone(self.zone)
        elif local_offset is not None:
            local = start + local_offset
        else:
            local = moment
        return start, local.replace(tzinfo=None)

    def naive(self, clock_time: datetime) -> tuple[datetime, datetime, bool, str]:
        """(UTC start, local clock time, zone known, note) for a time without a zone."""
        if self.zone is None:
            return clock_time.replace(tzinfo=timezone.utc), clock_time, False, ""
        note = ""
        first = clock_time.replace(tzinfo=self.zone, fold=0)
        second = clock_time.replace(tzinfo=self.zone, fold=1)
        start = first.astimezone(timezone.utc)
        back = start.astimezone(self.zone).replace(tzinfo=None)
        if back != clock_time:
            # The clocks went forward: this clock time never happened. Read it
            # with the offset before the change, i.e. as the same time later.
            note = (
                f"{clock_time:%Y-%m-%d %H:%M} did not exist in {self.zone} (the clocks "
                f"went forward): read as {back:%H:%M}"
            )
            return start, back, True, note
        if first.utcoffset() != second.utcoffset():
            note = (
                f"{clock_time:%Y-%m-%d %H:%M} happened twice in {self.zone} (the clocks "
                "went back): read as the first time"
            )
        return start, clock_time, True, note


def _make(
    clock: Clock,
    moment: datetime,
    *,
    distance_km: float,
    duration_s,
    sport: str,
    source: str,
    file: str,
    fmt: str,
    local_offset: timedelta | None = None,
    time_known: bool = True,
) -> tuple[Activity, str]:
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        start, local = clock.aware(moment, local_offset)
        zone_known, note = True, ""
    else:
        start, local, zone_known, note = clock.naive(moment.replace(tzinfo=None))
    activity = Activity(
        start=start,
        local_start=local,
        distance_km=distance_km,
        duration_s=duration_s,
        sport=sport,
        source=source,
        file=file,
        time_known=time_known,
        zone_known=zone_known,
        fmt=fmt,
    )
    return activity, note


def _haversine_m(lat, lon) -> float:
    """Length in metres of a path of degree positions (used, then dropped)."""
    import numpy as np

    lat = np.radians(np.asarray(lat, dtype=float))
    lon = np.radians(np.asarray(lon, dtype=float))
    if lat.size < 2:
        return 0.0
    dlat = np.diff(lat)
    dlon = np.diff(lon)
    a = np.sin(dlat / 2) ** 2 + np.cos(lat[:-1]) * np.cos(lat[1:]) * np.sin(dlon / 2) ** 2
    return float(np.sum(2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))))


# FIT ----------------------------------------------------------------------------


def _fit_time(raw) -> datetime | None:
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return raw if raw.tzinfo else raw.replace(tzinfo=timezone.utc)
    return datetime.fromtimestamp(FIT_EPOCH_S + int(raw), tz=timezone.utc)


def _fields(frame) -> dict:
    return {f.name: f.value for f in frame.fields}


def _fit_frames(data: bytes, wanted: frozenset):
    """(name, fields) of the FIT data messages named in ``wanted``, in file order."""
    import fitdecode

    try:
        with fitdecode.FitReader(
            io.BytesIO(data),
            processor=None,
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as reader:
            for frame in reader:
                if frame.frame_type == fitdecode.FIT_FRAME_DATA and frame.name in wanted:
                    yield frame.name, _fields(frame)
    except fitdecode.FitHeaderError:
        raise Unreadable("not a FIT file (its header is not a FIT header)") from None
    except fitdecode.FitCRCError:
        raise Unreadable("the file is damaged (its checksum does not match)") from None
    except fitdecode.FitEOFError:
        raise Unreadable("the file is cut off (it ends before its last message)") from None
    except Exception as problem:  # any other decoding problem: report it, never a traceback
        raise Unreadable(f"the file could not be decoded as FIT ({_short(problem)})") from None


SUMMARY_MESSAGES = frozenset({"session", "activity", "sport"})
RECORD_MESSAGES = frozenset({"record"})


def _fit_from_records(data: bytes, sport_hint: str) -> dict:
    """A session-like summary measured from the records (second pass, rare)."""
    times, distances, lat, lon = [], [], [], []
    for _, values in _fit_frames(data, RECORD_MESSAGES):
        if values.get("timestamp") is not None:
            times.append(values["timestamp"])
        if values.get("distance") is not None:
            distances.append(values["distance"])
        if values.get("position_lat") is not None and values.get("position_long") is not None:
            lat.append(values["position_lat"] * 180.0 / 2**31)
            lon.append(values["position_long"] * 180.0 / 2**31)
    if not times:
        raise Unreadable("the file holds no activity (no session and no records)")
    metres = max(distances) if distances else _haversine_m(lat, lon)
    return {
        "start_time": times[0],
        "sport": sport_hint,
        "total_distance": metres,
        "total_timer_time": float(times[-1]) - float(times[0]),
    }


def read_fit(data: bytes, name: str, clock: Clock) -> FileOutcome:
    """Activities from a FIT file: one per session message.

    A file without a session (summary) message is measured from its records:
    their distance field, or their positions when there is none. Positions
    are dropped once measured.
    """
    sessions, offset, sport_hint = [], None, ""
    for kind, values in _fit_frames(data, SUMMARY_MESSAGES):
        if kind == "session":
            sessions.append(values)
        elif kind == "activity":
            if values.get("local_timestamp") is not None and values.get("timestamp"):
                offset = timedelta(
                    seconds=int(values["local_timestamp"]) - int(values["timestamp"])
                )
        else:
            sport_hint = str(values.get("sport") or "")
    outcome = FileOutcome()
    if not sessions:
        sessions = [_fit_from_records(data, sport_hint)]
        outcome.notes.append(
            Problem(name, "no summary in the file: distance and time measured from its records")
        )
    for number, session in enumerate(sessions, start=1):
        start = _fit_time(session.get("start_time") or session.get("timestamp"))
        if start is None:
            outcome.skipped.append(Problem(name, "a session has no start time"))
            continue
        sport = sport_name(str(session.get("sport") or sport_hint or ""))
        if sport in ("", "generic") and session.get("sub_sport") in (
            "treadmill",
            "street",
            "trail",
        ):
            sport = "running"
        duration = session.get("total_timer_time") or session.get("total_elapsed_time")
        metres = session.get("total_distance") or 0.0
        source = name if len(sessions) == 1 else f"{name} session {number}"
        activity, _ = _make(
            clock,
            start,
            distance_km=float(metres) / 1000.0,
            duration_s=float(duration) if duration else None,
            sport=sport or "unknown",
            source=source,
            file=name,
            fmt="FIT",
            local_offset=offset,
        )
        outcome.activities.append(activity)
    return outcome


# GPX ----------------------------------------------------------------------------


def read_gpx(data: bytes, name: str, clock: Clock) -> FileOutcome:
    """Activities from a GPX file: one per track, distance from its positions.

    Distance is the sum of great-circle steps between points, segment by
    segment (gaps between segments are not counted), like a watch's GPS distance.
    """
    import gpxpy
    import gpxpy.gpx

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if not text.strip():
        raise Unreadable("the file is empty")
    try:
        gpx = gpxpy.parse(text)
    except gpxpy.gpx.GPXXMLSyntaxException:
        raise Unreadable("not valid GPX: the XML is broken or cut off") from None
    except Exception:  # the message may quote a position, so it is not shown
        raise Unreadable(
            "not valid GPX: a value in the file is damaged or of the wrong kind"
        ) from None
    outcome = FileOutcome()
    tracks = gpx.tracks
    if not tracks:
        raise Unreadable("the file holds no track (no recorded activity)")
    for number, track in enumerate(tracks, start=1):
        source = name if len(tracks) == 1 else f"{name} track {number}"
        metres, first, last = 0.0, None, None
        for segment in track.segments:
            points = segment.points
            metres += _haversine_m([p.latitude for p in points], [p.longitude for p in points])
            times = [p.time for p in points if p.time is not None]
            if times:
                first = times[0] if first is None else first
                last = times[-1]
        if first is None:
            outcome.skipped.append(
                Problem(source, "the track has no times, so it cannot be placed in the log")
            )
            continue
        raw_type = track.type or ""
        sport = sport_name(raw_type) or "running"
        duration = (last - first).total_seconds()
        activity, note = _make(
            clock,
            first,
            distance_km=metres / 1000.0,
            duration_s=duration or None,
            sport=sport,
            source=source,
            file=name,
            fmt="GPX",
        )
        if not raw_type:
            outcome.notes.append(Problem(source, "no activity type in the file: counted as a run"))
        if note:
            outcome.notes.append(Problem(source, note))
        outcome.activities.append(activity)
    del gpx, tracks  # positions are not kept
    return outcome


# TCX ----------------------------------------------------------------------------


def read_tcx(data: bytes, name: str, clock: Clock) -> FileOutcome:
    """The activity in a TCX file, including treadmill runs without GPS."""
    from xml.etree.ElementTree import ParseError

    from tcxreader.tcxreader import TCXReader

    if not data.strip():
        raise Unreadable("the file is empty")
    try:
        exercise = TCXReader().read(io.BytesIO(data), only_gps=False)
    except ParseError:
        raise Unreadable("not valid TCX: the XML is broken or cut off") from None
    except Exception:  # the message may quote a position, so it is not shown
        raise Unreadable(
            "not valid TCX: a value in the file is damaged or of the wrong kind"
        ) from None
    points = exercise.trackpoints or []
    start = exercise.start_time
    if start is None or not points:
        raise Unreadable("the file holds no track points with times")
    metres = exercise.distance or 0.0
    if not metres:
        distances = [p.distance for p in points if p.distance is not None]
        metres = max(distances) if distances else 0.0
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)  # TCX times are UTC
    sport = sport_name(exercise.activity_type) or "unknown"
    if sport == "biking":
        sport = "cycling"
    activity, _ = _make(
        clock,
        start,
        distance_km=metres / 1000.0,
        duration_s=float(exercise.duration) or None,
        sport=sport,
        source=name,
        file=name,
        fmt="TCX",
    )
    exercise.trackpoints = exercise.laps = None  # positions are not kept
    return FileOutcome(activities=[activity])


# CSV ----------------------------------------------------------------------------

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


def read_csv(data: bytes, name: str, clock: Clock) -> FileOutcome:
    """Activities from a CSV log: an app's bulk export or a plain file.

    Plain: ``date,distance_km[,duration_min,type]`` (or ``distance_mi``). An
    export: columns such as *Activity Date*, *Activity Type*, *Distance* and
    *Moving Time*. Distances are read as miles only when the header says so
    (``distance_mi``, *Distance (mi)*); a *Distance* column without a unit is
    read as km and the report says so. Other columns are listed and ignored.
    """
    outcome = FileOutcome()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
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
    columns: dict[str, tuple[int, str]] = {}
    for index, raw in enumerate(header):
        column, unit = _header_parts(raw)
        columns.setdefault(column, (index, unit))  # the first of repeated columns wins
    date_col = _find(columns, DATE_COLUMNS)
    distance_col = _find(columns, DISTANCE_COLUMNS)
    if date_col is None or distance_col is None:
        missing = " and ".join(
            w for w, c in (("a date", date_col), ("a distance", distance_col)) if c is None
        )
        raise Unreadable(
            f"no column for {missing} (found: {', '.join(h.strip() for h in header) or 'none'}); "
            "a plain log needs the columns date,distance_km"
        )
    type_col = _find(columns, TYPE_COLUMNS)
    duration_col = _find(columns, DURATION_COLUMNS)
    used = {c[1] for c in (date_col, distance_col, type_col, duration_col) if c}
    ignored = [h.strip() for i, h in enumerate(header) if i not in used and h.strip()]
    if ignored:
        outcome.notes.append(Problem(name, "columns not used: " + ", ".join(ignored)))
    distance_unit = distance_col[2] or "km"
    if not distance_col[2]:
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
    decimal_comma = delimiter == ";"
    factor = {"km": 1.0, "mi": KM_PER_MILE, "m": 0.001}.get(distance_unit, 1.0)
    naive_rows = 0
    for line_number, row in enumerate(_rows_until_broken(rows, name, outcome), start=2):
        if not any(cell.strip() for cell in row):
            continue
        source = f"{name} row {line_number}"

        def cell(col, row=row):
            return row[col[1]].strip() if col and col[1] < len(row) else ""

        try:
            moment, time_known = _parse_date(cell(date_col))
        except ValueError as problem:
            reason = "no date" if not cell(date_col) else str(problem)
            outcome.skipped.append(Problem(source, reason))
            continue
        raw_distance = cell(distance_col)
        if not raw_distance:
            outcome.skipped.append(Problem(source, "no distance given"))
            continue
        try:
            distance_km = _parse_number(raw_distance, decimal_comma) * factor
        except ValueError:
            outcome.skipped.append(
                Problem(source, f"the distance {raw_distance!r} is not a number")
            )
            continue
        duration_s = None
        raw_duration = cell(duration_col)
        if raw_duration:
            try:
                duration_s = _parse_duration_s(raw_duration, duration_unit, decimal_comma)
            except (ValueError, KeyError):
                outcome.notes.append(
                    Problem(source, f"the time {raw_duration!r} is not a duration: left out")
                )
        sport = sport_name(cell(type_col)) if type_col else "running"
        if not sport:
            sport = "running"
            outcome.notes.append(Problem(source, "no activity type: counted as a run"))
        if moment.tzinfo is None:
            naive_rows += 1
        activity, note = _make(
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
        outcome.activities.append(activity)
    if naive_rows and clock.zone is None:
        outcome.notes.append(
            Problem(
                name,
                f"{naive_rows} times without a time zone were read "
                "as UTC (give --timezone to read them as local time)",
            )
        )
    if not outcome.activities and not outcome.skipped:
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


READERS = {"FIT": read_fit, "GPX": read_gpx, "TCX": read_tcx, "CSV": read_csv}


def _short(problem: Exception) -> str:
    text = str(problem).strip().splitlines()[0] if str(problem).strip() else type(problem).__name__
    return text[:120]
