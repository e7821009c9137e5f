"""Live view: how common back pain is in runners and in everyone."""

from widgets.figures.prevalence import prevalence_figure
from widgets.live.view import LiveView, view_switcher
from widgets.model.prevalence import DEFAULT_VIEW, VIEWS, describe


def prevalence_live_view() -> LiveView:
    """Choose what to compare with toggle buttons; the figure and sentence follow.

    Returns
    -------
    LiveView
        The controls, the figure and the sentence, redrawn on every change.
    """
    return view_switcher(VIEWS, DEFAULT_VIEW, prevalence_figure, describe)
