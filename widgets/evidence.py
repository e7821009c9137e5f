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

    def __post_init__(self) -> None:
        """Refuse an estimate that could not be right: no source, or a value outside its range."""
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


def reported(value: float, source: str, unit: str = "") -> Estimate:
    """A single number a study reported as it stands: a count, an age, a share.

    Parameters
    ----------
    value : float
        The number as the study gives it.
    source : str
        Its bibliography key in ``book/references.bib``.
    unit : str, optional
        Its unit, for example "people" or "%".

    Returns
    -------
    Estimate
        An estimate whose low and high equal ``value`` (``kind="reported"``).
    """
    return Estimate(value, value, value, source=source, unit=unit, kind="reported")


def spread(low: float, high: float, source: str, unit: str = "") -> Estimate:
    """The lowest and highest values reported, with no central value.

    Parameters
    ----------
    low, high : float
        The lowest and highest values the studies reported.
    source : str
        The bibliography key of the review that collected them.
    unit : str, optional
        Their unit, for example "%".

    Returns
    -------
    Estimate
        A range (``kind="range"``) with ``value`` None.
    """
    return Estimate(None, low, high, source=source, unit=unit, kind="range")


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
GBD2020_PEOPLE_MILLIONS = Estimate(
    value=619, low=554, high=694, source="ferreira2023", unit="million"
)
GBD2050_PEOPLE_MILLIONS = Estimate(
    value=843, low=759, high=933, source="ferreira2023", unit="million"
)


# Self-care and when to see a doctor; Running with back pain ---------------------

