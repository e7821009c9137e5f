"""Re-pin requirements.txt and requirements-dev.txt from ``pip freeze`` (``make requirements``).

A learner installs only requirements.txt, so a package must not drift from one file to the
other when versions are updated: each package stays in the file it is in now. A package that
is in neither (a new dependency) goes to requirements-dev.txt, and the command says so, so a
maintainer can move it if learners need it. Packages no longer installed are dropped, and
named. Comment lines and ``-r`` lines at the top of each file are kept.

Usage::

    python -m widgets.classroom.pins FREEZE LEARNER_FILE DEV_FILE
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)$")


def normalise(name: str) -> str:
    """The name pip compares on: lower case, runs of ``-_.`` as one ``-`` (PEP 503).

    Parameters
    ----------
    name : str
        A distribution name as written in a file.

    Returns
    -------
    str
        The normalised name.
    """
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(text: str, where: str) -> dict[str, tuple[str, str]]:
    """The ``name==version`` lines of a file, by normalised name.

    Parameters
    ----------
    text : str
        The file's text.
    where : str
        The file's name, for the error message.

    Returns
    -------
    dict of str to (str, str)
        The name as written and its version, by normalised name.

    Raises
    ------
    ValueError
        If a line is neither a comment, a ``-r`` line nor an exact pin.
    """
    pins = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith(("#", "-r ")):
            continue
        match = PIN.match(line)
        if not match:
            raise ValueError(
                f"{where}, line {number}: {line!r} is not an exact pin (name==version)"
            )
        pins[normalise(match[1])] = (match[1], match[2])
    return pins


def header(text: str) -> list[str]:
    """The comment and ``-r`` lines at the top of a requirements file, kept as they are.

    Parameters
    ----------
    text : str
        The file's text.

    Returns
    -------
    list of str
        Its lines up to the first pin.
    """
    lines = []
    for line in text.splitlines():
        if line.startswith(("#", "-r ")) or not line.strip():
            lines.append(line)
        else:
            break
    return lines


def split_pins(
    freeze: dict[str, tuple[str, str]],
    learner: dict[str, tuple[str, str]],
    dev: dict[str, tuple[str, str]],
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Share the frozen pins out between the two files.

    Parameters
    ----------
    freeze, learner, dev : dict of str to (str, str)
        Pins by normalised name, from ``pip freeze`` and the two files.

    Returns
    -------
    tuple of four lists of str
        The learner's pin lines, the dev pin lines, the names new to both files (added to
        the dev file) and the names dropped because they are no longer installed.
    """
    learner_lines, dev_lines, new = [], [], []
    for key, (name, version) in freeze.items():  # pip freeze's order
        if key in learner:
            learner_lines.append(f"{name}=={version}")
        else:
            dev_lines.append(f"{name}=={version}")
            if key not in dev:
                new.append(name)
    dropped = sorted(v[0] for k, v in {**learner, **dev}.items() if k not in freeze)
    return learner_lines, dev_lines, new, dropped


def main(argv: list[str]) -> int:
    """Rewrite the two files from a freeze file; print what moved in or out.

    Parameters
    ----------
    argv : list of str
        The freeze file, the learner's file and the dev file.

    Returns
    -------
    int
        0 when done, 2 on bad input.
    """
    if len(argv) != 3:
        print(__doc__.split("Usage::", 1)[1].strip(), file=sys.stderr)
        return 2
    freeze_path, learner_path, dev_path = (Path(a) for a in argv)
    try:
        texts = [p.read_text(encoding="utf-8") for p in (freeze_path, learner_path, dev_path)]
        freeze, learner, dev = (
            read_pins(t, p.name) for t, p in zip(texts, (freeze_path, learner_path, dev_path))
        )
    except (OSError, ValueError) as error:
        print(f"make requirements: {error}", file=sys.stderr)
        return 2
    learner_lines, dev_lines, new, dropped = split_pins(freeze, learner, dev)
    learner_path.write_text("\n".join(header(texts[1]) + learner_lines) + "\n", encoding="utf-8")
    dev_path.write_text("\n".join(header(texts[2]) + dev_lines) + "\n", encoding="utf-8")
    print(f"==> {learner_path.name}: {len(learner_lines)} pins; {dev_path.name}: {len(dev_lines)}")
    for name in new:
        print(f"    new: {name} (in {dev_path.name}; move it if learners need it)")
    for name in dropped:
        print(f"    dropped: {name} (no longer installed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
