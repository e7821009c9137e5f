"""Interactives: the pain monitor's traffic-light map, and example return-to-running plans."""

from __future__ import annotations

from widgets.data import source_label
from widgets.figures.pain_monitor import BOOK_PAIN_AFTER, BOOK_USUAL_PAINS, pain_map_with_slider
from widgets.figures.walk_run_plan import EXAMPLE_PLANS, example_plan, example_plans_with_buttons
from widgets.interactive import Interactive
from widgets.live.pain_monitor import pain_monitor_live_view, plan_live_view
from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE, LEVEL_NAMES, advice
from widgets.model.walk_run_plan import PLAN_STOP_RULE, Plan
from widgets.text_alternative import html_table


def _map_table() -> str:
    rows = []
    for usual in BOOK_USUAL_PAINS:
        for morning in range(11):
            levels = [
                LEVEL_NAMES[advice(d, BOOK_PAIN_AFTER, morning, usual).level] for d in range(11)
            ]
            rows.append([f"{usual}/10", f"{morning}/10"] + levels)
    return html_table(
        ["Usual morning pain", "Next-morning pain"] + [f"During {d}/10" for d in range(11)],
        rows,
        caption=(
            f"The monitor's advice with pain after the run at {BOOK_PAIN_AFTER}/10 and no "
            "leg symptoms (with leg symptoms, every cell is Red: stop and get checked)"
        ),
    )


def pain_monitor_explorer() -> Interactive:
    """Show which mix of pain during a run and next morning is green, amber or red.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    return Interactive(
        name="pain-monitor",
        static_figure=pain_map_with_slider,
        live_view=pain_monitor_live_view,
        alt_text=(
            "A grid of pain scores from 0 to 10: pain during the run across, pain the next "
            "morning up. Each cell is green (move up a step), amber (hold) or red (step back, "
            "or rest from running). Green needs pain during the run no more than 2 points "
            "above your usual pain and at most 5/10, and the next morning back to your usual "
            "level. Within the limits but more than 2 points above usual is amber. Any broken "
            "limit is red. A slider sets your usual morning pain from last week. With leg "
            "symptoms every cell is red."
        ),
        caption=(
            "The pain monitor, from the pain-monitoring model tested in Achilles tendon pain "
            f"({source_label('silbernagel2007')}), used here as a practical guide, not as back-pain evidence. "
            f"The map assumes pain after the run of {BOOK_PAIN_AFTER}/10 or anything up to "
            "5/10; above 5/10 after the run, every cell is red. The blue line is the "
            "course's starting ceiling: to move up, pain during the run stays within 2 "
            "points of your usual pain. Move the slider to set your usual morning pain. "
            f"{LEG_SYMPTOM_STOP_RULE}"
        ),
        text_alternative=_map_table(),
    )


def _plan_table() -> str:
    rows = []
    for name in EXAMPLE_PLANS:
        plan: Plan = example_plan(name)
        rows += [[name] + row for row in plan.rows()]
    return html_table(
        ["Example"] + list(Plan.HEADERS),
        rows,
        caption="Three example walk-run plans, 3 sessions a week",
    )


def return_to_running_plans() -> Interactive:
    """Show three example walk-run plans: every week green, an amber week, a red week.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    return Interactive(
        name="return-to-running-plans",
        static_figure=example_plans_with_buttons,
        live_view=plan_live_view,
        alt_text=(
            "Bars show the minutes of running and walking in each session over 8 weeks. "
            "With every week green, running time rises each week until week 8 is 30 minutes "
            "of running without a break. An amber week repeats its step, so that plan ends "
            "one step lower; a red week steps back one, so that plan ends two steps lower."
        ),
        caption=(
            "Example walk-run plans, gated by the pain monitor: up one step after a green "
            "week, the same step after amber, one step back after red. The steps are the "
            "course's example, not a tested programme. Distances assume an easy run at 7 "
            "minutes per km and a walk at 11 minutes per km; tap or hover over a bar for km "
            f"and miles. Choose a plan at the top of the figure. {PLAN_STOP_RULE}"
        ),
        text_alternative=_plan_table(),
    )
