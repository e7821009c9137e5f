"""The CI entry point and the workflow run the README's test command."""

from __future__ import annotations

import re
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


def _check_workflow(path: Path) -> tuple[int, str]:
    """Exit code and output of check-jsonschema with GitHub's workflow schema.

    check-jsonschema ships that schema, so this needs no network. It runs in this
    process, since starting Python and importing it again for each file takes seconds.
    """
    from check_jsonschema import main
    from click.testing import CliRunner

    arguments = ["--builtin-schema", "vendor.github-workflows", str(path)]
    result = CliRunner().invoke(main, arguments)
    return result.exit_code, result.output


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_the_github_actions_schema(workflow):
    code, output = _check_workflow(workflow)
    assert code == 0, output


def test_the_schema_check_can_fail(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("name: x\non: push\njobs:\n  test:\n    steps: 3\n", encoding="utf-8")
    code, output = _check_workflow(broken)
    assert code != 0 and "Schema validation errors" in output, output
