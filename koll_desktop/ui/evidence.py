"""Evidence files in the UI: the drop-target file list and its helpers.

Sizes for people, the local files a drag carries, and private temporary copies for the
desktop's "open" (a folder of the user's own, removed when the program ends).
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from koll_desktop.domain.case import Evidence

MIB = 1024 * 1024
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_temp_root: Path | None = None


def size_text(size: int) -> str:
    """A file size for people: 84 byte, 12 KiB, 3,4 MiB."""
    if size >= MIB:
        return f"{size / MIB:.1f} MiB".replace(".", ",").replace(",0 ", " ")
    if size >= 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size} byte"


def temporary_copy(evidence: Evidence, data: bytes) -> Path:
    """`data` written as a file named like the original, in a private folder of its own."""
    global _temp_root
    if _temp_root is None:
        _temp_root = Path(tempfile.mkdtemp(prefix="koll-filer-"))  # readable by the user only
        atexit.register(shutil.rmtree, _temp_root, True)
    name = _UNSAFE_NAME.sub("_", Path(evidence.name.replace("\\", "/")).name).strip(" .")
    folder = _temp_root / evidence.id
    folder.mkdir(exist_ok=True)
    target = folder / (name or "bevisfil")
    target.write_bytes(data)
    return target


def local_files(mime: QMimeData) -> list[str]:
    """The local files a drag carries (text/uri-list); web links and the like are left out."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class EvidenceList(QListWidget):
    """The files of one entry; files dragged from the desktop are dropped here."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)
        self.placeholder = ""

    def dragEnterEvent(self, event) -> None:
        if local_files(event.mimeData()) and self.isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        files = local_files(event.mimeData())
        if not files or not self.isEnabled():
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_dropped.emit(files)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            painter.end()
