"""On a hub the training-log check says where files go; --sample works from any folder."""

from __future__ import annotations

import subprocess
import sys

from widgets.training_log.report import HUB_PRIVACY, PRIVACY, privacy_notice


def test_the_privacy_notice_names_the_hub_server_on_a_hub():
    assert privacy_notice({}) == PRIVACY and "this computer only" in PRIVACY
    on_hub = privacy_notice({"JUPYTERHUB_USER": "learner1"})
    assert on_hub == HUB_PRIVACY
    assert "server" in on_hub and "memory" in on_hub and "never writes" in on_hub
    assert "this computer only" not in on_hub


def test_the_command_line_reads_the_sample_log_from_any_folder(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "JUPYTERHUB_USER": "learner1"}
    result = subprocess.run(
        [sys.executable, "-m", "widgets.training_log", "--sample", "--units", "mi"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(HUB_PRIVACY)
    assert "Read 7 files" in result.stdout


def test_no_path_and_no_sample_is_a_usage_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "widgets.training_log"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "--sample" in result.stderr
