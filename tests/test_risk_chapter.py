"""The chapter "Mileage, load and injury risk": its numbers are the model's numbers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from widgets import evidence as risk_evidence
from widgets import risk
from widgets.bibliography import bib_keys

REPO = Path(__file__).resolve().parents[1]
CHAPTER = REPO / "notebooks" / "mileage-load-and-injury-risk.ipynb"


@pytest.fixture(scope="module")
def cells():
    return json.loads(CHAPTER.read_text())["cells"]


@pytest.fixture(scope="module")
def prose(cells):
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return re.sub(r"\s+", " ", text)


def _interval(e, digits=2):
    return f"{e.low:.{digits}f} to {e.high:.{digits}f}"


@pytest.mark.parametrize(
    "estimate, digits",
    [
        (risk.SPIKE_10_TO_30, 2),
        (risk.SPIKE_30_TO_100, 2),
        (risk.SPIKE_OVER_100, 2),
        (risk.NOVICE_FAST_PROGRESSION, 2),
        (risk.PREVIOUS_INJURY, 2),
        (risk.OTHER_SPORT_PER_WEEKLY_HOUR, 3),
        (risk.NOVICE_RATE_PER_1000H, 1),
        (risk.RECREATIONAL_RATE_PER_1000H, 1),
        (risk.NOVICE_VS_RECREATIONAL, 2),
    ],
)
def test_published_numbers_in_the_text_match_the_model(prose, estimate, digits):
    assert f"{estimate.value:.{digits}f}" in prose
    assert _interval(estimate, digits) in prose


def test_worked_example_and_solutions_match_the_model(prose):
    sam = risk.relative_injury_rate(30, 30, 10, 15)
    assert f"{sam.estimate:.2f} times the rate (95 % interval {_interval(sam)})" in prose
    assert risk.relative_injury_rate(30, 30, 10, 11).estimate == 1.0
    assert f"{risk.NOVICE_VS_RECREATIONAL.value:.2f} times the reference rate" in prose
    novice_spike = risk.relative_injury_rate(40, 40, 10, 12, "novice")
    times = risk.format_times
    assert (
        f"about {times(novice_spike.estimate)} times (95 % interval "
        f"{times(novice_spike.low)} to {times(novice_spike.high)})"
    ) in prose
    # Quoted exactly as the chapter's code cell prints it (two decimals).
    novice_week = risk.relative_injury_rate(20, 30, 8, 8, "novice")
    assert (
        f"{novice_week.estimate:.2f} times the reference rate, with a wide interval "
        f"from {novice_week.low:.2f} to {novice_week.high:.2f}"
    ) in prose
    assert (
        f"{novice_week.estimate:.2f} times the reference rate (95 % interval "
        f"{_interval(novice_week)})" in novice_week.summary()
    )
    top = risk.relative_injury_rate(30, 30, 10, 10, other_sport_hours=risk.MAX_OTHER_SPORT_HOURS)
    assert f"stops at {risk.MAX_OTHER_SPORT_HOURS:g} hours a week" in prose
    assert f"the factor is about {top.estimate:.2f}" in prose


def _section(cells, heading):
    """The markdown of one ``##`` section, up to the next ``##`` heading."""
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:] if end < 0 else text[start:end]


def test_the_disc_section_does_not_use_leg_injury_numbers_or_claim_a_cause(cells):
    discs = re.sub(r"\s+", " ", _section(cells, "## What running does for your discs"))
    assert "rasmussen2013" not in discs  # running-injury (leg) numbers are not about the back
    assert "association" in discs and "79 adults" in discs
    assert "not the same as back pain" in discs
    assert "Nothing here suggests that running less protects your back." in discs
    for causal in ("so running less", "Discs did best", "points the other way"):
        assert causal not in discs


def test_the_marathon_volume_study_is_shown_with_its_caveats(prose):
    start = prose.index(
        "For running injuries (mostly in the legs), less was not automatically safer"
    )
    rasmussen = prose[start : start + 1000]
    assert "2.02 times" in rasmussen and "1.26 to 3.24" in rasmussen
    assert "0.5 to 2.8, includes no effect" in rasmussen
    assert "remembered it wrongly" in rasmussen and "only people who finished" in rasmussen


def test_the_five_modelling_cautions_are_shown(prose):
    assert "That is our assumption, not a finding" in prose  # 1 multiplying
    assert "46 years old, and 78 % were men" in prose  # 2 different people
    assert "Garmin" in prose and "the Netherlands" in prose
    assert "0.96 to 2.66, includes no effect" in prose  # 3 intervals include 1
    assert "0.5 to 2.8, includes no effect" in prose
    assert "none of these looked at back pain on its own" in prose  # 4 not back pain
    assert "not a percent chance of injury" in prose  # 5 relative, not absolute


def test_the_model_box_says_which_factors_are_the_courses_own(prose):
    assert "Experience is our own ratio" in prose and "worked out the interval itself" in prose
    assert "once for each hour" in prose and "every hour counts the same" in prose


def test_no_fact_the_evidence_brief_does_not_hold(prose):
    assert "Luxembourg" not in prose
    assert "experienced ones" not in prose
    assert "In the studies" not in prose


def test_chapter_follows_the_house_skeleton(cells, prose):
    headings = [
        line
        for c in cells
        if c["cell_type"] == "markdown"
        for line in "".join(c["source"]).splitlines()
        if line.startswith("#")
    ]
    for expected in (
        "# Mileage, load and injury risk",
        "## Learning objectives",
        "## Check yourself",
        "## Try it",
        "## Summary",
        "## References",
    ):
        assert expected in headings
    assert "```{admonition} Key points" in "".join("".join(c["source"]) for c in cells)
    assert ":class: dropdown" in "".join("".join(c["source"]) for c in cells)
    assert "not your personal chance" in prose and "not about back pain" in prose


def test_the_explorer_is_one_hidden_call(cells):
    calls = [
        c for c in cells if c["cell_type"] == "code" and "risk_explorer()" in "".join(c["source"])
    ]
    assert len(calls) == 1
    assert "hide-input" in calls[0]["metadata"]["tags"]


def test_every_citation_is_in_the_bibliography(cells):
    keys = bib_keys()
    text = "".join("".join(c["source"]) for c in cells)
    cited = {
        k.strip() for group in re.findall(r"\{cite:[pt]\}`([^`]+)`", text) for k in group.split(",")
    }
    assert {
        "frandsen2025",
        "nielsen2014",
        "buist2008",
        "impellizzeri2021",
        "belavy2017",
        "videbaek2015",
        "malisoux2015",
    } <= cited
    assert cited <= keys
    assert "impellizzeri2020" not in cited  # its details are unchecked


def test_the_chapter_gives_no_count_of_injured_runners(prose):
    # A count per 100 runners from a pooled rate and an assumed pace looked precise but
    # could not be (second review, M6): the chapter shows the studies' spread instead.
    assert "injuries among" not in prose and "per 100 runners" not in prose
    assert not hasattr(risk.RiskResult, "illustrative")
    spread = risk_evidence.FREDETTE_INJURED_PERCENT
    assert f"ranged from {spread.low:g} % to {spread.high:g} %" in prose
