"""Make sure Debian's Chromium is installed for the browser tests.

The tests never download a browser of their own. On a machine without
/usr/bin/chromium this installs the Debian package when it can (as root),
and otherwise says exactly what to run.
"""

import os
import shutil
import subprocess
import sys

CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    if os.path.exists(CHROMIUM):
        return 0
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("==> Installing Chromium for the browser tests (Debian package 'chromium')")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env)
        return 0 if os.path.exists(CHROMIUM) else 1
    print(
        "The browser tests need Chromium at /usr/bin/chromium.\n"
        "Install it with:  sudo apt-get install chromium   (Debian or Ubuntu)",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
