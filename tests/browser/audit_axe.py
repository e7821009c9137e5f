"""axe-core on a built page: WCAG 2.1 A/AA and best-practice violations.

axe-core comes from npm (``package.json``); ``make install`` puts it in
``node_modules``. Only serious and critical violations fail a test.
"""

from __future__ import annotations

import pytest
from book_site import REPO

AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}
# The rules whose result depends on colours: all a second theme can change.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]

_RUN_JS = """async only => {
  const results = await axe.run(document, {runOnly: only, resultTypes: ['violations']});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), impact: n.impact,
                              summary: (n.failureSummary || '').slice(0, 300)}))}));
}"""


def axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail(
            f"{AXE_JS} is missing: run `make install` "
            "(it installs axe-core from npm for the accessibility tests)."
        )
    return AXE_JS.read_text()


def axe_violations(page, rules: list[str] | None = None) -> list[dict]:
    """Run axe-core on the page as it is now; every violation, whatever its impact.

    ``rules``: only these axe rules (for example ``COLOUR_RULES``); default, every rule
    tagged ``AXE_TAGS``.
    """
    page.add_script_tag(content=axe_source())
    only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": AXE_TAGS}
    return page.evaluate(_RUN_JS, only)


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in FAILING_IMPACTS]


def describe_axe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:8]:
            reason = node["summary"].splitlines()[-1] if node["summary"] else ""
            lines.append(f"    {node['target']}  {reason.strip()}")
        if len(v["nodes"]) > 8:
            lines.append(f"    ... and {len(v['nodes']) - 8} more")
    return "\n".join(lines)
