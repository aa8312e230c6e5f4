"""The case list with 100 000 cases, and the workspace of a 500-requirement case.

    python benchmarks/bench_case_list.py [--persons 100000]

Budgets (issue 5): open the case list, scroll to the end, filter by typing a name — each
within 100 ms; the workspace of a 500-requirement case opens within 300 ms. Offscreen Qt.
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import ensure_data, machine, summary, table


def _ms(fn, repeat: int = 5) -> list[float]:
    values = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        values.append((time.perf_counter() - start) * 1000)
    return values


def _big_case(db) -> str:
    """A case against frameworks with about 500 requirements in all (built once)."""
    from koll_desktop.domain.case import Case, Person
    from koll_desktop.domain.enums import FrameworkKind, RequirementKind
    from koll_desktop.domain.library import Framework, Library, Requirement, Unit
    from koll_desktop.services.library_import import apply_library
    from koll_desktop.storage.cases import CaseRepository
    from koll_desktop.storage.library import LibraryRepository

    cases = CaseRepository(db)
    try:
        return cases.case("K-2099-0001").id
    except Exception:
        pass
    units = tuple(Unit(code=f"BIG{u:02d}", title=f"Kurs {u}", points=100, requirements=tuple(
        Requirement(code=f"BIG{u:02d}.{r}", text=f"Centralt innehåll {u}.{r} om vård och omsorg",
                    kind=RequirementKind.KNOWLEDGE) for r in range(1, 21))) for u in range(25))
    apply_library(db, Library((Framework(code="BIG", kind=FrameworkKind.VOCATIONAL_PACKAGE,
                                         title="Stort paket", version="1", units=units),)),
                  source="bench")
    person = cases.add_person(Person(given_name="Bench", family_name="Stor"))
    big = LibraryRepository(db).find_framework("BIG")
    return cases.add_case(Case(reference="K-2099-0001", person_id=person.id,
                               framework_ids=(big.id,))).id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    args = parser.parse_args()
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from koll_desktop.storage.db import open_db
    from koll_desktop.ui.app import create_application
    from koll_desktop.ui.main_window import MainWindow
    from koll_desktop.ui.workspace import CaseWorkspace

    paths, info = ensure_data("search", args.persons)
    db = open_db(paths.database)
    app = create_application()
    rows = []

    def open_list():
        window = MainWindow(db, paths)
        window.show()
        QApplication.processEvents()
        return window

    opened = _ms(open_list, 3)
    window = open_list()
    rows.append(("open the main window with the case list", *summary(opened)))

    def scroll_to_end():
        window.model.refresh()
        window.table.scrollToBottom()
        QApplication.processEvents()

    scrolled = _ms(scroll_to_end, 3)
    rows.append((f"scroll to the end ({window.model.rowCount()} rows shown)",
                 *summary(scrolled)))
    typed = []
    for text in ("a", "am", "ami", "amin", "amina"):
        start = time.perf_counter()
        window.search.setText(text)
        QApplication.processEvents()
        typed.append((time.perf_counter() - start) * 1000)
    rows.append(("filter by typing a name (per keystroke)", *summary(typed)))
    case_id = _big_case(db)
    stack = QUndoStack()

    def open_workspace():
        workspace = CaseWorkspace(db, case_id, stack)
        workspace.resize(1280, 800)
        workspace.show()
        QApplication.processEvents()
        workspace.deleteLater()

    rows.append(("open the workspace of a 500-requirement case", *summary(_ms(open_workspace))))
    print(f"{info['persons']} persons, {window.model.rowCount()}+ cases listed ({machine()})")
    print(table(("interaction", "median ms", "p95 ms", "max ms"),
                [(r[0], f"{r[1]:.1f}", f"{r[2]:.1f}", f"{r[3]:.1f}") for r in rows]))
    print("budgets: list interactions ≤ 100 ms each; workspace ≤ 300 ms")
    db.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
