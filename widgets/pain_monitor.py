"""The pain monitor and the return-to-running plan it gates.

``advice(pain_during, pain_after, pain_next_morning, usual_pain=0,
leg_symptoms=False)`` gives a green, amber or red light, what to do, the next
run and when to check again (see ``widgets.model.pain_monitor`` for the rule
table). ``return_to_running_plan(...)`` (see ``widgets.model.walk_run_plan``)
builds a walk-run plan, week by week: up a step after a green week, the same
step after amber, a step back after red. ``rejoin(minutes_running, decision)``
says where to rejoin that plan from the running you manage now. Leg symptoms
(``LEG_SYMPTOMS``) stop running: ``LEG_SYMPTOM_STOP_RULE`` is the one wording.

The model was tested in Achilles tendon pain (``silbernagel2007``), not in back
pain; the course uses it as a practical guide.
"""

from widgets.model.pain_monitor import (
    ACTIONS,
    AFTER_LIMIT,
    DECISION_LEVELS,
    DECISIONS,
    DURING_LIMIT,
    LEG_SYMPTOM_ACTION,
    LEG_SYMPTOM_STOP_RULE,
    LEG_SYMPTOMS,
    LEVELS,
    NEXT_RUNS,
    RECHECKS,
    RED_AGAIN_RULE,
    START_CEILING_ABOVE_USUAL,
    Breach,
    PainAdvice,
    advice,
    start_ceiling,
)
from widgets.model.walk_run_plan import (
    PLAN_STOP_RULE,
    STAGES,
    Plan,
    PlanWeek,
    Rejoin,
    Stage,
    current_stage,
    next_stage,
    rejoin,
    return_to_running_plan,
)

__all__ = [
    "ACTIONS",
    "AFTER_LIMIT",
    "DECISIONS",
    "DECISION_LEVELS",
    "DURING_LIMIT",
    "LEG_SYMPTOMS",
    "LEG_SYMPTOM_ACTION",
    "LEG_SYMPTOM_STOP_RULE",
    "LEVELS",
    "NEXT_RUNS",
    "PLAN_STOP_RULE",
    "RECHECKS",
    "RED_AGAIN_RULE",
    "STAGES",
    "START_CEILING_ABOVE_USUAL",
    "Breach",
    "PainAdvice",
    "Plan",
    "PlanWeek",
    "Rejoin",
    "Stage",
    "advice",
    "current_stage",
    "next_stage",
    "rejoin",
    "return_to_running_plan",
    "start_ceiling",
]
