"""Print the physical checks of every exercise demo, frame by frame; asserts nothing.

The easier versions drawn as demos of their own (``step_up.easier``) come last.

For each demo: how far a held contact moves, how far a contact is from its
surface, how deep anything goes into the floor or a prop, the worst change of
a segment's length, the frames with nothing carrying the body, how far a
touching joint slides, how far a released contact travels before it is clear,
how close an arm comes to the head in a still picture, and how far the centre
of mass strays from what the body stands on. The tests hold these to their
limits (tests/test_demo_physics.py); this script shows the numbers.

    .venv/bin/python tests/bench/check_demos.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from widgets.figures.exercise_drawing import demo_geometry  # noqa: E402
from widgets.model import demo_checks  # noqa: E402
from widgets.model.exercise_library import (  # noqa: E402
    demo_exercise,
    easier_demo_ids,
    load_exercises,
)

COLUMNS = (
    ("frames", "frames", 1, "d"),
    ("held contact moves", "contact_drift", 100, ".2f"),
    ("contact off surface", "contact_gap", 100, ".2f"),
    ("into floor/prop", "penetration", 100, ".2f"),
    ("segment error mm", "segment_error", 1000, ".4f"),
    ("unsupported frames", "unsupported", 1, "d"),
    ("slides", "sliding", 100, ".2f"),
    ("release/landing travel", "lift_travel", 100, ".1f"),
    ("arm to head (still)", "head_clearance", 100, ".1f"),
    ("centre of mass outside", "balance", 100, ".1f"),
)


def main() -> None:
    print("Physical checks of every demo frame (cm unless stated)")
    header = ["exercise".ljust(26)] + [name for name, *_ in COLUMNS]
    print(" | ".join(header))
    every = [e.id for e in load_exercises()] + easier_demo_ids()
    for item in (demo_exercise(i) for i in every):
        frames = demo_geometry(item.id).frames
        result = demo_checks.check_demo(item.id, frames, item.demo.scene)
        still = [f for f in frames if f.key or f.phase < 0]
        result = result.__class__(
            **{**result.__dict__, "head_clearance": demo_checks.head_clearance(still)}
        )
        cells = [item.id.ljust(26)]
        for name, field, scale, fmt in COLUMNS:
            cells.append(format(getattr(result, field) * scale, fmt).rjust(len(name)))
        print(" | ".join(cells))


if __name__ == "__main__":
    main()
