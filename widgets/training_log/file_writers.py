"""Write activity files as watches and apps do: FIT, GPX, TCX and CSV.

The book's sample log (``sample_log``), the tests and the benchmarks write
their files with these, so every reader is tested on files made the way a
device makes them. The GPS track of every file is a made-up circle in a park;
it is there only so the readers can measure a distance. FIT files are written
with ``fit-tool``.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from widgets.training_log.device_files import FIT_EPOCH_S
from widgets.training_log.file_reading import EARTH_RADIUS_M
from widgets.units import KM_PER_MILE

TRACK_CENTRE = (55.6761, 12.5683)
DEFAULT_ZONE_HOURS = 2  # the local time FIT files state: UTC+2, the sample runner's summer


@dataclass(frozen=True)
class PlannedActivity:
    """One activity to write: start (UTC), distance in km, moving time in s, and sport."""

    start: datetime
    distance_km: float
    duration_s: float
    sport: str = "running"


# Tracks --------------------------------------------------------------------------


def _circle(distance_km: float, points: int):
    """Latitudes and longitudes of a loop of ``distance_km`` around a made-up centre."""
    radius = distance_km * 1000.0 / (2 * math.pi)
    angle = np.linspace(0.0, 2 * math.pi, points)
    lat0, lon0 = TRACK_CENTRE
    north = radius * (np.cos(angle) - 1.0)
    east = radius * np.sin(angle)
    lat = lat0 + np.degrees(north / EARTH_RADIUS_M)
    lon = lon0 + np.degrees(east / (EARTH_RADIUS_M * math.cos(math.radians(lat0))))
    return lat, lon


def _times(activity: PlannedActivity, interval_s: float) -> np.ndarray:
    count = max(2, int(activity.duration_s // interval_s) + 1)
    return np.linspace(0.0, activity.duration_s, count)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_gpx(path, activity: PlannedActivity, interval_s: float = 1.0, sport: str | None = None):
    """A GPX track with a point every ``interval_s`` seconds (``sport=""``: no type).

    Parameters
    ----------
    path : str or Path
        The file to write.
    activity : PlannedActivity
        What to write: start, distance, moving time and sport.
    interval_s : float, optional
        Seconds between track points.
    sport : str, optional
        The track's ``<type>``; default the activity's sport, "" for none.
    """
    seconds = _times(activity, interval_s)
    lat, lon = _circle(activity.distance_km, len(seconds))
    sport = activity.sport if sport is None else sport
    kind = f"<type>{sport}</type>" if sport else ""
    points = "".join(
        f'<trkpt lat="{la:.6f}" lon="{lo:.6f}"><time>'
        f"{_iso(activity.start + timedelta(seconds=float(s)))}</time></trkpt>\n"
        for la, lo, s in zip(lat, lon, seconds)
    )
    Path(path).write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="course sample" xmlns="http://www.topografix.com/GPX/1/1">\n'
        f"<trk><name>Sample</name>{kind}<trkseg>\n{points}</trkseg></trk></gpx>\n",
        encoding="utf-8",
    )


TCX_SPORTS = {"running": "Running", "cycling": "Biking"}


def write_tcx(path, activity: PlannedActivity, interval_s: float = 1.0, gps: bool = True):
    """A TCX activity; ``gps=False`` writes a treadmill run (distance, no positions).

    Parameters
    ----------
    path : str or Path
        The file to write.
    activity : PlannedActivity
        What to write: start, distance, moving time and sport.
    interval_s : float, optional
        Seconds between track points.
    gps : bool, optional
        Whether track points carry positions.
    """
    seconds = _times(activity, interval_s)
    lat, lon = _circle(activity.distance_km, len(seconds))
    metres = np.linspace(0.0, activity.distance_km * 1000.0, len(seconds))
    points = []
    for la, lo, s, m in zip(lat, lon, seconds, metres):
        position = (
            (
                f"<Position><LatitudeDegrees>{la:.6f}</LatitudeDegrees>"
                f"<LongitudeDegrees>{lo:.6f}</LongitudeDegrees></Position>"
            )
            if gps
            else ""
        )
        points.append(
            f"<Trackpoint><Time>{_iso(activity.start + timedelta(seconds=float(s)))}"
            f"</Time>{position}<DistanceMeters>{m:.1f}</DistanceMeters></Trackpoint>\n"
        )
    sport = TCX_SPORTS.get(activity.sport, "Other")
    Path(path).write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        f'<Activities><Activity Sport="{sport}"><Id>{_iso(activity.start)}</Id>'
        f'<Lap StartTime="{_iso(activity.start)}"><TotalTimeSeconds>{activity.duration_s:.0f}'
        f"</TotalTimeSeconds><DistanceMeters>{activity.distance_km * 1000.0:.1f}</DistanceMeters>"
        f"<Track>\n{''.join(points)}</Track></Lap></Activity></Activities>"
        "</TrainingCenterDatabase>\n",
        encoding="utf-8",
    )


def _compact_record_class():
    """A FIT record message with only time, position and distance.

    ``fit-tool``'s own ``RecordMessage`` sets up all 84 record fields for every
    point, which makes an hour at one point a second take seconds to write.
    Files written with this class are ordinary FIT files with fewer fields.
    """
    from fit_tool.data_message import DataMessage
    from fit_tool.endian import Endian
    from fit_tool.profile.messages.common_fields import TimestampField
    from fit_tool.profile.messages.record_message import (
        RecordDistanceField,
        RecordMessage,
        RecordPositionLatField,
        RecordPositionLongField,
    )

    class CompactRecord(RecordMessage):
        def __init__(self):
            DataMessage.__init__(
                self,
                name=RecordMessage.NAME,
                global_id=RecordMessage.ID,
                local_id=0,
                endian=Endian.LITTLE,
                definition_message=None,
                developer_fields=None,
                fields=[
                    TimestampField(size=0, growable=True),
                    RecordPositionLatField(size=0, growable=True),
                    RecordPositionLongField(size=0, growable=True),
                    RecordDistanceField(size=0, growable=True),
                ],
            )

    return CompactRecord


def write_fit(
    path,
    activity: PlannedActivity,
    interval_s: float = 1.0,
    local_offset_hours: float = DEFAULT_ZONE_HOURS,
    records: bool = True,
    session: bool = True,
):
    """A FIT activity written with ``fit-tool``: records, a session and an activity message.

    Parameters
    ----------
    path : str or Path
        The file to write.
    activity : PlannedActivity
        What to write: start, distance, moving time and sport.
    interval_s : float, optional
        Seconds between records.
    local_offset_hours : float, optional
        The runner's offset from UTC in hours, stated in the activity message.
    records : bool, optional
        Whether to write the records (time, position, distance).
    session : bool, optional
        Whether to write the session and activity (summary) messages; without
        them a reader must measure the run from its records.
    """
    from fit_tool.fit_file_builder import FitFileBuilder
    from fit_tool.profile.messages.activity_message import ActivityMessage
    from fit_tool.profile.messages.file_id_message import FileIdMessage
    from fit_tool.profile.messages.session_message import SessionMessage
    from fit_tool.profile.profile_type import FileType, Manufacturer, Sport

    start_ms = int(activity.start.timestamp() * 1000)
    end_ms = start_ms + int(activity.duration_s * 1000)
    builder = FitFileBuilder(auto_define=True, min_string_size=50)
    file_id = FileIdMessage()
    file_id.type = FileType.ACTIVITY
    file_id.manufacturer = Manufacturer.DEVELOPMENT.value
    file_id.product = 0
    file_id.time_created = start_ms
    file_id.serial_number = 1
    builder.add(file_id)
    if records:
        seconds = _times(activity, interval_s)
        lat, lon = _circle(activity.distance_km, len(seconds))
        metres = np.linspace(0.0, activity.distance_km * 1000.0, len(seconds))
        record_class = _compact_record_class()
        messages = []
        for la, lo, s, m in zip(lat, lon, seconds, metres):
            record = record_class()
            record.timestamp = start_ms + int(s * 1000)
            record.position_lat = float(la)
            record.position_long = float(lo)
            record.distance = float(m)
            messages.append(record)
        builder.add_all(messages)
    if session:
        summary = SessionMessage()
        summary.timestamp = end_ms
        summary.start_time = start_ms
        summary.sport = (
            Sport[activity.sport.upper()]
            if activity.sport.upper() in Sport.__members__
            else Sport.GENERIC
        )
        summary.total_distance = activity.distance_km * 1000.0
        summary.total_timer_time = activity.duration_s
        summary.total_elapsed_time = activity.duration_s
        builder.add(summary)
        message = ActivityMessage()
        message.timestamp = end_ms
        message.local_timestamp = end_ms // 1000 - FIT_EPOCH_S + int(local_offset_hours * 3600)
        message.num_sessions = 1
        builder.add(message)
    builder.build().to_file(str(path))


# CSV -----------------------------------------------------------------------------

EXPORT_HEADER = [
    "Activity ID",
    "Activity Date",
    "Activity Name",
    "Activity Type",
    "Distance",
    "Moving Time",
    "Elapsed Time",
    "Average Heart Rate",
]
EXPORT_TYPES = {"running": "Run", "cycling": "Ride", "swimming": "Swim"}


def write_export_csv(path, activities, heart_rate: bool = True):
    """An app's bulk export: one row per activity, dates in UTC, distance in km, times in s.

    Parameters
    ----------
    path : str or Path
        The file to write.
    activities : iterable of PlannedActivity
        The rows, in order.
    heart_rate : bool, optional
        Whether to fill the heart-rate column (a column the reader ignores).
    """
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADER)
        for number, a in enumerate(activities, start=1):
            writer.writerow(
                [
                    1000 + number,
                    a.start.astimezone(timezone.utc).strftime("%b %d, %Y, %I:%M:%S %p"),
                    "Morning " + EXPORT_TYPES.get(a.sport, "Workout"),
                    EXPORT_TYPES.get(a.sport, a.sport.title()),
                    f"{a.distance_km:.2f}",
                    f"{a.duration_s:.0f}",
                    f"{a.duration_s + 60:.0f}",
                    "142" if heart_rate else "",
                ]
            )


def write_plain_csv(path, activities, miles: bool = False):
    """A plain log: ``date,distance_km,duration_min,type`` (or ``distance_mi``).

    Parameters
    ----------
    path : str or Path
        The file to write.
    activities : iterable of PlannedActivity
        The rows, in order.
    miles : bool, optional
        Write distances in miles (``distance_mi``) instead of km.
    """
    unit = "mi" if miles else "km"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", f"distance_{unit}", "duration_min", "type"])
        for a in activities:
            distance = a.distance_km / KM_PER_MILE if miles else a.distance_km
            writer.writerow(
                [
                    a.start.isoformat(timespec="minutes"),
                    f"{distance:.2f}",
                    f"{a.duration_s / 60:.1f}",
                    a.sport,
                ]
            )