# NSAIDs against placebo for acute low back pain, pain on a 0-100 scale at up to
# 3 weeks (4 trials, 815 people); the review's smallest important difference is 10.
NSAID_PAIN_REDUCTION_POINTS = Estimate(
    value=7.29, low=3.61, high=10.98, source="vandergaag2020", unit="points out of 100"
)
NSAID_IMPORTANT_DIFFERENCE_POINTS = Estimate(
    value=10, low=10, high=10, source="vandergaag2020", unit="points out of 100", kind="threshold"
)
NSAID_PAIN_TRIALS = Estimate(
    value=4, low=4, high=4, source="vandergaag2020", unit="trials", kind="count"
)
NSAID_PAIN_PEOPLE = Estimate(
    value=815, low=815, high=815, source="vandergaag2020", unit="people", kind="count"
)
# PACE trial: median days to recovery, by group (1652 people).
PACE_PEOPLE = Estimate(
    value=1652, low=1652, high=1652, source="williams2014", unit="people", kind="count"
)
PACE_REGULAR_PARACETAMOL_DAYS = Estimate(
    value=17, low=14, high=19, source="williams2014", unit="days"
)
PACE_AS_NEEDED_PARACETAMOL_DAYS = Estimate(
    value=17, low=15, high=20, source="williams2014", unit="days"
)
PACE_PLACEBO_DAYS = Estimate(value=16, low=14, high=20, source="williams2014", unit="days")
# Ibuprofen during an 80 km (50-mile) ultramarathon stage: share with acute kidney
# injury at the finish, 89 runners randomised.
LIPMAN_RUNNERS = Estimate(
    value=89, low=89, high=89, source="lipman2017", unit="runners", kind="count"
)
LIPMAN_RACE_KM = Estimate(
    value=80, low=80, high=80, source="lipman2017", unit="km", kind="study design"
)
LIPMAN_RACE_MILES = Estimate(
    value=50, low=50, high=50, source="lipman2017", unit="miles", kind="study design"
)
LIPMAN_IBUPROFEN_KIDNEY_INJURY_PERCENT = Estimate(
    value=52, low=52, high=52, source="lipman2017", unit="%", kind="single study"
)
LIPMAN_PLACEBO_KIDNEY_INJURY_PERCENT = Estimate(
    value=34, low=34, high=34, source="lipman2017", unit="%", kind="single study"
)
# Imaging findings in people without back pain, at age 20 and at age 80.
NO_PAIN_DISC_DEGENERATION_AGE20_PERCENT = Estimate(
    value=37, low=37, high=37, source="brinjikji2015", unit="%", kind="pooled"
)
NO_PAIN_DISC_DEGENERATION_AGE80_PERCENT = Estimate(
    value=96, low=96, high=96, source="brinjikji2015", unit="%", kind="pooled"
)
NO_PAIN_DISC_BULGE_AGE20_PERCENT = Estimate(
    value=30, low=30, high=30, source="brinjikji2015", unit="%", kind="pooled"
)
NO_PAIN_DISC_BULGE_AGE80_PERCENT = Estimate(
    value=84, low=84, high=84, source="brinjikji2015", unit="%", kind="pooled"
)
# Natural course of acute low back pain: mean pain (0-100) at the start, 6, 26 and
# 52 weeks (33 cohorts).
ACUTE_PAIN_COHORTS = Estimate(
    value=33, low=33, high=33, source="menezescosta2012", unit="cohorts", kind="count"
)
ACUTE_PAIN_START = Estimate(
    value=52, low=52, high=52, source="menezescosta2012", unit="points out of 100", kind="pooled"
)
ACUTE_PAIN_6_WEEKS = Estimate(
    value=23, low=23, high=23, source="menezescosta2012", unit="points out of 100", kind="pooled"
)
ACUTE_PAIN_26_WEEKS = Estimate(
    value=12, low=12, high=12, source="menezescosta2012", unit="points out of 100", kind="pooled"
)
ACUTE_PAIN_52_WEEKS = Estimate(
    value=6, low=6, high=6, source="menezescosta2012", unit="points out of 100", kind="pooled"
)
# Primary care in Australia: median days to recovery; share recovered at 12 months.
HENSCHKE_MEDIAN_RECOVERY_DAYS = Estimate(
    value=58, low=58, high=58, source="henschke2008", unit="days", kind="single study"
)
HENSCHKE_RECOVERED_AT_1_YEAR_PERCENT = Estimate(
    value=72, low=72, high=72, source="henschke2008", unit="%", kind="single study"
)
# Recurrence within 12 months of recovering.
# WalkBack: walking and education after recovery; activity-limiting recurrence.
WALKBACK_PEOPLE = Estimate(
    value=701, low=701, high=701, source="pocovi2024", unit="people", kind="count"
)
WALKBACK_RECURRENCE_HR = Estimate(
    value=0.72, low=0.60, high=0.85, source="pocovi2024", unit="hazard ratio"
)
# Exercise therapy for chronic low back pain, pain on a 0-100 scale.
EXERCISE_PAIN_REDUCTION_POINTS = Estimate(
    value=15, low=12, high=18, source="hayden2021", unit="points out of 100"
)
# The pain-monitoring model (Achilles tendon pain, 38 people randomised).
PAIN_MONITOR_TRIAL_PEOPLE = Estimate(
    value=38, low=38, high=38, source="silbernagel2007", unit="people", kind="count"
)
# The model's limits, as clinical summaries describe them (the original
# thresholds were not read). One source key for both: the trial that used them.
# Pain up to 5/10 during activity is "acceptable"; 0 to 2 is its "safe" zone.
PAIN_MONITOR_LIMIT = Estimate(
    value=5, low=5, high=5, source="silbernagel2007", unit="out of 10", kind="threshold"
)
PAIN_MONITOR_SAFE_ZONE = Estimate(
    value=2, low=2, high=2, source="silbernagel2007", unit="points out of 10", kind="threshold"
)
# Other sport and running injuries (per extra hour a week); cycling and back pain.
CYCLISTS_LBP_PREVALENCE_PERCENT = Estimate(
    value=None, low=10, high=60, source="marsden2010", unit="%", kind="range"
)
# Physical activity and low back pain (cohorts): medium and highest vs lowest activity.

# What running does to the spine (chapter: why runners get back pain) ----------

# Cavanagh & Lafortune 1980: 17 runners at 4.5 m/s (about 16 km/h); the mean
# peak-to-peak up-and-down ground reaction force was about 3 body weights (BW).
# Up and down, the force falls to zero while both feet are off the ground, so
# this is also its peak. Clark 2014: the force "can exceed body weight by a
# factor of two or more".
RUNNING_VERTICAL_FORCE_BW = Estimate(3.0, 3.0, 3.0, source="cavanagh1980", unit="BW", kind="about")
RUNNING_VERTICAL_FORCE_LOW_BW = Estimate(
    2.0, 2.0, 2.0, source="clark2014", unit="BW", kind="at least"
)
CAVANAGH_SPEED_M_PER_S = 4.5
CAVANAGH_SPEED_KM_PER_H = 16

