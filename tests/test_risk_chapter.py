"""The chapter "Mileage, load and injury risk": its numbers are the model's numbers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from widgets import risk

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


@pytest.mark.parametrize("estimate, digits", [
    (risk.SPIKE_10_TO_30, 2), (risk.SPIKE_30_TO_100, 2), (risk.SPIKE_OVER_100, 2),
    (risk.NOVICE_FAST_PROGRESSION, 2), (risk.PREVIOUS_INJURY, 2),
    (risk.OTHER_SPORT_PER_WEEKLY_HOUR, 3), (risk.NOVICE_RATE_PER_1000H, 1),
    (risk.RECREATIONAL_RATE_PER_1000H, 1),
])
def test_published_numbers_in_the_text_match_the_model(prose, estimate, digits):
    assert f"{estimate.value:.{digits}f}" in prose
    assert _interval(estimate, digits) in prose


def test_worked_example_and_solutions_match_the_model(prose):
    sam = risk.relative_injury_rate(30, 30, 10, 15)
    assert f"{sam.estimate:.2f} times the rate (95 % interval {_interval(sam)})" in prose
    assert risk.relative_injury_rate(30, 30, 10, 11).estimate == 1.0
    count = risk.relative_injury_rate(30, 30, 10, 10).illustrative()
    estimate, low, high = (round(x) for x in count.per_100_runners)
    assert f"about {estimate} injuries among 100 runners" in prose
    assert f"(95 % interval {low} to {high})" in prose
    assert f"{risk.ILLUSTRATIVE_PACE_MIN_PER_KM:g} minutes per km" in prose
    assert f"{risk.NOVICE_VS_RECREATIONAL.value:.2f} times the reference rate" in prose
    novice_spike = risk.relative_injury_rate(40, 40, 10, 12, "novice")
    assert f"about {novice_spike.estimate:.1f} times" in prose
    novice_week = risk.relative_injury_rate(20, 30, 8, 8, "novice")
    assert (f"about {novice_week.estimate:.1f} times the reference rate, with a wide interval "
            f"from about {novice_week.low:.1f} to {novice_week.high:.1f}") in prose


def test_chapter_follows_the_house_skeleton(cells, prose):
    headings = [line for c in cells if c["cell_type"] == "markdown"
                for line in "".join(c["source"]).splitlines() if line.startswith("#")]
    for expected in ("# Mileage, load and injury risk", "## In this chapter you will",
                     "## Check yourself", "## Try it", "## Summary", "## References"):
        assert expected in headings
    assert "```{admonition} Key points" in "".join("".join(c["source"]) for c in cells)
    assert ":class: dropdown" in "".join("".join(c["source"]) for c in cells)
    assert "not your personal chance" in prose and "not about back pain" in prose


def test_the_explorer_is_one_hidden_call(cells):
    calls = [c for c in cells if c["cell_type"] == "code" and "risk_explorer()" in "".join(c["source"])]
    assert len(calls) == 1
    assert "hide-input" in calls[0]["metadata"]["tags"]


def test_every_citation_is_in_the_bibliography(cells):
    bib = (REPO / "book" / "references.bib").read_text()
    keys = set(re.findall(r"@\w+\{([^,]+),", bib))
    text = "".join("".join(c["source"]) for c in cells)
    cited = {k.strip() for group in re.findall(r"\{cite:[pt]\}`([^`]+)`", text)
             for k in group.split(",")}
    assert {"frandsen2025", "nielsen2014", "buist2008", "impellizzeri2021", "belavy2017",
            "videbaek2015", "malisoux2015"} <= cited
    assert cited <= keys
    assert "impellizzeri2020" not in cited  # its details are unchecked
