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


# Self-care and when to see a doctor; Running with back pain ---------------------

# NSAIDs against placebo for acute low back pain, pain on a 0-100 scale at up to
# 3 weeks (4 trials, 815 people); the review's smallest important difference is 10.
NSAID_PAIN_REDUCTION_POINTS = Estimate(
    value=7.29, low=3.61, high=10.98, source="vandergaag2020", unit="points out of 100")
NSAID_IMPORTANT_DIFFERENCE_POINTS = Estimate(
    value=10, low=10, high=10, source="vandergaag2020", unit="points out of 100",
    kind="threshold")
NSAID_PAIN_TRIALS = Estimate(value=4, low=4, high=4, source="vandergaag2020", unit="trials",
                             kind="count")
NSAID_PAIN_PEOPLE = Estimate(value=815, low=815, high=815, source="vandergaag2020",
                             unit="people", kind="count")
# PACE trial: median days to recovery, by group (1652 people).
PACE_PEOPLE = Estimate(value=1652, low=1652, high=1652, source="williams2014", unit="people",
                       kind="count")
PACE_REGULAR_PARACETAMOL_DAYS = Estimate(value=17, low=14, high=19, source="williams2014",
                                         unit="days")
PACE_AS_NEEDED_PARACETAMOL_DAYS = Estimate(value=17, low=15, high=20, source="williams2014",
                                           unit="days")
PACE_PLACEBO_DAYS = Estimate(value=16, low=14, high=20, source="williams2014", unit="days")
# Ibuprofen during an 80 km (50-mile) ultramarathon stage: share with acute kidney
# injury at the finish, 89 runners randomised.
LIPMAN_RUNNERS = Estimate(value=89, low=89, high=89, source="lipman2017", unit="runners",
                          kind="count")
LIPMAN_RACE_KM = Estimate(value=80, low=80, high=80, source="lipman2017", unit="km",
                          kind="study design")
LIPMAN_RACE_MILES = Estimate(value=50, low=50, high=50, source="lipman2017", unit="miles",
                             kind="study design")
LIPMAN_IBUPROFEN_KIDNEY_INJURY_PERCENT = Estimate(
    value=52, low=52, high=52, source="lipman2017", unit="%", kind="single study")
LIPMAN_PLACEBO_KIDNEY_INJURY_PERCENT = Estimate(
    value=34, low=34, high=34, source="lipman2017", unit="%", kind="single study")
# Imaging findings in people without back pain, at age 20 and at age 80.
NO_PAIN_DISC_DEGENERATION_AGE20_PERCENT = Estimate(
    value=37, low=37, high=37, source="brinjikji2015", unit="%", kind="pooled")
NO_PAIN_DISC_DEGENERATION_AGE80_PERCENT = Estimate(
    value=96, low=96, high=96, source="brinjikji2015", unit="%", kind="pooled")
NO_PAIN_DISC_BULGE_AGE20_PERCENT = Estimate(
    value=30, low=30, high=30, source="brinjikji2015", unit="%", kind="pooled")
NO_PAIN_DISC_BULGE_AGE80_PERCENT = Estimate(
    value=84, low=84, high=84, source="brinjikji2015", unit="%", kind="pooled")
# Natural course of acute low back pain: mean pain (0-100) at the start, 6, 26 and
# 52 weeks (33 cohorts).
ACUTE_PAIN_COHORTS = Estimate(value=33, low=33, high=33, source="menezescosta2012",
                              unit="cohorts", kind="count")
ACUTE_PAIN_START = Estimate(value=52, low=52, high=52, source="menezescosta2012",
                            unit="points out of 100", kind="pooled")
ACUTE_PAIN_6_WEEKS = Estimate(value=23, low=23, high=23, source="menezescosta2012",
                              unit="points out of 100", kind="pooled")
ACUTE_PAIN_26_WEEKS = Estimate(value=12, low=12, high=12, source="menezescosta2012",
                               unit="points out of 100", kind="pooled")
ACUTE_PAIN_52_WEEKS = Estimate(value=6, low=6, high=6, source="menezescosta2012",
                               unit="points out of 100", kind="pooled")
# Primary care in Australia: median days to recovery; share recovered at 12 months.
HENSCHKE_MEDIAN_RECOVERY_DAYS = Estimate(value=58, low=58, high=58, source="henschke2008",
                                         unit="days", kind="single study")
HENSCHKE_RECOVERED_AT_1_YEAR_PERCENT = Estimate(value=72, low=72, high=72,
                                                source="henschke2008", unit="%",
                                                kind="single study")
# Recurrence within 12 months of recovering.
RECURRENCE_1_YEAR_PERCENT = Estimate(value=69, low=62, high=74, source="dasilva2019", unit="%")
# WalkBack: walking and education after recovery; activity-limiting recurrence.
WALKBACK_PEOPLE = Estimate(value=701, low=701, high=701, source="pocovi2024", unit="people",
                           kind="count")
WALKBACK_RECURRENCE_HR = Estimate(value=0.72, low=0.60, high=0.85, source="pocovi2024",
                                  unit="hazard ratio")
WALKBACK_MEDIAN_DAYS_WALKING = Estimate(value=208, low=208, high=208, source="pocovi2024",
                                        unit="days", kind="single study")
WALKBACK_MEDIAN_DAYS_CONTROL = Estimate(value=112, low=112, high=112, source="pocovi2024",
                                        unit="days", kind="single study")
# Exercise therapy for chronic low back pain, pain on a 0-100 scale.
EXERCISE_PAIN_REDUCTION_POINTS = Estimate(value=15, low=12, high=18, source="hayden2021",
                                          unit="points out of 100")
# The pain-monitoring model (Achilles tendon pain, 38 people randomised).
PAIN_MONITOR_TRIAL_PEOPLE = Estimate(value=38, low=38, high=38, source="silbernagel2007",
                                     unit="people", kind="count")
PAIN_MONITOR_LIMIT = Estimate(value=5, low=5, high=5, source="silbernagel2007",
                              unit="out of 10", kind="threshold")
# Other sport and running injuries (per extra hour a week); cycling and back pain.
OTHER_SPORT_HOUR_HR = Estimate(value=0.848, low=0.732, high=0.982, source="malisoux2015",
                               unit="hazard ratio")
CYCLISTS_LBP_PREVALENCE_PERCENT = Estimate(value=None, low=10, high=60, source="marsden2010",
                                           unit="%", kind="range")
# Physical activity and low back pain (cohorts): medium and highest vs lowest activity.
MEDIUM_ACTIVITY_LBP_RR = Estimate(value=0.90, low=0.85, high=0.96, source="alzahrani2019",
                                  unit="risk ratio")
HIGHEST_ACTIVITY_LBP_RR = Estimate(value=1.00, low=0.92, high=1.08, source="alzahrani2019",
                                   unit="risk ratio")