# Garbutt 1990: 14 male marathon runners, 30 min at each pace; loss of stature
# (spinal shrinkage) in mm, mean and the spread reported (±).
SHRINKAGE_MM_BY_PACE = {
    70: Estimate(
        3.37, 3.37 - 2.38, 3.37 + 2.38, source="garbutt1990", unit="mm", kind="mean ± spread"
    ),
    85: Estimate(
        5.10, 5.10 - 1.90, 5.10 + 1.90, source="garbutt1990", unit="mm", kind="mean ± spread"
    ),
    100: Estimate(
        7.69, 7.69 - 3.69, 7.69 + 3.69, source="garbutt1990", unit="mm", kind="mean ± spread"
    ),
}
SHRINKAGE_FIRST_15_MIN_MM = reported(3.26, "garbutt1990", "mm")
SHRINKAGE_SECOND_15_MIN_MM = reported(2.12, "garbutt1990", "mm")
GARBUTT_PACE_PERCENT = spread(70, 100, "garbutt1990", "% of marathon pace (70, 85, 100)")

# Kingsley 2012: MRI of 8 young adults before and after 30 min of moderate running.
DISC_HEIGHT_LOSS_PERCENT = Estimate(
    6.3, 6.3 - 0.9, 6.3 + 0.9, source="kingsley2012", unit="%", kind="mean ± spread"
)
DISC_VOLUME_LOSS_PERCENT = Estimate(
    6.9, 6.9 - 1.0, 6.9 + 1.0, source="kingsley2012", unit="%", kind="mean ± spread"
)
CAVANAGH_RUNNERS = reported(17, "cavanagh1980", "runners")
GARBUTT_RUNNERS = reported(14, "garbutt1990", "marathon runners")
GARBUTT_RUN_MINUTES = reported(30, "garbutt1990", "minutes at each pace")
GARBUTT_HALF_RUN_MINUTES = reported(15, "garbutt1990", "minutes")
KINGSLEY_ADULTS = reported(8, "kingsley2012", "young adults")
KINGSLEY_DAY_TO_DAY_HEIGHT_PERCENT = reported(0.6, "kingsley2012", "% (day-to-day variation)")
KINGSLEY_DAY_TO_DAY_VOLUME_PERCENT = reported(0.4, "kingsley2012", "% (day-to-day variation)")
KINGSLEY_RUN_MINUTES = reported(30, "kingsley2012", "minutes")
# Wilke 1999: one volunteer with a pressure sensor in a lower-back disc. Lying
# down overnight, pressure rose as the disc took up fluid again (recovery).
WILKE_OVERNIGHT_PRESSURE_MPA = spread(0.1, 0.24, "wilke1999", "MPa")

# Belavy 2017: MRI of 79 adults aged about 25 to 35; runners 20-40 km or 50 km+
# a week; weekday sitting 9.7 h (no sport) against 6.3 and 6.4 h (runners).
BELAVY_ADULTS = reported(79, "belavy2017", "adults")
BELAVY_AGE_YEARS = spread(25, 35, "belavy2017", "years")
BELAVY_MODERATE_KM_PER_WEEK = spread(20, 40, "belavy2017", "km a week")
BELAVY_HIGH_KM_PER_WEEK = reported(50, "belavy2017", "km a week or more")
BELAVY_MEAN_KM_PER_WEEK = spread(28.0, 66.6, "belavy2017", "km a week (group means)")
BELAVY_BEST_SPEED_M_PER_S = reported(2, "belavy2017", "m/s")
BELAVY_SITTING_HOURS = Estimate(
    9.7, 6.3, 9.7, source="belavy2017", unit="hours a weekday", kind="no sport 9.7 against 6.3"
)
BELAVY_SITTING_HOURS_LONG_RUNNERS = reported(6.4, "belavy2017", "hours a weekday")
# Mitchell 2020: 17 men aged 44 to 62; runners had 20 % taller discs.
MITCHELL_MEN = reported(17, "mitchell2020", "men")
MITCHELL_AGE_YEARS = spread(44, 62, "mitchell2020", "years")
MITCHELL_DISC_HEIGHT_PERCENT = reported(20, "mitchell2020", "% taller discs")

# How common back pain is --------------------------------------------------------
MARATHON_SURVEY_RUNNERS = reported(800, "wu2021", "runners")
RUNNER_REVIEW_STUDIES = reported(19, "maselli2020", "studies")
# Briggs 2009: thoracic spine pain in people in general (33 studies).
THORACIC_POINT_PREVALENCE_PERCENT = spread(4.0, 72.0, "briggs2009", "%")
THORACIC_ONE_YEAR_PREVALENCE_PERCENT = spread(3.5, 34.8, "briggs2009", "%")

