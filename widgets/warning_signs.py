"""The warning signs and the checker that asks them: ``assess(answers)`` and its ``QUESTIONS``.

``WARNING_SIGNS`` are the signs of the course's one data file
(``widgets/data/warning_signs.json``); ``signs_for(region, level)`` picks some.
``QUESTIONS`` has one yes/no question per sign, each with ``key``, ``text``,
``level`` and ``source``. ``assess({key: True, ...})`` returns the most urgent
``level`` ticked ("emergency", "urgent", "soon", or "self_care" when none is)
and the ``reasons``: every ticked sign with its action.

``widgets.red_flags`` is this module's former name, kept for code that uses it.
"""

from widgets.model.warning_signs import LEVELS, REGIONS, WARNING_SIGNS, WarningSign, signs_for
from widgets.model.warning_signs_checker import (
    NOTHING_TICKED,
    QUESTIONS,
    RESULT_LEVELS,
    SELF_CARE,
    Assessment,
    Question,
    Reason,
    assess,
)

__all__ = [
    "LEVELS",
    "NOTHING_TICKED",
    "QUESTIONS",
    "REGIONS",
    "RESULT_LEVELS",
    "SELF_CARE",
    "WARNING_SIGNS",
    "Assessment",
    "Question",
    "Reason",
    "WarningSign",
    "assess",
    "signs_for",
]
