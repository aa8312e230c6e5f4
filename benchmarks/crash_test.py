"""Crash test: SIGKILL a process that edits the database, then check that nothing was lost.

Run: python benchmarks/crash_test.py [--kills 200] [--seed 2026] [--keep DIR]

A child process (tests/durability/crash_child.py, plain Python without Qt) makes varied
edits through the repositories — case and person fields, assessments, self-ratings,
evidence files, plan rows, prior learning, follow-ups, new cases — and reports each committed
edit on stdout. It is killed with SIGKILL after a seeded random 20–300 ms (one kill in ten
at a random moment of its start-up). After every kill the database is opened with
`open_db` and checked: integrity_check, foreign_key_check, the FTS5 indexes, and every edit
reported committed is there with its value. The database carries over from kill to kill.

Losses and integrity failures must be 0. This proves durability against the program
crashing or being killed (synchronous=NORMAL in WAL mode); it does not simulate power loss
or an operating-system crash.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout
    sys.path.insert(0, str(ROOT))

from tests.durability.crash_child import run_crash_test  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, help="keep the database and output in this folder")
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="koll-crash-"))
    if args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"crash test: {args.kills} kills, seed {args.seed}, {os.cpu_count()} CPUs "
          f"(load {load}), in {workdir}", flush=True)

    def progress(kill_no: int, figures) -> None:
        if kill_no % 25 == 0 or kill_no == args.kills:
            print(f"  {kill_no:4d} kills, {figures.edits_reported:6d} edits, "
                  f"losses {figures.losses}, integrity failures {figures.integrity_failures}",
                  flush=True)

    try:
        figures = run_crash_test(workdir, args.kills, seed=args.seed, progress=progress)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(figures)
    ok = (figures.losses == 0 and figures.integrity_failures == 0
          and figures.child_failures == 0)
    print("RESULT:", "OK — no committed edit lost, no damage" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
