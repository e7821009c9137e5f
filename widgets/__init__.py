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
from widgets.explorers.myths import myth_check
from widgets.explorers.prevalence import prevalence_explorer
from widgets.explorers.risk import risk_explorer
from widgets.explorers.self_check import self_check
from widgets.explorers.spine_loading import spine_loading_explorer
from widgets.explorers.warning_signs import warning_signs_box

__all__ = ["body_map", "myth_check", "prevalence_explorer", "risk_explorer", "self_check",
           "spine_loading_explorer", "warning_signs_box"]