# Causes ---------------------------------------------------------------------------
# Owen 2020 repeats "up to 90 %" (non-specific) as background in its introduction.
OWEN_BACKGROUND_NON_SPECIFIC_PERCENT = reported(90, "owen2020", "% (background statement)")
# Brinjikji 2015: disc degeneration in people without back pain, by age.
DISC_DEGENERATION_NO_PAIN_PERCENT = Estimate(
    None, 37, 96, source="brinjikji2015", unit="%", kind="range"
)
DISC_DEGENERATION_AGES = spread(20, 80, "brinjikji2015", "years")
# Micheli & Wood 1995: 100 adolescent athletes against 100 adults with back pain.
MICHELI_PATIENTS_PER_GROUP = reported(100, "micheli1995", "patients in each group")
SPONDYLOLYSIS_PERCENT = Estimate(
    None, 5, 47, source="micheli1995", unit="% (adults, young athletes)", kind="range"
)
STRAIN_PERCENT = Estimate(
    None, 6, 27, source="micheli1995", unit="% (young athletes, adults)", kind="range"
)
# Cohen 2013: the sacroiliac joint as the source of chronic non-radicular back pain.
SACROILIAC_SOURCE_PERCENT = spread(15, 30, "cohen2013", "%")
# Wang 2020 and Chiu 2015: herniated discs that shrink without surgery.
DISC_REGRESSION_PERCENT = Estimate(63, 49, 77, source="wang2020", unit="%")
DISC_REGRESSION_STUDIES = reported(38, "wang2020", "studies")
DISC_REGRESSION_BY_TYPE_PERCENT = spread(13, 96, "chiu2015", "% (bulge to sequestration)")

# Risk factors ---------------------------------------------------------------------
# da Silva 2019: of people who had just recovered, recurrence within 12 months.
RECURRENCE_12_MONTHS_PERCENT = Estimate(69, 62, 74, source="dasilva2019", unit="%")
RECURRENCE_ACTIVITY_LIMITING_PERCENT = reported(40, "dasilva2019", "%")
RECURRENCE_WINDOW_MONTHS = reported(12, "dasilva2019", "months")
# Sahar 2007 (Cochrane): three prevention trials of insoles.
INSOLE_TRIAL_PARTICIPANTS = reported(2061, "sahar2007", "people")
BIERING_SORENSEN_YEAR = reported(1984, "bieringsorensen1984", "year of the study")

# Load and injury (chapter: mileage, load and injury risk) -------------------------
# Single running session longer than the longest run of the previous 30 days,
# against a reference of a shorter run or an increase of at most 10 %.
# Garmin-RUNSAFE cohort: 5205 adult runners, 588,071 sessions, 1820 injured.
SPIKE_10_TO_30 = Estimate(1.64, 1.31, 2.05, source="frandsen2025", unit="hazard rate ratio")
SPIKE_30_TO_100 = Estimate(1.52, 1.16, 2.00, source="frandsen2025", unit="hazard rate ratio")
SPIKE_OVER_100 = Estimate(2.28, 1.50, 3.48, source="frandsen2025", unit="hazard rate ratio")

# Novices (874 with GPS watches) whose weekly distance rose by more than 30 %,
# against less than 10 %: "distance-related" injuries only; P = .07.
NOVICE_FAST_PROGRESSION = Estimate(1.59, 0.96, 2.66, source="nielsen2014", unit="hazard ratio")

# Injuries per 1000 hours of running (meta-analysis of 13 studies).
NOVICE_RATE_PER_1000H = Estimate(
    17.8, 16.7, 19.1, source="videbaek2015", unit="injuries per 1000 h"
)
RECREATIONAL_RATE_PER_1000H = Estimate(
    7.7, 6.9, 8.7, source="videbaek2015", unit="injuries per 1000 h"
)

# 264 recreational runners followed for 22 weeks.
PREVIOUS_INJURY = Estimate(1.722, 1.114, 2.661, source="malisoux2015", unit="hazard ratio")
OTHER_SPORT_PER_WEEKLY_HOUR = Estimate(
    0.848, 0.732, 0.982, source="malisoux2015", unit="hazard ratio per weekly hour"
)


