"""Live view: what running does to the spine."""

from widgets.figures.spine_loading import spine_loading_figure
from widgets.live.view import LiveView, view_switcher
from widgets.model.spine_loading import DEFAULT_VIEW, VIEWS, describe


def spine_loading_live_view() -> LiveView:
    """Choose the measurement with toggle buttons; the figure and sentence follow.

    Returns
    -------
    LiveView
        The controls, the figure and the sentence, redrawn on every change.
    """
    return view_switcher(VIEWS, DEFAULT_VIEW, spine_loading_figure, describe)
