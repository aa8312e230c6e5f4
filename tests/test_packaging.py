"""Packaging: resources are found from a checkout, an installed wheel and the PyInstaller build.

Fast checks only; the real PyInstaller build is scripts/build_desktop.sh.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
import tomllib
import types
import zipfile
from pathlib import Path

import pytest

from koll_desktop import paths

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "koll.spec"


def test_resource_dir_holds_the_bundled_library():
    assert paths.resource("library", "voxabn.json").is_file()
    if Path(paths.__file__).resolve().parent.parent == ROOT:  # imported from the checkout
        assert paths.resource_dir() == ROOT / "resources"


def test_frozen_resource_dir_is_under_meipass(tmp_path, monkeypatch):
    (tmp_path / "resources" / "library").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_dir() == tmp_path / "resources"
    assert paths.resource("library") == tmp_path / "resources" / "library"


# -- koll.spec ----------------------------------------------------------------------------

class _Recorder:
    """Stands in for a PyInstaller build target; remembers how it was called."""

    calls: dict[str, list[_Recorder]]

    def __init__(self, kind: str, *args, **kwargs) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        _Recorder.calls.setdefault(kind, []).append(self)
        self.pure = self.scripts = self.binaries = []
        self.datas: list = [("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
                            ("PySide6/Qt/translations/qtbase_sv.qm", "x", "DATA"),
                            ("PySide6/Qt/translations/qt_help_zh_CN.qm", "x", "DATA")]


def _target(kind: str):
    def make(*args, **kwargs):
        recorder = _Recorder(kind, *args, **kwargs)
        return [("TREE", args, kwargs)] if kind == "Tree" else recorder
    return make


@pytest.fixture
def spec_run(monkeypatch):
    """Execute koll.spec with PyInstaller's build targets replaced by recorders."""
    _Recorder.calls = {}
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, *a, **k: [f"<all of {package}>"]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    namespace = {name: _target(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "Tree")}
    namespace.update(SPECPATH=str(ROOT), __name__="__main__", __file__=str(SPEC))
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return _Recorder.calls


def test_spec_is_python():
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_spec_builds_one_folder_console_koll_from_the_entry(spec_run):
    (analysis,) = spec_run["Analysis"]
    (entry,) = analysis.args[0]
    assert Path(entry) == ROOT / "koll_desktop" / "__main__.py"
    assert "<all of koll_desktop>" in analysis.kwargs["hiddenimports"]
    assert {"openpyxl", "reportlab", "stdnum.se"} <= set(analysis.kwargs["hiddenimports"])
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick",
            "PySide6.QtMultimedia", "tkinter"} <= set(analysis.kwargs["excludes"])
    (exe,) = spec_run["EXE"]
    assert exe.kwargs["name"] == "koll"
    assert exe.kwargs["console"] is True
    assert exe.kwargs["exclude_binaries"] is True  # one-folder: binaries go to COLLECT
    (collect,) = spec_run["COLLECT"]
    assert collect.kwargs["name"] == "koll"


def test_spec_bundles_resources_as_resources(spec_run):
    (tree,) = spec_run["Tree"]
    assert Path(tree.args[0]) == ROOT / "resources"
    assert tree.kwargs["prefix"] == "resources"  # -> sys._MEIPASS/resources
    (analysis,) = spec_run["Analysis"]
    kept = [entry[0] for entry in analysis.datas]
    assert "TREE" in kept
    assert "PySide6/Qt/translations/qtbase_sv.qm" in kept
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept
    assert "PySide6/Qt/translations/qt_help_zh_CN.qm" not in kept


# -- wheel --------------------------------------------------------------------------------

def test_pyproject_lists_every_package_and_maps_resources():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tool = config["tool"]["setuptools"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "koll_desktop").rglob("__init__.py")
    }
    missing = on_disk - set(tool["packages"])
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    assert tool["package-dir"] == {"koll_desktop.resources": "resources"}
    assert tool["package-data"]["koll_desktop.resources"] == ["**/*"]


def _copy_project(target: Path) -> Path:
    target.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, target / name)
    for name in ("koll_desktop", "resources"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    return target


def _can_build_wheel_offline() -> bool:
    if importlib.util.find_spec("wheel") is not None:
        return True
    import setuptools

    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1)  # bdist_wheel moved into setuptools in 70.1


def test_wheel_puts_resources_inside_the_package(tmp_path):
    """Build from a copy (a stale build/ in the checkout could hide a broken mapping)."""
    # The venv that runs the tests builds the project, so setuptools is there.
    assert importlib.util.find_spec("setuptools") is not None, "setuptools is needed"
    source = _copy_project(tmp_path / "src")
    out = tmp_path / "out"
    if _can_build_wheel_offline():
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                        "--no-cache-dir", "-q", "-w", str(out), str(source)],
                       check=True, capture_output=True, timeout=120)
        (wheel,) = out.glob("*.whl")
        names = set(zipfile.ZipFile(wheel).namelist())
    else:  # no bdist_wheel offline: build_py lays out exactly what the wheel would hold
        subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()",
                        "-q", "build_py", "--build-lib", str(out)],
                       cwd=source, check=True, capture_output=True, timeout=120)
        names = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
    assert "koll_desktop/resources/library/voxabn.json" in names
    assert "koll_desktop/paths.py" in names
    assert not any(name.startswith("resources/") for name in names)
