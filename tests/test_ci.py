"""The CI entry point and the workflow run the README's test command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^make test\b", readme, flags=re.M), "README must give `make test`"
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line.strip()
        for line in ci.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert "make test" in commands


def test_the_test_workflow_runs_ci_on_pushes_and_pull_requests_and_keeps_reports():
    text = (REPO / ".github" / "workflows" / "test.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+pull_request:", text, flags=re.M)
    assert re.search(r"^\s+push:", text, flags=re.M)
    assert "bash .ci/run" in text
    assert "bookworm" in text  # Debian, so Chromium comes from Debian as in .ci/run
    assert "upload-artifact" in text and "if: failure()" in text


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_the_github_actions_schema(workflow):
    """check-jsonschema ships the workflow schema, so this needs no network."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(workflow),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_can_fail(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("name: x\non: push\njobs:\n  test:\n    steps: 3\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(broken),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