# Frandsen 2025 (Garmin-RUNSAFE): 5205 runners in 87 countries, 588,071 runs,
# 18 months, 1820 (35 %) injured; mean age 46, 78 % men. Bands of a single run
# against the longest of the previous 30 days: up to 10 %, 10-30 %, 30-100 %, over 100 %.
FRANDSEN_RUNNERS = reported(5205, "frandsen2025", "runners")
FRANDSEN_COUNTRIES = reported(87, "frandsen2025", "countries")
FRANDSEN_RUNS = reported(588071, "frandsen2025", "runs")
FRANDSEN_MONTHS = reported(18, "frandsen2025", "months")
FRANDSEN_INJURED = reported(1820, "frandsen2025", "runners injured")
FRANDSEN_INJURED_PERCENT = reported(35, "frandsen2025", "%")
FRANDSEN_MEAN_AGE_YEARS = reported(45.8, "frandsen2025", "years")
FRANDSEN_MEN_PERCENT = reported(78, "frandsen2025", "%")
FRANDSEN_WINDOW_DAYS = reported(30, "frandsen2025", "days")
FRANDSEN_BAND_EDGES_PERCENT = spread(10, 100, "frandsen2025", "% (band edges 10, 30, 100)")
FRANDSEN_MIDDLE_BAND_EDGE_PERCENT = reported(30, "frandsen2025", "%")
# Nielsen 2014 (JOSPT): 874 novices; weekly increases of more than 30 % against under 10 %.
NIELSEN_NOVICES = reported(874, "nielsen2014", "novice runners")
NIELSEN_PROGRESSION_BANDS_PERCENT = spread(10, 30, "nielsen2014", "%")
# Damsted 2019: 261 half-marathon runners; 20-60 % against under 20 % a week.
DAMSTED_RUNNERS = reported(261, "damsted2019", "runners")
DAMSTED_INCREASE_PERCENT = spread(20, 60, "damsted2019", "% a week")
DAMSTED_RISK_DIFFERENCE_POINTS = Estimate(
    22.6, 0.9, 44.3, source="damsted2019", unit="percentage points at day 21"
)
DAMSTED_DAYS = spread(21, 98, "damsted2019", "days (21, 56, 98)")
DAMSTED_MIDDLE_DAY = reported(56, "damsted2019", "days")
# Rasmussen 2013: 662 marathon finishers; under 30 and over 60 km a week against 30-60.
RASMUSSEN_RUNNERS = reported(662, "rasmussen2013", "runners")
RASMUSSEN_BANDS_KM = spread(30, 60, "rasmussen2013", "km a week")
RASMUSSEN_UNDER_30_KM = Estimate(2.02, 1.26, 3.24, source="rasmussen2013", unit="relative risk")
RASMUSSEN_OVER_60_KM = Estimate(1.13, 0.5, 2.8, source="rasmussen2013", unit="relative risk")
# Videbaek 2015: a review of 13 studies; rates per 1000 hours of running.
VIDEBAEK_STUDIES = reported(13, "videbaek2015", "studies")
RATE_HOURS = reported(1000, "videbaek2015", "hours of running")
# Malisoux 2015: 264 recreational runners followed for 22 weeks.
MALISOUX_RUNNERS = reported(264, "malisoux2015", "runners")
MALISOUX_WEEKS = reported(22, "malisoux2015", "weeks")
# Buist 2008 (GRONORUN): 532 novices for a 6.7 km race; 13-week 10 % rule plan
# against a standard 8-week plan; 20.8 % against 20.3 % injured.
BUIST_RUNNERS = reported(532, "buist2008", "novice runners")
BUIST_RACE_KM = reported(6.7, "buist2008", "km")
BUIST_PLAN_WEEKS = spread(8, 13, "buist2008", "weeks")
BUIST_RULE_PERCENT = reported(10, "buist2008", "% a week (the 10 % rule)")
BUIST_INJURED_PERCENT = spread(20.3, 20.8, "buist2008", "%")
# Fredette 2022: share injured across 36 studies.
FREDETTE_INJURED_PERCENT = spread(8.8, 91.3, "fredette2022", "%")
FREDETTE_STUDIES = reported(36, "fredette2022", "studies")


# Chapters "Preventing back pain" and "Exercises for runners' backs" ------------

