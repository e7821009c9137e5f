"""make requirements re-pins both files without moving a package from one to the other."""

from __future__ import annotations

import pytest

from widgets.classroom.pins import main

LEARNER = "# learner header\nnumpy==1.0\nplotly==5.0\n"
DEV = "# dev header\n-r requirements.txt\npytest==8.0\nruff==0.1\n"


def run(tmp_path, freeze: str, learner: str = LEARNER, dev: str = DEV):
    files = {"freeze.txt": freeze, "requirements.txt": learner, "requirements-dev.txt": dev}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    status = main([str(tmp_path / name) for name in files])
    return (
        status,
        (tmp_path / "requirements.txt").read_text(),
        (tmp_path / "requirements-dev.txt").read_text(),
    )


def test_each_package_keeps_its_file_and_takes_the_new_version(tmp_path, capsys):
    freeze = "NumPy==2.1\nplotly==6.0\npytest==9.0\nruff==0.2\nrich==14.0\n"
    status, learner, dev = run(tmp_path, freeze)
    assert status == 0
    assert learner == "# learner header\nNumPy==2.1\nplotly==6.0\n"
    assert dev == "# dev header\n-r requirements.txt\npytest==9.0\nruff==0.2\nrich==14.0\n"
    assert "new: rich" in capsys.readouterr().out


def test_a_package_no_longer_installed_is_dropped_and_named(tmp_path, capsys):
    status, learner, dev = run(tmp_path, "numpy==1.0\npytest==8.0\nruff==0.1\n")
    assert status == 0 and "plotly" not in learner
    assert "dropped: plotly" in capsys.readouterr().out


def test_the_repositorys_own_files_come_back_unchanged(tmp_path):
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    learner = (repo / "requirements.txt").read_text()
    dev = (repo / "requirements-dev.txt").read_text()
    pins = [line for line in (learner + dev).splitlines() if "==" in line]
    status, new_learner, new_dev = run(tmp_path, "\n".join(pins) + "\n", learner, dev)
    assert status == 0 and (new_learner, new_dev) == (learner, dev)


@pytest.mark.parametrize("bad", ["numpy>=1.0\n", "numpy\n"])
def test_a_loose_pin_is_refused_with_the_file_and_line(tmp_path, capsys, bad):
    status, _, _ = run(tmp_path, "numpy==1.0\n", learner="# h\n" + bad)
    assert status == 2
    assert "requirements.txt, line 2" in capsys.readouterr().err


def test_wrong_arguments_print_the_usage(capsys):
    assert main(["only-one"]) == 2
    assert "FREEZE LEARNER_FILE DEV_FILE" in capsys.readouterr().err
