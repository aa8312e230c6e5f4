"""Import of Skolverket's syllabus API JSON (facts.md §2) into the reference library."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from koll_desktop.__main__ import main
from koll_desktop.domain.enums import FrameworkKind, RequirementKind
from koll_desktop.domain.library import Framework, Unit
from koll_desktop.errors import KnownError
from koll_desktop.services.library_import import read_library_file
from koll_desktop.services.skolverket import (
    API_SOURCE,
    clean_text,
    html_items,
    looks_like_skolverket,
    read_skolverket,
)

FIXTURES = Path(__file__).parent / "fixtures" / "skolverket"
GY11 = FIXTURES / "subject_omv_gy11.json"
GY25 = FIXTURES / "subject_mate_gy25.json"
COURSE = FIXTURES / "course_gerger0.json"


def raw(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def framework(path: Path, data: Any = None) -> Framework:
    library = read_skolverket(path, raw(path) if data is None else data)
    assert len(library.frameworks) == 1
    assert not library.crosswalk and not library.micro_credentials
    return library.frameworks[0]


def texts(unit: Unit, *, step: str | None = None) -> list[str]:
    return [r.text for r in unit.requirements if r.grade_step == step]


def write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- Gy11: a subject with two courses ------------------------------------------------------

def test_gy11_subject_gives_one_framework_with_a_unit_per_course():
    fw = framework(GY11)
    assert (fw.code, fw.title, fw.kind) == ("OMV", "Omvårdnad", FrameworkKind.SYLLABUS)
    assert [(u.code, u.title, u.points) for u in fw.units] == [
        ("OMVOMV01", "Omvårdnad 1", 100), ("OMVOMV02", "Omvårdnad 2", 100)]
    assert all(type(u.points) is int and u.required for u in fw.units)
    assert fw.total_points == 200


def test_gy11_central_content_becomes_one_clean_requirement_per_list_item():
    first, second = framework(GY11).units
    assert texts(first) == [
        "Omvårdnadens värdegrund, etik och förhållningssätt i vård och omsorg.",
        "Basala hygienrutiner och smittspridning – hur smitta sprids och förebyggs.",
        "Personcentrerad omvårdnad och den enskildes delaktighet & självbestämmande.",
        "Dokumentation och rapportering enligt gällande lagar och föreskrifter.",
        "Lyft- och förflyttningsteknik samt ergonomi för patient och personal.",
    ]
    # The introducing paragraph and the bold sub-headings are not requirements; the
    # closing paragraph is; the empty list item is dropped.
    assert texts(second) == [
        "Omvårdnad vid vanliga sjukdomar, till exempel hjärt- och kärlsjukdomar, diabetes "
        "och demens.",
        "Smärta och smärtlindring – bedömning och omvårdnadsåtgärder.",
        "Palliativ vård och omvårdnad i livets slutskede.",
        "Samverkan med närstående och med andra yrkesgrupper kring den enskildes omvårdnad.",
    ]
    content = [r for u in (first, second) for r in u.requirements if r.grade_step is None]
    assert {r.kind for r in content} == {RequirementKind.KNOWLEDGE}
    assert [r.code for r in first.requirements[:5]] == [f"OMVOMV01.{n}" for n in range(1, 6)]
    assert not any("<" in r.text or "&" in r.text.replace(" & ", "") for r in content)


def test_gy11_knowledge_requirements_are_kept_per_grade_step():
    first, second = framework(GY11).units
    criteria = [r for r in first.requirements if r.grade_step]
    assert [(r.code, r.grade_step) for r in criteria] == [
        ("OMVOMV01.E1", "E"), ("OMVOMV01.E2", "E"), ("OMVOMV01.D1", "D"),
        ("OMVOMV01.C1", "C"), ("OMVOMV01.C2", "C"), ("OMVOMV01.B1", "B"),
        ("OMVOMV01.A1", "A"), ("OMVOMV01.A2", "A")]
    assert {r.kind for r in criteria} == {RequirementKind.COMPETENCE}
    assert texts(first, step="E") == [
        "Eleven beskriver översiktligt omvårdnadens värdegrund och etik.",
        "Eleven utför omvårdnadsåtgärder med viss säkerhet och tillämpar basala hygienrutiner.",
    ]
    assert texts(first, step="D") == ["Elevens kunskaper bedöms sammantaget vara mellan C och E."]
    assert [r.code for r in second.requirements if r.grade_step] == [
        "OMVOMV02.E1", "OMVOMV02.C1", "OMVOMV02.A1"]
    assert texts(second, step="A") == [
        "Eleven beskriver utförligt och nyanserat omvårdnad vid vanliga sjukdomar och planerar "
        "och utför efter samråd med handledare omvårdnadsåtgärder."]


def test_framework_records_version_dates_owner_source_and_syllabus_type():
    fw = framework(GY11)
    assert fw.version == "4"  # the API's integer version, as text
    assert (fw.valid_from, fw.valid_to) == (date(2021, 7, 1), date(2030, 6, 30))
    assert fw.source_date == date(2024, 3, 12)
    assert fw.owner == "Skolverket"
    assert fw.source.startswith(API_SOURCE) and GY11.name in fw.source
    assert fw.syllabus_type == "SUBJECT_SYLLABUS"
    assert fw.language == "sv" and not fw.example and not fw.has_example_content
    assert fw.description == ("Ämnet omvårdnad behandlar hur människors grundläggande behov "
                              "tillgodoses i vård och omsorg.")


def test_version_falls_back_to_the_start_date():
    data = raw(GY11)
    del data["subject"]["version"]
    assert framework(GY11, data).version == "2021-07-01"


def test_requirement_codes_are_unique_within_the_framework():
    for path in (GY11, GY25, COURSE):
        codes = [r.code for r in framework(path).requirements]
        assert len(codes) == len(set(codes)), path.name


# -- Gy25: a subject with levels, criteria on the subject --------------------------------

def test_gy25_levels_become_units_titled_with_the_subject():
    fw = framework(GY25)
    assert (fw.code, fw.version, fw.syllabus_type) == ("MATE", "1", "GRADE_SUBJECT_SYLLABUS")
    assert (fw.valid_from, fw.valid_to) == (date(2025, 7, 1), None)
    assert [(u.code, u.title, u.points) for u in fw.units] == [
        ("MATE1A00X", "Matematik – Nivå 1a", 100), ("MATE1B00X", "Matematik – Nivå 1b", 100)]
    assert texts(fw.units[0]) == [
        "Matematiska begrepp som är relevanta för arbetslivet, till exempel proportionalitet, "
        "skala och procent.",
        "Hantering av formler som är relevanta för arbetslivet.",
        "Metoder för att lösa linjära ekvationer.",
        "Begreppet förändringsfaktor och beräkning av förändringar i flera steg.",
    ]
    assert texts(fw.units[1]) == [
        "Begreppen funktion, definitionsmängd och värdemängd.",
        "Motivering och hantering av räkneregler för potenser.",
        "Begreppet potensfunktion.",
    ]


def test_gy25_subject_criteria_are_given_to_every_level():
    level_a, level_b = framework(GY25).units
    expected_e = [
        "Eleven använder och beskriver begrepp och samband mellan begrepp med godtagbar bredd "
        "och säkerhet.",
        "Eleven löser enkla problem inom nivåns olika områden och bedömer resultatens "
        "rimlighet.",
    ]
    for unit in (level_a, level_b):
        assert texts(unit, step="E") == expected_e
        assert [r.grade_step for r in unit.requirements if r.grade_step] == list("EEDCCBAA")
        assert all(r.kind == RequirementKind.COMPETENCE
                   for r in unit.requirements if r.grade_step)
    assert [r.code for r in level_b.requirements if r.grade_step == "C"] == [
        "MATE1B00X.C1", "MATE1B00X.C2"]


def test_gy25_levels_without_own_content_take_the_subjects_central_contents():
    data = raw(GY25)
    for level in data["courses"]:
        del level["centralContent"]
    data["centralContents"] = [
        {"text": "<ul><li>Gemensamt inneh&aring;ll ett.</li></ul>", "year": None},
        {"text": "<p>Gemensamt innehåll två.</p>"},
    ]
    for unit in framework(GY25, data).units:
        assert texts(unit) == ["Gemensamt innehåll ett.", "Gemensamt innehåll två."]
        assert unit.requirements[0].code == f"{unit.code}.1"


def test_subject_without_courses_is_one_unit_of_its_own():
    data = {"code": "EXE", "name": "Exempelämne", "typeOfSyllabus": "SUBJECT_SYLLABUS",
            "version": "2", "points": "200",
            "centralContents": [{"text": "<ul><li>Ett.</li><li>Två.</li></ul>"}],
            "knowledgeRequirements": [{"text": "<p>Eleven gör.</p>", "gradeStep": "e"}]}
    fw = framework(Path("exe.json"), data)
    assert [(u.code, u.title, u.points) for u in fw.units] == [("EXE", "Exempelämne", 200)]
    assert [(r.code, r.text, r.grade_step) for r in fw.requirements] == [
        ("EXE.1", "Ett.", None), ("EXE.2", "Två.", None), ("EXE.E1", "Eleven gör.", "E")]


# -- a single course -------------------------------------------------------------------

def test_single_course_envelope_is_a_framework_of_its_subject_with_one_unit():
    fw = framework(COURSE)
    assert (fw.code, fw.title, fw.version) == ("GER", "Gerontologi och geriatrik", "3")
    assert (fw.valid_from, fw.valid_to) == (date(2021, 7, 1), date(2030, 6, 30))
    assert fw.syllabus_type == "COURSE_IN_SUBJECT_SYLLABUS"
    [unit] = fw.units
    assert (unit.code, unit.title, unit.points) == ("GERGER0", "Gerontologi och geriatrik", 100)
    assert [(r.code, r.grade_step) for r in unit.requirements] == [
        ("GERGER0.1", None), ("GERGER0.2", None), ("GERGER0.3", None),
        ("GERGER0.E1", "E"), ("GERGER0.C1", "C"), ("GERGER0.A1", "A")]
    assert texts(unit)[0] == "Det normala åldrandet: kroppsliga, psykiska och sociala förändringar."


def test_bare_course_without_envelope_or_parent_is_coded_by_the_course():
    course = raw(COURSE)["course"]
    del course["subjectParent"]
    course["version"] = 7
    fw = framework(Path("kurs.json"), course)
    assert (fw.code, fw.title, fw.version) == ("GERGER0", "Gerontologi och geriatrik", "7")
    assert [u.code for u in fw.units] == ["GERGER0"]


def test_bare_gy25_level_is_titled_with_its_subject():
    level = copy.deepcopy(raw(GY25)["courses"][0])
    level["subjectParent"] = {"subjectCode": "MATE", "subjectName": "Matematik", "version": 1,
                              "startDate": "2025-07-01"}
    fw = framework(Path("nivå.json"), {"apiName": "Syllabus API", "course": level})
    assert (fw.code, fw.version) == ("MATE", "1")
    assert [(u.code, u.title) for u in fw.units] == [("MATE1A00X", "Matematik – Nivå 1a")]
    # A level alone has no criteria: those sit on the subject.
    assert all(r.grade_step is None for r in fw.requirements)


# -- HTML to clean text --------------------------------------------------------------------

@pytest.mark.parametrize(("html", "expected"), [
    ("<ul><li>Ett</li><li>Två</li></ul>", ["Ett", "Två"]),
    ("<p>Undervisningen i kursen ska behandla följande centrala innehåll:</p>"
     "<ul><li>Ett</li></ul>", ["Ett"]),
    ("<h4>Undervisningen i kursen ska behandla följande centrala innehåll:</h4>"
     "<ul><li>Ett</li></ul>", ["Ett"]),
    ("<p>Inledning som inte slutar med kolon</p><ul><li>Ett</li></ul>", ["Ett"]),
    ("<p><strong>Underrubrik</strong></p><p>Stycke.</p>", ["Stycke."]),
    ("<p>Första stycket.</p> <p>Andra  stycket,\n  på två rader.</p>",
     ["Första stycket.", "Andra stycket, på två rader."]),
    ("<ul><li>S&auml;kerhet&nbsp;och&#160;hygien &#8211; grunder &amp; rutiner</li></ul>",
     ["Säkerhet och hygien – grunder & rutiner"]),
    ("<ul><li></li><li> &nbsp; </li><li><br></li><li>Kvar</li></ul>", ["Kvar"]),
    ("<ul><li>Utan slut<li>Nästa</ul>", ["Utan slut", "Nästa"]),
    ("<ul><li>Kommunikation, till exempel:<ul><li>muntlig</li><li>skriftlig</li></ul></li>"
     "<li>Etik</li></ul>", ["muntlig", "skriftlig", "Etik"]),
    ("<ol><li>Med <strong>fet</strong> och <em>kursiv</em> text.</li></ol>",
     ["Med fet och kursiv text."]),
    ("<ul><li>Ord\u00admed mjukt bindestreck</li></ul>", ["Ordmed mjukt bindestreck"]),
    ("Ren text &amp; mer", ["Ren text & mer"]),
    ("<h4><i>Betyget E</i></h4><p>Eleven gör.</p>", ["Eleven gör."]),
    ("", []),
    ("<p></p>", []),
])
def test_html_items(html, expected):
    assert html_items(html) == expected


def test_clean_text_keeps_every_block_on_its_own_line():
    assert clean_text("<h3>Rubrik</h3><p>Ett&nbsp;stycke.</p><ul><li>En punkt</li></ul>") == (
        "Rubrik\nEtt stycke.\nEn punkt")


# -- detection -----------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    raw(GY11), raw(GY25), raw(COURSE), raw(COURSE)["course"],
    {"apiName": "Syllabus API", "apiVersion": "1.16.0", "subjects": []},
])
def test_looks_like_skolverket(data):
    assert looks_like_skolverket(data)


@pytest.mark.parametrize("data", [
    {"foo": 1}, [raw(GY11)], "OMV", None, 3, {"code": "X"},
    {"format": "koll-library", "format_version": 1, "frameworks": []},
])
def test_does_not_look_like_skolverket(data):
    assert not looks_like_skolverket(data)


def test_read_library_file_recognises_all_three_shapes(tmp_path):
    bare = write(tmp_path, "bare_course.json", raw(COURSE)["course"])
    for path in (GY11, GY25, COURSE, bare):
        assert read_library_file(path).frameworks[0].kind == FrameworkKind.SYLLABUS


# -- bad input: one KnownError naming the place ----------------------------------------------

def _gy11(change) -> dict[str, Any]:
    data = raw(GY11)
    change(data["subject"])
    return data


def _set(obj: dict, key: str, value: Any) -> None:
    obj[key] = value


BAD = [
    ("subject.courses[1].points", "poäng",
     lambda s: _set(s["courses"][1], "points", "hundra")),
    ("subject.courses[0].points", "poäng", lambda s: _set(s["courses"][0], "points", "-5")),
    ("subject.courses[0].points", "poäng", lambda s: _set(s["courses"][0], "points", "1e3")),
    ("subject.courses[0].points", "poäng", lambda s: _set(s["courses"][0], "points", True)),
    ("subject.courses[0].points", "poäng", lambda s: _set(s["courses"][0], "points", 12.5)),
    ("subject.courses", "lista", lambda s: _set(s, "courses", {"OMVOMV01": {}})),
    ("subject.courses[1]", "objekt", lambda s: _set(s["courses"], 1, "OMVOMV02")),
    ("subject.courses[1].code", "OMVOMV01",
     lambda s: _set(s["courses"][1], "code", "OMVOMV01")),
    ("subject.courses[0].code", "saknas", lambda s: s["courses"][0].pop("code")),
    ("subject.courses[1].name", "saknas", lambda s: _set(s["courses"][1], "name", "  ")),
    ("subject.code", "saknas", lambda s: s.pop("code")),
    ("subject.name", "text", lambda s: _set(s, "name", ["Omvårdnad"])),
    ("subject.version", "saknas", lambda s: [s.pop("version"), s.pop("startDate")]),
    ("subject.startDate", "datum", lambda s: _set(s, "startDate", "1 juli 2021")),
    ("subject.courses[0].knowledgeRequirements[2].gradeStep", "saknas",
     lambda s: s["courses"][0]["knowledgeRequirements"][2].pop("gradeStep")),
    ("subject.courses[0].knowledgeRequirements[0].gradeStep", "betygssteg",
     lambda s: _set(s["courses"][0]["knowledgeRequirements"][0], "gradeStep", "G")),
    ("subject.courses[1].knowledgeRequirements[1].text", "saknas",
     lambda s: s["courses"][1]["knowledgeRequirements"][1].pop("text")),
    ("subject.courses[0].knowledgeRequirements", "lista",
     lambda s: _set(s["courses"][0], "knowledgeRequirements", "<p>E</p>")),
    ("subject.courses[0].centralContent", "objekt",
     lambda s: _set(s["courses"][0], "centralContent", 5)),
    ("subject.courses[0].centralContent.text", "text",
     lambda s: _set(s["courses"][0], "centralContent", {"text": {"html": "<p/>"}})),
    ("subject.courses[0].centralContent.text", "tecken",
     lambda s: _set(s["courses"][0], "centralContent", {"text": "<p>a\ud800b</p>"})),
]


@pytest.mark.parametrize(("place", "words", "change"), BAD,
                         ids=[f"{p}-{w}" for p, w, _ in BAD])
def test_bad_subject_is_one_error_naming_the_place(tmp_path, place, words, change):
    path = tmp_path / "omv.json"
    with pytest.raises(KnownError) as info:
        read_skolverket(path, _gy11(change))
    assert str(info.value).startswith(f"omv.json: {place}: "), str(info.value)
    assert words in info.value.message


@pytest.mark.parametrize(("data", "place", "words"), [
    ({"apiName": "Syllabus API", "apiVersion": "1", "subjects": [{"code": "OMV"}]},
     "x.json: subjects", "listsvar"),
    ({"apiName": "Syllabus API", "apiVersion": "1", "program": {"code": "VO"}},
     "x.json: program", "program"),
    ({"apiName": "Syllabus API", "apiVersion": "1"}, "x.json", "saknar"),
    ({"apiName": "Syllabus API", "subject": "OMV"}, "x.json: subject", "objekt"),
    ({"code": "OMV", "name": "Omvårdnad", "typeOfSyllabus": "SUBJECT_SYLLABUS", "version": 4,
      "courses": [{"code": "OMVOMV01", "name": "Omvårdnad 1", "points": "100"}]},
     "x.json", "inget centralt innehåll"),
])
def test_unsupported_responses_are_refused_with_a_hint(data, place, words):
    with pytest.raises(KnownError) as info:
        read_skolverket(Path("x.json"), data)
    assert info.value.place == place
    assert words in info.value.message


# -- through the command line ----------------------------------------------------------------

def koll(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_then_list_then_reimport_is_unchanged(tmp_path, capsys):
    data = tmp_path / "data"
    code, out, err = koll(capsys, data, "library", "import", GY11)
    assert (code, err) == (0, f"koll: ny tom databas skapad i {data}\n")
    assert "nya: OMV 4" in out
    code, out, _ = koll(capsys, data, "library", "list")
    assert code == 0
    assert "OMV\tKursplan\t4\t2\t20\t200\tOmvårdnad" in out.splitlines()
    code, out, err = koll(capsys, data, "library", "import", GY11)
    assert (code, err) == (0, "")
    assert "oförändrade: OMV 4" in out and "nya" not in out


def test_cli_imports_gy25_subject_and_single_course_side_by_side(tmp_path, capsys):
    data = tmp_path / "data"
    for path in (GY25, COURSE):
        assert koll(capsys, data, "library", "import", path)[0] == 0
    _, out, _ = koll(capsys, data, "library", "list")
    lines = out.splitlines()
    assert "GER\tKursplan\t3\t1\t6\t100\tGerontologi och geriatrik" in lines
    assert "MATE\tKursplan\t1\t2\t23\t200\tMatematik" in lines


def test_cli_bad_points_is_one_line_and_nothing_is_written(tmp_path, capsys):
    data = tmp_path / "data"
    assert koll(capsys, data, "library", "import", GY25)[0] == 0
    _, before, _ = koll(capsys, data, "library", "list")
    bad = write(tmp_path, "omv_bad.json",
                _gy11(lambda s: _set(s["courses"][1], "points", "100 p")))
    code, out, err = koll(capsys, data, "library", "import", bad)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "koll: omv_bad.json: subject.courses[1].points: ska vara poäng som ett heltal "
        "0–10000, inte '100 p'"]
    assert koll(capsys, data, "library", "list")[1] == before


def test_skolverket_import_survives_a_library_json_round_trip(tmp_path, capsys):
    first, second = tmp_path / "a", tmp_path / "b"
    for path in (GY11, GY25):
        assert koll(capsys, first, "library", "import", path)[0] == 0
    assert koll(capsys, first, "library", "export", tmp_path / "one.json")[0] == 0
    assert koll(capsys, second, "library", "import", tmp_path / "one.json")[0] == 0
    assert koll(capsys, second, "library", "export", tmp_path / "two.json")[0] == 0
    one = (tmp_path / "one.json").read_text(encoding="utf-8")
    assert one == (tmp_path / "two.json").read_text(encoding="utf-8")
    exported = json.loads(one)
    omv = next(f for f in exported["frameworks"] if f["code"] == "OMV")
    assert omv["syllabus_type"] == "SUBJECT_SYLLABUS"
    assert omv["units"][0]["requirements"][5]["grade_step"] == "E"


# -- one course into a library that has its subject ----------------------------------------

def _omv_course(index: int, **changes: Any) -> dict[str, Any]:
    """Course `index` of the OMV subject as the API's ReadCourse gives it: the course with its
    subject as `subjectParent`."""
    subject = raw(GY11)["subject"]
    course = {**copy.deepcopy(subject["courses"][index]), **changes}
    course["subjectParent"] = {key: subject[key] for key in (
        "version", "startDate", "endDate", "modifiedDate")} | {
        "subjectCode": subject["code"], "subjectName": subject["name"]}
    return {"apiName": "Syllabus API", "calledMethod": "ReadCourse", "course": course}


def _units(db) -> dict[str, list[str]]:
    from koll_desktop.storage.library import LibraryRepository

    omv = LibraryRepository(db).find_framework("OMV")
    return {u.code: [r.text for r in u.requirements if r.grade_step is None] for u in omv.units}


def test_a_course_imported_after_its_subject_updates_only_its_own_unit(tmp_path, db):
    from koll_desktop.services.library_import import import_library_file

    import_library_file(db, GY11)
    before = _units(db)
    newer = write(tmp_path, "omvomv02.json", _omv_course(
        1, centralContent="<ul><li>Ny punkt om palliativ vård.</li></ul>"))

    result = import_library_file(db, newer)

    assert result.replaced == ("OMV 4",)
    after = _units(db)
    assert list(after) == ["OMVOMV01", "OMVOMV02"]  # the other course is still there
    assert after["OMVOMV01"] == before["OMVOMV01"]
    assert after["OMVOMV02"] == ["Ny punkt om palliativ vård."]
    again = import_library_file(db, newer)
    assert again.unchanged == ("OMV 4",) and not again.replaced


def test_two_courses_of_one_subject_imported_one_by_one_make_one_framework(tmp_path, db):
    from koll_desktop.services.library_import import import_library_file

    for index in (0, 1):
        import_library_file(db, write(tmp_path, f"kurs{index}.json", _omv_course(index)))

    assert list(_units(db)) == ["OMVOMV01", "OMVOMV02"]
    import_library_file(db, GY11)  # then the whole subject: the same courses
    assert list(_units(db)) == ["OMVOMV01", "OMVOMV02"]
