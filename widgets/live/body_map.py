"""Live view: the body map. Buttons or a click on a region select it."""

import ipywidgets

from widgets.figures.body_map import REGION_POLYGONS, body_map_figure
from widgets.live.view import LiveView
from widgets.model.body_regions import DEFAULT_REGION, describe, load_regions


def body_map_live_view() -> LiveView:
    """Choose a back region with buttons or a click; the highlight, panel and sentence follow.

    Returns
    -------
    LiveView
        The controls, the figure and the sentence, redrawn on every change.
    """
    region = ipywidgets.ToggleButtons(
        options=[(r.short, r.id) for r in load_regions()],
        value=DEFAULT_REGION,
        description="Region",
        style={"button_width": "auto"},
    )
    view = LiveView({"region": region}, body_map_figure, describe)
    # Clicking inside a region selects it too. The hover-point traces come after
    # the four fills and are updated in place, so the handlers stay attached.
    for offset, region_id in enumerate(REGION_POLYGONS):
        trace = view.figure.data[len(REGION_POLYGONS) + offset]
        trace.on_click(lambda *_args, region_id=region_id: setattr(region, "value", region_id))
    return view
