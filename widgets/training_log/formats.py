"""Readers for the files runners have: FIT, GPX, TCX and CSV.

Each reader takes a file's bytes, its name and a
:class:`~widgets.training_log.file_reading.Clock`, and returns the activities
in it, or raises :class:`~widgets.training_log.file_reading.Unreadable` with a
sentence saying why the whole file was skipped. A CSV row that cannot be used
is reported on its own; the rest of the file is still read. The device files
are read in ``device_files``, CSV logs in ``csv_log``, and what both share is
in ``file_reading``.

Privacy: the readers use GPS positions only to measure a distance (GPX, and
FIT files without a summary). Positions are never kept in an
:class:`~widgets.training_log.records.Activity`, so they cannot be shown or
written out. Nothing is sent anywhere.
"""

from widgets.training_log.csv_log import read_csv
from widgets.training_log.device_files import read_fit, read_gpx, read_tcx

FORMATS = {".fit": "FIT", ".gpx": "GPX", ".tcx": "TCX", ".csv": "CSV"}
READERS = {"FIT": read_fit, "GPX": read_gpx, "TCX": read_tcx, "CSV": read_csv}
