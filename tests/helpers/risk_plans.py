"""Mileage-risk plans for the tests: the reference plan, and plans that change it.

The reference plan is a recreational runner repeating last month's training
(30 km a week, longest run 10 km), with no injury and no other sport, so a
plan that changes one input shows that one factor alone.
"""

from __future__ import annotations

from widgets.risk import relative_injury_rate

REFERENCE = dict(
    recent_weekly_km=30, planned_weekly_km=30, recent_longest_km=10, planned_longest_km=10
)


def plan(**changes):
    """The reference plan with ``changes``, e.g. ``plan(planned_longest_km=15)``."""
    return relative_injury_rate(**{**REFERENCE, **changes})


def rounded(*numbers):
    """Numbers rounded to two decimals, as the published ones are."""
    return tuple(round(x, 2) for x in numbers)
