"""Published numbers the course uses, each with its bibliography key.

Chapter prose and figures read these constants, so a number cannot drift
between the text and the code. Keys match ``book/references.bib``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Estimate:
    """A published value with its range and source.

    ``low`` and ``high`` are a 95 % interval where the source gives one, or the
    lowest and highest values reported across studies (``kind="range"``, which
    has no central ``value``: a spread of studies has no single best number).
    """

    value: float | None
    low: float
    high: float
    source: str
    unit: str = ""
    kind: str = "interval"

    def __post_init__(self):
        numbers = (self.low, self.high) if self.value is None else (self.value, self.low, self.high)
        if not all(isinstance(x, (int, float)) and math.isfinite(x) for x in numbers):
            raise ValueError(f"estimate from {self.source} needs finite numbers, got {numbers}")
        if self.value is None and self.kind != "range":
            raise ValueError(f"estimate from {self.source}: only a range may lack a central value")
        middle = self.low if self.value is None else self.value
        if not self.low <= middle <= self.high:
            raise ValueError(
                f"estimate from {self.source}: value {self.value} is outside {self.low}-{self.high}"
            )
        if not self.source:
            raise ValueError("every estimate needs a bibliography key")


# How common low back pain is -------------------------------------------------

# Systematic review of 19 studies of runners; the spread of values reported.
RUNNERS_LBP_PREVALENCE_PERCENT = Estimate(
    value=None, low=0.7, high=20.2, source="maselli2020", unit="%", kind="range"
)
RUNNERS_LBP_INCIDENCE_PERCENT = Estimate(
    value=None, low=0.3, high=22.0, source="maselli2020", unit="%", kind="range"
)
# 36 of 800 half and full marathon runners (questionnaire).
MARATHON_LBP_INCIDENCE_PERCENT = Estimate(
    value=4.50, low=4.50, high=4.50, source="wu2021", unit="%", kind="single study"
)
# Global Burden of Disease: age-standardised point prevalence.
GBD2017_POINT_PREVALENCE_PERCENT = Estimate(
    value=7.50, low=6.75, high=8.27, source="wu2020", unit="%"
)
GBD2010_POINT_PREVALENCE_PERCENT = Estimate(
    value=9.4, low=9.0, high=9.8, source="hoy2014", unit="%"
)
# People living with low back pain worldwide in 2020 (95 % uncertainty interval).
GBD2020_PEOPLE_MILLIONS = Estimate(value=619, low=554, high=694, source="ferreira2023", unit="million")
GBD2050_PEOPLE_MILLIONS = Estimate(value=843, low=759, high=933, source="ferreira2023", unit="million")
