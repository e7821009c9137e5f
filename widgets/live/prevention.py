"""Live view: the prevention evidence, one outcome at a time."""

from widgets.figures.prevention import TITLES, prevention_figure
from widgets.live.view import view_switcher
from widgets.model.prevention import DEFAULT_VIEW, VIEWS


def prevention_live_view():
    """Choose the outcome (back pain or sports injuries); the figure and its title follow.

    Returns
    -------
    LiveView
        The controls, the figure and the sentence, redrawn on every change.
    """
    return view_switcher(
        VIEWS,
        DEFAULT_VIEW,
        lambda view: prevention_figure(view),
        lambda view: TITLES[view] + ".",
        label="Outcome",
    )
