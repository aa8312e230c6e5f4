"""Bad JSON input to `koll library import`, and the library JSON round trip (DESIGN §5, §8).

Every bad file must give exit code 1, exactly one line on stderr naming the file and
the place, and leave the library in the database exactly as it was (DESIGN §10).
"""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from koll_desktop.__main__ import main
from koll_desktop.paths import DB_FILE_NAME
from koll_desktop.services import library_import

FIXTURES = Path(__file__).parent / "fixtures" / "library"
LIBRARY_TABLES = ("framework", "unit", "requirement", "crosswalk_link", "micro_credential",
                  "micro_credential_requirement")


# -- helpers ---------------------------------------------------------------------------------

def koll(capsys, data_dir: Path, *args: Any) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def dump(data_dir: Path) -> dict[str, list[tuple]]:
    """Every row of the library tables, in a stable order."""
    conn = sqlite3.connect(f"file:{data_dir / DB_FILE_NAME}?mode=ro", uri=True)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in LIBRARY_TABLES}
    finally:
        conn.close()




def refused(capsys, data_dir: Path, path: Path) -> str:
    """Import `path`; check exit 1, one stderr line naming the file, nothing written."""
    before = dump(data_dir)
    assert before["framework"], "the demo library should be loaded"
    code, out, err = koll(capsys, data_dir, "library", "import", path)
    lines = err.splitlines()
    assert code == 1, (out, err)
    assert len(lines) == 1, err
    assert lines[0].startswith("koll: ") and path.name in lines[0], lines[0]
    assert "Traceback" not in err and "oväntat fel" not in err
    assert dump(data_dir) == before
    return lines[0]


def good_doc() -> dict[str, Any]:
    """A small valid format-1 library that links into the demo library."""
    return json.loads((FIXTURES / "local_small.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, data: Any, name: str = "bibliotek.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def changed(change) -> dict[str, Any]:
    doc = good_doc()
    change(doc)
    return doc


def req(doc: dict, unit: int, index: int) -> dict:
    return doc["frameworks"][0]["units"][unit]["requirements"][index]


# -- the good file itself ----------------------------------------------------------------------

def test_the_good_file_imports_on_top_of_the_demo(demo_dir, tmp_path, capsys):
    code, out, err = koll(capsys, demo_dir, "library", "import", FIXTURES / "local_small.json")
    assert (code, err) == (0, "")
    assert "nya: LOK-VARD 2026-1" in out and "1 kopplingar, 1 mikromeriter" in out
    code, out, err = koll(capsys, demo_dir, "library", "import", FIXTURES / "local_small.json")
    assert (code, err) == (0, "")
    assert "oförändrade: LOK-VARD 2026-1" in out


# -- files that are not a library at all -----------------------------------------------------

def test_missing_file(demo_dir, tmp_path, capsys):
    assert "filen finns inte" in refused(capsys, demo_dir, tmp_path / "finns_inte.json")


def test_empty_file(demo_dir, tmp_path, capsys):
    path = tmp_path / "tom.json"
    path.write_bytes(b"")
    assert refused(capsys, demo_dir, path) == "koll: tom.json: filen är tom"


def test_neither_xlsx_nor_json(demo_dir, tmp_path, capsys):
    path = tmp_path / "anteckningar.json"
    path.write_text("Det här är en vanlig textfil,\ninte JSON.\n", encoding="utf-8")
    line = refused(capsys, demo_dir, path)
    assert "varken xlsx eller giltig JSON" in line and "rad 1" in line


def test_zip_that_is_not_an_xlsx_workbook(demo_dir, tmp_path, capsys):
    pytest.importorskip("koll_desktop.services.library_xlsx")
    path = tmp_path / "arkiv.xlsx"
    shutil.make_archive(str(tmp_path / "arkiv"), "zip", FIXTURES)
    (tmp_path / "arkiv.zip").rename(path)
    refused(capsys, demo_dir, path)


@pytest.mark.parametrize("data", [{"foo": 1}, [1, 2, 3], [good_doc()], "bibliotek", 42, None],
                         ids=["object", "list", "list-of-library", "string", "number", "null"])
def test_json_of_unknown_shape(demo_dir, tmp_path, capsys, data):
    line = refused(capsys, demo_dir, write(tmp_path, data, "okand.json"))
    assert line.startswith("koll: okand.json: okänd form")


def test_json_that_is_not_utf8(demo_dir, tmp_path, capsys):
    path = tmp_path / "latin1.json"
    text = json.dumps(good_doc(), ensure_ascii=False)
    assert "å" in text
    path.write_bytes(text.encode("latin-1"))
    line = refused(capsys, demo_dir, path)
    assert "inte UTF-8" in line


def test_json_nested_too_deep(demo_dir, tmp_path, capsys):
    path = tmp_path / "djup.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    refused(capsys, demo_dir, path)


def test_file_over_the_size_limit(demo_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(library_import, "MAX_FILE_BYTES", 64)
    line = refused(capsys, demo_dir, write(tmp_path, good_doc(), "stor.json"))
    assert "för stor" in line


def test_size_message_does_not_round_the_file_down_to_the_limit(demo_dir, tmp_path, capsys,
                                                                 monkeypatch):
    mib = 1024 * 1024
    monkeypatch.setattr(library_import, "MAX_FILE_BYTES", mib)
    path = tmp_path / "stor.json"
    path.write_bytes(b" " * (mib + 1000))
    line = refused(capsys, demo_dir, path)
    assert "(1 MiB; högst 1 MiB)" not in line, line


# -- library JSON with bad content -----------------------------------------------------------

def test_newer_format_version(demo_dir, tmp_path, capsys):
    line = refused(capsys, demo_dir,
                   write(tmp_path, changed(lambda d: d.update(format_version=2))))
    assert "formatversion 2" in line and "uppdatera KoLL" in line


def test_other_format_name(demo_dir, tmp_path, capsys):
    line = refused(capsys, demo_dir,
                   write(tmp_path, changed(lambda d: d.update(format="annat-format"))))
    assert '"format"' in line


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: req(d, 1, 0).update(code="LOK.A.1"),
     "frameworks[0].units[1].requirements[0].code"),
    (lambda d: req(d, 0, 1).update(code="LOK.A.1"),
     "frameworks[0].units[0].requirements[1].code"),
    (lambda d: d["frameworks"][0]["units"][1].update(code="LOK.A"),
     "frameworks[0].units[1].code"),
], ids=["across-units", "within-a-unit", "unit-code"])
def test_duplicate_codes_name_the_place(demo_dir, tmp_path, capsys, change, place):
    line = refused(capsys, demo_dir, write(tmp_path, changed(change)))
    assert f"bibliotek.json: {place}: " in line, line


