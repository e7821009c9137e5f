"""The book's "check your own files": its form, and the rules the browser engine is given."""

from __future__ import annotations

import json
import math
import re

from widgets.bookext.log_rules import rule_table, rules_script
from widgets.bookext.script import LOG_MODULES, build_log_script, log_engine_url
from widgets.explorers.training_log_browser import (
    ACCEPT,
    ENGINE,
    PRIVACY_PARAGRAPH,
    check_your_files,
    picker_html,
)
from widgets.model.pain_monitor import LEG_SYMPTOM_STOP_RULE
from widgets.model.risk_factors import SPIKE_BANDS
from widgets.render_mode import STATIC_BOOK_ENV


def test_the_form_has_a_picker_a_status_region_and_the_privacy_paragraph():
    page = picker_html()
    assert 'role="status"' in page and 'aria-live="polite"' in page
    assert 'type="file"' in page and "multiple" in page and f'accept="{ACCEPT}"' in page
    assert re.search(
        r'<label class="course-log-pick" for="course-log-files">Choose files</label>', page
    )
    assert PRIVACY_PARAGRAPH in page and "never leave" in PRIVACY_PARAGRAPH
    # The book adds the engine's content hash to this address when it writes the page.
    assert f'data-engine="{ENGINE}"' in page
    assert re.fullmatch(r"course-log\.js\?v=[0-9a-f]{10}", log_engine_url())
    assert page.count('name="course-log-unit"') == 2


def test_the_book_shows_the_form_and_jupyterlab_points_to_the_live_view(monkeypatch):
    monkeypatch.setenv(STATIC_BOOK_ENV, "1")
    assert "data-course-log" in check_your_files()._repr_mimebundle_()["text/html"]
    monkeypatch.setenv(STATIC_BOOK_ENV, "0")
    assert "Upload files" in check_your_files()._repr_mimebundle_()["text/plain"]


def test_the_rules_come_from_the_python_package():
    rules = rule_table()
    for band, row in zip(SPIKE_BANDS, rules["bands"]):
        assert row["label"] == band.label
        assert row["up_to_percent"] == (
            band.up_to_percent if math.isfinite(band.up_to_percent) else None
        )
        if band.estimate is not None:
            assert row["estimate"]["value"] == band.estimate.value
    assert rules["leg_symptom_stop_rule"] == LEG_SYMPTOM_STOP_RULE
    assert rules["window_days"] == 30
    assert "running" in rules["fit"]["enums"]["sport"].values()
    script = rules_script()
    assert json.loads(script.split(" = ", 1)[1].rstrip(";\n")) == json.loads(json.dumps(rules))


def test_the_engine_script_joins_the_rules_and_every_module_in_order():
    text = build_log_script()
    positions = [text.index(f"/* ---- {name} ---- */") for name in LOG_MODULES]
    assert positions == sorted(positions)
    assert text.index("CourseLogRules =") < positions[0]
    assert "http://" not in text.replace("http://www.garmin.com/xmlschemas", "").replace(
        "http://www.w3.org/XML", ""
    )
