"""Start: excepthook → args → paths → logging → open and migrate the DB → CLI or GUI."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import traceback
from pathlib import Path
from types import SimpleNamespace, TracebackType

from koll_desktop.errors import KnownError
from koll_desktop.paths import DataPaths, data_paths

log = logging.getLogger("koll")
# Until the log file is set up (a data folder that cannot be made), the one line on stderr
# is the whole message: not logging's own unprefixed copy of it as well.
log.addHandler(logging.NullHandler())
_log_file: str = ""


def _excepthook(kind: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
    """A bug: the whole traceback goes to the log, one line to the user."""
    log.critical("oväntat fel", exc_info=(kind, value, tb))
    if not _log_file:
        traceback.print_exception(kind, value, tb)
    print(f"koll: ett oväntat fel inträffade ({kind.__name__}); detaljer i {_log_file or 'stderr'}",
          file=sys.stderr)


LOG_MAX_BYTES = 1_000_000
LOG_KEEP = 3


def rotate_log(log_file: Path) -> None:
    """Keep the log small: over LOG_MAX_BYTES it becomes koll.log.1 (and .1 → .2 …).

    Done once at each start rather than by logging.handlers.RotatingFileHandler, whose
    module (with socket, pickle and queue) costs the desktop start about 6 ms; a session
    logs far less than the limit.
    """
    try:
        if log_file.stat().st_size <= LOG_MAX_BYTES:
            return
        for n in range(LOG_KEEP - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                older.replace(log_file.with_name(f"{log_file.name}.{n + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        return  # no log yet, or it cannot be moved: keep writing to it


def setup_logging(paths: DataPaths) -> None:
    global _log_file
    rotate_log(paths.log_file)
    handler = logging.FileHandler(paths.log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not getattr(h, "_koll", False)]
    handler._koll = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_file = str(paths.log_file)


def main(argv: list[str] | None = None) -> int:
    sys.excepthook = _excepthook
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        from koll_desktop.cli import build_parser

        args = build_parser().parse_args(argv)
    else:  # plain `koll`: the desktop app, without argparse and the command line's parser
        args = SimpleNamespace(command=None, data_dir=None)
    try:
        paths = data_paths(args.data_dir)
        if args.command is not None:
            from koll_desktop.cli import refuse_missing_database

            refuse_missing_database(args, paths)
        paths.ensure()
        setup_logging(paths)
        if args.command is None:
            from koll_desktop.ui.app import run_gui

            return run_gui(paths)
        from koll_desktop.cli import run_command

        code = run_command(args, paths)
        if sys.stdout is not None:  # a windowed start has none
            sys.stdout.flush()  # a closed pipe shows here, not as a message at exit
        return code
    except BrokenPipeError:  # `koll cases | head -1`: the reader has stopped reading
        with contextlib.suppress(OSError, ValueError):  # nothing more goes to the pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KnownError as error:
        from koll_desktop.cli import fail

        log.warning("%s", error)
        return fail(error)
    except sqlite3.Error as error:  # file-level trouble outside a repository write
        from koll_desktop.cli import fail
        from koll_desktop.storage.db import translate

        log.warning("sqlite: %s", error)
        return fail(translate(error))


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:  # a bug: logged and told in one line, not a second frozen-app banner
        _excepthook(*sys.exc_info())
        sys.exit(1)
