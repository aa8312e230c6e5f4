"""Shared parts of the micro-credential screens: item roles, colours, small widget builders.

Also the Swedish texts that describe what a definition's requirements reach ("Kan byggas
på till …"), used by the requirement picker, the stackability panel and the editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QWidget

from koll_desktop.domain.contributions import Contribution

REF_ROLE = Qt.ItemDataRole.UserRole + 11  # a requirement ref, or the refs of a unit
UNIT_ROLE = Qt.ItemDataRole.UserRole + 12  # (framework code, unit ref)
ID_ROLE = Qt.ItemDataRole.UserRole + 13  # a micro-credential's id
MISSING_ROLE = Qt.ItemDataRole.UserRole + 14  # the Swedish names of its missing elements
SEP = "\x1f"  # between framework code and unit ref in a combo key
WARN, OK, MUTED = "#8a5300", "#1b5e20", "#555"
NOTE_STYLE = {"warn": "background: #fff3cd; color: #5c3d00; border: 1px solid #e0a800;",
              "ok": "background: #e8f5e9; color: #1b3d1d; border: 1px solid #2e7d32;",
              "info": "background: #eef3fb; color: #1d3557; border: 1px solid #9db4d6;"}


def _t(text: str) -> str:
    return QCoreApplication.translate("micro_credentials", text)


def missing_label(names: Sequence[str]) -> str:
    return _t("Saknas: {0}").format(", ".join(names))


def share_text(c: Contribution) -> str:
    if c.complete:
        return _t("alla {0} krav").format(c.count)
    return _t("{0} av {1} krav").format(c.count, len(c.unit.requirements))


def describe_contribution(c: Contribution) -> str:
    place = f"{c.framework.code} {c.unit.code}".strip()
    return _t("{0} ({1}): {2}").format(c.unit.title, place, share_text(c))


def stackable_text(found: Sequence[Contribution]) -> str:
    """A suggestion for the certificate's "Kan byggas på till" element."""
    if not found:
        return ""
    parts = [_t("{0} ({1}, {2})").format(c.unit.title, c.framework.title, c.framework.code)
             for c in found]
    return _t("Kan räknas in i {0}.").format(", ".join(parts))


def unit_key(framework_code: str, unit_ref: str) -> str:
    return f"{framework_code}{SEP}{unit_ref}"


def show_note(label: QLabel, kind: str, text: str) -> None:
    label.setStyleSheet(f"QLabel {{ {NOTE_STYLE[kind]} border-radius: 4px; padding: 5px; }}")
    label.setText(text)


def heading_label(text: str, parent: QWidget, scale: float = 1.0) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def tree_widget(parent: QWidget, name: str, headers: list[str]) -> QTreeWidget:
    widget = QTreeWidget(parent)
    widget.setAccessibleName(name)
    widget.setHeaderLabels(headers)
    widget.setAlternatingRowColors(True)
    widget.setUniformRowHeights(True)
    widget.setIconSize(QSize(24, 16))
    return widget
