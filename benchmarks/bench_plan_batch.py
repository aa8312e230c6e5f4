"""1 000 plans in a batch: snapshot (with the plan engine) and plan PDF for each of 1 000
generated cases, one after another as a coordinator's batch print would.

    python benchmarks/bench_plan_batch.py [--cases 1000]

Prints the total, the per-plan median and p95, and how the time splits between reading the
case with its plan and writing the PDF. No budget of its own in DESIGN §11; the per-plan
PDF budget is checked by bench_pdf.py.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import ensure_data, machine, summary, table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    args = parser.parse_args()
    from koll_desktop.services.case_snapshot import load_snapshot
    from koll_desktop.services.plan_pdf import write_plan_pdf
    from koll_desktop.storage.db import open_db

    paths, _info = ensure_data("plans", args.cases)
    db = open_db(paths.database)
    refs = [r[0] for r in db.execute(
        'SELECT reference FROM "case" ORDER BY reference LIMIT ?', [args.cases])]
    read, write, pages = [], [], 0
    start_all = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for ref in refs:
            t0 = time.perf_counter()
            snapshot = load_snapshot(db, ref)
            t1 = time.perf_counter()
            path = write_plan_pdf(snapshot, Path(folder) / f"{ref}.pdf")
            t2 = time.perf_counter()
            read.append((t1 - t0) * 1000)
            write.append((t2 - t1) * 1000)
            pages += path.read_bytes().count(b"/Type /Page\n") or 1
    total = time.perf_counter() - start_all
    print(f"{len(refs)} plans ({machine()})")
    rows = []
    for label, values in (("read case + plan engine", read), ("write plan PDF", write),
                          ("per plan", [a + b for a, b in zip(read, write, strict=True)])):
        median, p95, worst = summary(values)
        rows.append((label, f"{median:.1f}", f"{p95:.1f}", f"{worst:.1f}"))
    print(table(("step", "median ms", "p95 ms", "max ms"), rows))
    print(f"total {total:.1f} s for {len(refs)} plans ({len(refs) / total:.1f} plans a second)")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
