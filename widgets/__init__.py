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

The interactives are imported when first used (``from widgets import
risk_explorer``), so tools that need no figures, such as the command line
``python -m widgets.training_log``, start without loading plotly.
"""

from importlib import import_module

# Public name -> the module that defines it.
_EXPORTS = {
    "body_map": "widgets.explorers.body_map",
    "exercise_cards": "widgets.explorers.exercises",
    "exercise_demo": "widgets.explorers.exercises",
    "easier_versions_gallery": "widgets.explorers.exercises",
    "exercise_gallery": "widgets.explorers.exercises",
    "leg_symptoms_box": "widgets.explorers.leg_symptoms",
    "long_run_check": "widgets.explorers.long_run_check",
    "myth_check": "widgets.explorers.myths",
    "pain_monitor_explorer": "widgets.explorers.pain_monitor",
    "prevalence_explorer": "widgets.explorers.prevalence",
    "prevention_explorer": "widgets.explorers.prevention",
    "return_to_running_plans": "widgets.explorers.pain_monitor",
    "risk_explorer": "widgets.explorers.risk",
    "run_tomorrow": "widgets.explorers.run_tomorrow",
    "self_check": "widgets.explorers.self_check",
    "spine_loading_explorer": "widgets.explorers.spine_loading",
    "strength_plan_builder": "widgets.explorers.exercises",
    "strength_plan_tables": "widgets.explorers.exercises",
    "check_your_files": "widgets.explorers.training_log_browser",
    "training_log_explorer": "widgets.explorers.training_log",
    "training_log_summary": "widgets.explorers.training_log",
    "warning_signs_box": "widgets.explorers.warning_signs",
    "warning_signs_checker": "widgets.explorers.warning_signs",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'widgets' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_EXPORTS))
