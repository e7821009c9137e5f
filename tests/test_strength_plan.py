"""The strength-plan builder: progression, a lighter week, gentle starts, and every bad input."""

from __future__ import annotations

import math

import pytest

from widgets.figures.strength_plan import PRESETS, plan_figure, plan_table_html, preset_plans_figure
from widgets.live.exercises import StrengthPlanView
from widgets.model.exercise_library import exercise
from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE
from widgets.model.strength_plan import HELP_SENTENCE, LEVELS, build_plan


def test_a_default_plan_has_eight_weeks_a_lighter_week_and_a_summary():
    plan = build_plan(3, 30)
    assert len(plan.weeks) == 8 and plan.sessions_per_week == 2
    assert [w.number for w in plan.weeks if w.deload] == [4]
    assert "2 strength sessions a week" in plan.summary and "Week 4" in plan.summary
    assert HELP_SENTENCE in plan.notes
    assert LEG_SYMPTOM_STOP_RULE in plan.notes  # every plan, whatever the back-pain status
    assert any("practical guidance" in note for note in plan.notes)


def test_the_plan_progresses_from_easier_to_harder_versions():
    plan = build_plan(3, 30)
    order = [LEVELS.index(w.main_level) for w in plan.weeks]
    assert order == sorted(order)
    assert plan.weeks[0].main_level == "easier"
    assert {i.level for i in plan.weeks[-1].items} & {"standard", "harder"}


def test_within_a_version_the_work_grows_and_the_lighter_week_has_fewer_sets():
    plan = build_plan(3, 30)
    week1, week2, week4 = plan.weeks[0], plan.weeks[1], plan.weeks[3]
    assert week2.work_units > week1.work_units
    assert all(i4.sets < i1.sets for i1, i4 in zip(week1.items, week4.items))
    for item1, item2 in zip(week1.items, week2.items):
        if item1.reps is not None:
            assert item2.reps > item1.reps
        elif item1.hold_seconds is not None:
            assert item2.hold_seconds > item1.hold_seconds


@pytest.mark.parametrize("back_pain", ["none", "mild", "recovering"])
def test_a_lighter_week_keeps_last_weeks_version_and_only_drops_the_work(back_pain):
    plan = build_plan(3, 30, back_pain=back_pain, weeks=12)
    lighter = [w for w in plan.weeks if w.deload]
    assert [w.number for w in lighter] == [4, 8]
    for week in lighter:
        before = plan.weeks[week.number - 2]
        assert [i.level for i in week.items] == [i.level for i in before.items], week.number
        assert all(i.sets < b.sets for i, b in zip(week.items, before.items)), week.number


def test_recovering_from_back_pain_starts_with_low_load_exercises_and_walking():
    plan = build_plan(2, 20, 3, "recovering")
    first = plan.weeks[0]
    assert all(exercise(i.exercise_id).load == "low" for i in first.items)
    assert all(i.level == "easier" for i in first.items)
    assert all(w.main_level != "harder" for w in plan.weeks)
    walks = [w.walk_minutes for w in plan.weeks if not w.deload]
    assert walks == sorted(walks) and walks[0] < walks[-1] and first.walk_days > 0
    assert "recovering" in " ".join(plan.notes)
    assert "Get help now" in HELP_SENTENCE


def test_no_back_pain_means_no_walking_programme():
    assert all(w.walk_minutes == 0 for w in build_plan(4, 40).weeks)


def test_equipment_decides_which_exercises_and_harder_versions_are_used():
    without = {i.exercise_id for i in build_plan(3, 60).weeks[0].items}
    with_step = {i.exercise_id for i in build_plan(3, 60, equipment=("step",)).weeks[0].items}
    assert "step_up" not in without and "step_up" in with_step
    plain = build_plan(3, 60, weeks=8).weeks[-1].items
    assert all(
        not (i.level == "harder" and exercise(i.exercise_id).harder_equipment) for i in plain
    )


def test_longer_sessions_hold_more_exercises():
    assert len(build_plan(3, 45).weeks[0].items) > len(build_plan(3, 15).weeks[0].items) >= 2


def test_every_preset_builds_and_draws():
    for inputs in PRESETS.values():
        plan = build_plan(**inputs)
        figure = plan_figure(plan)
        assert {t.type for t in figure.data} == {"bar"}
        assert plan_table_html(plan).count("<tr>") == 1 + len(plan.weeks)
    combined = preset_plans_figure()
    menu = combined.layout.updatemenus[0]
    assert [b.label for b in menu.buttons] == list(PRESETS)


BAD = {
    "zero minutes": ((3, 0), "more than 0"),
    "negative minutes": ((3, -10), "more than 0"),
    "too few minutes": ((3, 5), "at least 10 minutes"),
    "too many minutes": ((3, 500), "at most 120"),
    "more than 7 sessions": ((3, 30, 8), "only 7 days"),
    "no sessions": ((3, 30, 0), "at least 1"),
    "fractional sessions": ((3, 30, 2.5), "whole number"),
    "unknown back pain": ((3, 30, 2, "severe"), "none, mild, recovering"),
    "unknown equipment": ((3, 30, 2, "none", ("kettlebell",)), "kettlebell"),
    "equipment not a list": ((3, 30, 2, "none", 5), "list"),
    "runs as text": (("three", 30), "whole number"),
    "minutes as text": ((3, "30"), "must be a number"),
    "minutes not a number": ((3, math.nan), "must be a number"),
    "runs as a fraction": ((3.5, 30), "whole number"),
    "negative runs": ((-1, 30), "between 0 and 14"),
    "too many runs": ((20, 30), "between 0 and 14"),
    "runs as true": ((True, 30), "whole number"),
    "too few weeks": ((3, 30, 2, "none", (), 2), "between 4 and 16"),
    "weeks as text": ((3, 30, 2, "none", (), "eight"), "whole number"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises_a_readable_sentence(name):
    arguments, words = BAD[name]
    with pytest.raises(ValueError) as problem:
        build_plan(*arguments)
    message = str(problem.value)
    assert words in message
    assert message[0].isupper() and message.rstrip().endswith((".", ")"))
    assert "Traceback" not in message and "_" not in message.split(":")[0]


def test_the_live_view_shows_bad_input_as_a_message_and_recovers():
    view = StrengthPlanView()
    first = view.sentence.value
    view.controls["sessions_per_week"].value = 9
    assert "only 7 days" in view.message.value and 'role="alert"' in view.message.value
    view.controls["sessions_per_week"].value = 3
    assert view.message.value == "" and view.sentence.value != first
    assert "<table" in view.table.value
