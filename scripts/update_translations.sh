#!/usr/bin/env bash
# Update the English translation from the code, then build it.
#
#     scripts/update_translations.sh        # uses $PYTHON, else python, else python3
#
# 1. pyside6-lupdate reads every .py file under koll_desktop/ui (recursively, so moved and
#    split modules are found) into resources/translations/koll_en.ts. Existing translations
#    are kept; strings no longer in the code are dropped (-no-obsolete).
# 2. A string that only moved (same text, new class or module after a refactor) gets the
#    translation it had before, if that text had exactly one translation.
# 3. pyside6-lrelease builds resources/translations/koll_en.qm (finished translations only).
# New strings are listed at the end: translate them in koll_en.ts (Qt Linguist or by hand,
# then remove type="unfinished") and run this script again.
#
# What lupdate sees in Python: self.tr("…") (context: the class it is written in),
# QObject.tr("…") (context QObject) and QCoreApplication/QApplication.translate("ctx", "…").
# It does not see through helpers, so before it runs, a temporary copy of each module spells
# out two helper forms used in the code (line and column numbers stay the same):
#   def _t(text): return QCoreApplication.translate("ctx", text)   …  _t("…")
#   tr = QApplication.translate                                     …  tr("ctx", "…")
# f-strings: never pass one to tr() (lupdate would store the unexpanded text, which is never
# looked up at run time; use "{0}" and .format() after tr()), and never call tr() inside one
# (lupdate reads nothing inside f-strings). tests/ui/test_translations.py checks all this.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -z "${PYTHON:-}" ]]; then
    if command -v python >/dev/null 2>&1; then PYTHON=python; else PYTHON=python3; fi
fi
BIN="$("$PYTHON" -c 'import os, sys; print(os.path.dirname(sys.executable))')"
tool() {  # pyside6-lupdate / pyside6-lrelease: next to $PYTHON, else on PATH
    if [[ -x "$BIN/$1" ]]; then echo "$BIN/$1"; else command -v "$1" || {
        echo "update_translations: $1 not found (pip install PySide6)" >&2; exit 1; }; fi
}
LUPDATE="$(tool pyside6-lupdate)"
LRELEASE="$(tool pyside6-lrelease)"

TS=resources/translations/koll_en.ts
QM=resources/translations/koll_en.qm
mkdir -p resources/translations
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
[[ -f "$TS" ]] && cp "$TS" "$WORK/before.ts"

# The copy lupdate reads: koll_desktop/ui/** with the helper calls spelled out.
"$PYTHON" - "$WORK/src" <<'PY'
import ast
import sys
from pathlib import Path

TRANSLATE = "QCoreApplication.translate"


def is_translate(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "translate" and isinstance(
        node.value, ast.Name) and node.value.id in ("QCoreApplication", "QApplication",
                                                    "QGuiApplication")


def helpers(tree: ast.Module) -> tuple[dict[str, str], set[str]]:
    """One-argument helpers bound to a context, and plain aliases of translate."""
    bound, aliases = {}, set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            last = node.body[-1]
            param = node.args.args[0].arg
            if (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)
                    and is_translate(last.value.func) and len(last.value.args) == 2
                    and isinstance(last.value.args[0], ast.Constant)
                    and isinstance(last.value.args[1], ast.Name)
                    and last.value.args[1].id == param):
                bound[node.name] = last.value.args[0].value
        elif isinstance(node, ast.Assign) and is_translate(node.value):
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return bound, aliases


def spelled_out(source: str) -> str:
    tree = ast.parse(source)
    bound, aliases = helpers(tree)
    if not bound and not aliases:
        return source
    lines = source.splitlines(keepends=True)
    in_fstrings = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                   for inner in ast.walk(node)}  # lupdate reads nothing in an f-string
    edits = []  # (line, start column, end column, replacement), on the line of the name
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)) or id(
                node) in in_fstrings:
            continue
        name, first = node.func.id, node.args[0] if node.args else None
        if name in bound and isinstance(first, ast.Constant) and isinstance(first.value, str):
            new = f'{TRANSLATE}("{bound[name]}", '
        elif name in aliases:
            new = f"{TRANSLATE}("
        else:
            continue
        line = lines[node.func.lineno - 1].encode()
        end = node.func.end_col_offset
        if line[end:end + 1] != b"(":
            continue  # a call split oddly over lines: leave it (the test will name it)
        edits.append((node.func.lineno - 1, node.func.col_offset, end + 1, new))
    for row, start, end, new in sorted(edits, reverse=True):
        line = lines[row].encode()
        lines[row] = (line[:start] + new.encode() + line[end:]).decode()
    return "".join(lines)


out = Path(sys.argv[1])
for path in sorted(Path("koll_desktop/ui").rglob("*.py")):
    target = out / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(spelled_out(path.read_text(encoding="utf-8")), encoding="utf-8")
PY

"$LUPDATE" -silent -extensions py -no-obsolete -locations absolute \
    -source-language sv -target-language en "$WORK/src/koll_desktop/ui" -ts "$TS"

# Locations point at the real files; moved strings get their old translation back.
"$PYTHON" - "$TS" "$WORK/before.ts" <<'PY'
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ts, before = Path(sys.argv[1]), Path(sys.argv[2])
text = ts.read_text(encoding="utf-8")
text = re.sub(r'filename="[^"]*?/koll_desktop/', 'filename="../../koll_desktop/', text)
ts.write_text(text, encoding="utf-8")

if before.exists():
    known: dict[tuple[str, str], set[str]] = {}
    for message in ET.parse(before).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            key = (message.findtext("source") or "", message.findtext("comment") or "")
            known.setdefault(key, set()).add(translation.text)

    def fill(match: re.Match[str]) -> str:
        """An unfinished translation of a text that had exactly one translation before
        (empty, or filled in by lupdate's same-text guess) becomes that translation."""
        block = match.group(0)
        source, comment, guess = (re.search(rf"<{tag}>(.*?)</{tag.split()[0]}>", block, re.S)
                                  for tag in ("source", "comment",
                                              'translation type="unfinished"'))
        key, guessed = (tuple(ET.fromstring(f"<x>{m.group(1) if m else ''}</x>").text or ""
                              for m in (source, comment)),
                        ET.fromstring(f"<x>{guess.group(1) if guess else ''}</x>").text or "")
        found = known.get(key, set())
        if len(found) != 1 or guessed not in ("", *found):
            return block
        escaped = (next(iter(found)).replace("&", "&amp;").replace("<", "&lt;")
                   .replace(">", "&gt;"))
        return re.sub(r'<translation type="unfinished">.*?</translation>',
                      lambda _m: f"<translation>{escaped}</translation>", block, flags=re.S)

    text = re.sub(r"<message>(?:(?!</message>).)*?<translation type=\"unfinished\">"
                  r"(?:(?!</message>).)*?</translation>\s*</message>", fill, text, flags=re.S)
    ts.write_text(text, encoding="utf-8")
PY

"$LRELEASE" -silent -nounfinished "$TS" -qm "$QM"

"$PYTHON" - "$TS" <<'PY'
import sys
import xml.etree.ElementTree as ET

todo, total = [], 0
for context in ET.parse(sys.argv[1]).iter("context"):
    for message in context.iter("message"):
        total += 1
        translation = message.find("translation")
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            todo.append(f"  {context.findtext('name')}: {message.findtext('source')!r}")
print(f"update_translations: {total} strings, {total - len(todo)} translated")
if todo:
    print("update_translations: to translate in resources/translations/koll_en.ts:")
    print("\n".join(todo))
PY
