"""What a hub admin needs, measured here: environment size and install time, memory per learner.

    .venv/bin/python tests/bench/bench_hub.py [--keep DIR] [--skip-dev]

There is no Docker on the course's machines, so this measures the Python environment a hub
image holds, not a built image:

1. a new virtual environment gets the learner's ``requirements.txt`` and the course's wheel,
   as ``postBuild`` installs them (time taken, size on disk with ``du``);
2. the same environment then gets ``requirements-dev.txt``, the build and test tools an image
   carried before they moved out (size on disk: the "before" number);
3. in the learner environment, a JupyterLab server starts and two chapters run in two kernels
   (every code cell, live widgets as in JupyterLab); the resident memory (RSS) of the server
   and of each kernel is read with psutil.

pip's cache makes a second run's install much faster; the first-run time depends on the network.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
CHAPTERS = ("why-runners-get-back-pain", "mileage-load-and-injury-risk")

KERNEL_SCRIPT = r"""
import json, sys, nbformat, psutil
from jupyter_client.manager import start_new_kernel
folder, names = sys.argv[1], sys.argv[2:]
kernels = []
for name in names:
    km, kc = start_new_kernel(kernel_name="python3", cwd=folder)
    notebook = nbformat.read(f"{folder}/{name}.ipynb", as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            reply = kc.execute_interactive(cell.source, timeout=600, output_hook=lambda m: None)
            assert reply["content"]["status"] == "ok", (name, reply["content"])
    kernels.append((km, kc))
rss = [psutil.Process(km.provisioner.process.pid).memory_info().rss for km, _ in kernels]
print(json.dumps(rss))
for km, kc in kernels:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
"""


def du_mb(path: Path) -> float:
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1024


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pip_install(python: str, *arguments: str) -> None:
    command = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*command, *arguments], check=True, cwd=REPO)


def measure(work: Path, skip_dev: bool) -> dict:
    from widgets.classroom.assign import main as assign
    from widgets.classroom.bundle import build_wheel

    results: dict = {"python": sys.version.split()[0]}
    env = work / "env"
    venv.EnvBuilder(with_pip=True, clear=True).create(env)
    python = str(env / "bin" / "python")
    wheel = build_wheel(work / "wheel")
    start = time.perf_counter()
    pip_install(python, "-r", str(REPO / "requirements.txt"), str(wheel))
    results["install_seconds"] = round(time.perf_counter() - start, 1)
    results["learner_env_mb"] = round(du_mb(env))
    assert assign(["all", "--out", str(work / "class")]) == 0
    folder = work / "class" / "student"

    port = free_port()
    server = subprocess.Popen(
        [
            python,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            "--ServerApp.token=bench",
            "--allow-root",
            f"--notebook-dir={folder}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/lab?token=bench", timeout=5).read()
                break
            except OSError:
                time.sleep(0.5)
        kernels = subprocess.run(
            [python, "-c", KERNEL_SCRIPT, str(folder), *CHAPTERS],
            check=True,
            capture_output=True,
            text=True,
        )
        import psutil

        results["server_mb"] = round(psutil.Process(server.pid).memory_info().rss / 2**20)
        results["kernel_mb"] = [round(b / 2**20) for b in json.loads(kernels.stdout)]
    finally:
        server.terminate()
        server.wait(timeout=30)
    results["per_learner_two_chapters_mb"] = results["server_mb"] + sum(results["kernel_mb"])
    if not skip_dev:
        pip_install(python, "-r", str(REPO / "requirements-dev.txt"))
        results["with_build_and_test_tools_mb"] = round(du_mb(env))
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--skip-dev", action="store_true", help="skip the 'before' size")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-hub-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = measure(work, args.skip_dev)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    for key, value in results.items():
        print(f"{key:32} {value}")
    per = results["per_learner_two_chapters_mb"]
    print(f"{'25 learners, two chapters each':32} {per * 25 / 1024:.1f} GB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
