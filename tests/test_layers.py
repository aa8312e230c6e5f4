"""The layering rules of DESIGN §7, enforced by reading every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "koll_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(sub: str = "") -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def _offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [f"{p.name} imports {name}"
            for p in paths for name in sorted(_imports(p))
            if name.split(".")[0] in forbidden or name.startswith(forbidden)]


def test_only_ui_imports_pyside6():
    outside_ui = [p for p in _modules() if "ui" not in p.relative_to(PACKAGE).parts[:1]]
    assert outside_ui, "the scan found no modules"
    assert _offenders(outside_ui, ("PySide6", "shiboken6")) == []


def test_domain_is_pure():
    assert _offenders(_modules("domain"), (
        "PySide6", "sqlite3", "sqlite_utils", "koll_desktop.storage", "koll_desktop.services",
        "koll_desktop.ui", "openpyxl", "reportlab")) == []


def test_storage_does_not_reach_up():
    assert _offenders(_modules("storage"), (
        "PySide6", "koll_desktop.services", "koll_desktop.ui")) == []


def test_services_do_not_reach_ui():
    assert _offenders(_modules("services"), ("PySide6", "koll_desktop.ui")) == []


def test_the_scan_sees_a_planted_import(tmp_path):
    planted = tmp_path / "bad.py"
    planted.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert _offenders([planted], ("PySide6",)) != []
