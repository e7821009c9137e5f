import math

import pytest

from widgets import evidence as ev
from widgets.evidence import Estimate


def all_estimates():
    return {name: value for name, value in vars(ev).items() if isinstance(value, Estimate)}


def test_every_published_number_has_a_source_and_a_consistent_interval():
    estimates = all_estimates()
    assert len(estimates) >= 7
    for name, estimate in estimates.items():
        assert estimate.source, name
        assert estimate.low <= estimate.high, name
        if estimate.value is not None:
            assert estimate.low <= estimate.value <= estimate.high, name


def test_brief_numbers_are_reproduced_exactly():
    assert (ev.RUNNERS_LBP_PREVALENCE_PERCENT.low, ev.RUNNERS_LBP_PREVALENCE_PERCENT.high) == (
        0.7,
        20.2,
    )
    assert (ev.RUNNERS_LBP_INCIDENCE_PERCENT.low, ev.RUNNERS_LBP_INCIDENCE_PERCENT.high) == (
        0.3,
        22.0,
    )
    assert ev.GBD2017_POINT_PREVALENCE_PERCENT == Estimate(7.50, 6.75, 8.27, "wu2020", "%")
    assert ev.GBD2010_POINT_PREVALENCE_PERCENT == Estimate(9.4, 9.0, 9.8, "hoy2014", "%")
    assert ev.MARATHON_LBP_INCIDENCE_PERCENT.value == 4.5


@pytest.mark.parametrize(
    "kwargs, words",
    [
        (dict(value=5, low=6, high=7, source="x"), "outside"),
        (dict(value=math.nan, low=1, high=2, source="x"), "finite"),
        (dict(value=1, low=0, high=math.inf, source="x"), "finite"),
        (dict(value=1, low=0, high=2, source=""), "bibliography key"),
        (dict(value=None, low=0, high=2, source="x"), "only a range"),
        (dict(value="1", low=0, high=2, source="x"), "finite"),
    ],
)
def test_bad_estimates_are_refused_with_a_clear_message(kwargs, words):
    with pytest.raises(ValueError, match=words):
        Estimate(**kwargs)


def test_a_range_needs_no_central_value():
    assert Estimate(None, 1, 3, "x", kind="range").value is None
