"""Test configuration: offscreen Qt, Qt warnings fail tests, a fresh data folder per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest

from koll_desktop.paths import DataPaths
from koll_desktop.storage.db import open_db


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """No test touches the user's real data folder or settings."""
    monkeypatch.setenv("KOLL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def db(data_paths):
    database = open_db(data_paths.database, backup_dir=data_paths.backups)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    from koll_desktop.services.demo import load_demo

    load_demo(db)
    return db


@pytest.fixture
def other_desk(tmp_path):
    """A second desk (another counsellor's, or the coordinator's), its database empty: where
    bundles go to and come from."""
    (tmp_path / "other").mkdir()
    db = open_db(tmp_path / "other" / "koll.sqlite3")
    yield db
    db.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    """A data folder with `koll demo` loaded, made once and copied for each test."""
    from koll_desktop.__main__ import main

    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture
def demo_dir(_demo_template, tmp_path) -> Path:
    """A data folder of its own for the test, holding the demo library and cases."""
    folder = tmp_path / "data"
    shutil.copytree(_demo_template, folder)
    return folder
