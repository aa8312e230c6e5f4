"""The command line: help, version, check, cases, and bad input as one clear line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from koll_desktop import __version__
from koll_desktop.__main__ import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name in ("check", "cases", "demo", "library", "--data-dir"):
        assert name in out


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_check_creates_a_wal_database(capsys, tmp_path):
    folder = tmp_path / "ny"
    code, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 0, err
    assert err == f"koll: ny tom databas skapad i {folder}\n"
    assert "integritet: ok" in out and "journal: wal" in out
    assert (folder / "koll.sqlite3").exists()
    mode = sqlite3.connect(folder / "koll.sqlite3").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_folder_with_spaces_and_swedish_letters(capsys, tmp_path):
    folder = tmp_path / "Dokument" / "Åsa Öberg"
    assert run(capsys, "--data-dir", str(folder), "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(folder), "cases", "--search", "öberg")
    assert code == 0 and "K-2026-0003" in out


def test_kolldatadir_environment_is_used(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KOLL_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, "check")[0] == 0
    assert (tmp_path / "env" / "koll.sqlite3").exists()


def test_too_new_database_exits_1_with_one_line(capsys, tmp_path):
    folder = tmp_path / "d"
    run(capsys, "--data-dir", str(folder), "check")
    conn = sqlite3.connect(folder / "koll.sqlite3")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('koll', '9999_future', '2030')")
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 1
    assert err.count("\n") == 1 and "nyare version av KoLL" in err
    assert "Traceback" not in err


def test_damaged_database_exits_1_and_is_left_alone(capsys, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    damaged = b"garbage" * 1000
    (folder / "koll.sqlite3").write_bytes(damaged)
    code, _, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 1 and err.count("\n") == 1 and "skadad" in err
    assert (folder / "koll.sqlite3").read_bytes() == damaged


def test_damaged_pages_are_found_by_check(capsys, tmp_path):
    folder = tmp_path / "d"
    assert run(capsys, "--data-dir", str(folder), "demo")[0] == 0
    db_file = folder / "koll.sqlite3"
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db_file.read_bytes())
    page = 4096
    for offset in range(page * 3 + 100, min(len(data), page * 12), 97):
        data[offset] = 0xFF
    db_file.write_bytes(bytes(data))
    code, _out, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 1 and err.count("\n") == 1 and "skadad" in err


def test_data_folder_that_cannot_be_created(capsys, tmp_path):
    blocker = tmp_path / "en fil"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(blocker / "undermapp"), "check")
    assert code == 1 and err.count("\n") == 1 and "kan inte skapa mappen" in err
    assert "Not a directory" not in err and "en del av sökvägen är en fil" in err


def test_read_only_data_folder(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    # Tests run as root in CI, where chmod does not stop writes; ask the check directly.
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    code, _, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 1 and "skrivskyddad" in err and str(folder) in err


def test_cases_lists_demo_cases_without_names(capsys, tmp_path):
    folder = str(tmp_path / "d")
    run(capsys, "--data-dir", folder, "demo")
    code, out, _ = run(capsys, "--data-dir", folder, "cases")
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split("\t") == ["ärende", "status", "ramverk", "handledare"]
    assert sorted(line.split("\t")[0] for line in lines) == [
        f"K-2026-000{n}" for n in (1, 2, 3, 4, 5)]
    assert "Hassan" not in out and "198203149821" not in out
    code, out, _ = run(capsys, "--data-dir", folder, "cases", "--search", "ingen sådan")
    assert code == 0 and "inga ärenden" in out


def test_unknown_case_reference_in_a_later_command_style_error(capsys, tmp_path):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "library", "import",
                       str(tmp_path / "saknas.json"))
    assert code == 1
    assert err.splitlines() == [f"koll: {tmp_path / 'saknas.json'}: filen finns inte"]
    assert not (tmp_path / "d" / "koll.sqlite3").exists()  # none made for nothing


def test_second_desktop_instance_is_refused(tmp_path):
    folder = tmp_path / "Åsa Öberg"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOLL_DATA_DIR": str(folder)}
    command = [sys.executable, "-m", "koll_desktop"]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lock = Path(folder) / "koll.lock"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if lock.exists() and lock.read_text().strip() == str(first.pid):
                break
            assert first.poll() is None, first.stderr.read().decode()
            time.sleep(0.1)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode != 0
        assert "redan öppet" in second.stderr and "Traceback" not in second.stderr
        assert first.poll() is None  # the first window is unharmed
    finally:
        first.kill()
        first.wait()


def test_argparse_speaks_swedish_and_exits_1(capsys, tmp_path):
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(tmp_path / "d"), "plan"])
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert "dessa argument saknas" in err and "required" not in err


def test_reference_is_found_whatever_the_letter_case(capsys, tmp_path):
    folder = str(tmp_path / "d")
    run(capsys, "--data-dir", folder, "demo")
    code, _, err = run(capsys, "--data-dir", folder, "plan", "k-2026-0002", "--out",
                         str(tmp_path / "p.pdf"))
    assert code == 0, err
    assert (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize(("content", "words"), [
    (b"%PDF-1.4 not a library", "filen är en PDF"),
    (None, "det är en mapp"),
])
def test_wrong_kind_of_file_gets_advice(capsys, tmp_path, content, words):
    assert run(capsys, "--data-dir", str(tmp_path / "d"), "check")[0] == 0
    target = tmp_path / "fel.pdf"
    if content is None:
        target = tmp_path / "en mapp"
        target.mkdir()
    else:
        target.write_bytes(content)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "library", "import",
                       str(target))
    assert code == 1 and words in err and err.count("\n") == 1


def test_bundle_import_says_it_left_out_an_erased_person(capsys, tmp_path):
    folder = str(tmp_path / "d")
    bundle = str(tmp_path / "gammalt.kollcase")
    assert run(capsys, "--data-dir", folder, "demo")[0] == 0
    assert run(capsys, "--data-dir", folder, "bundle", "export", "K-2026-0001", "K-2026-0002",
               "--out", bundle)[0] == 0
    assert run(capsys, "--data-dir", folder, "person", "erase", "K-2026-0001", "--yes")[0] == 0
    code, out, err = run(capsys, "--data-dir", folder, "bundle", "import", bundle)
    assert code == 0, err
    assert "1 ärende lästes inte in: personen har raderats här" in out
    assert "oförändrade: 1" in out and "Hassan" not in out
    code, out, _ = run(capsys, "--data-dir", folder, "cases")
    assert code == 0 and "K-2026-0001" not in out and "K-2026-0002" in out


def test_person_export_is_recorded_in_the_audit_trail(capsys, tmp_path):
    folder = tmp_path / "d"
    assert run(capsys, "--data-dir", str(folder), "demo")[0] == 0
    code, _, err = run(capsys, "--data-dir", str(folder), "person", "export", "K-2026-0002",
                       "--out", str(tmp_path / "ut"))
    assert code == 0, err
    conn = sqlite3.connect(folder / "koll.sqlite3")
    try:
        rows = conn.execute("SELECT a.entity, a.field, a.old, a.new FROM audit_event a JOIN "
                            '"case" c ON c.person_id = a.entity_id WHERE a.action = \'export\' '
                            "AND c.reference = 'K-2026-0002'").fetchall()
    finally:
        conn.close()
    assert rows == [("person", "", "", "")]


def test_a_big_log_is_moved_aside_at_the_start_and_three_are_kept(capsys, tmp_path):
    from koll_desktop.__main__ import LOG_MAX_BYTES

    logs = tmp_path / "data" / "logs"
    logs.mkdir(parents=True)
    for name, text in (("koll.log", "x" * (LOG_MAX_BYTES + 1)), ("koll.log.1", "one"),
                       ("koll.log.2", "two"), ("koll.log.3", "three")):
        (logs / name).write_text(text)
    assert run(capsys, "--data-dir", str(tmp_path / "data"), "check")[0] == 0
    assert (logs / "koll.log.1").stat().st_size == LOG_MAX_BYTES + 1
    assert [(logs / f"koll.log.{n}").read_text() for n in (2, 3)] == ["one", "two"]
    assert not (logs / "koll.log.4").exists()  # the oldest ("three") is gone
    assert (logs / "koll.log").stat().st_size < 1000  # a fresh log for this run


def test_a_small_log_is_kept(capsys, tmp_path):
    logs = tmp_path / "data" / "logs"
    logs.mkdir(parents=True)
    (logs / "koll.log").write_text("earlier run\n")
    assert run(capsys, "--data-dir", str(tmp_path / "data"), "check")[0] == 0
    assert (logs / "koll.log").read_text().startswith("earlier run\n")
    assert not (logs / "koll.log.1").exists()
