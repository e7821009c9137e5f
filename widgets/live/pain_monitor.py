"""Live views: set your pain scores and tick leg symptoms, or change an example plan."""

from __future__ import annotations

import ipywidgets

from widgets.figures.pain_monitor import pain_map_figure
from widgets.figures.walk_run_plan import DEFAULT_EXAMPLE, EXAMPLE_PLANS, plan_figure
from widgets.live.view import LiveView
from widgets.model.pain_monitor import advice
from widgets.model.walk_run_plan import PLAN_STOP_RULE, STAGES, return_to_running_plan


def _score(description: str, value: int) -> ipywidgets.IntSlider:
    return ipywidgets.IntSlider(
        value=value,
        min=0,
        max=10,
        description=description,
        style={"description_width": "initial"},
        continuous_update=False,
    )


# The tick names the symptoms listed on the page just above it, in the monitor's words.
LEG_SYMPTOMS_TICK = "I have leg symptoms (the list above)"


def _leg_symptoms_tick() -> ipywidgets.Checkbox:
    return ipywidgets.Checkbox(
        value=False,
        description=LEG_SYMPTOMS_TICK,
        indent=False,
        style={"description_width": "initial"},
        layout=ipywidgets.Layout(width="auto"),
    )


def _map(pain_during, pain_after, pain_next_morning, usual_pain, leg_symptoms):
    return pain_map_figure(
        usual_pain=usual_pain,
        pain_after=pain_after,
        marked=(pain_during, pain_next_morning),
        leg_symptoms=leg_symptoms,
    )


def _advice_sentence(pain_during, pain_after, pain_next_morning, usual_pain, leg_symptoms) -> str:
    result = advice(pain_during, pain_after, pain_next_morning, usual_pain, leg_symptoms)
    return f"{result.explanation} Next run: {result.next_run} Check again: {result.recheck}"


def pain_monitor_live_view() -> LiveView:
    """Set four pain scores with sliders and tick leg symptoms; the map rings yours.

    Returns
    -------
    LiveView
        The controls, the figure and the sentence, redrawn on every change.
    """
    return LiveView(
        {
            "pain_during": _score("Pain during the run", 3),
            "pain_after": _score("Pain after the run", 3),
            "pain_next_morning": _score("Pain the next morning", 1),
            "usual_pain": _score("Your usual morning pain", 1),
            "leg_symptoms": _leg_symptoms_tick(),
        },
        _map,
        _advice_sentence,
        alt_text="The pain monitor's advice for every score, with your scores ringed.",
    )


def _plan(example, start_stage, sessions_per_week, run_pace_min_per_km):
    return plan_figure(
        return_to_running_plan(
            EXAMPLE_PLANS[example],
            start_stage=start_stage,
            sessions_per_week=sessions_per_week,
            run_pace_min_per_km=run_pace_min_per_km,
        )
    )


def _plan_sentence(example, start_stage, sessions_per_week, run_pace_min_per_km) -> str:
    plan = return_to_running_plan(
        EXAMPLE_PLANS[example],
        start_stage=start_stage,
        sessions_per_week=sessions_per_week,
        run_pace_min_per_km=run_pace_min_per_km,
    )
    last = plan.weeks[-1]
    return (
        f"In week {last.week} each session is: {last.step.describe()}, about "
        f"{last.session_km:.1f} km ({last.session_miles:.1f} miles) in "
        f"{last.step.total_minutes:g} minutes, {sessions_per_week} times a week. "
        f"{PLAN_STOP_RULE}"
    )


def plan_live_view() -> LiveView:
    """Choose an example walk-run plan, its first step, sessions a week and pace.

    Returns
    -------
    LiveView
        The controls, the figure and the sentence, redrawn on every change.
    """
    return LiveView(
        {
            "example": ipywidgets.Dropdown(
                options=list(EXAMPLE_PLANS), value=DEFAULT_EXAMPLE, description="Example"
            ),
            "start_stage": ipywidgets.IntSlider(
                value=1, min=1, max=len(STAGES), description="First step"
            ),
            "sessions_per_week": ipywidgets.IntSlider(
                value=3,
                min=1,
                max=7,
                description="Sessions a week",
                style={"description_width": "initial"},
            ),
            "run_pace_min_per_km": ipywidgets.FloatSlider(
                value=7.0,
                min=4.0,
                max=10.0,
                step=0.5,
                description="Run pace (min/km)",
                style={"description_width": "initial"},
            ),
        },
        _plan,
        _plan_sentence,
        alt_text="Minutes of running and walking in each session, week by week.",
    )
