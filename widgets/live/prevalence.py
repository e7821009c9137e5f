"""Live view: how common back pain is in runners and in everyone."""

import ipywidgets

from widgets.figures.prevalence import prevalence_figure
from widgets.live.view import LiveView
from widgets.model.prevalence import DEFAULT_VIEW, VIEWS, describe


def prevalence_live_view() -> LiveView:
    """Toggle buttons choose the view; the figure and sentence follow."""
    view = ipywidgets.ToggleButtons(
        options=[(label, key) for key, label in VIEWS.items()],
        value=DEFAULT_VIEW,
        description="Show",
        style={"button_width": "auto"},
    )
    return LiveView({"view": view}, prevalence_figure, describe)
