"""Interactive figures for the course *Running and Back Pain*.

Each interactive is one call in a notebook, for example ``prevalence_explorer()``.
It shows live ipywidgets controls in JupyterLab and a precomputed plotly figure,
with plotly's own buttons and sliders, in the built book (see ``interactive.py``).

Layers, from the bottom up:

* ``evidence`` and ``model/``: published numbers and pure calculations (numpy only);
* ``figures/``: builders that return ``plotly.graph_objects.Figure``;
* ``live/``: thin ipywidgets front ends for JupyterLab;
* ``explorers/``: the one-call interactives chapters use, and ``self_check``
  for a chapter's self-check questions;
* ``bookext/``: the Sphinx extension that puts plotly figures into the book.
"""

from widgets.explorers.body_map import body_map
from widgets.explorers.exercises import (
    exercise_cards, exercise_demo, exercise_gallery, strength_plan_builder, strength_plan_tables,
)
from widgets.explorers.myths import myth_check
from widgets.explorers.pain_monitor import pain_monitor_explorer, return_to_running_plans
from widgets.explorers.prevalence import prevalence_explorer
from widgets.explorers.prevention import prevention_explorer
from widgets.explorers.risk import risk_explorer
from widgets.explorers.self_check import self_check
from widgets.explorers.spine_loading import spine_loading_explorer
from widgets.explorers.warning_checker import warning_signs_checker
from widgets.explorers.warning_signs import warning_signs_box

__all__ = [
    "body_map", "exercise_cards", "exercise_demo", "exercise_gallery", "myth_check",
    "pain_monitor_explorer", "prevalence_explorer", "prevention_explorer",
    "return_to_running_plans", "risk_explorer", "self_check", "spine_loading_explorer",
    "strength_plan_builder", "strength_plan_tables", "warning_signs_box", "warning_signs_checker",
]
