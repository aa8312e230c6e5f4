"""What the command line says, read back: Swedish words for statuses and framework kinds,
one Swedish error line (never the operating system's English), outputs that are what their
names say, and a note when a command had to make a new, empty database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from koll_desktop.__main__ import main
from koll_desktop.domain.enums import CaseStatus, FrameworkKind
from koll_desktop.domain.labels import CASE_STATUS

ENGLISH_OS_WORDS = ("File exists", "Is a directory", "Not a directory", "No such file",
                    "Permission denied", "No space", "Read-only", "errno", "Errno")


def koll(capsys, data: Path, *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, data: Path, *args: str | Path) -> str:
    """Run a command that must fail: exit 1, exactly one line on stderr, no English."""
    code, out, err = koll(capsys, data, *args)
    assert code == 1, (out, err)
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("koll: "), err
    assert not any(word in err for word in ENGLISH_OS_WORDS), err
    assert "Traceback" not in err and "oväntat" not in err
    return lines[0]


def usage_error(capsys, data: Path, *args: str) -> str:
    """Bad arguments: argparse's usage, then one `koll: …` line, exit 1."""
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(data), *args])
    assert done.value.code == 1
    return capsys.readouterr().err.splitlines()[-1]


@pytest.fixture
def demo(demo_dir) -> Path:
    return demo_dir


def table(out: str) -> dict[str, list[str]]:
    """Tab-separated output as {first column: the other columns}, header included."""
    return {cells[0]: cells[1:] for cells in (line.split("\t") for line in out.splitlines())
            if cells[0]}


# -- 1. the Swedish words, not the stored codes -------------------------------------------

def test_cases_show_the_statuses_in_swedish(capsys, demo):
    code, out, err = koll(capsys, demo, "cases")
    assert code == 0 and err == ""
    rows = table(out)
    assert rows["ärende"] == ["status", "ramverk", "handledare"]
    assert rows["K-2026-0004"][0] == "Inledande kartläggning"
    assert rows["K-2026-0005"][0] == "Uppföljning"
    assert rows["K-2026-0001"][0] == "Bedömning"
    assert rows["K-2026-0003"][0] == "Start"
    for status in CaseStatus:
        assert f"\t{status.value}\t" not in out


@pytest.mark.parametrize("typed", ["uppföljning", "Uppföljning", " UPPFÖLJNING ", "follow_up",
                                   "follow-up"])
def test_status_filter_takes_the_swedish_word_or_the_code(capsys, demo, typed):
    code, out, _ = koll(capsys, demo, "cases", "--status", typed)
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()[1:]] == ["K-2026-0005"]


def test_status_filter_with_a_two_word_status(capsys, demo):
    code, out, _ = koll(capsys, demo, "cases", "--status", "inledande kartläggning")
    assert code == 0
    assert [line.split("\t")[:2] for line in out.splitlines()[1:]] == [
        ["K-2026-0004", "Inledande kartläggning"]]


def test_an_unknown_status_lists_the_swedish_words(capsys, tmp_path):
    line = usage_error(capsys, tmp_path / "d", "cases", "--status", "klar")
    assert line.startswith("koll: argument --status: okänd status 'klar'; välj bland start, ")
    assert "inledande kartläggning" in line and "uppföljning" in line
    assert "follow_up" not in line and "intake" not in line


