"""Live view: what running does to the spine."""

import ipywidgets

from widgets.figures.spine_loading import spine_loading_figure
from widgets.live.view import LiveView
from widgets.model.spine_loading import DEFAULT_VIEW, VIEWS, describe


def spine_loading_live_view() -> LiveView:
    """Toggle buttons choose the measurement; the figure and sentence follow."""
    view = ipywidgets.ToggleButtons(
        options=[(label, key) for key, label in VIEWS.items()],
        value=DEFAULT_VIEW,
        description="Show",
        style={"button_width": "auto"},
    )
    return LiveView({"view": view}, spine_loading_figure, describe)
