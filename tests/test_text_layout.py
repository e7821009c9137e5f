"""Line breaks: the Python rule and the book's JavaScript give the same lines.

Figures are wrapped in Python when they are built; on a narrow screen the
book re-wraps titles with ``wrapText`` in ``narrow.js``. Both run here on the
same text, and any difference fails.
"""

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from widgets.figures.text_layout import wrap
from widgets.model.body_regions import load_regions
from widgets.model.myths import load_myths

NARROW_JS = Path(__file__).resolve().parents[1] / "widgets" / "bookext" / "js" / "narrow.js"

RUN_WRAP_TEXT = """
const fs = require("fs");
const vm = require("vm");
const context = { window: {} };
vm.runInNewContext(fs.readFileSync(%s, "utf8"), context);
const wrapText = context.window.CoursePlotly.narrow.wrapText;
const cases = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(cases.map((c) => wrapText(c[0], c[1], c[2]).join("<br>"))));
"""

HANDMADE = [
    "",
    "   ",
    "<br>",
    "One<br>two<BR/>three<br />four",
    "Discs lose about 6 % of their height in a 30-minute run",
    "Up to 10 % longer, 30 km a week, 1.5 times the rate, 0.9 kg, 2 mm, 3 mi, 4 MPa, 2.5 BW",
    "10 kmh is not a unit; 7 minutes per km is, and 5 %s is not",
    "A supercalifragilisticexpialidocious word longer than the width",
    "Hyphenated well-known long-distance words stay whole",
    "Tabs\tand\nnew lines\r\nand  double  spaces",
    "A no-break\u00a0space holds two words together",
    "Accents: Videbæk, Malisoux, naïve café; emoji 🏃 count once",
    "\u2022 A bullet with an indent under it when it runs on",
    "1 %",
]
WORDS = [
    "back",
    "pain",
    "runners",
    "10",
    "%",
    "km",
    "times",
    "<br>",
    "longest-run",
    "relative",
    "rate",
    "1.5",
    "MPa",
    "kmh",
    "Videbæk",
    "🏃",
    "extraordinarily",
    "\t",
    "\u00a0",
    "a",
]


def cases() -> list[tuple[str, int, str]]:
    texts = HANDMADE + [m.claim for m in load_myths()] + [m.explanation for m in load_myths()]
    texts += [r.known for r in load_regions()] + [r.where for r in load_regions()]
    found = [(t, w, "") for t in texts for w in (1, 14, 20, 30, 46)]
    found += [(t, 30, "   ") for t in texts]
    rng = random.Random(13)
    for _ in range(400):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))
        found.append((text, rng.randint(1, 50), rng.choice(["", "  "])))
    return found


@pytest.fixture(scope="module")
def node() -> str:
    path = shutil.which("node")
    if path is None:
        pytest.skip("node is not installed (make install needs it for the book's assets)")
    return path


def test_python_and_javascript_break_lines_in_the_same_places(node):
    all_cases = cases()
    script = RUN_WRAP_TEXT % json.dumps(str(NARROW_JS))
    done = subprocess.run(
        [node, "-e", script],
        input=json.dumps(all_cases),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    from_js = json.loads(done.stdout)
    differ = [
        (text, width, indent, wrap(text, width, indent), js)
        for (text, width, indent), js in zip(all_cases, from_js)
        if wrap(text, width, indent) != js
    ]
    assert not differ, differ[:5]


def test_a_number_keeps_its_unit_and_old_breaks_are_redone():
    assert wrap("about 6 % of their height", 7) == "about<br>6 % of<br>their<br>height"
    assert wrap("one<br>two", 20) == "one two"
    assert wrap("a b c", 3, indent="  ") == "a b<br>  c"


def test_a_long_word_gets_a_line_of_its_own_and_hyphens_do_not_break():
    assert wrap("go extraordinarily far", 6) == "go<br>extraordinarily<br>far"
    assert wrap("long-distance runs", 8) == "long-distance<br>runs"