@pytest.mark.parametrize(("end", "ref"), [("to", ["EX-USK", "FINNS.INTE"]),
                                          ("from", ["OKÄNT", "LOK.A.1"])])
def test_crosswalk_to_a_requirement_that_does_not_exist(demo_dir, tmp_path, capsys, end, ref):
    line = refused(capsys, demo_dir,
                   write(tmp_path, changed(lambda d: d["crosswalk"][0].update({end: ref}))))
    assert f"crosswalk[0].{end}" in line and ref[1] in line


def test_micro_credential_with_a_requirement_that_does_not_exist(demo_dir, tmp_path, capsys):
    doc = changed(lambda d: d["micro_credentials"][0]["requirements"].append(["LOK-VARD", "X"]))
    line = refused(capsys, demo_dir, write(tmp_path, doc))
    assert "micro_credentials[0].requirements" in line


def test_micro_credential_listing_a_requirement_twice(demo_dir, tmp_path, capsys):
    doc = changed(lambda d: d["micro_credentials"][0]["requirements"].append(
        ["LOK-VARD", "LOK.A.1"]))
    line = refused(capsys, demo_dir, write(tmp_path, doc))
    assert "micro_credentials[0].requirements" in line


def test_micro_credential_requirements_not_a_list(demo_dir, tmp_path, capsys):
    doc = changed(lambda d: d["micro_credentials"][0].update(requirements=5))
    line = refused(capsys, demo_dir, write(tmp_path, doc))
    assert "bibliotek.json: micro_credentials[0].requirements: " in line


@pytest.mark.parametrize("points", ["hundra", "12,5 p", 1.5, True, [100], {"p": 100}],
                         ids=repr)
def test_points_that_are_not_numbers(demo_dir, tmp_path, capsys, points):
    doc = changed(lambda d: d["frameworks"][0]["units"][0].update(points=points))
    line = refused(capsys, demo_dir, write(tmp_path, doc))
    assert "bibliotek.json: frameworks[0].units[0].points: " in line, line


@pytest.mark.parametrize("literal", ['"NaN"', "NaN", "Infinity", "1e400", "1e30", "-100"])
def test_points_that_are_not_finite_or_out_of_range(demo_dir, tmp_path, capsys, literal):
    path = write(tmp_path, good_doc())
    text = path.read_text(encoding="utf-8")
    assert text.count('"points": 100') == 1
    path.write_text(text.replace('"points": 100', f'"points": {literal}'), encoding="utf-8")
    line = refused(capsys, demo_dir, path)
    assert "bibliotek.json: frameworks[0].units[0].points: " in line, line


def test_negative_weight(demo_dir, tmp_path, capsys):
    doc = changed(lambda d: req(d, 0, 0).update(weight=-2))
    line = refused(capsys, demo_dir, write(tmp_path, doc))
    assert "frameworks[0].units[0].requirements[0].weight" in line


