"""The import direction loaders → kg → server → cli holds, with no exception:
``cli`` (the ``ckg`` command line) is the composition root that imports every
layer, and nothing imports it.  (``python -m kg``, the contract's spelling,
is kg/__main__.py handing the run to ``cli`` with ``runpy``: no import.)"""

from __future__ import annotations

import ast
from pathlib import Path

import cli
import kg
import loaders
import server

FORBIDDEN = {
    "loaders": {"kg", "server", "cli"},
    "kg": {"server", "cli"},
    "server": {"cli"},
    "cli": set(),
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_layers_import_only_downstream() -> None:
    violations = []
    for package in (loaders, kg, server, cli):
        root = Path(package.__file__).parent
        name = root.name
        for path in root.rglob("*.py"):
            relative = f"{name}/{path.relative_to(root)}"
            bad = imported_packages(path) & FORBIDDEN[name]
            if bad:
                violations.append(f"{relative} imports {sorted(bad)}")
    assert not violations, "layer violations: " + "; ".join(violations)


def test_the_check_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from server import create_app\nimport kg.iri\n")
    assert imported_packages(bad) == {"server", "kg"}
