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
from widgets.model.evidence_wording import PHRASES
from widgets.model.poses import Frame, Phase, animate

CATEGORIES = {
    "trunk": "Trunk",
    "hips": "Hips",
    "legs": "Legs",
    "mobility": "Warm-up",
    "walking": "Walking",
}
LOADS = ("low", "moderate")
EQUIPMENT = ("step", "dumbbells", "resistance band")
WORDING = PHRASES  # the course's one scale, widgets.model.evidence_wording
VIEWS = {"side": "seen from the side", "front": "seen from the front"}
TECHNIQUE_BASIS = "practical guidance"
PROP_KINDS = ("step",)
MIN_CUES, MAX_CUES = 2, 4


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
    """The animated demonstration: key poses, phases, and how it meets the floor."""

    view: str
    anchor: str
    movement: str
    start_cue: str
    poses: dict
    start_pose: str
    phases: tuple[Phase, ...]
    anchor_y: float | None = None
    props: tuple[dict, ...] = ()

    def frames(self, frame_seconds: float = 0.04, hold_demo_seconds: float = 1.2) -> list[Frame]:
        """Every frame of one repetition (see ``poses.animate``).

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
            self.start_pose,
            self.phases,
            self.anchor,
            frame_seconds=frame_seconds,
            hold_frame_seconds=frame_seconds,
            hold_demo_seconds=hold_demo_seconds,
            start_cue=self.start_cue,
            anchor_y=self.anchor_y,
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
    def source_text(self) -> str:
        """The card's "Source: ..." line for the evidence note.

        Returns
        -------
        str
            The exercise's sources as one sentence.
        """
        return sources_sentence(self.sources)

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
        if phase.moves:
            return phase.label
        return f"{phase.label} {phase.seconds:g} s"
