"""Micro-credentials in the library: define and edit them, and see how they stack.

Two tabs. **Definitioner**: the list of definitions (code, title, number of requirements,
a mark when a mandatory EU Annex I element is missing) beside an editor with every
element the definition holds, in Swedish with a one-line hint each, and its list of
requirements picked from a searchable tree of the library. A definition is an edited
document, not a live case: nothing is written until **Spara**, which saves the fields
and the list in one committed transaction (MicroCredentialRepository.save) and reports
what is still missing. With an undo stack, each save and delete is undoable.

**Stapelbarhet**: for a chosen framework and unit, which micro-credentials together
cover all its requirements (plan_engine.covering_micro_credentials) or which remain
uncovered; and for each micro-credential the courses and areas it can be built on
towards ("Kan byggas på till …").

The pieces live beside this module: micro_credential_layout (the widgets and the form's
elements), micro_credential_picker (the requirement list), micro_credential_stacking (the
second tab), micro_credential_parts (roles, colours, texts) and domain.contributions.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QStyle,
    QTreeWidgetItem,
    QWidget,
)

from koll_desktop.domain.contributions import Contribution, contributions, newest_frameworks
from koll_desktop.domain.ids import new_id
from koll_desktop.domain.library import (
    MANDATORY_MICRO_CREDENTIAL_FIELDS,
    Framework,
    MicroCredential,
)
from koll_desktop.errors import KnownError
from koll_desktop.storage.db import Db
from koll_desktop.storage.library import LibraryRepository
from koll_desktop.storage.micro_credentials import (
    TEXT_FIELDS,
    MicroCredentialRepository,
    normalised,
)
from koll_desktop.ui.micro_credential_layout import Element, MicroCredentialLayout, elements
from koll_desktop.ui.micro_credential_parts import (
    ID_ROLE,
    MISSING_ROLE,
    MUTED,
    OK,
    REF_ROLE,
    UNIT_ROLE,
    WARN,
    missing_label,
    show_note,
    stackable_text,
)
from koll_desktop.ui.micro_credential_picker import RequirementPicker
from koll_desktop.ui.micro_credential_stacking import StackabilityPanel
from koll_desktop.ui.undo import AppliedEdit


def _t(text: str) -> str:
    return QCoreApplication.translate("micro_credentials", text)


# -- the view -----------------------------------------------------------------------------------
class MicroCredentialEditor(MicroCredentialLayout, QWidget):
    """Define, edit and delete micro-credentials; see how they stack."""

    library_changed = Signal()  # a definition was saved or deleted (also by undo)
    saved = Signal(str)  # a line for the status bar

    def __init__(self, db: Db, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MicroCredentialEditor")
        self.repo = MicroCredentialRepository(db)
        self.library = LibraryRepository(db)
        self.undo_stack = undo_stack
        self.credentials: list[MicroCredential] = []
        self.frameworks: list[Framework] = []
        self.baseline: MicroCredential | None = None  # as saved; None: nothing open
        self.is_new = False
        self._loading = False
        # Injectable so tests and scripts can drive the view without modal dialogs.
        self.confirm_delete: Callable[[str], bool] = self._ask_delete
        self.ask_unsaved: Callable[[str], str] = self._ask_unsaved  # save|discard|cancel
        self._build()
        self.refresh()

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the library and the definitions again (after an import or an undo)."""
        self.frameworks = newest_frameworks(self.library.all_frameworks())
        self.picker.load_library(self.frameworks)
        self._reload()

    def _reload(self, focus: str | None = None, row: int | None = None) -> None:
        """The list and the stackability from the database; the form kept if edited.

        Opens `focus` (else the current one); when it is gone, the one at `row` (else the
        first)."""
        keep = focus or self.current_id()
        self.credentials = self.repo.all()
        self.list.blockSignals(True)
        self.list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for m in self.credentials:
            missing = m.missing_elements()
            mark = _t("saknar {0}").format(len(missing)) if missing else _t("kompletta")
            item = QTreeWidgetItem([m.code, m.title, str(len(m.requirements)), mark])
            item.setData(0, ID_ROLE, m.id)
            item.setData(0, MISSING_ROLE, missing)
            item.setToolTip(1, m.title)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if missing:
                item.setIcon(3, warning)
                item.setForeground(3, QBrush(QColor(WARN)))
                item.setToolTip(3, missing_label(missing) + " – " + _t("kan inte utfärdas"))
            else:
                item.setForeground(3, QBrush(QColor(OK)))
                item.setToolTip(3, _t("Alla obligatoriska uppgifter är ifyllda"))
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        incomplete = sum(1 for m in self.credentials if m.missing_elements())
        self.counts.setText(_t("{0} i biblioteket · {1} saknar obligatoriska uppgifter")
                            .format(len(self.credentials), incomplete))
        self.stacking.load(self.frameworks, self.credentials)
        if self.baseline is not None and (self.is_dirty() or self.is_new):
            self._select_row(self.baseline.id)
        else:
            target = next((m for m in self.credentials if m.id == keep), None)
            if target is None and self.credentials:
                target = self.credentials[min(row or 0, len(self.credentials) - 1)]
            self._select_row(target.id if target else None)
            self._open(target)
        self._update_state()

    def _select_row(self, mc_id: str | None) -> bool:
        self.list.blockSignals(True)
        try:
            for row in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(row)
                if item.data(0, ID_ROLE) == mc_id:
                    self.list.setCurrentItem(item)
                    return True
            self.list.setCurrentItem(None)
            self.list.clearSelection()
            return False
        finally:
            self.list.blockSignals(False)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select(self, code: str) -> bool:
        """Open the definition with this code (asking first about unsaved changes)."""
        found = next((m for m in self.credentials if m.code == code), None)
        if found is None or not self.confirm_leave():
            return False
        self._select_row(found.id)
        self._hide_banners()
        self._open(self.repo.find(found.id))  # as stored now (leaving may have saved)
        return True

    def _open(self, mc: MicroCredential | None, *, new: bool = False) -> None:
        self.baseline, self.is_new = mc, new
        self.pane.setCurrentIndex(0 if mc is None else 1)
        self._loading = True
        try:
            for name, widget in self.fields.items():
                value = getattr(mc, name) if mc is not None else ""
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(-1)
                    widget.setEditText(value)
                else:
                    widget.setText(value)
                    widget.setCursorPosition(0)
            self.picker.set_refs(mc.requirements if mc is not None else ())
        finally:
            self._loading = False
        self._update_state()

    # -- the form ------------------------------------------------------------------------
    def draft(self) -> MicroCredential:
        """The definition as the form has it now."""
        values = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentText()
            else:
                values[name] = widget.text()
        base_id = self.baseline.id if self.baseline is not None else new_id()
        return normalised(MicroCredential(id=base_id, requirements=tuple(self.picker.refs),
                                          **values))

    def is_dirty(self) -> bool:
        if self.baseline is None:
            return False
        return _key(self.draft()) != _key(normalised(self.baseline))

    def set_field(self, name: str, value: str) -> None:
        """Type into one field (for scripts and tests)."""
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            widget.setEditText(value)
        else:
            widget.setText(value)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._update_state()

    def _update_state(self) -> None:
        open_ = self.baseline is not None
        self.delete_button.setEnabled(self.current_id() is not None and not self.is_new)
        if not open_:
            return
        mc = self.draft()
        dirty = self.is_dirty()
        title = f"{mc.code} – {mc.title}" if mc.code and mc.title else (mc.code or mc.title)
        if self.is_new:
            title = _t("Ny mikromerit: {0}").format(title) if title else _t("Ny mikromerit")
        self.title_label.setText(title)
        missing = mc.missing_elements()
        if missing:
            show_note(self.missing, "warn", html.escape(
                missing_label(missing) + " – " + _t("mikromeriten kan inte utfärdas förrän "
                                                    "de är ifyllda.")))
        elif not mc.requirements:
            show_note(self.missing, "warn", html.escape(_t(
                "Alla obligatoriska uppgifter är ifyllda, men inga krav är valda: utan krav "
                "kan mikromeriten aldrig bli intjänad.")))
        else:
            show_note(self.missing, "ok", html.escape(_t(
                "Alla obligatoriska uppgifter är ifyllda; mikromeriten kan utfärdas när "
                "kraven är uppfyllda.")))
        empty = {name for name, _label in MANDATORY_MICRO_CREDENTIAL_FIELDS
                 if not getattr(mc, name)} | ({"code"} if not mc.code else set())
        for name, caption in self.captions.items():
            caption.setStyleSheet(f"color: {WARN}; font-weight: bold" if name in empty else "")
        self.form_tabs.setTabText(1, _t("Krav ({0})").format(len(mc.requirements)))
        self.save_button.setEnabled(dirty or self.is_new)
        self.revert_button.setEnabled(dirty)
        if self.is_new:
            self.state.setText(_t("Inte sparad ännu."))
        elif dirty:
            self.state.setText(_t("Osparade ändringar – spara med Spara (Ctrl+S)."))
        else:
            self.state.setText(_t("Sparad."))
        self.state.setStyleSheet(f"color: {WARN}" if dirty or self.is_new else f"color: {MUTED}")

    def fill_stackable(self) -> None:
        text = stackable_text(contributions(self.picker.refs, self.frameworks))
        if text:
            self.set_field("stackable_into", text)

    # -- navigation with unsaved changes --------------------------------------------------
    def confirm_leave(self) -> bool:
        """Before another definition (or another screen): save, discard or stay."""
        if not self.is_dirty() and not (self.is_new and self._typed()):
            return True
        answer = self.ask_unsaved(self.draft().code or _t("den nya mikromeriten"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            was_new = self.is_new
            self._open(None if was_new else self.repo.find(self.baseline.id))  # type: ignore[union-attr]
            return True
        return False

    def _typed(self) -> bool:
        blank = normalised(MicroCredential(code="", title=""))
        return _key(self.draft()) != _key(blank)

    def has_unsaved_changes(self) -> bool:
        return self.is_dirty() or (self.is_new and self._typed())

    def _picked(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        wanted = item.data(0, ID_ROLE)
        back = previous.data(0, ID_ROLE) if previous is not None else None
        if not self.confirm_leave():  # saving reads the list again: only ids survive
            self._select_row(back)
            return
        self._select_row(wanted)
        self._hide_banners()
        self._open(self.repo.find(wanted))

    def new(self) -> None:
        if not self.confirm_leave():
            return
        self._select_row(None)
        self._hide_banners()
        self._open(MicroCredential(code="", title=""), new=True)
        self.form_tabs.setCurrentIndex(0)
        self.fields["code"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_banners(self) -> None:
        self.error_banner.hide()
        self.info_banner.hide()

    def revert(self) -> None:
        if self.baseline is not None:
            self._open(self.baseline, new=self.is_new)

    # -- saving and deleting (each committed, each undoable) -------------------------------
    def save(self) -> bool:
        """Validate and save the form; report what is still missing."""
        if self.baseline is None:
            return False
        mc = self.draft()
        if not mc.code:
            self.error_banner.show_message(_t("Sparades inte: ange en kod för mikromeriten, "
                                              "t.ex. MK-USK-HYG."))
            self.form_tabs.setCurrentIndex(0)
            self.fields["code"].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        before = self.repo.find(mc.id)
        repo = self.repo
        label = _t("Spara mikromerit {0}").format(mc.code)
        if before is None:
            ok = self._edit(label, lambda: repo.save(mc), lambda: repo.delete(mc.id), mc.id)
        else:
            ok = self._edit(label, lambda: repo.save(mc), lambda: repo.save(before), mc.id)
        if ok:
            missing = mc.missing_elements()
            if missing:
                report = _t("Sparat som utkast: {0}. {1} obligatoriska uppgifter saknas, så "
                            "den kan inte utfärdas än.").format(mc.code, len(missing))
            else:
                report = _t("Sparat: {0}. Alla obligatoriska uppgifter är ifyllda.").format(
                    mc.code)
            self.info_banner.show_message(report)
        return ok

    def delete_current(self) -> bool:
        mc_id = self.current_id()
        if mc_id is None or self.is_new:
            return False
        mc = self.repo.find(mc_id)
        if mc is None or not self.confirm_delete(mc.code):
            return False
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        repo = self.repo
        ok = self._edit(_t("Ta bort mikromerit {0}").format(mc.code),
                        lambda: repo.delete(mc_id), lambda: repo.save(mc), mc_id, row=row)
        if ok:
            self.info_banner.show_message(_t("Borttagen: {0}. Ångra med Ctrl+Z.").format(
                mc.code) if self.undo_stack is not None else _t("Borttagen: {0}.").format(
                mc.code))
        return ok

    def _edit(self, label: str, do: Callable[[], Any], undo: Callable[[], Any],
              focus: str, row: int | None = None) -> bool:
        if not self.apply(do, label, focus, row=row):
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(AppliedEdit(
                label, do, undo, lambda fn, message: self.apply(fn, message, focus, row=row),
                owner=self))
        return True

    def apply(self, fn: Callable[[], Any], message: str, focus: str | None = None,
              *, row: int | None = None) -> bool:
        """Run one repository call; show what happened; read the definitions again.

        The form shows what is stored now, unless it holds unsaved edits of another
        definition (an undo elsewhere leaves them alone)."""
        try:
            fn()
        except KnownError as error:
            self.info_banner.hide()
            self.error_banner.show_message(_t("Sparades inte: {0}").format(error))
            return False
        self.error_banner.hide()
        self.info_banner.hide()
        if not self.has_unsaved_changes() or (self.baseline is not None
                                              and self.baseline.id == focus):
            self.baseline, self.is_new = None, False
        self._reload(focus, row)
        self.saved.emit(_t("Sparat: {0}").format(message))
        self.library_changed.emit()
        return True


def _key(mc: MicroCredential) -> tuple:
    return (*(getattr(mc, k) for k in TEXT_FIELDS), tuple(tuple(r) for r in mc.requirements))


__all__ = ["ID_ROLE", "MISSING_ROLE", "REF_ROLE", "UNIT_ROLE", "Contribution", "Element",
           "MicroCredentialEditor", "RequirementPicker", "StackabilityPanel", "contributions",
           "elements", "missing_label", "newest_frameworks"]
