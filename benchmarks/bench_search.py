"""Case search as you type, 100 000 persons, against the budget of 30 ms a keystroke (DESIGN §11).

Run: python benchmarks/bench_search.py [--persons 100000] [--rounds 5] [--fresh]

The database is generated once into benchmarks/out/search-<persons>/ (services.synthetic)
and reused while the code that shapes it is unchanged. Measured, each on this process:
  open          open_db on the file (pragmas, schema check), five times
  first page    the first CaseRepository.summaries("", limit=200) on a fresh connection
  first search  the first summaries("amina", limit=200) on a fresh connection
  as you type   summaries(text, limit=200) for every keystroke of the queries below,
                --rounds times (the first round on a fresh connection)
Times are wall clock and CPU time of this thread; with other processes on the two cores
the wall clock stretches, the CPU time much less. Over budget, the query plan of the
slowest keystroke is printed, and the same keystrokes are timed with the query proposed
for CaseRepository.summaries (see README.md) beside the current one.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from _common import ensure_data, machine, summary, table

BUDGET_MS = 30.0
QUERIES = ("amina", "öster", "198503", "K-2026-00")
TYPED = ("a", "am", "ami", "amin", "amina", "ös", "öst", "öster", "1985", "198503",
         "K-2026-00")
LIMIT = 200
BROAD_SEARCH = 4000  # persons matching: from here on the proposed query walks newest first


def _clock(fn: Callable[[], object]) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.thread_time()
    result = fn()
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000, result


# -- the measurements ---------------------------------------------------------------------
def measure_open(path, times: int = 5) -> list[float]:
    from koll_desktop.storage.db import open_db

    result = []
    for _ in range(times):
        wall, _cpu, db = _clock(lambda: open_db(path))
        db.close()
        result.append(wall)
    return result


def measure_first(path, text: str) -> tuple[float, float, int]:
    from koll_desktop.storage.cases import CaseRepository
    from koll_desktop.storage.db import open_db

    db = open_db(path)
    try:
        wall, cpu, rows = _clock(lambda: CaseRepository(db).summaries(text, limit=LIMIT))
        return wall, cpu, len(rows)
    finally:
        db.close()


def measure_typing(path, rounds: int, search: Callable | None = None) -> dict[str, list]:
    """{keystroke text: [(wall ms, cpu ms, case references), …] one per round}.

    `search(db, text)` replaces CaseRepository.summaries when given.
    """
    from koll_desktop.storage.cases import CaseRepository
    from koll_desktop.storage.db import open_db

    timings: dict[str, list] = {text: [] for text in TYPED}
    for _ in range(rounds):
        db = open_db(path)
        try:
            repo = CaseRepository(db)
            for text in TYPED:
                if search is None:
                    wall, cpu, rows = _clock(lambda t=text, r=repo: r.summaries(t, limit=LIMIT))
                else:
                    wall, cpu, rows = _clock(lambda t=text, db=db: search(db, t))
                timings[text].append((wall, cpu, _references(rows)))
        finally:
            db.close()
    return timings


def _references(rows) -> list[str]:
    return [r.reference if hasattr(r, "reference") else r[1] for r in rows]


def matches(path) -> dict[str, int]:
    from koll_desktop.storage.cases import fts_query
    from koll_desktop.storage.db import open_db

    db = open_db(path)
    try:
        return {text: db.execute("SELECT count(*) FROM person_search WHERE person_search "
                                 "MATCH ?", [fts_query(text)]).fetchone()[0] for text in TYPED}
    finally:
        db.close()


# -- the query proposed for CaseRepository.summaries (README.md, "Search") ----------------
_FRAMEWORKS = ("(SELECT group_concat(code, ', ') FROM (SELECT f.code FROM case_framework cf"
               " JOIN framework f ON f.id = cf.framework_id WHERE cf.case_id = c.id"
               " ORDER BY cf.position))")


def proposed_summaries(db, text: str) -> list[tuple]:
    """Search on the rowid of person_search (= the person's rowid), then decorate 200 rows."""
    from koll_desktop.storage.cases import fts_query

    query = fts_query(text)
    broad = db.execute("SELECT count(*) FROM (SELECT rowid FROM person_search WHERE "
                       "person_search MATCH ? LIMIT ?)", [query, BROAD_SEARCH]).fetchone()[0]
    broad = broad >= BROAD_SEARCH
    cases = '"case" c INDEXED BY case_updated' if broad else '"case" c'
    sql = (f"WITH hit AS MATERIALIZED (SELECT c.id, c.updated_at FROM {cases}"
           " JOIN person p ON p.id = c.person_id"
           f" WHERE {'+' if broad else ''}p.rowid IN (SELECT rowid FROM person_search"
           " WHERE person_search MATCH ?) ORDER BY c.updated_at DESC LIMIT ? OFFSET ?)"
           " SELECT c.id, c.reference, p.given_name || ' ' || p.family_name, c.status,"
           f" {_FRAMEWORKS}, c.counsellor, c.updated_at FROM hit"
           ' JOIN "case" c ON c.id = hit.id JOIN person p ON p.id = c.person_id'
           " ORDER BY hit.updated_at DESC")
    return db.execute(sql, [query, LIMIT, 0]).fetchall()


def rowids_aligned(path) -> bool:
    from koll_desktop.storage.db import open_db

    db = open_db(path)
    try:
        off = db.execute("SELECT count(*) FROM person_search s LEFT JOIN person p "
                         "ON p.rowid = s.rowid WHERE p.id IS NOT s.person_id").fetchone()[0]
        return off == 0
    finally:
        db.close()


def query_plan(path, text: str) -> list[str]:
    """EXPLAIN QUERY PLAN of the statement summaries(text) runs."""
    from koll_desktop.storage.cases import CaseRepository
    from koll_desktop.storage.db import open_db

    db = open_db(path)
    seen: list[tuple] = []
    original = db.execute
    db.execute = lambda sql, params=None: (seen.append((sql, params)),  # type: ignore
                                           original(sql, params or []))[1]
    try:
        CaseRepository(db).summaries(text, limit=LIMIT)
        sql, params = seen[-1]
        return [f"{'  ' * (r[1] > 0)}{r[3]}"
                for r in original("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
    finally:
        db.close()


# -- printing --------------------------------------------------------------------------
def typing_table(timings: dict[str, list], counts: dict[str, int]) -> str:
    rows = []
    for text, runs in timings.items():
        walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
        rows.append((repr(text), counts[text], len(runs[0][2]), statistics.median(walls),
                     max(walls), statistics.median(cpus),
                     "ok" if statistics.median(cpus) <= BUDGET_MS else "OVER"))
    return table(("typed", "persons matching", "rows", "wall median ms", "wall max ms",
                  "cpu median ms", "cpu ≤ 30"), rows)


def overall(label: str, timings: dict[str, list]) -> tuple[str, bool]:
    walls = [r[0] for runs in timings.values() for r in runs]
    cpus = [r[1] for runs in timings.values() for r in runs]
    w, c = summary(walls), summary(cpus)
    ok = c[1] <= BUDGET_MS
    return (f"{label}: {len(walls)} keystrokes  wall median {w[0]:.1f} / p95 {w[1]:.1f} / max "
            f"{w[2]:.1f} ms   cpu median {c[0]:.1f} / p95 {c[1]:.1f} / max {c[2]:.1f} ms   "
            f"budget {BUDGET_MS:.0f} ms: {'within' if ok else 'OVER'}"), ok


def same_results(current: dict[str, list], proposed: dict[str, list]) -> list[str]:
    return [text for text in current
            if current[text][0][2] != proposed[text][0][2]
            and set(current[text][0][2]) != set(proposed[text][0][2])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--fresh", action="store_true", help="generate the database again")
    args = parser.parse_args()

    paths, info = ensure_data("search", args.persons, seed=args.seed, fresh=args.fresh)
    path = paths.database
    print(f"\nsearch benchmark: {info['persons']} persons, {info['cases']} cases, "
          f"{info['assessments']} assessments, {info['mib']} MiB ({path})")
    print(machine())
    opens = measure_open(path)
    page, search = measure_first(path, ""), measure_first(path, "amina")
    print(table(("step", "wall ms", "cpu ms", "rows"), [
        ("open_db, first", opens[0], "", ""),
        ("open_db, median of 5", statistics.median(opens), "", ""),
        ("first page, fresh connection", page[0], page[1], page[2]),
        ("first search 'amina', fresh connection", search[0], search[1], search[2]),
    ]))

    counts = matches(path)
    current = measure_typing(path, args.rounds)
    print(f"\nsearch as you type: CaseRepository.summaries(text, limit={LIMIT}), "
          f"{args.rounds} rounds\n{typing_table(current, counts)}")
    line, ok = overall("current", current)
    print(line)
    if ok:
        return 0
    slowest = max(current, key=lambda t: statistics.median(r[1] for r in current[t]))
    print(f"\nquery plan of the slowest keystroke {slowest!r}:")
    print("\n".join("  " + step for step in query_plan(path, slowest)))
    if rowids_aligned(path):
        proposed = measure_typing(path, args.rounds, search=proposed_summaries)
        print(f"\nthe proposed query (README.md, 'Search'), same keystrokes\n"
              f"{typing_table(proposed, counts)}")
        print(overall("proposed", proposed)[0])
        differ = same_results(current, proposed)
        print("proposed returns the same cases as current for every keystroke" if not differ
              else f"proposed DIFFERS from current for {differ}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