def test_cases_help_names_the_swedish_statuses(capsys):
    with pytest.raises(SystemExit):
        main(["cases", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for word in CASE_STATUS.values():
        assert word.lower() in out
    assert "follow_up" not in out and "self_assessment" not in out


def test_library_list_shows_the_kinds_in_swedish(capsys, demo):
    code, out, _ = koll(capsys, demo, "library", "list")
    assert code == 0
    rows = table(out)
    assert rows["kod"][0] == "typ"
    assert rows["EX-USK"][0] == "Branschstandard"
    assert rows["VOXABN"][0] == rows["YP-BARNSKOTARE"][0] == "Yrkespaket"
    for kind in FrameworkKind:
        assert kind.value not in out


@pytest.mark.parametrize("mode", ["anonymisera", "Radera", "purge", "anonymise"])
def test_retention_mode_in_swedish_or_as_the_code(capsys, demo, mode):
    code, out, _ = koll(capsys, demo, "retention", "--mode", mode)
    assert code == 0 and "gallringsdatum" in out


def test_an_unknown_retention_mode_lists_the_swedish_words(capsys, tmp_path):
    line = usage_error(capsys, tmp_path / "d", "retention", "--mode", "purga")
    assert line.endswith("'purga'; välj bland radera, anonymisera")


# -- 2. one Swedish line, whatever the operating system said ------------------------------

def test_a_data_dir_that_is_a_file_is_told_once_in_swedish(tmp_path):
    """In a process of its own: the log is not set up yet when this goes wrong, which once
    printed the message a second time, without the koll: prefix."""
    blocker = tmp_path / "inte en mapp"
    blocker.write_text("x")
    done = subprocess.run([sys.executable, "-m", "koll_desktop", "--data-dir", str(blocker),
                           "check"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"koll: {blocker}: det är en fil, inte en mapp; ange en datamapp"]


def test_a_data_dir_below_a_file_is_told_in_swedish(capsys, tmp_path):
    blocker = tmp_path / "en fil"
    blocker.write_text("x")
    line = refused(capsys, blocker / "data", "check")
    assert line == (f"koll: {blocker / 'data'}: kan inte skapa mappen: en del av sökvägen "
                    "är en fil, inte en mapp")


def test_an_output_below_a_file_is_told_in_swedish(capsys, demo, tmp_path):
    blocker = tmp_path / "en fil"
    blocker.write_text("x")
    line = refused(capsys, demo, "plan", "K-2026-0001", "--out", blocker / "plan.pdf")
    assert line.endswith("kan inte skriva PDF-filen: mappen finns inte (eller en del av "
                         "sökvägen är en fil); inget sparades")


def test_importing_the_database_itself_says_what_it_is(capsys, demo):
    line = refused(capsys, demo, "library", "import", demo / "koll.sqlite3")
    assert line == ("koll: koll.sqlite3: filen är en databas (SQLite); biblioteket läses "
                    "från .xlsx-mallen eller en JSON-fil")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("bild.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
     "KoLL kan inte läsa den här sortens fil; biblioteket läses från .xlsx-mallen eller "
     "en JSON-fil"),
    ("gammal.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
     "gamla Excel- eller Word-formatet; spara den som .xlsx"),
    ("unicode.json", '{"format": "å"}'.encode("utf-16"), "sparad som UTF-16; spara den som "
     "UTF-8"),
    ("latin1.json", '{\n "title": "Vård"\n}'.encode("latin-1"),
     "filen är inte UTF-8 (första felaktiga tecknet står på rad 2); spara den som UTF-8"),
])
def test_a_file_that_is_no_library_gets_advice(capsys, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    koll(capsys, tmp_path / "d", "check")  # the data folder exists before the import
    line = refused(capsys, tmp_path / "d", "library", "import", path)
    assert line.startswith(f"koll: {name}: ") and words in line
    if name != "latin1.json":
        assert "UTF-8 (byte" not in line and "inte UTF-8" not in line


# -- 3. no silent surprises -----------------------------------------------------------------

OUTPUTS = [  # (command line before --out, the endings it takes)
    (("plan", "K-2026-0001"), ".pdf"),
    (("certificate", "K-2026-0005"), ".pdf"),
    (("microcredential", "K-2026-0001", "MK-USK-HYG"), ".pdf"),
    (("summary",), ".xlsx"),
    (("compare", "EX-USK", "VOXABN"), ".xlsx eller .pdf"),
    (("bundle", "export", "K-2026-0001"), ".kollcase"),
]


@pytest.mark.parametrize(("command", "endings"), OUTPUTS, ids=lambda v: "-".join(v)
                         if isinstance(v, tuple) else "")
def test_an_output_must_end_as_what_it_is(capsys, demo, tmp_path, command, endings):
    wrong = tmp_path / "utskrift.txt"
    line = refused(capsys, demo, *command, "--out", wrong)
    assert line == f"koll: {wrong}: filen ska sluta på {endings}"
    assert not wrong.exists() and list(tmp_path.glob("utskrift*")) == []


@pytest.mark.parametrize(("command", "endings"), OUTPUTS, ids=lambda v: "-".join(v)
                         if isinstance(v, tuple) else "")
def test_an_output_that_is_a_folder_is_refused_in_swedish(capsys, demo, tmp_path, command,
                                                          endings):
    folder = tmp_path / "en mapp.pdf"
    folder.mkdir()
    line = refused(capsys, demo, *command, "--out", folder)
    assert line == f"koll: {folder}: det är en mapp; ange ett filnamn som slutar på {endings}"
    assert list(folder.iterdir()) == []


def test_library_export_endings(capsys, demo, tmp_path):
    line = refused(capsys, demo, "library", "export", tmp_path / "bibliotek.csv")
    assert line.endswith("bibliotek.csv: filen ska sluta på .xlsx eller .json")
    code, _, err = koll(capsys, demo, "library", "export", tmp_path / "Bibliotek.XLSX")
    assert code == 0 and err == "" and (tmp_path / "Bibliotek.XLSX").read_bytes()[:2] == b"PK"


def test_the_right_ending_in_capitals_is_fine_and_makes_a_pdf(capsys, demo, tmp_path):
    out_file = tmp_path / "Plan.PDF"
    code, _, err = koll(capsys, demo, "plan", "K-2026-0001", "--out", out_file)
    assert code == 0 and err == ""
    assert out_file.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("command", [("person", "export", "K-2026-0002"), ("tour",)])
def test_an_output_folder_that_is_a_file_is_refused(capsys, demo, tmp_path, command):
    blocker = tmp_path / "ut"
    blocker.write_text("x")
    line = refused(capsys, demo, *command, "--out", blocker)
    assert line == f"koll: {blocker}: det är en fil; ange en mapp"
    assert blocker.read_text() == "x"


@pytest.mark.parametrize("command", [
    ["cases"], ["summary", "--out", "s.xlsx"], ["compare", "EX-USK", "VOXABN", "--out", "c.pdf"],
    ["plan", "K-2026-0001", "--out", "p.pdf"], ["bundle", "export", "K-2026-0001", "--out",
                                                 "b.kollcase"], ["library", "list"]])
def test_a_command_that_reads_refuses_a_folder_without_a_database(capsys, tmp_path, command):
    typo = tmp_path / "datta"
    code, out, err = koll(capsys, typo, *command)
    assert code == 1 and out == ""
    assert err == (f"koll: {typo}: här finns ingen KoLL-databas; stämmer --data-dir? (en ny "
                   "skapas av koll demo, koll library import eller koll bundle import)\n")
    assert not typo.exists()  # nothing made: not even the folder
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.pdf"))


def test_a_command_that_adds_data_makes_the_database_and_tells(capsys, tmp_path):
    typo = tmp_path / "datta"
    code, out, err = koll(capsys, typo, "check")
    assert code == 0 and "integritet: ok" in out
    assert err == f"koll: ny tom databas skapad i {typo}\n"
    assert (typo / "koll.sqlite3").exists()
    code, out, err = koll(capsys, typo, "cases")
    assert (code, out, err) == (0, "inga ärenden\n", "")  # only the first time


def test_a_command_refused_in_a_new_folder_leaves_no_empty_database(capsys, tmp_path):
    typo = tmp_path / "datta"
    line = refused(capsys, typo, "bundle", "import", tmp_path / "saknas.kollcase")
    assert "saknas.kollcase" in line
    assert not list(typo.glob("koll.sqlite3*"))
    code, _, err = koll(capsys, typo, "cases")  # so nothing reads it as a database later
    assert code == 1 and "här finns ingen KoLL-databas" in err


def test_demo_makes_its_database_without_a_note(capsys, tmp_path):
    code, out, err = koll(capsys, tmp_path / "ny", "demo")
    assert code == 0 and err == "" and "demoärenden: 5 nya" in out


def test_tour_help_tells_of_the_registerutdrag(capsys):
    with pytest.raises(SystemExit):
        main(["tour", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "PNG" in out and "registerutdrag (PDF och JSON)" in out
    assert "MAPP/registerutdrag" in out and "datamappen används inte" in out


def test_tour_leaves_the_data_folder_without_a_database(capsys, tmp_path, monkeypatch):
    import koll_desktop.ui.tour as tour

    def fake_tour(out: Path) -> list[Path]:
        (out / "registerutdrag").mkdir(parents=True)
        (out / "01-arendelista.png").write_bytes(b"png")
        return [out / "01-arendelista.png"]

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(tour, "run_tour", fake_tour)
    data, out = tmp_path / "data", tmp_path / "tur"
    code, printed, err = koll(capsys, data, "tour", "--out", out)
    assert code == 0 and err == ""
    assert printed.splitlines() == [
        str(out / "01-arendelista.png"),
        f"{out / 'registerutdrag'}: registerutdrag för en demoperson (PDF och JSON)"]
    assert not (data / "koll.sqlite3").exists()


def test_output_to_a_closed_pipe_is_no_error(tmp_path):
    """`koll cases | head -1`: the reader stops early; no "unexpected error" after it."""
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo"]) == 0
    child = subprocess.Popen([sys.executable, "-m", "koll_desktop", "--data-dir", str(data),
                              "library", "list"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    child.stdout.close()  # before it has written anything
    _, err = child.communicate(timeout=60)
    assert "oväntat" not in err.decode() and "Traceback" not in err.decode()
    assert child.returncode == 1


def test_codes_and_names_are_found_in_any_letter_case(capsys, demo_dir, tmp_path):
    code, out, _ = koll(capsys, demo_dir, "cases", "--counsellor", "lena berg",
                        "--framework", "voxabn")
    assert code == 0
    assert {line.split("\t")[0] for line in out.splitlines()[1:]} == {
        "K-2026-0001", "K-2026-0005"}  # Lena Berg's cases against VOXABN
    code, out, _ = koll(capsys, demo_dir, "compare", "ex-usk", "Voxabn",
                        "--out", tmp_path / "j.xlsx")
    assert code == 0 and "VOXABN täcks" in out
    code, out, _ = koll(capsys, demo_dir, "microcredential", "K-2026-0001", "mk-usk-hyg",
                        "--out", tmp_path / "mk.pdf")
    assert code == 0 and "mikromerit MK-USK-HYG för K-2026-0001" in out


@pytest.mark.parametrize(("command", "line"), [
    (["cases", "--counsellor", "lena"],
     "koll: --counsellor: okänd handledare 'lena'; finns: Lena Berg, Omar Said"),
    (["cases", "--framework", "NOPE"], "koll: --framework: okänd ramverkskod 'NOPE'; finns: "
     "EX-USK, VOXABN, YP-BARNSKOTARE, YP-ELEVASSISTENT"),
    (["summary", "--counsellor", "omar", "--out", "s.xlsx"],
     "koll: --counsellor: okänd handledare 'omar'; finns: Lena Berg, Omar Said"),
])
def test_a_filter_that_matches_no_one_says_what_there_is(capsys, demo_dir, command, line):
    assert refused(capsys, demo_dir, *command) == line


def test_a_data_folder_given_after_the_command_is_explained(capsys, tmp_path):
    line = usage_error(capsys, tmp_path, "cases", "--data-dir", str(tmp_path / "annan"))
    assert line.startswith("koll: okända argument: --data-dir ")
    assert line.endswith("(--data-dir skrivs före kommandot: koll --data-dir MAPP KOMMANDO …)")


def test_help_keeps_dates_and_codes_whole(monkeypatch):
    from koll_desktop.cli import build_parser

    monkeypatch.setenv("COLUMNS", "80")  # where "ÅÅÅÅ-MM-DD" fell on a line's end

    text = build_parser()._subparsers._group_actions[0].choices["summary"].format_help()
    assert "(ÅÅÅÅ-MM-DD)" in text
    assert all(not line.rstrip().endswith("ÅÅÅÅ-") for line in text.splitlines())
    assert "Excel-filen som skrivs" in text


def test_microcredential_without_a_code_lists_what_the_case_has(capsys, demo_dir):
    code, out, err = koll(capsys, demo_dir, "microcredential", "K-2026-0001")
    assert (code, err) == (0, "")
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0] == ["kod", "status", "titel", "saknas"]
    earned = {r[0] for r in rows[1:] if r[1] == "uppnådd"}
    assert "MK-USK-HYG" in earned
    pending = [r for r in rows[1:] if r[1] == "inte uppnådd"]
    assert pending and all(r[3] for r in pending)  # what is missing is named
    assert refused(capsys, demo_dir, "microcredential", "K-2026-0001", "MK-USK-HYG") == \
        "koll: --out: ange filen som skrivs (--out FIL.pdf)"
