"""The pain monitor and the return-to-running plan it gates.

``advice(pain_during, pain_after, pain_next_morning, usual_pain=0)`` gives a
green, amber or red light by the pain-monitoring model's written rules (see
``widgets.model.pain_monitor``). ``return_to_running_plan(...)`` (see
``widgets.model.walk_run_plan``) builds a walk-run plan, week by week: up a
step after a green week, the same step after amber, a step back after red.

The model was tested in Achilles tendon pain (``silbernagel2007``), not in back
pain; the course uses it as a practical guide.
"""

from widgets.model.pain_monitor import (
    ACTIONS,
    AFTER_LIMIT,
    AMBER_MARGIN,
    DURING_LIMIT,
    LEVELS,
    PainAdvice,
    advice,
)
from widgets.model.walk_run_plan import (
    STAGES,
    Plan,
    PlanWeek,
    Stage,
    next_stage,
    return_to_running_plan,
)

__all__ = [
    "ACTIONS",
    "AFTER_LIMIT",
    "AMBER_MARGIN",
    "DURING_LIMIT",
    "LEVELS",
    "STAGES",
    "PainAdvice",
    "Plan",
    "PlanWeek",
    "Stage",
    "advice",
    "next_stage",
    "return_to_running_plan",
]
