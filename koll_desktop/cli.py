"""The command line (DESIGN §8): the same services as the desktop app, headless.

Each command is a function taking the parsed arguments and an open `Context`.
Add a command with `@command(...)`; it slots into `koll --help` by itself.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from koll_desktop import APP_NAME, __version__
from koll_desktop.domain.labels import CASE_STATUS, FRAMEWORK_KIND, from_words
from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths
from koll_desktop.services.files import check_output_file, check_output_folder
from koll_desktop.storage.db import Db


@dataclass
class Context:
    paths: DataPaths
    database: Db | None = None  # None for a command registered with database=False

    @property
    def db(self) -> Db:
        assert self.database is not None, "the command was registered with database=False"
        return self.database

    def out(self, line: str = "") -> None:
        print(line)


Runner = Callable[[argparse.Namespace, Context], int]
_GROUP_HELP = {
    "library": "referensbiblioteket: list, import, export",
    "bundle": "flytta ärenden mellan datorer: export, import",
    "person": "en persons uppgifter: export (registerutdrag), erase (radera)",
}
_COMMANDS: list[tuple[tuple[str, ...], str, Callable[[argparse.ArgumentParser], None], Runner]] = []


# What a command does in a data folder without a database: most only read, and are refused
# (a mistyped --data-dir would otherwise give an empty list or an empty workbook, exit 0);
# the few that put data in make the database and say so on stderr, `demo` quietly.
REFUSE, CREATE, CREATE_QUIETLY = "refuse", "create", "create quietly"


def command(*names: str, help: str,
            args: Callable[[argparse.ArgumentParser], None] = lambda p: None,
            description: str = "", database: bool = True, new_database: str = REFUSE):
    """Register a (possibly nested, e.g. 'library', 'import') command.

    `help` is its line in `koll --help`, `description` (else `help`) heads `koll X --help`.
    database=False: the command does not open the data folder's database. `new_database`:
    REFUSE, CREATE or CREATE_QUIETLY, what to do when the data folder has none."""

    def inner(run: Runner) -> Runner:
        def configure(p: argparse.ArgumentParser) -> None:
            p.description = description or help
            args(p)
            p.set_defaults(database=database, new_database=new_database)

        _COMMANDS.append((names, help, configure, run))
        return run

    return inner


# argparse's own words, in Swedish (the command line is Swedish first, like the app).
_ARGPARSE_WORDS = (
    ("the following arguments are required: ", "dessa argument saknas: "),
    ("unrecognized arguments: ", "okända argument: "),
    ("invalid choice: ", "ogiltigt val: "),
    ("choose from ", "välj bland "),
    ("expected one argument", "ett värde behövs"),
    ("argument ", "argument "),
)


def words_type(words: dict, unknown: str) -> Callable[[str], str]:
    """An argparse type: a Swedish word (any letter case) or the stored code, as the code."""

    def parse(text: str) -> str:
        code = from_words(text, words)
        if code is None:
            listed = ", ".join(word.lower() for word in words.values())
            raise argparse.ArgumentTypeError(f"{unknown} {text!r}; välj bland {listed}")
        return code.value

    return parse


class _Formatter(argparse.HelpFormatter):
    """Help lines wrapped at spaces only: "ÅÅÅÅ-MM-DD" and "EX-USK" stay whole."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


class SwedishParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        self.add_argument("-h", "--help", action="help", help="visa den här hjälpen")

    def error(self, message: str):  # one line, in Swedish, exit code 1 like other errors
        for english, swedish in _ARGPARSE_WORDS:
            message = message.replace(english, swedish)
        if "--data-dir" in message and "okända argument" in message:
            message += " (--data-dir skrivs före kommandot: koll --data-dir MAPP KOMMANDO …)"
        self.print_usage(sys.stderr)
        self.exit(1, f"koll: {message}\n")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "användning:")

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "användning:")


