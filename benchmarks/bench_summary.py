"""Coordinator summary of 50 000 cases against its budgets (DESIGN §11): writing ≤ 1.3 × openpyxl
write-only writing the same rows, and ≤ 300 MiB peak memory.

Run: python benchmarks/bench_summary.py [--cases 50000] [--repeat 3] [--work DIR]

Data: `services.synthetic.generate` (about 1.07 cases a person), plus plan headers with an
agreed date for the cases past the plan step, follow-ups at 3 and 6 months and a few unit
overrides, so every sheet has rows. The database is kept in --work and reused by later runs.

Every variant runs in a fresh subprocess, so its peak memory (ru_maxrss) is its own:
  gather         the numbers only: queries + one plan computation a case (SummaryGatherer)
  baseline       openpyxl write-only writing the same rows: the same six sheets and row
                 counts, values precomputed (labels applied, dates as dates) before the clock
  write          our writer (`write_gathered`) on the same precomputed summary: tables,
                 number formats, guarded text, charts, heat map, atomic save
  write_summary  the whole job from the database as the app runs it: gather and write
                 streamed together (what the 300 MiB budget is about)
baseline and write alternate --repeat times; the best of each is compared. Times are wall
clock and CPU (user + system of the child): other processes on the two cores stretch wall
clock, so the ratio is given for both.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

WRITE_RATIO_BUDGET = 1.3
MEMORY_BUDGET_MIB = 300
CASES_PER_PERSON = 1.06  # what the synthetic generator gives, about


# -- the data --------------------------------------------------------------------------------
def ensure_data(work: Path, cases: int) -> Path:
    """A database with about `cases` cases (generated once, then reused)."""
    from koll_desktop.storage.db import open_db

    folder = work / f"data-{cases}"
    path = folder / "koll.sqlite3"
    if (folder / "ready").exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    db = open_db(path)
    began = time.perf_counter()
    count, seed = 0, 2026
    while count < cases:  # persons have 1–2 cases: top up until there are enough
        _generate(db, math.ceil((cases - count) / CASES_PER_PERSON), seed)
        count = db.execute('SELECT count(*) FROM "case"').fetchone()[0]
        seed += 1
    _add_plans_and_follow_ups(db, random.Random(7))
    db.close()
    (folder / "ready").write_text(str(count))
    print(f"generated {count} cases in {time.perf_counter() - began:.1f} s", flush=True)
    return path


def _generate(db, persons: int, seed: int) -> None:
    from koll_desktop.services.synthetic import generate

    generate(db, persons, seed=seed)


def _add_plans_and_follow_ups(db, rng: random.Random) -> None:
    """What the generator leaves out: agreed plans, follow-ups and a few overrides."""
    from koll_desktop.domain.ids import now_iso

    stamp = now_iso()
    past_plan = ("plan", "documented", "follow_up", "closed")
    plans, follow_ups, decisions = [], [], []
    rows = db.execute('SELECT c.id, c.status, c.created_at, (SELECT framework_id FROM '
                      'case_framework WHERE case_id = c.id ORDER BY position DESC LIMIT 1) '
                      'FROM "case" c').fetchall()
    units = {}
    for framework_id, unit_id in db.execute("SELECT framework_id, id FROM unit"):
        units.setdefault(framework_id, []).append(unit_id)
    for case_id, status, created, framework_id in rows:
        if status not in past_plan:
            continue
        agreed = date.fromisoformat(created[:10]) + timedelta(days=rng.randint(20, 120))
        pace = rng.choices((100, 50, 25), (0.6, 0.3, 0.1))[0]
        plans.append((case_id, pace, (agreed + timedelta(days=14)).isoformat(),
                      agreed.isoformat(), stamp, stamp))
        if status in ("follow_up", "closed"):
            for months in (3, 6) if status == "closed" else (3,):
                outcome = rng.choices(("employed", "studies", "job_seeking", "other"),
                                      (0.5, 0.25, 0.2, 0.05))[0]
                follow_ups.append((_id(rng), case_id, months, outcome, stamp, stamp))
        if rng.random() < 0.03:
            decisions.append((_id(rng), case_id, rng.choice(units[framework_id]), "credited",
                              "Yrkesbevis från branschen", stamp, stamp))
    with db.conn:
        db.conn.executemany("INSERT INTO plan (case_id, pace, starts_on, agreed_on, created_at,"
                            " updated_at) VALUES (?, ?, ?, ?, ?, ?)", plans)
        db.conn.executemany("INSERT INTO follow_up (id, case_id, months, outcome, created_at,"
                            " updated_at) VALUES (?, ?, ?, ?, ?, ?)", follow_ups)
        db.conn.executemany("INSERT INTO unit_decision (id, case_id, unit_id, outcome, reason,"
                            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", decisions)


def _id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


# -- the variants (each in its own process) -------------------------------------------------------
def _baseline_rows(summary) -> dict[str, list[list]]:
    """The same rows as the summary workbook, as plain precomputed values."""
    from koll_desktop.services import summary_xlsx as x

    rows: dict[str, list[list]] = {title: [] for title in x.SHEETS}
    overview = x.kpi_rows(summary.kpis) + [(None, None, None)] + [
        (label, text, None) for label, text in x.filter_notes(summary)]
    rows["Översikt"] = [[v[0] if isinstance(v, tuple) else v for v in r] for r in overview]
    rows["Ärenden"] = [[c.heading for c in x.CASE_COLUMNS], *(
        [c.reference, x.STATUS[c.status], c.frameworks, c.counsellor, c.organisation,
         c.created, c.updated, c.plan_agreed, x.GENDER[c.gender], c.age_band,
         x.LABOUR[c.labour_market_status], x.EDUCATION[c.education_level],
         "ja" if c.assessed else "nej", c.points_total,
         c.points_validated, c.points_to_study, round(c.weeks, 1), c.pace,
         len(c.micro_credentials),
         ", ".join(c.micro_credentials) or None] for c in summary.cases)]
    rows["Kursbehov"] = [[c.framework, c.version, c.code, c.title, c.points, c.cases,
                          c.credited, c.supplementary, c.full_course, c.remaining_points,
                          round(c.full_time_weeks, 1), c.unassessed_cases,
                          c.unassessed_points] for c in summary.courses]
    rows["Kompetensgap"] = [[g.framework, g.version, g.unit, g.code, g.text, g.example,
                             g.assessed, g.not_met, g.partly, g.share_not_met,
                             g.share_not_fully_met] for g in summary.gaps]
    rows["Horisontella principer"] = [[b.dimension, b.group, b.persons, b.persons,
                                       *b.by_gender] for b in summary.horizontal]
    rows["Uppföljning"] = [[f.months, str(f.outcome), f.cases, f.cases, *f.by_gender]
                           for f in summary.follow_ups]
    for title in x.SHEETS[2:]:  # a heading row, as every table has
        rows[title].insert(0, [f"Rubrik {i}" for i in range(len(rows[title][0]))])
    return rows


def _write_baseline(rows: dict[str, list[list]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, sheet_rows in rows.items():
        ws = wb.create_sheet(title)
        for row in sheet_rows:
            ws.append(row)
    wb.save(path)


def child(variant: str, db_path: Path, pickle_path: Path, out: Path) -> dict:
    from koll_desktop.services.summary_data import gather
    from koll_desktop.services.summary_xlsx import write_gathered, write_summary
    from koll_desktop.storage.db import open_db

    measured: dict = {}
    if variant == "gather":
        db = open_db(db_path)
        with _clock(measured):
            summary = gather(db)
        pickle_path.write_bytes(pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL))
        measured["cases"] = summary.kpis.cases
    elif variant == "baseline":
        rows = _baseline_rows(pickle.loads(pickle_path.read_bytes()))
        measured["rows"] = {title: len(r) for title, r in rows.items()}
        with _clock(measured):
            _write_baseline(rows, out)
    elif variant == "write":
        summary = pickle.loads(pickle_path.read_bytes())
        with _clock(measured):
            write_gathered(summary, out)
    elif variant == "write_summary":
        db = open_db(db_path)
        with _clock(measured):
            measured["cases"] = write_summary(db, out).cases
    measured["maxrss_mib"] = peak_rss_mib()
    measured["bytes"] = out.stat().st_size if out.exists() else 0
    return measured


def peak_rss_mib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    over exec, so a child would report its parent's peak at the fork."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _clock:
    def __init__(self, into: dict) -> None:
        self.into = into

    def __enter__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __exit__(self, *exc: object) -> None:
        self.into["wall_s"] = time.perf_counter() - self.wall
        self.into["cpu_s"] = time.process_time() - self.cpu


def _run(variant: str, db_path: Path, work: Path) -> dict:
    out = work / f"{variant}.xlsx"
    result = subprocess.run(
        [sys.executable, __file__, "--child", variant, "--db", str(db_path),
         "--work", str(work)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{variant} failed:\n{result.stderr}")
    out.unlink(missing_ok=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- the report ---------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/koll-bench-summary"))
    parser.add_argument("--child")
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    pickle_path = args.work / "summary.pickle"
    if args.child:
        print(json.dumps(child(args.child, args.db, pickle_path,
                               args.work / f"{args.child}.xlsx")))
        return 0
    db_path = ensure_data(args.work, args.cases)
    gathered = _run("gather", db_path, args.work)
    print(f"cases: {gathered['cases']}", flush=True)
    runs: dict[str, list[dict]] = {"baseline": [], "write": []}
    for i in range(args.repeat):
        for variant in runs:
            runs[variant].append(_run(variant, db_path, args.work))
            r = runs[variant][-1]
            print(f"  run {i + 1} {variant:9s} wall {r['wall_s']:6.2f} s  cpu {r['cpu_s']:6.2f} s"
                  f"  peak {r['maxrss_mib']:5.0f} MiB", flush=True)
    whole = _run("write_summary", db_path, args.work)
    pickle_path.unlink(missing_ok=True)
    return _report(gathered, runs, whole)


def _report(gathered: dict, runs: dict[str, list[dict]], whole: dict) -> int:
    best = {v: {k: min(r[k] for r in rs) for k in ("wall_s", "cpu_s", "maxrss_mib")}
            for v, rs in runs.items()}
    print(f"\nrows per sheet: {runs['baseline'][0]['rows']}")
    print(f"{'':28s}{'wall s':>9s}{'cpu s':>9s}{'peak MiB':>10s}")
    lines = [("gather (queries + plans)", gathered), ("baseline openpyxl write", best["baseline"]),
             ("write_gathered (ours)", best["write"]), ("write_summary (whole job)", whole)]
    for label, r in lines:
        print(f"{label:28s}{r['wall_s']:9.2f}{r['cpu_s']:9.2f}{r['maxrss_mib']:10.0f}")
    ratio_wall = best["write"]["wall_s"] / best["baseline"]["wall_s"]
    ratio_cpu = best["write"]["cpu_s"] / best["baseline"]["cpu_s"]
    pairs = list(zip(runs["baseline"], runs["write"], strict=True))
    print(f"workbook: {runs['write'][0]['bytes'] / 2**20:.1f} MiB (ours), "
          f"{runs['baseline'][0]['bytes'] / 2**20:.1f} MiB (baseline)")
    print("ratio run by run (cpu / wall): " + ", ".join(
        f"{w['cpu_s'] / b['cpu_s']:.2f}/{w['wall_s'] / b['wall_s']:.2f}" for b, w in pairs))
    parts = gathered["cpu_s"] + best["write"]["cpu_s"]
    print(f"\nwrite ratio (ours / baseline): wall {ratio_wall:.2f}, cpu {ratio_cpu:.2f} "
          f"(budget ≤ {WRITE_RATIO_BUDGET})")
    print(f"whole job: gather {gathered['cpu_s']:.1f} + write {best['write']['cpu_s']:.1f} "
          f"= {parts:.1f} s cpu apart; streamed together {whole['cpu_s']:.1f} s cpu")
    peak = max(whole["maxrss_mib"], best["write"]["maxrss_mib"])
    print(f"peak memory: write_summary {whole['maxrss_mib']:.0f} MiB "
          f"(budget ≤ {MEMORY_BUDGET_MIB})")
    ok = ratio_cpu <= WRITE_RATIO_BUDGET and whole["maxrss_mib"] <= MEMORY_BUDGET_MIB
    print("within budget" if ok else "OVER BUDGET", f"(largest peak seen {peak:.0f} MiB)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
