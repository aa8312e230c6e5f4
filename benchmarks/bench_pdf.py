"""Plan PDF against a bare reportlab document of the same content (DESIGN §11: ≤ 1.5×).

Run: python benchmarks/bench_pdf.py [--runs N] [--large-print]

Loads the demo into a temporary data folder and prints the plan of K-2026-0001, side by
side in one run (alternating, after one warm-up each), median of N (default 10):
  koll  write_plan_pdf: the story from the snapshot, embedded DejaVu Sans subsets,
        "Sida x av y" (every page kept until the count is known), metadata, atomic write
  bare  the same paragraphs and tables (texts taken from the plan's story beforehand) in
        reportlab's default styles and fonts (Helvetica, not embedded), a plain grid table,
        no page numbering, no metadata
Also prints where the koll time goes (story vs build). Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from koll_desktop.services.case_snapshot import CaseSnapshot, load_snapshot
from koll_desktop.services.demo import load_demo
from koll_desktop.services.document_texts import Texts
from koll_desktop.services.pdf_base import Styles
from koll_desktop.services.plan_pdf import plan_story, write_plan_pdf
from koll_desktop.storage.db import open_db

BUDGET = 1.5
CASE = "K-2026-0001"

Block = tuple[str, object]  # ("p", markup) or ("t", rows of markup)


def _texts(flowable: Flowable) -> list[str]:
    """The markup of every paragraph inside a flowable (cells, lists, keep-togethers)."""
    if isinstance(flowable, Paragraph):
        bullet = f"{flowable.bulletText} " if flowable.bulletText else ""
        return [bullet + flowable.text]
    if isinstance(flowable, list | tuple):
        return [t for item in flowable for t in _texts(item)]
    inner = getattr(flowable, "_content", None) or getattr(flowable, "_flowables", None)
    return _texts(inner) if inner else []


def content(story: list[Flowable]) -> list[Block]:
    """The plan's story as plain blocks: paragraphs and tables of text."""
    blocks: list[Block] = []
    for flowable in story:
        if isinstance(flowable, Table):
            rows = [["<br/>".join(_texts(cell)) if not isinstance(cell, str) else cell
                     for cell in row] for row in flowable._cellvalues]
            blocks.append(("t", rows))
        elif isinstance(flowable, KeepTogether | ListFlowable):
            blocks += content(list(getattr(flowable, "_content", None)
                                   or getattr(flowable, "_flowables", [])))
        else:
            blocks += [("p", text) for text in _texts(flowable)]
    return blocks


def write_bare(blocks: list[Block], path: Path) -> Path:
    """The same content with reportlab's defaults: sample styles, Helvetica, a plain grid."""
    sheet = getSampleStyleSheet()
    body, cell = sheet["BodyText"], sheet["BodyText"]
    width = A4[0] - 144  # SimpleDocTemplate's default margins: 72 pt each side
    story: list[Flowable] = []
    for kind, value in blocks:
        if kind == "p":
            story.append(Paragraph(str(value), body))
            continue
        rows = value  # type: ignore[assignment]
        columns = max(len(r) for r in rows)
        data = [[Paragraph(c, cell) for c in r] + [""] * (columns - len(r)) for r in rows]
        widths = [width * 0.55] + [width * 0.45 / (columns - 1)] * (columns - 1) \
            if columns > 1 else [width]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _time(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _snapshot(folder: Path) -> CaseSnapshot:
    db = open_db(folder / "koll.sqlite3")
    load_demo(db)
    return load_snapshot(db, CASE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--large-print", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        snapshot = _snapshot(folder)
        tx, styles = Texts("sv"), Styles.make(args.large_print)
        blocks = content(plan_story(snapshot, tx, styles))

        def koll() -> object:
            return write_plan_pdf(snapshot, folder / "koll.pdf", large_print=args.large_print)

        def bare() -> object:
            return write_bare(blocks, folder / "bare.pdf")

        koll(), bare()  # warm-up: font files parsed, modules imported
        koll_times, bare_times, story_times = [], [], []
        for _ in range(args.runs):
            koll_times.append(_time(koll))
            bare_times.append(_time(bare))
            story_times.append(_time(lambda: plan_story(snapshot, tx, styles)))
        from pypdf import PdfReader

        pages = (len(PdfReader(folder / "koll.pdf").pages),
                 len(PdfReader(folder / "bare.pdf").pages))
        sizes = ((folder / "koll.pdf").stat().st_size, (folder / "bare.pdf").stat().st_size)
    k, b, s = (statistics.median(t) * 1000 for t in (koll_times, bare_times, story_times))
    ratio = k / b
    print(f"plan PDF for {CASE}{' (large print)' if args.large_print else ''}, "
          f"median of {args.runs}, {len(blocks)} blocks")
    print(f"  koll  {k:7.1f} ms  {pages[0]:2d} pages  {sizes[0] / 1024:6.1f} KiB"
          f"   (story {s:.1f} ms, build {k - s:.1f} ms)")
    print(f"  bare  {b:7.1f} ms  {pages[1]:2d} pages  {sizes[1] / 1024:6.1f} KiB")
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"  ratio {ratio:.2f}× — {verdict} the {BUDGET}× budget (DESIGN §11)")


if __name__ == "__main__":
    main()
