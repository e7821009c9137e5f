"""Write running-log files: the book's sample log, and files for tests and benchmarks.

Run ``python -m widgets.training_log.sample_log [FOLDER]`` to write the sample
log the book analyses (default ``widgets/data/sample_log``). It is seeded, so
every run writes the same six months: a recreational runner with three or four
runs a week, a few rides and swims, and a few runs much longer than the longest
run of the 30 days before. Most activities are in one CSV (an app's bulk
export); the last weeks are also FIT, GPX and TCX files (one treadmill run with
no GPS), and one run is in both a FIT file and the CSV, so the check shows it
counted once.

The GPS track of every file is a made-up circle in a park; it is there only so
the readers can measure a distance. FIT files are written with ``fit-tool``.
"""

from __future__ import annotations

import csv
import math
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np

SEED = 20250401
SAMPLE_FOLDER = Path(__file__).resolve().parents[1] / "data" / "sample_log"
SAMPLE_END = date(2025, 9, 28)  # a Sunday; the log covers the 26 weeks before it
SAMPLE_WEEKS = 26
SAMPLE_ZONE_HOURS = 2  # the runner's clock: UTC+2 in summer (the log spans Apr to Sep)
TRACK_CENTRE = (55.6761, 12.5683)
EARTH_RADIUS_M = 6371008.8


@dataclass(frozen=True)
class PlannedActivity:
    """One activity to write: start (UTC), distance, moving time and sport."""

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
    """A GPX track with a point every ``interval_s`` seconds (``sport=""``: no type)."""
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
    """A TCX activity; ``gps=False`` writes a treadmill run (distance, no positions)."""
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
    local_offset_hours: float = SAMPLE_ZONE_HOURS,
    records: bool = True,
    session: bool = True,
):
    """A FIT activity written with ``fit-tool``: records, a session and an activity message."""
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
        message.local_timestamp = end_ms // 1000 - 631065600 + int(local_offset_hours * 3600)
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
    """An app's bulk export: one row per activity, dates in UTC, distance in km, times in s."""
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
    """A plain log: ``date,distance_km,duration_min,type`` (or ``distance_mi``)."""
    unit = "mi" if miles else "km"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", f"distance_{unit}", "duration_min", "type"])
        for a in activities:
            distance = a.distance_km / 1.609344 if miles else a.distance_km
            writer.writerow(
                [
                    a.start.isoformat(timespec="minutes"),
                    f"{distance:.2f}",
                    f"{a.duration_s / 60:.1f}",
                    a.sport,
                ]
            )


# The sample runner ---------------------------------------------------------------


def _pace_s_per_km(rng, distance_km: float) -> float:
    return 330.0 + 6.0 * distance_km + rng.normal(0.0, 12.0)


def sample_activities(
    seed: int = SEED, end: date = SAMPLE_END, weeks: int = SAMPLE_WEEKS
) -> list[PlannedActivity]:
    """Six months of a recreational runner's log, with a few sudden long runs.

    Three or four runs a week with a long run on Sunday that grows slowly;
    week 9 has a 20 km long run after about 12 km, weeks 14 to 18 are a break
    with a few short runs followed by a 15 km run, and week 24 has a half marathon.
    """
    rng = np.random.default_rng(seed)
    first_monday = end - timedelta(days=7 * weeks - 1)
    offset = timedelta(hours=SAMPLE_ZONE_HOURS)
    plan = []
    for week in range(weeks):
        monday = first_monday + timedelta(days=7 * week)
        long_km = 10.0 + 0.25 * week + rng.normal(0, 0.4)
        easy_km = 6.0 + rng.normal(0, 0.6)
        if 13 <= week <= 17:  # a break: an illness, then a few short runs
            long_km, easy_km = 5.0 + rng.normal(0, 0.3), 4.0
        if week == 8:
            long_km = 20.0 + rng.normal(0, 0.2)
        if week == 18:
            long_km = 15.2
        if week == 23:
            long_km = 21.1
        if week == 20:
            long_km = 16.6
        days = [(1, easy_km), (3, easy_km + rng.normal(1.0, 0.5)), (6, long_km)]
        if rng.random() < 0.5:
            days.append((5, 5.0 + rng.normal(0, 0.5)))
        for day, km in days:
            if 13 <= week <= 16 and day != 6:
                continue
            km = round(max(km, 3.0), 2)
            hour = 17 if day < 5 else 8
            local = datetime.combine(monday + timedelta(days=day), datetime.min.time()) + timedelta(
                hours=hour, minutes=int(rng.integers(0, 50))
            )
            start = (local - offset).replace(tzinfo=timezone.utc)
            plan.append(PlannedActivity(start, km, round(km * _pace_s_per_km(rng, km))))
        if rng.random() < 0.6:
            local = datetime.combine(monday + timedelta(days=2), datetime.min.time()) + timedelta(
                hours=18
            )
            plan.append(
                PlannedActivity(
                    (local - offset).replace(tzinfo=timezone.utc),
                    round(20 + rng.normal(0, 3), 1),
                    3600.0,
                    "cycling",
                )
            )
        if rng.random() < 0.25:
            local = datetime.combine(monday + timedelta(days=4), datetime.min.time()) + timedelta(
                hours=7
            )
            plan.append(
                PlannedActivity(
                    (local - offset).replace(tzinfo=timezone.utc), 1.5, 2400.0, "swimming"
                )
            )
    return sorted(plan, key=lambda a: a.start)


def write_sample_log(folder=SAMPLE_FOLDER, seed: int = SEED) -> list[Path]:
    """Write the sample log into ``folder``; return the files written.

    The runs of the last two weeks go into device files (two FIT, two GPX, two
    TCX, one of them a treadmill run); everything before is in ``activities.csv``,
    which also repeats the first FIT run so that it is counted once.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.suffix in (".fit", ".gpx", ".tcx", ".csv"):
            old.unlink()
    plan = sample_activities(seed)
    runs = [a for a in plan if a.sport == "running"]
    device_runs = runs[-6:]
    written = []
    writers = [
        ("fit", write_fit, {"interval_s": 5.0}),
        ("fit", write_fit, {"interval_s": 5.0}),
        ("gpx", write_gpx, {"interval_s": 15.0}),
        ("gpx", write_gpx, {"interval_s": 15.0}),
        ("tcx", write_tcx, {"interval_s": 15.0}),
        ("tcx", write_tcx, {"interval_s": 15.0, "gps": False}),
    ]
    for activity, (suffix, write, options) in zip(device_runs, writers):
        path = folder / f"{activity.start:%Y-%m-%d}-run.{suffix}"
        write(path, activity, **options)
        written.append(path)
    in_csv = [a for a in plan if a not in device_runs[1:]]
    path = folder / "activities.csv"
    write_export_csv(path, in_csv)
    written.append(path)
    return written


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else SAMPLE_FOLDER
    for path in write_sample_log(folder):
        print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
