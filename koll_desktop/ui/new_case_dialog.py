"""The dialog for a new case: the least a new case needs, a name. Opened from the main window,
and imported when it is (the start shows the case list without the dialog classes)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


class NewCaseDialog(QDialog):
    """The least a new case needs: a name. Everything else is filled in at Start."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt ärende"))
        form = QFormLayout(self)
        self.given = QLineEdit(self)
        self.family = QLineEdit(self)
        for label, edit in ((self.tr("&Förnamn"), self.given),
                            (self.tr("&Efternamn"), self.family)):
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(caption, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        return self.given.text().strip(), self.family.text().strip()

    def _accept(self) -> None:
        if any(self.values()):
            self.accept()
        else:
            self.given.setFocus()
