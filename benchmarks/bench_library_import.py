"""Benchmark: importing a library template with 5 000 requirements (DESIGN §11: ≤ 2 s).

Generates 10 frameworks × 25 units × 20 requirements (plus crosswalk links and
micro-credentials) as an xlsx in a temporary folder, then times, best of 3:
  parse   read_library_xlsx only
  import  import_library_file into a fresh database (parse + checks + one transaction)
Prints the numbers against the budget; it asserts nothing.

    python benchmarks/bench_library_import.py [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from koll_desktop.domain.enums import Coverage, FrameworkKind, RequirementKind
from koll_desktop.domain.library import (
    CrosswalkLink,
    Framework,
    Library,
    MicroCredential,
    Requirement,
    Unit,
)
from koll_desktop.services.library_import import import_library_file
from koll_desktop.services.library_xlsx import read_library_xlsx, write_library_xlsx
from koll_desktop.storage.db import open_db

BUDGET_S = 2.0
FRAMEWORKS, UNITS, REQUIREMENTS = 10, 25, 20
RUNS = 3

VERBS = ("Planerar", "Genomför", "Dokumenterar", "Förklarar", "Bedömer", "Följer upp",
         "Beskriver", "Använder", "Samarbetar kring", "Reflekterar över")
OBJECTS = ("hygienrutiner och smittskydd", "förflyttningar med hjälpmedel",
           "läkemedelshantering enligt delegering", "bemötande av personer med demens",
           "dokumentation enligt lagar och riktlinjer", "ergonomi i det dagliga arbetet",
           "kommunikation med närstående", "arbetsmiljö och säkerhet på arbetsplatsen",
           "rutiner för avvikelserapportering", "måltider, nutrition och munhälsa")
MANNER = ("på ett säkert sätt", "självständigt och med gott omdöme", "med viss säkerhet",
          "i samråd med handledare", "utifrån individens behov och önskemål",
          "enligt gällande föreskrifter")
KINDS = tuple(FrameworkKind)


def _requirement(rng: random.Random, code: str) -> Requirement:
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(MANNER)}."
    return Requirement(code=code, text=text, kind=rng.choice(tuple(RequirementKind)),
                       level=rng.randint(1, 3), weight=rng.choice((1.0, 1.0, 2.0)))


def generate_library(seed: int = 1) -> Library:
    rng = random.Random(seed)
    frameworks = []
    for f in range(FRAMEWORKS):
        code = f"BR-{f + 1:02d}"
        units = tuple(
            Unit(code=f"{code}-K{u + 1:02d}", title=f"Kompetensområde {u + 1}: "
                 f"{rng.choice(OBJECTS).capitalize()}", points=rng.choice((None, 50, 100)),
                 requirements=tuple(_requirement(rng, f"K{u + 1:02d}.{r + 1}")
                                    for r in range(REQUIREMENTS)))
            for u in range(UNITS))
        frameworks.append(Framework(
            code=code, kind=KINDS[f % len(KINDS)], title=f"Exempelstandard {f + 1} för vård "
            "och omsorg", version="2025-1", owner="Exempelbranschen", seqf_level=4,
            valid_from=date(2025, 1, 1), description="Genererad för prestandamätning.",
            units=units))
    links = tuple(CrosswalkLink(
        from_ref=(frameworks[0].code, r.code), to_ref=(frameworks[1].code, r.code),
        coverage=rng.choice(tuple(Coverage)), note="Motsvarar i huvudsak")
        for r in frameworks[0].requirements[:300])
    credentials = tuple(MicroCredential(
        code=f"MK-{i:02d}", title=f"Mikromerit {i}", awarding_body="Exempelkommunen",
        learning_outcomes="Deltagaren kan arbeta säkert.", workload="30 timmar",
        level="SeQF 4", assessment_type="Praktisk demonstration", participation="På plats",
        quality_assurance="Intern", requirements=tuple(
            (frameworks[2].code, r.code) for r in frameworks[2].requirements[i * 5:i * 5 + 5]))
        for i in range(20))
    return Library(tuple(frameworks), links, credentials)


def best_of(runs: int, work: Callable[[], object],
            setup: Callable[[], object] = lambda: None) -> float:
    """The fastest of `runs` timed calls of `work`, each after an untimed `setup`."""
    times = []
    for _ in range(runs):
        setup()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


class FreshDatabase:
    """A new, migrated database for each run; opening it is not part of the timing."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.runs, self.db = folder, 0, None

    def open(self) -> None:
        self.close()
        self.runs += 1
        self.db = open_db(self.folder / f"run{self.runs}.sqlite3")

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profile one import as well")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="koll-bench-") as tmp:
        folder = Path(tmp)
        library = generate_library()
        path = folder / "bibliotek.xlsx"
        start = time.perf_counter()
        write_library_xlsx(library, path)
        written = time.perf_counter() - start
        count = sum(len(f.requirements) for f in library.frameworks)
        print(f"template: {count} requirements, {len(library.crosswalk)} links, "
              f"{path.stat().st_size / 1024:.0f} KiB; export {written:.2f} s")
        fresh = FreshDatabase(folder)
        parse = best_of(RUNS, lambda: read_library_xlsx(path))
        full = best_of(RUNS, lambda: import_library_file(fresh.db, path, actor="bench"),
                       setup=fresh.open)
        print(f"parse only (read_library_xlsx):   {parse:.2f} s (best of {RUNS})")
        print(f"import into a fresh database:      {full:.2f} s (best of {RUNS})")
        print(f"  of which checks and storage:     {full - parse:.2f} s")
        verdict = "within" if full <= BUDGET_S else "OVER"
        print(f"budget {BUDGET_S:.1f} s: {verdict} ({full / BUDGET_S:.0%} of budget)")
        if args.profile:
            fresh.open()
            profiler = cProfile.Profile()
            profiler.runcall(import_library_file, fresh.db, path, actor="bench")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        fresh.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
