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


# Chapters "Preventing back pain" and "Exercises for runners' backs" ------------

# Lauersen 2014: 25 randomised trials of exercise to prevent sports injuries
# (mostly not runners, not back-specific); relative risk of injury.
LAUERSEN_TRIALS = Estimate(25, 25, 25, source="lauersen2014", unit="trials", kind="count")
LAUERSEN_STRENGTH_RR = Estimate(0.315, 0.207, 0.480, source="lauersen2014", unit="relative risk")
LAUERSEN_PROPRIOCEPTION_RR = Estimate(0.550, 0.347, 0.869, source="lauersen2014",
                                      unit="relative risk")
LAUERSEN_STRETCHING_RR = Estimate(0.963, 0.846, 1.095, source="lauersen2014", unit="relative risk")
# Steffens 2016: 21 trials of preventing an episode of low back pain.
STEFFENS_TRIALS = Estimate(21, 21, 21, source="steffens2016", unit="trials", kind="count")
STEFFENS_EXERCISE_EDUCATION_RR = Estimate(0.55, 0.41, 0.74, source="steffens2016",
                                          unit="relative risk")
STEFFENS_EXERCISE_ALONE_RR = Estimate(0.65, 0.50, 0.86, source="steffens2016", unit="relative risk")
STEFFENS_EDUCATION_ALONE_RR = Estimate(1.03, 0.83, 1.27, source="steffens2016",
                                       unit="relative risk")
# WalkBack (Pocovi 2024): 701 adults recently recovered from low back pain;
# walking and education vs no treatment. Hazard ratio for an activity-limiting
# recurrence; median days to recurrence; the programme's walking goal.
WALKBACK_PEOPLE = Estimate(701, 701, 701, source="pocovi2024", unit="people", kind="count")
WALKBACK_RECURRENCE_HR = Estimate(0.72, 0.60, 0.85, source="pocovi2024", unit="hazard ratio")
WALKBACK_MEDIAN_DAYS_WALKING = Estimate(208, 208, 208, source="pocovi2024", unit="days",
                                        kind="median")
WALKBACK_MEDIAN_DAYS_CONTROL = Estimate(112, 112, 112, source="pocovi2024", unit="days",
                                        kind="median")
WALKBACK_GOAL_MINUTES = Estimate(30, 30, 30, source="pocovi2024", unit="minutes", kind="target")
WALKBACK_GOAL_DAYS_PER_WEEK = Estimate(5, 5, 5, source="pocovi2024", unit="days a week",
                                       kind="target")
# Sahar (Cochrane): insoles in 3 prevention trials of military recruits.
INSOLES_TRIALS = Estimate(3, 3, 3, source="sahar2007", unit="trials", kind="count")
INSOLES_PREVENTION_RR = Estimate(0.73, 0.43, 1.22, source="sahar2007", unit="relative risk")
# Malisoux 2015: each extra hour a week of other sports (injuries mostly of the legs).
OTHER_SPORT_HR_PER_HOUR = Estimate(0.848, 0.732, 0.982, source="malisoux2015", unit="hazard ratio")
# Alzahrani 2019: physical activity and low back pain in cohort studies.
ACTIVITY_MEDIUM_VS_LOW_RR = Estimate(0.90, 0.85, 0.96, source="alzahrani2019", unit="relative risk")
ACTIVITY_HIGH_VS_LOW_RR = Estimate(1.00, 0.92, 1.08, source="alzahrani2019", unit="relative risk")
# Wu 2021: questionnaire of 800 marathon runners; odds ratios of low back pain.
WARM_UP_INSUFFICIENT_OR = Estimate(2.617, 2.617, 2.617, source="wu2021", unit="odds ratio",
                                   kind="single study")
POOR_GAIT_POSTURE_OR = Estimate(2.273, 2.273, 2.273, source="wu2021", unit="odds ratio",
                                kind="single study")
# Marsden & Schwellnus 2010: point prevalence of low back pain in cyclists.
CYCLISTS_LBP_PERCENT = Estimate(None, 10, 60, source="marsden2010", unit="%", kind="range")
# Belavý 2017: hours of sitting on weekdays, no-sport group vs runners.
SITTING_HOURS_NO_SPORT = Estimate(9.7, 9.7, 9.7, source="belavy2017", unit="hours", kind="mean")
SITTING_HOURS_RUNNERS = Estimate(None, 6.3, 6.4, source="belavy2017", unit="hours", kind="range")
# Hayden 2021 (Cochrane, 249 trials): exercise vs no treatment for chronic low
# back pain, points on a 0-100 scale at about 3 months.
HAYDEN_TRIALS = Estimate(249, 249, 249, source="hayden2021", unit="trials", kind="count")
EXERCISE_PAIN_POINTS = Estimate(15, 12, 18, source="hayden2021", unit="points of 100")
EXERCISE_FUNCTION_POINTS = Estimate(7, 5, 8, source="hayden2021", unit="points of 100")
# Owen 2020: network meta-analysis of exercise types for low back pain.
OWEN_TRIALS = Estimate(89, 89, 89, source="owen2020", unit="trials", kind="count")
# Axler & McGill 1997: 9 healthy volunteers, 12 abdominal exercises in a lab.
AXLER_PEOPLE = Estimate(9, 9, 9, source="axler1997", unit="people", kind="count")
AXLER_EXERCISES = Estimate(12, 12, 12, source="axler1997", unit="exercises", kind="count")
# Fukuda 2021: 70 patients; Santamaria 2023: 7 studies of hip strengthening.
FUKUDA_PATIENTS = Estimate(70, 70, 70, source="fukuda2021", unit="people", kind="count")
SANTAMARIA_STUDIES = Estimate(7, 7, 7, source="santamaria2023", unit="studies", kind="count")
# Pain-monitoring rule of thumb (tested in Achilles tendon pain, not back pain).
PAIN_MONITORING_MAX_SCORE = Estimate(5, 5, 5, source="silbernagel2015", unit="out of 10",
                                     kind="rule of thumb")