@pytest.mark.parametrize("change", [
    lambda r: r.pop("text"), lambda r: r.update(text=""), lambda r: r.update(text=None),
    lambda r: r.update(text="   \n\t "),
], ids=["missing", "empty", "null", "only-whitespace"])
def test_requirement_missing_its_text(demo_dir, tmp_path, capsys, change):
    doc = changed(lambda d: change(req(d, 1, 1)))
    line = refused(capsys, demo_dir, write(tmp_path, doc))
    assert line.endswith("bibliotek.json: frameworks[0].units[1].requirements[1].text: saknas")


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: req(d, 0, 1).update(kind="kunskap"),
     "frameworks[0].units[0].requirements[1].kind"),
    (lambda d: d["frameworks"][0].update(kind="standard"), "frameworks[0].kind"),
    (lambda d: d["crosswalk"][0].update(coverage="halv"), "crosswalk[0].coverage"),
], ids=["requirement", "framework", "coverage"])
def test_unknown_kind(demo_dir, tmp_path, capsys, change, place):
    line = refused(capsys, demo_dir, write(tmp_path, changed(change)))
    assert f"bibliotek.json: {place}: okänt värde" in line


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: d.update(frameworks=["LOK-VARD"]), "frameworks[0]"),
    (lambda d: d["frameworks"][0]["units"].append(7), "frameworks[0].units[2]"),
    (lambda d: d.update(frameworks={"LOK-VARD": {}}), "frameworks"),
    (lambda d: d["frameworks"][0].update(code=["LOK"]), "frameworks[0].code"),
    (lambda d: d["frameworks"][0].pop("version"), "frameworks[0].version"),
    (lambda d: d["frameworks"][0].update(valid_from="2026-02-30"), "frameworks[0].valid_from"),
    (lambda d: d["frameworks"][0]["units"][0].update(required="ja"),
     "frameworks[0].units[0].required"),
    (lambda d: d["crosswalk"][0].update(to="EX-USK A.1"), "crosswalk[0].to"),
], ids=["framework-not-object", "unit-not-object", "frameworks-not-list", "code-not-text",
        "version-missing", "bad-date", "required-not-bool", "ref-not-pair"])
def test_wrong_shapes_name_the_place(demo_dir, tmp_path, capsys, change, place):
    line = refused(capsys, demo_dir, write(tmp_path, changed(change)))
    assert f"koll: bibliotek.json: {place}: " in line, line


def test_text_with_a_lone_surrogate(demo_dir, tmp_path, capsys):
    path = write(tmp_path, good_doc())
    text = path.read_text(encoding="utf-8").replace("Basala hygienrutiner", "Basala \\ud800")
    path.write_text(text, encoding="utf-8")
    line = refused(capsys, demo_dir, path)
    assert "frameworks[0].units[0].requirements[0].text" in line


def test_new_content_for_a_framework_used_in_cases_is_refused(demo_dir, tmp_path, capsys):
    code, _, _ = koll(capsys, demo_dir, "library", "export", tmp_path / "demo.json")
    assert code == 0
    doc = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
    voxabn = next(f for f in doc["frameworks"] if f["code"] == "VOXABN")
    voxabn["units"][0]["requirements"][0]["text"] = "Ändrad text"
    line = refused(capsys, demo_dir, write(tmp_path, doc, "andrad.json"))
    assert "VOXABN 2021-07" in line and "ny version" in line


# -- the good path: export → import → export ---------------------------------------------------

def test_export_import_export_gives_identical_json(demo_dir, tmp_path, capsys):
    first, second = tmp_path / "forsta.json", tmp_path / "andra.json"
    assert koll(capsys, demo_dir, "library", "import", FIXTURES / "local_small.json")[0] == 0
    assert koll(capsys, demo_dir, "library", "export", first)[0] == 0
    empty = tmp_path / "tom"
    code, out, err = koll(capsys, empty, "library", "import", first)
    assert (code, err) == (0, f"koll: ny tom databas skapad i {empty}\n")
    assert "nya: EX-USK 2024-1, LOK-VARD 2026-1, VOXABN 2021-07" in out
    assert koll(capsys, empty, "library", "export", second)[0] == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert len(exported["frameworks"]) == 5 and exported["micro_credentials"]
    assert dump(empty)["crosswalk_link"] and len(dump(empty)["micro_credential"]) == len(
        exported["micro_credentials"])
    # …and importing the export again changes no framework, unit or requirement.
    before = dump(empty)
    code, out, _ = koll(capsys, empty, "library", "import", first)
    assert code == 0 and "nya" not in out and "uppdaterade" not in out
    after = dump(empty)
    for table in ("framework", "unit", "requirement"):
        assert after[table] == before[table], table
    for table in ("crosswalk_link", "micro_credential", "micro_credential_requirement"):
        assert len(after[table]) == len(before[table]), table


def test_good_doc_is_not_modified_by_the_helpers():
    doc = good_doc()
    assert changed(lambda d: d.update(format_version=9)) != doc
    assert good_doc() == copy.deepcopy(doc)
