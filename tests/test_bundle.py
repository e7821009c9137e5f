from pathlib import Path

import pytest

from widgets.bookext.bundle import (
    BASIC_BUNDLE,
    bundle_version,
    choose_bundle,
    unsupported_trace_types,
    wheel_bundle,
)


def fake_bundle(folder: Path, version: str) -> Path:
    path = folder / BASIC_BUNDLE
    path.parent.mkdir(parents=True)
    path.write_text(f"/**\n* plotly.js (basic - minified) v{version}\n*/\nvar Plotly;\n")
    return path


def test_basic_bundle_is_used_when_its_version_matches_the_wheel(tmp_path):
    fake_bundle(tmp_path, wheel_bundle().version)
    chosen = choose_bundle(tmp_path)
    assert chosen.name == "basic" and chosen.path == tmp_path / BASIC_BUNDLE


def test_mismatched_or_missing_basic_bundle_falls_back_to_the_wheel(tmp_path):
    assert choose_bundle(tmp_path).name == "full"
    fake_bundle(tmp_path, "0.0.1")
    assert choose_bundle(tmp_path).path == wheel_bundle().path


def test_trace_types_outside_the_basic_bundle_are_reported(tmp_path):
    fake_bundle(tmp_path, wheel_bundle().version)
    basic = choose_bundle(tmp_path)
    figure = {"data": [{"type": "bar"}, {}], "frames": [{"data": [{"type": "heatmap"}]}]}
    assert unsupported_trace_types(figure, basic) == {"heatmap"}
    assert unsupported_trace_types(figure, wheel_bundle()) == set()


def test_a_file_that_is_not_plotly_is_refused(tmp_path):
    other = tmp_path / "other.js"
    other.write_text("console.log('hello')")
    with pytest.raises(ValueError, match="plotly.js bundle"):
        bundle_version(other)
