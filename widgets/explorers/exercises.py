"""Interactives for the exercise chapters: demos, the gallery, cards and the plan builder."""

from __future__ import annotations

from widgets.figures.exercise_cards import ExerciseCards, merged_phases, phases_table
from widgets.figures.exercise_demo import (
    exercise_demo_figure,
    exercise_gallery_figure,
    gallery_ids,
)
from widgets.figures.strength_plan import (
    DEFAULT_PRESET,
    PRESETS,
    note_html,
    notes_html,
    plan_table_html,
    preset_plans,
    preset_plans_figure,
    versions_html,
)
from widgets.interactive import Interactive
from widgets.live.exercises import exercise_demo_live_view, strength_plan_live_view
from widgets.model.exercise_library import demo_exercise, easier_demo_ids, exercise
from widgets.model.exercises import VIEWS
from widgets.model.strength_plan import VERSIONS_TAIL
from widgets.render_mode import is_static_book

PLAYER_HELP = (
    "Press Play to watch one repetition and Pause to stop; the slider under the "
    "drawing moves through it picture by picture. Nothing moves until you press Play."
)
COLOURS_HELP = "The side nearer to you is blue, the far side is orange."
FRONT_COLOURS_HELP = (
    "Seen from the front, lying on one side, the top side is blue and the bottom side "
    "orange; a dot marks a forearm or foot that points towards you."
)


def _demo_alt(exercise_id: str) -> str:
    item = exercise(exercise_id)
    phases = ", then ".join(item.phase_label(p).lower() for p, _ in merged_phases(item))
    return (
        f"Animated stick figure of the {item.name.lower()}, {VIEWS[item.demo.view]}. "
        f"{item.demo.movement} Phases: start position, then {phases}. "
        f"{FRONT_COLOURS_HELP if item.demo.view == 'front' else COLOURS_HELP} {PLAYER_HELP}"
    )


def exercise_demo(exercise_id: str) -> Interactive:
    """Animate one exercise as a stick figure, with its phases as text.

    Parameters
    ----------
    exercise_id : str
        The exercise's id in the exercise library, for example ``"walking"``.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    item = exercise(exercise_id)
    return Interactive(
        name=f"exercise-demo-{exercise_id}",
        static_figure=lambda: exercise_demo_figure(exercise_id),
        live_view=lambda: exercise_demo_live_view(exercise_id),
        alt_text=_demo_alt(exercise_id),
        caption=(
            f"{item.name}, drawn from key poses (joint angles) with fixed limb lengths. The "
            "cue under the drawing changes with each phase. Technique is practical "
            f"guidance, not trial evidence. {item.source_text}."
        ),
        text_alternative=phases_table(item),
    )


def exercise_gallery() -> Interactive:
    """Show every exercise's demo in one figure, chosen from a drop-down.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    items = [exercise(i) for i in gallery_ids()]
    names = ", ".join(item.name.lower() for item in items)
    return Interactive(
        name="exercise-gallery",
        static_figure=exercise_gallery_figure,
        live_view=exercise_demo_live_view,
        alt_text=(
            f"Animated stick-figure demonstrations of {len(items)} exercises, one at a "
            f"time: {names}. A drop-down above the drawing chooses the exercise. "
            f"{PLAYER_HELP} {COLOURS_HELP} {FRONT_COLOURS_HELP} The text description lists "
            "every exercise's movement and phases."
        ),
        caption=(
            "Exercise demonstrations drawn from key poses (joint angles) with fixed limb "
            "lengths. Choose an exercise, then press Play. Technique and timing are "
            "practical guidance, not trial evidence; each card below gives the evidence."
        ),
        text_alternative="".join(phases_table(item) for item in items),
    )


EASIER_GALLERY_CAPTION = (
    "The easier versions the plans start with, drawn like the exercises above: the same "
    "body, with less load or a smaller movement. Choose one, then press Play."
)


