"""The mileage-risk model: relative rates of running-related injury.

The public face of ``widgets.model.risk`` (the calculation; see there for the
evidence, the assumptions and the rule for starting from zero), its factors
(``risk_factors``) and input checks (``risk_inputs``), and
``widgets.model.risk_wording`` (the sentences a reader sees). Pure Python and numpy only.
"""

from widgets.evidence import (
    NOVICE_FAST_PROGRESSION,
    NOVICE_RATE_PER_1000H,
    OTHER_SPORT_PER_WEEKLY_HOUR,
    PREVIOUS_INJURY,
    RECREATIONAL_RATE_PER_1000H,
    SPIKE_10_TO_30,
    SPIKE_30_TO_100,
    SPIKE_OVER_100,
)
from widgets.model.risk import (
    RiskResult,
    relative_injury_rate,
)
from widgets.model.risk_factors import (
    FACTOR_SOURCES,
    FAST_PROGRESSION_ABOVE_PERCENT,
    NOVICE_VS_RECREATIONAL,
    SPIKE_BANDS,
    Factor,
    SpikeBand,
    combine,
    increase_percent,
    spike_band,
)
from widgets.model.risk_inputs import (
    EXPERIENCE_LEVELS,
    MAX_OTHER_SPORT_HOURS,
    MAX_SINGLE_RUN_KM,
    MAX_WEEKLY_KM,
    REFERENCE_PLAN,
)
from widgets.model.risk_wording import (
    READING_CAVEAT,
    basis_phrase,
    finding,
    format_times,
    rate_phrase,
    reading,
)

__all__ = [
    "EXPERIENCE_LEVELS",
    "FACTOR_SOURCES",
    "FAST_PROGRESSION_ABOVE_PERCENT",
    "MAX_OTHER_SPORT_HOURS",
    "MAX_SINGLE_RUN_KM",
    "MAX_WEEKLY_KM",
    "NOVICE_FAST_PROGRESSION",
    "NOVICE_RATE_PER_1000H",
    "NOVICE_VS_RECREATIONAL",
    "OTHER_SPORT_PER_WEEKLY_HOUR",
    "PREVIOUS_INJURY",
    "RECREATIONAL_RATE_PER_1000H",
    "READING_CAVEAT",
    "REFERENCE_PLAN",
    "SPIKE_10_TO_30",
    "SPIKE_30_TO_100",
    "SPIKE_BANDS",
    "SPIKE_OVER_100",
    "Factor",
    "RiskResult",
    "SpikeBand",
    "basis_phrase",
    "combine",
    "finding",
    "format_times",
    "increase_percent",
    "rate_phrase",
    "reading",
    "relative_injury_rate",
    "spike_band",
]
