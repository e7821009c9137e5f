"""The top of ``widgets/`` stays tidy: foundations, the topic facades, and nothing else.

A module at the top is either a foundation (read by the layers above), a topic facade, or
the warning-signs facade's former name. A tool goes to ``classroom/``, a figure or an HTML
builder to ``figures/``, a one-call interactive to ``explorers/``.

The rule for facades (CONTRIBUTING.md, "Code"): a topic has one facade or none. A topic
gets ``widgets/<topic>.py`` only when a notebook or the README calls its model directly. The
facade only re-exports that topic's ``model/`` modules (and the evidence numbers they use),
no model module belongs to two facades, and nothing in ``widgets/`` imports a facade.
"""

from __future__ import annotations

import ast
from pathlib import Path

WIDGETS = Path(__file__).resolve().parents[1] / "widgets"
FOUNDATIONS = {
    "__init__",
    "bibliography",
    "evidence",
    "interactive",
    "page_markers",
    "render_mode",
    "text_alternative",
    "units",
}
# Each facade and the model modules of its topic.
FACADES = {
    "risk": {"risk", "risk_factors", "risk_inputs", "risk_wording"},
    "pain_monitor": {"pain_monitor", "walk_run_plan"},
    "warning_signs": {"warning_signs", "warning_signs_checker"},
}
ALIASES = {"red_flags": "warning_signs"}  # tests/test_warning_signs_names.py


def _tree(name: str) -> ast.Module:
    return ast.parse((WIDGETS / f"{name}.py").read_text(encoding="utf-8"))


def test_every_module_at_the_top_has_a_reason_to_be_there():
    top = {p.stem for p in WIDGETS.glob("*.py")}
    assert top == FOUNDATIONS | set(FACADES) | set(ALIASES), (
        "a new module at the top of widgets/: put a tool in classroom/, a figure or an HTML "
        "builder in figures/, an interactive in explorers/, or add it here with the reason"
    )


def test_a_facade_only_re_exports_its_own_topic():
    claimed: dict[str, str] = {}
    for facade, models in FACADES.items():
        tree = _tree(facade)
        imported: set[str] = set()
        exported: list[str] = []
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                topic = module.removeprefix("widgets.model.")
                assert module == "widgets.evidence" or topic in models, (facade, module)
                imported |= {alias.asname or alias.name for alias in node.names}
                if topic in models:
                    assert claimed.setdefault(topic, facade) == facade, (topic, "two facades")
            elif isinstance(node, ast.Assign):
                assert [t.id for t in node.targets if isinstance(t, ast.Name)] == ["__all__"]
                exported = ast.literal_eval(node.value)
            else:
                assert isinstance(node, ast.Expr), f"{facade}.py defines something: {node}"
        assert sorted(exported) == sorted(imported), facade
        assert set(claimed.values()) >= {facade}, f"{facade}.py re-exports no model"


def test_nothing_in_widgets_imports_a_facade():
    facades = {f"widgets.{name}" for name in (*FACADES, *ALIASES)}
    users = {}
    for path in WIDGETS.rglob("*.py"):
        if path.parent == WIDGETS and path.stem in ALIASES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            if facades & set(names):
                users[str(path.relative_to(WIDGETS))] = names
    assert users == {}, "import the model module, not the facade"


def test_the_alias_is_only_the_facade_under_its_former_name():
    for alias, facade in ALIASES.items():
        imports = [n for n in _tree(alias).body if isinstance(n, ast.ImportFrom)]
        assert {n.module for n in imports} == {f"widgets.{facade}"}
