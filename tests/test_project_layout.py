"""The project's own shape: packaged modules, layers that only import downwards."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kamdesk"
LAYERS = ["store", "model", "analytics", "excel", "services", "ui"]  # bottom to top


def test_every_package_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE.rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"


def _kamdesk_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("kamdesk.")}


@pytest.mark.parametrize("layer", LAYERS)
def test_layers_import_only_layers_below_them(layer):
    allowed = set(LAYERS[: LAYERS.index(layer) + 1])
    wrong = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _kamdesk_imports(path):
            target = name.split(".")[1]
            if target in LAYERS and target not in allowed:
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("layer", ["analytics", "model", "store", "services", "excel"])
def test_core_layers_never_import_qt(layer):
    offenders = [
        str(p.relative_to(ROOT))
        for p in (PACKAGE / layer).rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert not offenders


def test_analytics_is_pure_and_ui_never_touches_the_database():
    for path in (PACKAGE / "analytics").rglob("*.py"):
        assert "sqlalchemy" not in path.read_text(encoding="utf-8"), path
    for path in (PACKAGE / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import sqlalchemy" not in text and "from sqlalchemy" not in text, path
        assert "Session(" not in text and ".session()" not in text, path