# Lauersen 2014: 25 randomised trials of exercise to prevent sports injuries
# (mostly not runners, not back-specific); relative risk of injury.
LAUERSEN_TRIALS = reported(25, "lauersen2014", "trials")
LAUERSEN_STRENGTH_RR = Estimate(0.315, 0.207, 0.480, source="lauersen2014", unit="relative risk")
LAUERSEN_PROPRIOCEPTION_RR = Estimate(
    0.550, 0.347, 0.869, source="lauersen2014", unit="relative risk"
)
LAUERSEN_STRETCHING_RR = Estimate(0.963, 0.846, 1.095, source="lauersen2014", unit="relative risk")
# Steffens 2016: 21 trials of preventing an episode of low back pain.
STEFFENS_TRIALS = reported(21, "steffens2016", "trials")
STEFFENS_EXERCISE_EDUCATION_RR = Estimate(
    0.55, 0.41, 0.74, source="steffens2016", unit="relative risk"
)
STEFFENS_EXERCISE_ALONE_RR = Estimate(0.65, 0.50, 0.86, source="steffens2016", unit="relative risk")
STEFFENS_EDUCATION_ALONE_RR = Estimate(
    1.03, 0.83, 1.27, source="steffens2016", unit="relative risk"
)
# WalkBack (Pocovi 2024): 701 adults recently recovered from low back pain;
# walking and education vs no treatment. Hazard ratio for an activity-limiting
# recurrence; median time to recurrence; the programme's walking goal.
# WALKBACK_PEOPLE and WALKBACK_RECURRENCE_HR are defined above (self-care chapter).
WALKBACK_MEDIAN_DAYS_WALKING = Estimate(
    208, 208, 208, source="pocovi2024", unit="days", kind="median"
)
# The medians in weeks: 208 days is 29.7 weeks; without the programme, 16 weeks.
WALKBACK_MEDIAN_WEEKS_WALKING = Estimate(
    30, 29.7, 30, source="pocovi2024", unit="weeks (208 days, rounded)", kind="converted"
)
WALKBACK_MEDIAN_WEEKS_CONTROL = Estimate(
    16, 16, 16, source="pocovi2024", unit="weeks", kind="converted"
)
WALKBACK_GOAL_MINUTES = Estimate(30, 30, 30, source="pocovi2024", unit="minutes", kind="target")
WALKBACK_GOAL_DAYS_PER_WEEK = Estimate(
    5, 5, 5, source="pocovi2024", unit="days a week", kind="target"
)
# Sahar (Cochrane): insoles in 3 prevention trials of military recruits.
INSOLES_TRIALS = reported(3, "sahar2007", "trials")
INSOLES_PREVENTION_RR = Estimate(0.73, 0.43, 1.22, source="sahar2007", unit="relative risk")
# Malisoux 2015: each extra hour a week of other sports (injuries mostly of the legs).
# Alzahrani 2019: physical activity and low back pain in cohort studies.
ACTIVITY_MEDIUM_VS_LOW_RR = Estimate(0.90, 0.85, 0.96, source="alzahrani2019", unit="relative risk")
ACTIVITY_HIGH_VS_LOW_RR = Estimate(1.00, 0.92, 1.08, source="alzahrani2019", unit="relative risk")
# Wu 2021: questionnaire of 800 marathon runners; odds ratios of low back pain.
WARM_UP_INSUFFICIENT_OR = Estimate(
    2.617, 2.617, 2.617, source="wu2021", unit="odds ratio", kind="single study"
)
POOR_GAIT_POSTURE_OR = Estimate(
    2.273, 2.273, 2.273, source="wu2021", unit="odds ratio", kind="single study"
)
# Marsden & Schwellnus 2010: point prevalence of low back pain in cyclists.
# Weekday sitting in Belavý 2017: BELAVY_SITTING_HOURS above.
# Hayden 2021 (Cochrane, 249 trials): exercise vs no treatment for chronic low
# back pain, points on a 0-100 scale at about 3 months.
HAYDEN_TRIALS = reported(249, "hayden2021", "trials")
EXERCISE_FUNCTION_POINTS = Estimate(7, 5, 8, source="hayden2021", unit="points of 100")
# Owen 2020: network meta-analysis of exercise types for low back pain.
OWEN_TRIALS = reported(89, "owen2020", "trials")
# Axler & McGill 1997: 9 healthy volunteers, 12 abdominal exercises in a lab.
AXLER_PEOPLE = reported(9, "axler1997", "people")
AXLER_EXERCISES = reported(12, "axler1997", "exercises")
# Fukuda 2021: 70 patients; Santamaria 2023: 7 studies of hip strengthening.
FUKUDA_PATIENTS = reported(70, "fukuda2021", "people")
SANTAMARIA_STUDIES = reported(7, "santamaria2023", "studies")