def build_parser() -> argparse.ArgumentParser:
    parser = SwedishParser(
        prog="koll", description=f"{APP_NAME}: validering av reell kompetens. "
        "Utan kommando öppnas skrivbordsprogrammet.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="visa versionen")
    parser.add_argument("--data-dir", metavar="MAPP",
                        help="datamapp att arbeta i (annars KOLL_DATA_DIR eller användarens)")
    top = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandon",
                                parser_class=SwedishParser)
    groups: dict[str, argparse._SubParsersAction] = {}
    for names, help_text, configure, run in _COMMANDS:
        if len(names) == 1:
            sub = top.add_parser(names[0], help=help_text, description=help_text)
        else:
            if names[0] not in groups:
                group = top.add_parser(names[0], help=_GROUP_HELP.get(names[0], ""))
                groups[names[0]] = group.add_subparsers(dest="subcommand", metavar="KOMMANDO",
                                                        title="kommandon", required=True,
                                                        parser_class=SwedishParser)
            sub = groups[names[0]].add_parser(names[1], help=help_text, description=help_text)
        configure(sub)
        sub.set_defaults(run=run)
    return parser


# -- commands ---------------------------------------------------------------------

def one_of(value: str | None, known: list[str], what: str, option: str) -> str | None:
    """`value` as the data spells it, in whatever letter case it was typed ("lena berg",
    "voxabn"); unknown: a KnownError that lists what there is."""
    if value is None:
        return None
    wanted = value.strip().casefold()
    for spelling in known:
        if spelling.casefold() == wanted:
            return spelling
    listed = ", ".join(known) if known else "inga ännu"
    raise KnownError(f"okänd {what} {value!r}; finns: {listed}", place=option)


def _framework(ctx: Context, code: str | None, option: str) -> str | None:
    from koll_desktop.storage.library import LibraryRepository

    return one_of(code, LibraryRepository(ctx.db).codes(), "ramverkskod", option)


def _counsellor(ctx: Context, name: str | None, option: str) -> str | None:
    from koll_desktop.storage.cases import CaseRepository

    return one_of(name, CaseRepository(ctx.db).counsellors(), "handledare", option)


@command("check", help="kontrollera databasen: integritet, schemaversion, antal",
         new_database=CREATE)
def _check(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.check import run_check

    report = run_check(ctx.db)
    ctx.out(f"databas: {ctx.paths.database}")
    ctx.out(f"schema: {report.schema} (programmet: {report.schema_known}), "
            f"journal: {report.journal_mode}")
    ctx.out("integritet: " + ("ok" if report.ok else "; ".join(report.integrity[:5])
                             + f"; {report.foreign_key_problems} felaktiga referenser"))
    for label, count in report.counts.items():
        ctx.out(f"{label}: {count}")
    if not report.ok:
        raise KnownError("databasen är skadad; återställ en säkerhetskopia",
                         place=str(ctx.paths.database))
    return 0


def _cases_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", default="", metavar="TEXT",
                   help="namn, ärendenummer eller personnummer")
    p.add_argument("--status", type=words_type(CASE_STATUS, "okänd status"), metavar="STATUS",
                   help="bara ärenden med denna status: " + ", ".join(
                       f"{word.lower()!r}" if " " in word else word.lower()
                       for word in CASE_STATUS.values()))
    p.add_argument("--counsellor", metavar="NAMN", help="bara denna handledares ärenden")
    p.add_argument("--framework", metavar="KOD", help="bara ärenden mot detta ramverk")


