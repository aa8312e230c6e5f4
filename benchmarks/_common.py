"""Shared by bench_search.py and bench_startup.py: generated databases, statistics, tables."""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"  # git-ignored
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

# A generated database is reused until the code that shapes its content changes.
_SHAPING_FILES = ("koll_desktop/services/synthetic.py", "koll_desktop/services/synthetic_names.py",
                  "koll_desktop/services/synthetic_persons.py",
                  "koll_desktop/services/synthetic_draws.py", "koll_desktop/storage/bulk.py",
                  "koll_desktop/storage/migrations.py", "koll_desktop/storage/cases.py")


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _SHAPING_FILES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def ensure_data(name: str, persons: int, *, seed: int = 2026, fresh: bool = False):
    """A data folder in benchmarks/out with `persons` generated persons (built once, reused)."""
    from koll_desktop.paths import DataPaths

    paths = DataPaths(OUT / f"{name}-{persons}")
    marker = paths.root / "generated.json"
    wanted = {"persons": persons, "seed": seed, "fingerprint": fingerprint()}
    if not fresh and marker.exists() and paths.database.exists():
        known = json.loads(marker.read_text())
        if {k: known.get(k) for k in wanted} == wanted:
            return paths, known
    shutil.rmtree(paths.root, ignore_errors=True)
    paths.ensure()
    info = {**wanted, **_generate(paths, persons, seed)}
    marker.write_text(json.dumps(info, indent=1))
    return paths, info


def _generate(paths, persons: int, seed: int) -> dict:
    from koll_desktop.services.demo import load_bundled_library
    from koll_desktop.services.synthetic import generate
    from koll_desktop.storage.db import open_db

    db = open_db(paths.database, backup_dir=paths.backups)
    try:
        load_bundled_library(db)
        print(f"generating {persons} persons in {paths.root} …", flush=True)
        began, cpu = time.perf_counter(), time.process_time()
        counts = generate(db, persons, seed=seed)
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    finally:
        db.close()
    size = paths.database.stat().st_size / 2**20
    print(f"generated {counts.persons} persons, {counts.cases} cases, "
          f"{counts.assessments} assessments in {seconds:.1f} s (CPU {cpu:.1f} s), "
          f"{size:.0f} MiB", flush=True)
    return {"cases": counts.cases, "assessments": counts.assessments,
            "generate_seconds": round(seconds, 2), "generate_cpu_seconds": round(cpu, 2),
            "mib": round(size)}


# -- statistics -----------------------------------------------------------------------
def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share 0.95 for p95)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summary(values: Sequence[float]) -> tuple[float, float, float]:
    """(median, p95, max)."""
    return statistics.median(values), percentile(values, 0.95), max(values)


# -- printing -------------------------------------------------------------------------
def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w)
                       for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} CPUs, load average {load} (other processes stretch wall "
            f"clock; CPU time is shown beside it)")
