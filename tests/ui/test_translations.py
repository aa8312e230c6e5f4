"""The English translation: built, complete, in step with the code, and used by the UI.

resources/translations/koll_en.ts is made by scripts/update_translations.sh (pyside6-lupdate
over koll_desktop/ui) and built into koll_en.qm. When a test here fails because a string is
new, changed or gone: run the script, translate what it lists, run it again.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "koll_desktop" / "ui"
TS = ROOT / "resources" / "translations" / "koll_en.ts"
QM = TS.with_suffix(".qm")
UPDATE = "scripts/update_translations.sh"

Key = tuple[str, str, str]  # context, source, disambiguation ("" if none)

# Translatable strings that lupdate cannot see, in modules being rewritten as this was
# written. Each entry is (context, source); the test fails once an entry is fixed, so the
# list only shrinks. Do not add to it: fix the code instead.
KNOWN_INVISIBLE: set[tuple[str, str]] = {
    ("micro_credentials", "Kan byggas på till:"),  # _t() inside an f-string
}


# -- the .ts file ------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    key: Key
    translation: str
    kind: str  # the translation's type attribute: "" when finished


def ts_messages() -> list[Message]:
    messages = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            messages.append(Message(
                (name, message.findtext("source") or "", message.findtext("comment") or ""),
                translation.text or "", translation.get("type", "")))
    return messages


def _show(key: Key) -> str:
    context, source, comment = key
    return f"{context}: {source!r}" + (f" ({comment})" if comment else "")


# -- the code ----------------------------------------------------------------------------
_APPLICATIONS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _is_translate(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            and isinstance(node.value, ast.Name) and node.value.id in _APPLICATIONS)


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
        else None


@dataclass
class CodeStrings:
    """Every literal passed to a translation call in koll_desktop/ui, with where it is,
    and the calls lupdate would get wrong."""

    found: dict[Key, list[str]] = field(default_factory=dict)
    problems: list[tuple[tuple[str, str] | None, str]] = field(default_factory=list)


class _Scanner(ast.NodeVisitor):
    """What lupdate reads (context rules as in its Python parser) plus the two helper forms
    scripts/update_translations.sh spells out for it:
        def _t(text): return QCoreApplication.translate("ctx", text)  … _t("…")
        tr = QApplication.translate                                    … tr("ctx", "…")
    """

    def __init__(self, where: str, tree: ast.Module, out: CodeStrings) -> None:
        self.where, self.out = where, out
        self.classes: list[str] = []
        self.in_fstring = 0
        self.bound: dict[str, str] = {}
        self.aliases: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
                last = node.body[-1]
                call = last.value if isinstance(last, ast.Return) else None
                if (isinstance(call, ast.Call) and _is_translate(call.func)
                        and len(call.args) == 2 and _text(call.args[0]) is not None
                        and isinstance(call.args[1], ast.Name)
                        and call.args[1].id == node.args.args[0].arg):
                    self.bound[node.name] = _text(call.args[0]) or ""
            elif isinstance(node, ast.Assign) and _is_translate(node.value):
                self.aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:
        self._call(node)
        self.generic_visit(node)

    def _problem(self, node: ast.AST, key: tuple[str, str] | None, what: str) -> None:
        self.out.problems.append((key, f"{self.where}:{node.lineno}: {what}"))

    def _call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                context = self.classes[-1]
            elif isinstance(owner, ast.Name) and owner.id == "QObject":
                context = "QObject"
            else:
                self._problem(node, None, f"{ast.unparse(node)[:70]}: lupdate cannot tell the "
                                          "class; use QCoreApplication.translate(\"Class\", …)")
                return
            source, comment = (args[0] if args else None), (args[1] if len(args) > 1 else None)
        elif _is_translate(func) or (isinstance(func, ast.Name) and func.id in self.aliases):
            if len(args) < 2:
                return
            context = _text(args[0])
            if context is None:
                self._problem(node, None, "translate() with a context that is not a literal")
                return
            source, comment = args[1], (args[2] if len(args) > 2 else None)
        elif isinstance(func, ast.Name) and func.id in self.bound:
            context, source, comment = self.bound[func.id], (args[0] if args else None), None
        else:
            return
        if isinstance(source, ast.JoinedStr):
            self._problem(node, None, f"an f-string as the source text in {context}: it is "
                                      "never found at run time; use \"{0}\" and .format()")
            return
        text = _text(source)
        if text is None:
            return  # a variable: the literal is marked elsewhere (or in a helper's body)
        if self.in_fstring:
            self._problem(node, (context, text), f"{context}: {text!r} is translated inside an "
                                                 "f-string, where lupdate does not look")
            return
        key = (context, text, _text(comment) or "")
        self.out.found.setdefault(key, []).append(f"{self.where}:{node.lineno}")


def code_strings() -> CodeStrings:
    out = CodeStrings()
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _Scanner(str(path.relative_to(ROOT)), tree, out).visit(tree)
    return out


# -- (a) the .qm is built from the .ts ------------------------------------------------------
def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def test_qm_is_built_from_the_current_ts(tmp_path):
    assert QM.exists(), f"{QM.name} is missing: run {UPDATE}"
    tool = _lrelease()
    assert tool is not None, "pyside6-lrelease (from PySide6) is needed to check the .qm"
    fresh = tmp_path / QM.name
    subprocess.run([tool, "-silent", "-nounfinished", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), \
        f"{QM.name} is older than {TS.name}: run {UPDATE}"


def test_qm_holds_every_translation(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    wrong = [_show(m.key) for m in ts_messages()
             if translator.translate(m.key[0], m.key[1], m.key[2] or None) != m.translation]
    assert not wrong, f"not in {QM.name} as in {TS.name}:\n" + "\n".join(wrong[:20])


# -- (b) every string is translated, placeholders and mnemonics kept ------------------------
def test_every_string_is_translated():
    messages = ts_messages()
    assert len(messages) > 1000
    todo = [_show(m.key) for m in messages if m.kind or not m.translation.strip()]
    assert not todo, f"untranslated in {TS.name} ({len(todo)}):\n" + "\n".join(todo)


def _mnemonic(text: str) -> bool:
    return re.search(r"&(?!&|amp;|nbsp;|lt;|gt;)\S", text) is not None


def test_translations_keep_placeholders_and_mnemonics():
    wrong = []
    for m in ts_messages():
        source = m.key[1]
        if sorted(re.findall(r"\{\d*(?::[^}]*)?\}", source)) != sorted(
                re.findall(r"\{\d*(?::[^}]*)?\}", m.translation)):
            wrong.append(f"{_show(m.key)} → {m.translation!r}: placeholders differ")
        if _mnemonic(source) != _mnemonic(m.translation):
            wrong.append(f"{_show(m.key)} → {m.translation!r}: & (Alt+letter) differs")
        if source.startswith(" ") != m.translation.startswith(" "):
            wrong.append(f"{_show(m.key)} → {m.translation!r}: leading space differs")
    assert not wrong, "\n".join(wrong)


# -- (c) the .ts and the code agree ---------------------------------------------------------
def test_every_string_in_the_code_is_in_the_ts():
    in_ts = {m.key for m in ts_messages()}
    missing = [f"{places[0]}: {_show(key)}" for key, places in code_strings().found.items()
               if key not in in_ts]
    assert not missing, (f"not in {TS.name} – run {UPDATE} and translate:\n"
                         + "\n".join(sorted(missing)))


def test_every_string_in_the_ts_is_still_in_the_code():
    found = code_strings().found
    gone = [_show(m.key) for m in ts_messages() if m.key not in found]
    assert not gone, f"no longer in the code – run {UPDATE}:\n" + "\n".join(gone)


def test_translation_calls_are_visible_to_lupdate():
    problems = code_strings().problems
    new = [what for key, what in problems if key not in KNOWN_INVISIBLE]
    assert not new, "translation calls lupdate gets wrong:\n" + "\n".join(new)
    fixed = KNOWN_INVISIBLE - {key for key, _ in problems}
    assert not fixed, f"fixed – remove from KNOWN_INVISIBLE (and run {UPDATE}): {fixed}"


# -- (d) the running UI switches language ---------------------------------------------------
@pytest.fixture
def english(qapp) -> Iterator[QApplication]:
    from koll_desktop.ui.app import create_application, install_translation

    app = create_application()
    assert install_translation(app, "en") is not None, "koll_en.qm did not load"
    yield app
    install_translation(app, "sv")


def _menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _open_steps(window, reference: str) -> list[str]:
    row = next(r for r in range(window.model.rowCount())
               if window.model.summary(r).reference == reference)
    window.open_case(window.model.summary(row).id)
    steps = window.workspace.steps
    return [steps.item(i).text() for i in range(steps.count())]


def test_main_window_in_english_and_back_in_swedish(english, qtbot, demo_db, data_paths):
    from koll_desktop.ui.app import install_translation
    from koll_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_db, data_paths)
    qtbot.addWidget(window)
    assert _menus(window) == ["&File", "&Edit", "&View", "&Help"]
    steps = _open_steps(window, "K-2026-0001")
    assert len(steps) == 7
    assert steps[0].endswith("1. Start")
    assert steps[3].endswith("4. In-depth mapping and assessment")
    assert steps[6].endswith("7. Follow-up")
    assert window.workspace.pages[next(iter(window.workspace.pages))].title.startswith(
        "Start: person, consent")

    install_translation(english, "sv")
    swedish = MainWindow(demo_db, data_paths)
    qtbot.addWidget(swedish)
    assert _menus(swedish) == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    steps = _open_steps(swedish, "K-2026-0001")
    assert steps[3].endswith("4. Fördjupad kartläggning och bedömning")
