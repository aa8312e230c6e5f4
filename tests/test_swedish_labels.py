"""One set of Swedish words: the command line's (domain/labels.py, no Qt) are the desktop
app's (ui/labels.py, translatable); and what the operating system says is told in Swedish."""

from __future__ import annotations

import errno
import os

import pytest

from koll_desktop.domain.enums import CaseStatus, FrameworkKind
from koll_desktop.domain.labels import CASE_STATUS, FRAMEWORK_KIND, from_words
from koll_desktop.errors import os_reason, write_error


def test_the_command_line_uses_the_desktop_apps_words():
    from koll_desktop.ui import labels  # untranslated: the Swedish source texts

    assert labels.case_status() == CASE_STATUS
    assert {kind: labels.framework_kind_label(kind) for kind in FrameworkKind} == FRAMEWORK_KIND


def test_the_excel_template_keeps_its_words_in_lower_case():
    """Templates already filled in say "yrkespaket": the words may not drift."""
    from koll_desktop.services.library_xlsx_layout import FRAMEWORK_KINDS

    assert FRAMEWORK_KINDS == {
        FrameworkKind.INDUSTRY_STANDARD: "branschstandard",
        FrameworkKind.VOCATIONAL_PACKAGE: "yrkespaket",
        FrameworkKind.SYLLABUS: "kursplan", FrameworkKind.LOCAL: "lokal"}


@pytest.mark.parametrize(("typed", "meant"), [
    ("Uppföljning", CaseStatus.FOLLOW_UP), ("uppföljning", CaseStatus.FOLLOW_UP),
    ("follow_up", CaseStatus.FOLLOW_UP), ("FOLLOW-UP", CaseStatus.FOLLOW_UP),
    ("inledande  kartläggning", CaseStatus.MAPPING), ("självskattning", CaseStatus.SELF_ASSESSMENT),
    ("self assessment", CaseStatus.SELF_ASSESSMENT), ("AVSLUTAD", CaseStatus.CLOSED),
    ("klar", None), ("", None), ("kartläggning", None),
])
def test_from_words(typed, meant):
    assert from_words(typed, CASE_STATUS) is meant


COMMON = [errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.ENOSPC,
          errno.EROFS, errno.ENOENT, errno.EBUSY, errno.ENAMETOOLONG, errno.EIO]


@pytest.mark.parametrize("code", COMMON, ids=lambda c: errno.errorcode[c])
def test_common_os_errors_are_told_in_swedish(code):
    exc = OSError(code, os.strerror(code), "/någon/fil")
    reason = os_reason(exc)
    assert reason and os.strerror(code) not in reason and "/någon" not in reason
    message = str(write_error(exc, "PDF-filen", "/ut/plan.pdf"))
    assert message.startswith("/ut/plan.pdf: kan inte skriva PDF-filen: ")
    assert message.endswith("; inget sparades") and os.strerror(code) not in message


@pytest.mark.parametrize(("exc", "words"), [
    (FileExistsError(errno.EEXIST, "File exists"), "det finns redan en fil med det namnet"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "det är en mapp, inte en fil"),
    (NotADirectoryError(errno.ENOTDIR, "Not a directory"), "en del av sökvägen är en fil"),
    (PermissionError(errno.EACCES, "Permission denied"), "skrivskyddad"),
    (OSError(errno.ENOSPC, "No space left on device"), "disken är full"),
    (OSError(errno.EROFS, "Read-only file system"), "mappen är skrivskyddad"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "finns inte"),
    (PermissionError("a sharing violation without an errno"), "öppen i ett annat program"),
    (OSError(errno.EMFILE, "Too many open files"), "operativsystemet svarade med felet EMFILE"),
    (OSError("no errno at all"), "operativsystemet kunde inte utföra åtgärden"),
])
def test_os_reason_words(exc, words):
    assert words in os_reason(exc)
    assert (exc.strerror or "no errno") not in os_reason(exc)


@pytest.mark.parametrize("exc", [FileNotFoundError(errno.ENOENT, "x"),
                                 NotADirectoryError(errno.ENOTDIR, "x"),
                                 FileExistsError(errno.EEXIST, "x")])
def test_a_write_whose_folder_cannot_be_made_says_so(exc):
    assert "mappen finns inte (eller en del av sökvägen är en fil)" in str(
        write_error(exc, "filen", "a/b.pdf"))
