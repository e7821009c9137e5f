"""What an exercise of the course's library is: its dose, its demonstration, its words.

Each exercise says what it is for, how to set up, two to four coaching cues,
common mistakes, an easier and a harder version, a dose, the equipment it
needs, an honest evidence note in the course's wording scale with its sources,
and the key poses of its animated demonstration (``widgets.model.poses``).
The exercises themselves are data in ``widgets/data/exercises.json``, read and
checked by ``widgets.model.exercise_library``.

Set-up, cues, mistakes, versions and doses are practical guidance from clinics
and textbooks, not trial evidence (``technique_basis``). The evidence notes
use the wording scale of ``docs/evidence-policy.md`` and name their sources.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.data import sources_sentence
from widgets.model.animation import Frame, Phase, Scene, animate
from widgets.model.contacts import FLOOR, Contact
from widgets.model.evidence_wording import PHRASES

CATEGORIES = {
    "trunk": "Trunk",
    "hips": "Hips",
    "legs": "Legs",
    "mobility": "Warm-up",
    "walking": "Walking",
}
LOADS = ("low", "moderate")
EQUIPMENT = ("step", "dumbbells", "resistance band")
# What helps when an exercise needs no equipment.
MAT_NOTE = "a mat is comfortable"
WALL_NOTE = "a wall to rest your fingertips on"
WORDING = PHRASES  # the course's one scale, widgets.model.evidence_wording
VIEWS = {"side": "seen from the side", "front": "seen from the front"}
# Cautions every card carries: a bad flare, and the leg-symptom stop rule.
EVERY_CARD_CAUTIONS = ("severe_flare", "leg_symptoms")
TECHNIQUE_BASIS = "practical guidance"
# Props are boxes in metres. A chair's box is its seat (what a sitting figure
# touches); the drawing adds its back and legs behind and under it.
PROP_KINDS = ("step", "wall", "chair")
LEVELS = ("easier", "standard", "harder")
SWAP_LABEL = "Now swap sides"
SWAP_SECONDS = 1.0
MIN_CUES, MAX_CUES = 2, 4


# How a caution with no source is labelled on a card.
COURSE_GUIDANCE = "The course's practical advice, not a study's finding"
SIGNS_FROM = "The warning signs come from:"


@dataclass(frozen=True)
class Caution:
    """When to change or skip an exercise, with the sources behind it (none: practical guidance)."""

    key: str
    text: str
    sources: tuple[str, ...] = ()
    sign_sources: tuple[str, ...] = ()

    @property
    def source_text(self) -> str:
        """'Source: Brooke-Wavell 2022', or a label saying it is the course's own advice.

        A caution without a source must still say where it comes from, so a reader can
        weigh it: the course's practical guidance is not a study's finding. A caution
        that quotes warning signs from their data file names the signs' own sources, so
        the label never covers them.

        Returns
        -------
        str
            The caution's sources as one sentence, or ``COURSE_GUIDANCE``, then
            the warning signs' sources.
        """
        own = sources_sentence(self.sources) if self.sources else COURSE_GUIDANCE
        if not self.sign_sources:
            return own
        labels = sources_sentence(self.sign_sources).split(": ", 1)[1]
        return f"The stop rule: {own[0].lower()}{own[1:]}. {SIGNS_FROM} {labels}."


@dataclass(frozen=True)
class Dose:
    """How much to do: sets of reps, holds, or minutes, with rest between sets."""

    sets: int
    reps: int | None = None
    hold_seconds: float | None = None
    minutes: float | None = None
    per_side: bool = False
    rest_seconds: float = 0

    def text(self) -> str:
        """'3 sets of 6 per side, hold 8 s, rest 60 s' and the like.

        Returns
        -------
        str
            The dose in words, as an exercise card shows it.
        """
        side = " per side" if self.per_side else ""
        if self.minutes is not None:
            amount = f"{self.minutes:g} minutes"
        elif self.reps is not None:
            sets = "1 set" if self.sets == 1 else f"{self.sets} sets"
            amount = f"{sets} of {self.reps}{side}"
            if self.hold_seconds:
                amount += f", hold {self.hold_seconds:g} s each"
        else:
            amount = f"{self.sets} holds of {self.hold_seconds:g} s{side}"
        if self.rest_seconds:
            amount += f"; rest {self.rest_seconds:g} s between sets"
        return amount


@dataclass(frozen=True)
class Demo:
    """The animated demonstration: key poses with their contacts, phases, and props."""

    view: str
    movement: str
    start_cue: str
    poses: dict
    contacts: dict[str, tuple[Contact, ...]]
    start_pose: str
    phases: tuple[Phase, ...]
    props: tuple[dict, ...] = ()
    start_x: float = 0.0

    @property
    def scene(self) -> Scene:
        """The view, props and starting place the demo is drawn in.

        Returns
        -------
        Scene
            What ``animation.animate`` needs besides the poses.
        """
        return Scene(self.view, self.props, self.start_x)

    @property
    def repetition_seconds(self) -> float:
        """How long one repetition takes at the demo's tempo, holds at their real length.

        Returns
        -------
        float
            Seconds for the phases that count (not "Now swap sides").
        """
        return float(sum(phase.seconds for phase in self.phases if phase.counts))

    def frames(self, frame_seconds: float = 0.05, hold_demo_seconds: float = 1.0) -> list[Frame]:
        """Every frame of one repetition (see ``animation.animate``).

        Parameters
        ----------
        frame_seconds : float, optional
            Seconds between frames.
        hold_demo_seconds : float, optional
            The longest a hold lasts in the demo, in seconds.

        Returns
        -------
        list of Frame
            The start position, then every frame of every phase.
        """
        return animate(
            self.poses,
            self.contacts,
            self.start_pose,
            self.phases,
            self.scene,
            frame_seconds=frame_seconds,
            hold_demo_seconds=hold_demo_seconds,
            start_cue=self.start_cue,
        )


@dataclass(frozen=True)
class Exercise:
    """One exercise of the library."""

    id: str
    name: str
    category: str
    load: str
    purpose: str
    muscles: tuple[str, ...]
    setup: str
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    easier: str
    harder: str
    dose: Dose
    equipment: tuple[str, ...]
    harder_equipment: tuple[str, ...]
    evidence_strength: str
    evidence_note: str
    sources: tuple[str, ...]
    technique_basis: str
    demo: Demo
    cautions: tuple[Caution, ...] = ()
    easier_exercise: str | None = None
    harder_exercise: str | None = None
    plan_versions: tuple[tuple[str, str], ...] = ()
    easier_demo: Demo | None = None
    easier_drawn: str = ""

    @property
    def category_label(self) -> str:
        """The category as the gallery shows it, e.g. "Trunk" or "Warm-up".

        Returns
        -------
        str
            The label of ``category`` in ``CATEGORIES``.
        """
        return CATEGORIES[self.category]

    @property
    def equipment_text(self) -> str:
        """The card's equipment: what to get, or "none" and what helps.

        "none" is what a plan built "with no equipment" means, so every
        exercise without equipment says it, then, in brackets, a wall when
        the demo uses one, or a mat when the body rests on the floor (lying or
        kneeling), not when standing.

        Returns
        -------
        str
            For example "step", "none (a mat is comfortable)" or "none".
        """
        if self.equipment:
            return ", ".join(self.equipment)
        if any(prop["kind"] == "wall" for prop in self.demo.props):
            return f"none; just {WALL_NOTE}"
        held = self.demo.contacts[self.demo.start_pose]
        on_the_floor = any(
            surface == FLOOR and not joint.endswith(("heel", "toe")) for joint, surface in held
        )
        return f"none ({MAT_NOTE})" if on_the_floor else "none"

    @property
    def source_text(self) -> str:
        """The card's "Source: ..." line for the evidence note.

        Returns
        -------
        str
            The exercise's sources as one sentence, or that no study was found.
        """
        return sources_sentence(self.sources) if self.sources else "No studies found"

    def phase_label(self, phase: Phase) -> str:
        """'Hold 8 s' for a hold (the real time, even when the demo shortens it).

        Parameters
        ----------
        phase : Phase
            One phase of this exercise's demo.

        Returns
        -------
        str
            The phase's label, with its seconds for a hold.
        """
        if phase.moves or not phase.counts:
            return phase.label
        return f"{phase.label} {phase.seconds:g} s"

    def version(self, level: str) -> str:
        """What to do at one level: the easier version, the set-up, or the harder version.

        Parameters
        ----------
        level : str
            One of ``LEVELS``.

        Returns
        -------
        str
            The card's text for that version.
        """
        if level not in LEVELS:
            raise ValueError(f"The level must be one of {', '.join(LEVELS)}, not {level!r}.")
        return {"easier": self.easier, "standard": self.setup, "harder": self.harder}[level]

    def plan_version(self, level: str) -> str:
        """What a strength plan asks for at one level: one version, where the card offers a choice.

        Parameters
        ----------
        level : str
            One of ``LEVELS``.

        Returns
        -------
        str
            The plan's version, or the card's text when it offers no choice.
        """
        return dict(self.plan_versions).get(level) or self.version(level)

    def linked(self, level: str) -> str | None:
        """The library exercise that this level is, if it is one ("harder": single-leg bridge).

        Parameters
        ----------
        level : str
            One of ``LEVELS``.

        Returns
        -------
        str or None
            Its id, or None when the version is this exercise done another way.
        """
        return {"easier": self.easier_exercise, "harder": self.harder_exercise}.get(level)