def easier_versions_gallery() -> Interactive:
    """Show the easier version of each exercise a plan can start with, chosen from a drop-down.

    The plans start many exercises on an easier version; this draws each one,
    so a reader copies the version the plan gives, not the standard one.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    ids = easier_demo_ids()
    items = [demo_exercise(i) for i in ids]
    names = ", ".join(item.name.removesuffix(" (easier)").lower() for item in items)
    return Interactive(
        name="easier-versions-gallery",
        static_figure=lambda: exercise_gallery_figure(ids),
        live_view=lambda: exercise_demo_live_view(demo_ids=ids),
        alt_text=(
            f"Animated stick-figure demonstrations of the easier versions of {len(items)} "
            f"exercises, one at a time: {names}. A drop-down above the drawing chooses "
            f"the exercise. {PLAYER_HELP} {COLOURS_HELP} {FRONT_COLOURS_HELP} The text "
            "description lists every easier version's movement and phases."
        ),
        caption=EASIER_GALLERY_CAPTION,
        text_alternative="".join(phases_table(item) for item in items),
    )


def exercise_cards(exercise_ids=None) -> ExerciseCards:
    """Show cards for the exercises: set-up, cues, dose and evidence.

    Parameters
    ----------
    exercise_ids : Iterable[str] or None
        Ids from the exercise library, in the order to show them; ``None``
        shows every exercise.

    Returns
    -------
    ExerciseCards
        The same HTML in the book and in JupyterLab.
    """
    return ExerciseCards(exercise_ids)


def strength_plan_builder() -> Interactive:
    """Build an eight-week strength plan: three presets in the book, every input live.

    Returns
    -------
    Interactive
        Live ipywidgets in JupyterLab; in the book, the precomputed plotly
        figure with its caption and text alternative.
    """
    plans = preset_plans()
    tables = "".join(
        plan_table_html(plan, caption=f"{name}: {plan.summary}") + versions_html(plan)
        for name, plan in plans.items()
    )
    described = "; ".join(
        f"{name}: {inputs['runs_per_week']} runs and {inputs['sessions_per_week']} strength "
        f"sessions a week, {inputs['minutes_per_session']} minutes, back pain "
        f"{inputs['back_pain']}"
        for name, inputs in PRESETS.items()
    )
    return Interactive(
        name="strength-plan",
        static_figure=preset_plans_figure,
        live_view=strength_plan_live_view,
        alt_text=(
            "Bar chart of an eight-week strength plan: sets per week in the top panel, "
            "stacked by whether the exercises use their easier, standard or harder "
            "version, with the lighter week striped; walking minutes per day in the bottom "
            f"panel. Buttons choose one of three runners ({described}). The versions move "
            "up a few exercises at a time, the lighter week has fewer sets with the same "
            "versions, and a note gives how long each session takes."
        ),
        caption=(
            "Preset plans from this course's plan builder. The choice of exercises, doses "
            "and steps is practical guidance, not a trial result. In the notebook you can "
            f"build a plan from your own numbers. The first plan shown is {DEFAULT_PRESET}."
        ),
        text_alternative=tables,
    )


class PresetPlanTables:
    """The preset strength plans as printable HTML tables, each with its own notes."""

    def html(self) -> str:
        """Write every preset plan as a table with its own notes, then the notes all share.

        Returns
        -------
        str
            A ``<div>`` of tables and lists of notes.
        """
        plans = preset_plans()
        link = is_static_book()
        # Notes every plan shares are listed once, at the end; the note a plan's
        # list of versions hangs under stays with its plan.
        shared = [
            n
            for n in next(iter(plans.values())).notes
            if all(n in plan.notes for plan in plans.values()) and not n.endswith(VERSIONS_TAIL)
        ]
        parts = []
        for name, plan in plans.items():
            parts.append(plan_table_html(plan, caption=f"{name}: {plan.summary}"))
            own = [n for n in plan.notes if n not in shared]
            if own:
                items = notes_html(plan, own, link=link)
                parts.append(f'<ul class="course-plan-notes">{items}</ul>')
        listed = "".join(f"<li>{note_html(note, link=link)}</li>" for note in shared)
        return f'<div class="course-plan-tables">{"".join(parts)}<ul>{listed}</ul></div>'

    def _repr_html_(self) -> str:
        return self.html()


def strength_plan_tables() -> PresetPlanTables:
    """Show the preset strength plans as tables to print or copy.

    Returns
    -------
    PresetPlanTables
        Displays itself as HTML tables.
    """
    return PresetPlanTables()
