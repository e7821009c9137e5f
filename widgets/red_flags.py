"""The warning-signs checker: ``assess(answers)`` and the ``QUESTIONS`` it asks.

``QUESTIONS`` has one yes/no question per warning sign in the course's one
data file, each with ``key``, ``text``, ``level`` and ``source``.
``assess({key: True, ...})`` returns the most urgent ``level`` ticked
("emergency", "urgent", "soon", or "self_care" when none is) and the
``reasons``: every ticked sign with its action.
"""

from widgets.model.red_flags import (
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
    "NOTHING_TICKED",
    "QUESTIONS",
    "RESULT_LEVELS",
    "SELF_CARE",
    "Assessment",
    "Question",
    "Reason",
    "assess",
]
