"""A file that is no .kollcase bundle is refused with one Swedish message that names it and
says what it is instead (an Excel file, a folder …); nothing is read in."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from koll_desktop.errors import KnownError
from koll_desktop.services.bundles import import_bundle
from koll_desktop.services.summary_xlsx import write_summary

NOT_A_BUNDLE = "inte ett ärendepaket från KoLL (.kollcase)"


def _zip(path: Path, *names: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return path


WRONG_FILES = {
    "sammanstallning.xlsx": (None, f"filen är en Excel-fil (.xlsx), {NOT_A_BUNDLE}"),
    "brev.docx": (lambda p: _zip(p, "[Content_Types].xml", "word/document.xml"),
                  f"filen är ett Word-dokument (.docx), {NOT_A_BUNDLE}"),
    "bilder.zip": (lambda p: _zip(p, "bild.png"),
                   f"filen är en zip-fil men {NOT_A_BUNDLE}: manifest.json saknas"),
    "plan.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
                 f"filen är en PDF, {NOT_A_BUNDLE}"),
    "koll.sqlite3": (lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(100)),
                     f"filen är en databas (SQLite), {NOT_A_BUNDLE}"),
    "tom.kollcase": (lambda p: p.write_bytes(b""), "filen är tom"),
}


@pytest.mark.parametrize("name", list(WRONG_FILES))
def test_a_file_of_another_kind_is_named_for_what_it_is(name, demo_db, other_desk, tmp_path):
    make, message = WRONG_FILES[name]
    path = tmp_path / name
    if make is None:
        write_summary(demo_db, path)
    else:
        make(path)
    with pytest.raises(KnownError) as caught:
        import_bundle(other_desk, path)
    assert str(caught.value) == f"{name}: {message}"
    assert other_desk["case"].count == 0 and other_desk["framework"].count == 0


def test_a_folder_is_named_a_folder_and_a_missing_file_missing(other_desk, tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    with pytest.raises(KnownError) as caught:
        import_bundle(other_desk, folder)
    assert str(caught.value) == f"{folder}: det är en mapp; ange en fil (.kollcase)"
    with pytest.raises(KnownError) as caught:
        import_bundle(other_desk, tmp_path / "saknas.kollcase")
    assert str(caught.value) == f"{tmp_path / 'saknas.kollcase'}: filen finns inte"
    assert other_desk["case"].count == 0


def test_the_command_line_says_it_in_one_line(demo_dir, tmp_path, capsys):
    from koll_desktop.__main__ import main

    out = tmp_path / "out"
    assert main(["--data-dir", str(demo_dir), "summary", "--out",
                 str(out / "summary.xlsx")]) == 0
    capsys.readouterr()
    for target, says in ((out / "summary.xlsx", "summary.xlsx: filen är en Excel-fil (.xlsx), "
                          f"{NOT_A_BUNDLE}"),
                         (out, f"{out}: det är en mapp; ange en fil (.kollcase)")):
        assert main(["--data-dir", str(demo_dir), "bundle", "import", str(target)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and says in err, err
