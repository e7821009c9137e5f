"""The former name of :mod:`widgets.warning_signs`, kept so code that imports it still runs.

The course names the idea "warning signs" everywhere: in Python, in its scripts
and in its data. ``from widgets.red_flags import assess`` gives the same objects
as ``from widgets.warning_signs import assess``; new code should use that name.
Nothing in the course imports this module (tests/test_warning_signs_names.py).
"""

from widgets.warning_signs import *  # noqa: F403
from widgets.warning_signs import __all__  # noqa: F401