@command("cases", help="lista ärenden med status, ramverk och handledare", args=_cases_args)
def _cases(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.storage.cases import CaseRepository

    rows = CaseRepository(ctx.db).summaries(
        args.search, status=args.status,
        counsellor=_counsellor(ctx, args.counsellor, "--counsellor"),
        framework_code=_framework(ctx, args.framework, "--framework"))
    if not rows:
        ctx.out("inga ärenden" + (f" för {args.search!r}" if args.search else ""))
        return 0
    ctx.out("ärende\tstatus\tramverk\thandledare")
    for r in rows:
        ctx.out(f"{r.reference}\t{CASE_STATUS[r.status]}\t{r.frameworks}\t{r.counsellor}")
    return 0


@command("demo", help="läs in det inbyggda biblioteket och några demoärenden",
         new_database=CREATE_QUIETLY)
def _demo(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.demo import load_demo

    result, added = load_demo(ctx.db)
    ctx.out(f"bibliotek: {result.describe()}")
    ctx.out(f"demoärenden: {added} nya" if added else "demoärenden: fanns redan")
    return 0


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FIL", help=".xlsx-mall, biblioteks-JSON eller "
                   "kursplan från Skolverkets API (JSON)")


@command("library", "import", help="läs in ramverk, kopplingar och mikromeriter", args=_import_args,
         new_database=CREATE)
def _library_import(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.library_import import import_library_file

    result = import_library_file(ctx.db, args.file)
    ctx.out(f"{args.file.name}: {result.describe()}")
    return 0


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FIL.xlsx|FIL.json")


@command("library", "export", help="skriv biblioteket som redigerbar Excel-mall (eller JSON)",
         args=_export_args)
def _library_export(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.storage.library import LibraryRepository

    suffix = check_output_file(args.file, ".xlsx", ".json")
    library = LibraryRepository(ctx.db).library()
    if suffix == ".json":
        from koll_desktop.services.library_json import write_library_json

        write_library_json(library, args.file)
    else:
        from koll_desktop.services.library_xlsx import write_library_xlsx

        write_library_xlsx(library, args.file)
    ctx.out(f"{args.file}: {len(library.frameworks)} ramverk")
    return 0


@command("library", "list", help="ramverk med kod, typ, version, kurser/områden, krav och poäng")
def _library_list(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.storage.library import LibraryRepository

    rows = LibraryRepository(ctx.db).summaries()
    if not rows:
        ctx.out("biblioteket är tomt; kör koll demo eller koll library import FIL")
        return 0
    ctx.out("kod\ttyp\tversion\tenheter\tkrav\tpoäng\ttitel")
    for r in rows:
        marked = r.example and not r.title.lower().startswith("exempel")
        title = r.title + (" (exempel)" if marked else "")
        points = "" if r.points is None else str(r.points)
        ctx.out(f"{r.code}\t{FRAMEWORK_KIND[r.kind]}\t{r.version}\t{r.units}\t{r.requirements}\t"
                f"{points}\t{title}")
    credentials = LibraryRepository(ctx.db).micro_credentials()
    if credentials:
        ctx.out("")
        ctx.out("mikromerit\tkrav\ttitel")
        for mc in credentials:
            ctx.out(f"{mc.code}\t{len(mc.requirements)}\t{mc.title}")
    return 0


def _bundle_export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("cases", nargs="+", metavar="ÄRENDE", help="ärendenummer, t.ex. K-2026-0001")
    p.add_argument("--out", required=True, type=Path, metavar="FIL.kollcase",
                   help="paketet som skrivs")
    p.add_argument("--pseudonymise", action="store_true",
                   help="utan namn, personnummer, kontaktuppgifter, fritext och bevisfiler")


@command("bundle", "export", help="packa ärenden för att flytta dem till en annan dator",
         args=_bundle_export_args)
def _bundle_export(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.bundles import export_cases

    check_output_file(args.out, ".kollcase")
    export_cases(ctx.db, args.cases, args.out, pseudonymise=args.pseudonymise)
    count = len(args.cases)
    ctx.out(f"{args.out}: {count} {'ärende' if count == 1 else 'ärenden'}"
            + (" (pseudonymiserade)" if args.pseudonymise else ""))
    return 0


def _bundle_import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FIL.kollcase")


@command("bundle", "import", help="läs in ärenden från ett paket (samma paket två gånger "
         "ändrar inget)", args=_bundle_import_args, new_database=CREATE)
def _bundle_import(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.bundles import import_bundle

    for line in import_bundle(ctx.db, args.file).lines():
        ctx.out(line)
    return 0


def _document_args(p: argparse.ArgumentParser, *, micro: bool = False) -> None:
    p.add_argument("case", metavar="ÄRENDE", help="ärendenummer, t.ex. K-2026-0001")
    if micro:
        p.add_argument("code", metavar="KOD", nargs="?",
                       help="mikromeritens kod, t.ex. MK-USK-HYG (utan kod: vilka ärendet har "
                            "uppnått och vad som saknas för de andra)")
    p.add_argument("--out", required=not micro, type=Path, metavar="FIL.pdf",
                   help="PDF-filen som skrivs")
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help="språk (sv eller en)")
    p.add_argument("--large-print", action="store_true", help="stor stil (minst 16 punkter)")
    if not micro:
        p.add_argument("--show-personnummer", action="store_true",
                       help="skriv ut hela personnumret (annars ÅÅÅÅMMDD-XXXX)")


@command("plan", help="skriv ut den individuella planen för kompletterande utbildning (PDF)",
         args=_document_args)
def _plan(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.case_snapshot import load_snapshot
    from koll_desktop.services.plan_pdf import write_plan_pdf

    check_output_file(args.out, ".pdf")
    snapshot = load_snapshot(ctx.db, args.case)
    path = write_plan_pdf(snapshot, args.out, language=args.lang, large_print=args.large_print,
                          show_personnummer=args.show_personnummer)
    ctx.out(f"{path}: plan för {snapshot.case.reference}")
    return 0


@command("certificate", help="skriv ut kompetensintyget (PDF)", args=_document_args)
def _certificate(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.case_snapshot import load_snapshot
    from koll_desktop.services.certificate_pdf import write_certificate_pdf

    check_output_file(args.out, ".pdf")
    snapshot = load_snapshot(ctx.db, args.case)
    path = write_certificate_pdf(snapshot, args.out, language=args.lang,
                                 large_print=args.large_print,
                                 show_personnummer=args.show_personnummer)
    ctx.out(f"{path}: kompetensintyg för {snapshot.case.reference}")
    return 0


@command("microcredential", help="utfärda en uppnådd mikromerit: PDF och Open Badges 3.0 "
         "(FIL.json bredvid); utan kod en lista över ärendets mikromeriter",
         args=lambda p: _document_args(p, micro=True))
def _microcredential(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.case_snapshot import load_snapshot
    from koll_desktop.services.micro_credential_docs import issue_micro_credential
    from koll_desktop.storage.library import LibraryRepository

    if args.code is None:
        return _micro_credential_list(ctx, load_snapshot(ctx.db, args.case))
    if args.out is None:
        raise KnownError("ange filen som skrivs (--out FIL.pdf)", place="--out")
    check_output_file(args.out, ".pdf")
    code = one_of(args.code, LibraryRepository(ctx.db).micro_credential_codes(), "mikromerit",
                  "KOD")
    snapshot = load_snapshot(ctx.db, args.case)
    pdf, badge = issue_micro_credential(snapshot, code, args.out, language=args.lang,
                                        large_print=args.large_print)
    ctx.out(f"{pdf}, {badge}: mikromerit {code} för {snapshot.case.reference}")
    return 0


def _micro_credential_list(ctx: Context, snapshot) -> int:
    statuses = snapshot.result.micro_credentials
    if not statuses:
        ctx.out(f"inga mikromeriter hör till {snapshot.case.reference}")
        return 0
    ctx.out("kod\tstatus\ttitel\tsaknas")
    for status in statuses:
        missing = ", ".join(f"{framework} {code}" for framework, code in status.missing)
        ctx.out(f"{status.code}\t{'uppnådd' if status.earned else 'inte uppnådd'}\t"
                f"{status.title}\t{missing}")
    return 0


def _compare_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("framework_a", metavar="A", help="första ramverkets kod, t.ex. EX-USK")
    p.add_argument("framework_b", metavar="B", help="andra ramverkets kod, t.ex. VOXABN")
    p.add_argument("--out", required=True, type=Path, metavar="FIL.xlsx|FIL.pdf",
                   help="rapporten som skrivs: Excel (.xlsx) eller PDF (.pdf)")
    p.add_argument("--lang", choices=("sv", "en"), default="sv",
                   help="språk i PDF-filen (sv eller en)")


@command("compare", help="jämför två ramverk: hur mycket av B som täcks av A och tvärtom "
         "(Excel eller PDF)", args=_compare_args)
def _compare(args: argparse.Namespace, ctx: Context) -> int:
    suffix = check_output_file(args.out, ".xlsx", ".pdf")
    from koll_desktop.services.comparison import compare_frameworks, percent_text

    report = compare_frameworks(ctx.db, _framework(ctx, args.framework_a, "A"),
                                _framework(ctx, args.framework_b, "B"))
    if suffix == ".xlsx":
        from koll_desktop.services.comparison_xlsx import write_comparison_xlsx

        write_comparison_xlsx(report, args.out)
    else:
        from koll_desktop.services.comparison_pdf import write_comparison_pdf

        write_comparison_pdf(report, args.out, language=args.lang)
    a, b = report.a.code, report.b.code
    ctx.out(f"{args.out}: {b} täcks till {percent_text(report.b_by_a.coverage)} av {a}, "
            f"{a} till {percent_text(report.a_by_b.coverage)} av {b}")
    for note in report.notes[:-1]:  # the last note is the counting rule
        ctx.out(note)
    return 0


def _summary_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="FIL.xlsx",
                   help="Excel-filen som skrivs")
    p.add_argument("--from", dest="date_from", metavar="DATUM",
                   help="bara ärenden registrerade från och med detta datum (ÅÅÅÅ-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATUM",
                   help="bara ärenden registrerade till och med detta datum (ÅÅÅÅ-MM-DD)")
    p.add_argument("--counsellor", metavar="NAMN", help="bara denna handledares ärenden")
    p.add_argument("--framework", metavar="KOD", help="bara ärenden mot detta ramverk")


def _iso_date(text: str | None, option: str):
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise KnownError(f"ogiltigt datum {text!r}; skriv ÅÅÅÅ-MM-DD", place=option) from None


@command("summary", help="sammanställning för samordnare som Excel-fil (pseudonymiserad)",
         args=_summary_args)
def _summary(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.summary_xlsx import write_summary

    check_output_file(args.out, ".xlsx")
    date_from, date_to = _iso_date(args.date_from, "--from"), _iso_date(args.date_to, "--to")
    result = write_summary(ctx.db, args.out, date_from=date_from, date_to=date_to,
                           counsellor=_counsellor(ctx, args.counsellor, "--counsellor"),
                           framework=_framework(ctx, args.framework, "--framework"))
    cases = "1 ärende" if result.cases == 1 else f"{result.cases} ärenden"
    ctx.out(f"{args.out}: {cases}, {result.persons} deltagare")
    return 0


def _retention_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--apply", action="store_true",
                   help="genomför gallringen (utan --apply visas bara vad som skulle göras)")
    from koll_desktop.services.retention import RetentionMode

    words = {RetentionMode.PURGE: "radera", RetentionMode.ANONYMISE: "anonymisera"}
    p.add_argument("--mode", type=words_type(words, "okänt sätt att gallra:"), metavar="SÄTT",
                   default=RetentionMode.PURGE.value,
                   help="radera (standard): radera ärendet, och personen om hen inte har fler "
                   "ärenden; anonymisera: behåll statistiken men ta bort allt som pekar ut "
                   "personen (purge och anonymise går också)")


@command("retention", help="ärenden som passerat sitt gallringsdatum; radera eller "
         "anonymisera dem med --apply", args=_retention_args)
def _retention(args: argparse.Namespace, ctx: Context) -> int:
    from datetime import date

    from koll_desktop.services.retention import RetentionMode, apply_retention, retention_due

    mode = RetentionMode(args.mode)
    items = retention_due(ctx.db, date.today(), mode)
    if not items:
        ctx.out("inga ärenden har passerat sitt gallringsdatum")
        return 0
    for item in items:
        ctx.out(item.line())
    if not args.apply:
        count = f"{len(items)} {'ärende' if len(items) == 1 else 'ärenden'}"
        ctx.out(f"{count} skulle gallras; kör med --apply för att genomföra")
        return 0
    for line in apply_retention(ctx.db, items, mode).lines():
        ctx.out(line)
    return 0


def _person_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("person", metavar="PERSON",
                   help="ett ärendenummer för personen (t.ex. K-2026-0001) eller personnumret")


def _person_export_args(p: argparse.ArgumentParser) -> None:
    _person_args(p)
    p.add_argument("--out", required=True, type=Path, metavar="MAPP")


@command("person", "export", help="registerutdrag: allt som lagras om en person, som PDF "
         "och JSON", args=_person_export_args)
def _person_export(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.person_data import export_person, find_person

    check_output_folder(args.out)
    for path in export_person(ctx.db, find_person(ctx.db, args.person), args.out):
        ctx.out(str(path))
    return 0


def _person_erase_args(p: argparse.ArgumentParser) -> None:
    _person_args(p)
    p.add_argument("--yes", action="store_true",
                   help="bekräfta att allt om personen ska raderas (kan inte ångras)")


@command("person", "erase", help="radera allt om en person, utan spår i databasen (kan "
         "inte ångras)", args=_person_erase_args)
def _person_erase(args: argparse.Namespace, ctx: Context) -> int:
    from koll_desktop.services.person_data import (
        backups_holding_person,
        erase_person,
        erasure_preview,
        find_person,
    )

    person_id = find_person(ctx.db, args.person)
    if not args.yes:
        print(f"koll: {args.person}: raderar personen och {erasure_preview(ctx.db, person_id)}"
              " för alltid; kör igen med --yes för att radera", file=sys.stderr)
        return 1
    for line in erase_person(ctx.db, person_id).lines():
        ctx.out(line)
    older = [p.name for p in backups_holding_person(ctx.paths.backups, person_id)]
    if older:
        ctx.out(f"obs: säkerhetskopior från före raderingen innehåller fortfarande personen "
                f"tills de roteras ut eller tas bort: {', '.join(older)}")
    return 0


def _tour_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path, metavar="MAPP",
                   help="mappen för bilderna; registerutdraget hamnar i MAPP/registerutdrag")
    p.add_argument("--visible", action="store_true",
                   help="visa fönstren på skärmen medan bilderna tas (annars osynligt)")


@command("tour", help="bilder (PNG) av varje skärm på demodata, och ett registerutdrag "
         "(PDF och JSON)", description="bilder (PNG) av varje skärm i arbetsflödet på "
         "demoärenden, och ett exempel på registerutdrag (PDF och JSON) för en påhittad "
         "demoperson; allt görs i en egen tillfällig demodatabas, datamappen används inte",
         args=_tour_args, database=False)
def _tour(args: argparse.Namespace, ctx: Context) -> int:
    import os

    check_output_folder(args.out)
    if not args.visible:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from koll_desktop.ui.tour import run_tour

    for path in run_tour(args.out):
        ctx.out(str(path))
    if (args.out / "registerutdrag").is_dir():
        ctx.out(f"{args.out / 'registerutdrag'}: registerutdrag för en demoperson (PDF och JSON)")
    return 0


def refuse_missing_database(args: argparse.Namespace, paths: DataPaths) -> None:
    """Before anything is made in the data folder: a command that only reads is refused
    where there is no database (the folder not even created)."""
    if args.database and args.new_database == REFUSE and not paths.database.exists():
        raise KnownError("här finns ingen KoLL-databas; stämmer --data-dir? (en ny skapas "
                         "av koll demo, koll library import eller koll bundle import)",
                         place=str(paths.root))


def run_command(args: argparse.Namespace, paths: DataPaths) -> int:
    """Run the parsed command on the data folder's database (opened and migrated here)."""
    if not args.database:
        return args.run(args, Context(paths))
    from koll_desktop.storage.db import open_db

    new = not paths.database.exists()
    db = open_db(paths.database, backup_dir=paths.backups)
    done = False
    try:
        code = args.run(args, Context(paths, db))
        done = True
    finally:
        empty = new and not done and _holds_nothing(db)
        db.close()
        if empty:  # the command failed on a database made for it: none is left behind
            _remove_new_database(paths.database)
    if new and args.new_database == CREATE:  # told, in case --data-dir was mistyped
        print(f"koll: ny tom databas skapad i {paths.root}", file=sys.stderr)
    return code


def _holds_nothing(db: Db) -> bool:
    import sqlite3

    try:
        return not any(db.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
                       for table in ("person", "framework", "audit_event"))
    except sqlite3.Error:
        return False


def _remove_new_database(database: Path) -> None:
    for path in (database, database.with_name(database.name + "-wal"),
                 database.with_name(database.name + "-shm")):
        path.unlink(missing_ok=True)


def fail(error: KnownError) -> int:
    """One clear line on stderr, exit code 1 (DESIGN §8)."""
    print(f"koll: {error}", file=sys.stderr)
    return 1
