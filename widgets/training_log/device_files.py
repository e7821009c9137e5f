"""Readers for the files a watch or an app writes: FIT, GPX and TCX.

Each reader takes a file's bytes and returns the activities in it, or raises
:class:`~widgets.training_log.file_reading.Unreadable` with a sentence saying
why the whole file was skipped. GPS positions are used only to measure a
distance (GPX, and FIT files without a summary) and are dropped at once. The
file libraries (``fitdecode``, ``gpxpy``, ``tcxreader``) are imported when a
file of their kind is read, so the command line starts quickly.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from widgets.training_log.file_reading import (
    Clock,
    FileOutcome,
    Unreadable,
    decode_text,
    make_activity,
    path_length_m,
)
from widgets.training_log.records import Problem, sport_name

FIT_EPOCH_S = 631065600  # 1989-12-31 00:00 UTC, where FIT timestamps start


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
    metres = max(distances) if distances else path_length_m(lat, lon)
    return {
        "start_time": times[0],
        "sport": sport_hint,
        "total_distance": metres,
        "total_timer_time": float(times[-1]) - float(times[0]),
    }


def _fit_summaries(data: bytes) -> tuple[list[dict], timedelta | None, str]:
    """The session messages, the local-time offset and the file's sport, if any."""
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
    return sessions, offset, sport_hint


def _fit_sport(session: dict, sport_hint: str) -> str:
    """The session's sport; a generic treadmill, street or trail session is a run."""
    sport = sport_name(str(session.get("sport") or sport_hint or ""))
    if sport in ("", "generic") and session.get("sub_sport") in ("treadmill", "street", "trail"):
        sport = "running"
    return sport or "unknown"


def read_fit(data: bytes, name: str, clock: Clock) -> FileOutcome:
    """Activities from a FIT file: one per session message.

    A file without a session (summary) message is measured from its records:
    their distance field, or their positions when there is none. Positions
    are dropped once measured.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    name : str
        The file's name, for the report.
    clock : Clock
        Reads start times in the runner's time zone.

    Returns
    -------
    FileOutcome
        The sessions as activities, sessions skipped, and notes.
    """
    sessions, offset, sport_hint = _fit_summaries(data)
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
        duration = session.get("total_timer_time") or session.get("total_elapsed_time")
        metres = session.get("total_distance") or 0.0
        activity, _ = make_activity(
            clock,
            start,
            distance_km=float(metres) / 1000.0,
            duration_s=float(duration) if duration else None,
            sport=_fit_sport(session, sport_hint),
            source=name if len(sessions) == 1 else f"{name} session {number}",
            file=name,
            fmt="FIT",
            local_offset=offset,
        )
        outcome.activities.append(activity)
    return outcome


# GPX ----------------------------------------------------------------------------


def _parse_gpx(data: bytes):
    """The parsed GPX document, or :class:`Unreadable` saying why not."""
    import gpxpy
    import gpxpy.gpx

    text, _ = decode_text(data)
    if not text.strip():
        raise Unreadable("the file is empty")
    try:
        return gpxpy.parse(text)
    except gpxpy.gpx.GPXXMLSyntaxException:
        raise Unreadable("not valid GPX: the XML is broken or cut off") from None
    except Exception:  # the message may quote a position, so it is not shown
        raise Unreadable(
            "not valid GPX: a value in the file is damaged or of the wrong kind"
        ) from None


def _track_length_and_times(track) -> tuple[float, datetime | None, datetime | None]:
    """(metres, first time, last time) of a track, segment by segment."""
    metres, first, last = 0.0, None, None
    for segment in track.segments:
        points = segment.points
        metres += path_length_m([p.latitude for p in points], [p.longitude for p in points])
        times = [p.time for p in points if p.time is not None]
        if times:
            first = times[0] if first is None else first
            last = times[-1]
    return metres, first, last


def read_gpx(data: bytes, name: str, clock: Clock) -> FileOutcome:
    """Activities from a GPX file: one per track, distance from its positions.

    Distance is the sum of great-circle steps between points, segment by
    segment (gaps between segments are not counted), like a watch's GPS distance.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    name : str
        The file's name, for the report.
    clock : Clock
        Reads start times in the runner's time zone.

    Returns
    -------
    FileOutcome
        The tracks as activities (a track without a type counts as a run),
        tracks skipped, and notes.
    """
    gpx = _parse_gpx(data)
    outcome = FileOutcome()
    tracks = gpx.tracks
    if not tracks:
        raise Unreadable("the file holds no track (no recorded activity)")
    for number, track in enumerate(tracks, start=1):
        source = name if len(tracks) == 1 else f"{name} track {number}"
        metres, first, last = _track_length_and_times(track)
        if first is None:
            outcome.skipped.append(
                Problem(source, "the track has no times, so it cannot be placed in the log")
            )
            continue
        raw_type = track.type or ""
        activity, note = make_activity(
            clock,
            first,
            distance_km=metres / 1000.0,
            duration_s=(last - first).total_seconds() or None,
            sport=sport_name(raw_type) or "running",
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
    """The activity in a TCX file, including treadmill runs without GPS.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    name : str
        The file's name, for the report.
    clock : Clock
        Reads the start time in the runner's time zone (TCX times are UTC).

    Returns
    -------
    FileOutcome
        The one activity; distance from the file's total, or else its
        track points' distance field.
    """
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
    activity, _ = make_activity(
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


def _short(problem: Exception) -> str:
    text = str(problem).strip().splitlines()[0] if str(problem).strip() else type(problem).__name__
    return text[:120]
