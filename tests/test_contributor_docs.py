"""What a new contributor reads stays true: recipes name real files, configs are valid.

CONTRIBUTING.md's recipes name every file a change touches; a file that moves
must take its recipe along. The issue template, Dependabot and pre-commit
configurations are checked against their schemas (shipped with
check-jsonschema and pre-commit, so no network), and the changelog's last
release is the package's version.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CONTRIBUTING = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
# A path in backticks: a folder and a file name, or a file at the top of the repository.
PATH = re.compile(r"`((?:[\w.-]+/)+[\w.*<>-]*|[\w-]+\.(?:md|yml|yaml|toml|txt|cff))`")


def named_paths(text: str) -> list[str]:
    """Repository paths a text names in backticks, without placeholders or patterns."""
    return sorted(
        {
            path.rstrip("/")
            for path in PATH.findall(text)
            if not re.search(r"[<>*]|\.\.\.", path)
            and not path.startswith(("http", "xx/", ".venv/"))
        }
    )


def test_the_recipes_name_files_that_exist():
    paths = named_paths(CONTRIBUTING)
    assert len(paths) >= 30, f"the scan found too few paths: {paths}"
    missing = [path for path in paths if not (REPO / path).exists()]
    assert missing == [], f"CONTRIBUTING.md names files that do not exist: {missing}"


def test_the_path_scan_finds_paths_and_skips_placeholders():
    text = "Edit `widgets/evidence.py`, then `notebooks/<topic>.ipynb` and `CHANGELOG.md`, not `x`."
    assert named_paths(text) == ["CHANGELOG.md", "widgets/evidence.py"]


def test_every_recipe_is_there():
    for recipe in (
        "Add a chapter",
        "Add an exercise demo",
        "Add a warning sign",
        "Add or correct a source",
        "Translate a page",
    ):
        assert re.search(rf"^### {recipe}$", CONTRIBUTING, flags=re.M), recipe


def test_the_guides_the_code_names_are_in_the_repository():
    """Docstrings and data files point to docs/; nothing names a guide that is not here."""
    named = set()
    for path in [*REPO.glob("widgets/**/*.py"), *REPO.glob("widgets/data/*.json")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(EVIDENCE|STYLE)\.md\b", text), f"{path} names a missing guide"
        named |= set(re.findall(r"docs/[\w-]+\.md", text))
    assert named, "no module points to the evidence policy or the style guide"
    assert [name for name in sorted(named) if not (REPO / name).exists()] == []


def _check_schema(schema: str, path: Path) -> tuple[int, str]:
    from check_jsonschema import main
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["--builtin-schema", schema, str(path)])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    "schema, path",
    [
        ("vendor.dependabot", ".github/dependabot.yml"),
        ("vendor.github-issue-forms", ".github/ISSUE_TEMPLATE/evidence-correction.yml"),
    ],
)
def test_github_configuration_matches_its_schema(schema, path):
    code, output = _check_schema(schema, REPO / path)
    assert code == 0, output


def test_dependabot_updates_pip_npm_and_github_actions():
    import yaml

    config = yaml.safe_load((REPO / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {update["package-ecosystem"] for update in config["updates"]}
    assert ecosystems == {"pip", "npm", "github-actions"}


def test_pre_commit_runs_make_lint_with_local_tools():
    from pre_commit.clientlib import load_config

    config = load_config(str(REPO / ".pre-commit-config.yaml"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert all(repo["repo"] == "local" for repo in config["repos"]), "nothing to download"
    assert any(hook["entry"] == "make lint" for hook in hooks)


def test_the_changelog_s_last_release_is_the_package_version():
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    version = re.search(r'^version = "([^"]+)"$', pyproject, flags=re.M).group(1)
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", changelog, flags=re.M)
    assert releases and releases[0] == version, (releases, version)
