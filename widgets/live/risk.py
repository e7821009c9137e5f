"""Live view: the mileage-risk explorer in JupyterLab.

Sliders for every input of ``widgets.model.risk.relative_injury_rate``, a
km/mi toggle, the figure and one sentence. Distances are shown in the chosen
unit and converted to km (``widgets.units``) before the model sees them.
"""

from __future__ import annotations

from functools import lru_cache

import ipywidgets

from widgets.figures.risk import risk_figure_from_result
from widgets.live.view import LiveView
from widgets.model.risk import relative_injury_rate
from widgets.model.risk_inputs import MAX_OTHER_SPORT_HOURS
from widgets.model.risk_wording import reading
from widgets.units import UNITS, from_km, to_km

# Slider ranges and starting values, in km.
DISTANCE_SLIDERS_KM = {
    "recent_weekly": ("Last month, average week", 30.0, 0.0, 200.0),
    "planned_weekly": ("Planned week", 30.0, 0.0, 200.0),
    "recent_longest": ("Longest run, last 30 days", 10.0, 0.0, 100.0),
    "planned_longest": ("Planned longest run", 15.0, 0.0, 100.0),
}
STEP = {"km": 0.1, "mi": 0.1}
_STYLE = {"description_width": "13em"}
_LAYOUT = {"width": "30em", "max_width": "100%"}


def _distance_slider(
    label: str, value_km: float, low_km: float, high_km: float, unit: str
) -> ipywidgets.FloatSlider:
    return ipywidgets.FloatSlider(
        value=round(from_km(value_km, unit), 1),
        min=from_km(low_km, unit),
        max=round(from_km(high_km, unit)),
        step=STEP[unit],
        description=f"{label} ({unit})",
        readout_format=".1f",
        continuous_update=False,
        style=_STYLE,
        layout=ipywidgets.Layout(**_LAYOUT),
    )


def _in_km(unit, recent_weekly, planned_weekly, recent_longest, planned_longest) -> tuple:
    return tuple(
        to_km(d, unit) for d in (recent_weekly, planned_weekly, recent_longest, planned_longest)
    )


@lru_cache(maxsize=8)
def _plan(
    unit,
    recent_weekly,
    planned_weekly,
    recent_longest,
    planned_longest,
    experience,
    previous_injury,
    other_sport_hours,
):
    """The model's result for the controls' values, computed once for figure and sentence."""
    distances = _in_km(unit, recent_weekly, planned_weekly, recent_longest, planned_longest)
    return relative_injury_rate(*distances, experience, previous_injury, other_sport_hours)


def build_figure(**controls):
    """Draw the risk figure for the controls' values.

    Parameters
    ----------
    **controls
        The live view's controls by name: ``unit`` ("km" or "mi"), the four
        distances in that unit (``recent_weekly``, ``planned_weekly``,
        ``recent_longest``, ``planned_longest``), ``experience``,
        ``previous_injury`` and ``other_sport_hours`` (hours a week).

    Returns
    -------
    plotly.graph_objects.Figure
        The step chart with the plan marked, distances in the chosen unit.
    """
    return risk_figure_from_result(_plan(**controls), controls["unit"])


def describe(**controls) -> str:
    """Read the result for the controls' values in one sentence.

    Parameters
    ----------
    **controls
        The live view's controls by name: ``unit`` ("km" or "mi"), the four
        distances in that unit (``recent_weekly``, ``planned_weekly``,
        ``recent_longest``, ``planned_longest``), ``experience``,
        ``previous_injury`` and ``other_sport_hours`` (hours a week).

    Returns
    -------
    str
        The relative injury rate of the plan and what it means.
    """
    return reading(_plan(**controls), controls["unit"])


class RiskLiveView(LiveView):
    """A ``LiveView`` whose distance sliders follow the km/mi toggle.

    Switching unit converts every distance slider (value, range, step and label)
    and then redraws once, so the plan itself does not change.

    Parameters
    ----------
    unit : str
        The unit the distance sliders start in: "km" or "mi".
    """

    def __init__(self, unit: str = "km"):
        controls = {
            "unit": ipywidgets.ToggleButtons(
                options=[("km", "km"), ("miles", "mi")],
                value=unit,
                description="Units",
                style={"button_width": "5em"},
            )
        }
        for name, (label, value_km, low_km, high_km) in DISTANCE_SLIDERS_KM.items():
            controls[name] = _distance_slider(label, value_km, low_km, high_km, unit)
        controls["experience"] = ipywidgets.ToggleButtons(
            options=[("Recreational", "recreational"), ("Novice", "novice")],
            value="recreational",
            description="Experience",
            style={"button_width": "7em"},
        )
        controls["previous_injury"] = ipywidgets.Checkbox(
            value=False, description="Running injury before", indent=False
        )
        controls["other_sport_hours"] = ipywidgets.FloatSlider(
            value=0.0,
            min=0.0,
            max=MAX_OTHER_SPORT_HOURS,
            step=0.5,
            description="Other sport (hours a week)",
            continuous_update=False,
            style=_STYLE,
            layout=ipywidgets.Layout(**_LAYOUT),
        )
        self._converting = False
        self._unit = unit
        super().__init__(
            controls,
            build_figure,
            describe,
            alt_text="Relative injury rate against the increase in longest run, "
            "with a 95 % interval band and your plan marked.",
        )

    def _convert_distances(self, old: str, new: str) -> None:
        self._converting = True
        try:
            for name, (label, _, low_km, high_km) in DISTANCE_SLIDERS_KM.items():
                slider = self.controls[name]
                value = from_km(to_km(slider.value, old), new)
                new_max = round(from_km(high_km, new))
                slider.max = max(slider.max, new_max)
                slider.step = STEP[new]
                slider.value = round(value, 1)
                slider.max = new_max
                slider.min = from_km(low_km, new)
                slider.description = f"{label} ({new})"
        finally:
            self._converting = False

    def _on_change(self, change) -> None:
        if self._converting:
            return
        if change.owner is self.controls["unit"]:
            old, self._unit = self._unit, change.new
            if old in UNITS and old != change.new:
                self._convert_distances(old, change.new)
        self.refresh()


def risk_live_view(unit: str = "km") -> RiskLiveView:
    """Show the live mileage-risk explorer with every input of the model.

    Parameters
    ----------
    unit : str
        The unit the distance sliders start in: "km" or "mi".

    Returns
    -------
    RiskLiveView
        Sliders, the figure and one sentence.
    """
    return RiskLiveView(unit)
