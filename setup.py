"""Build hook: a built wheel carries the bibliography and the book's published address.

The package reads ``book/references.bib`` and ``_config.yml`` from the repository
when it runs from a clone (``make install`` installs it editable). A wheel, or a
non-editable install on a hub, has no repository beside it, so the build copies
both facts into ``widgets/data/``, where ``widgets.data.published`` looks for them.
"""

import json
import re
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _baseurl(config: str) -> str:
    """The ``html: baseurl:`` value of ``_config.yml``, read without a YAML library."""
    match = re.search(r"^html:\s*\n(?:[ \t]+.*\n|\s*\n)*?[ \t]+baseurl:\s*[\"']?([^\"'\s#]*)", config, re.M)
    return match.group(1) if match else ""


class BuildWithBookFacts(build_py):
    """Copy the bibliography and write the published address into the built package."""

    def run(self):
        super().run()
        target = Path(self.build_lib) / "widgets" / "data"
        target.mkdir(parents=True, exist_ok=True)
        bib = ROOT / "book" / "references.bib"
        if bib.exists():
            (target / "references.bib").write_bytes(bib.read_bytes())
        config = ROOT / "_config.yml"
        url = _baseurl(config.read_text(encoding="utf-8")) if config.exists() else ""
        (target / "book.json").write_text(json.dumps({"url": url}) + "\n", encoding="utf-8")


setup(cmdclass={"build_py": BuildWithBookFacts})
