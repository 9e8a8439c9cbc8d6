"""An unexpected error, shown: a dialog with what happened, where the log is, and "Copy details".

``install(app)`` wires ``explorer.app_log``'s hooks to one reporter living on the GUI thread; a hook
called from a worker thread reaches it through a queued signal. While one dialog is open, further
errors are counted into it rather than stacking dialogs (a failing paint can raise on every frame).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer import app_log


class ErrorDialog(QDialog):
    """What happened in a sentence, the traceback below, "Copy details" (which keeps it open)."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary, self.details = summary, details
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy the error's details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.message.text() + "\n\n" + self.details)


class ErrorReporter(QObject):
    sig_error = Signal(str, str)  # summary, details (emitted from any thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: ErrorDialog | None = None
        self.more = 0
        self.sig_error.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, summary: str, details: str) -> None:
        """The hook's callback: safe from any thread."""
        self.sig_error.emit(summary, details)

    def _text(self, summary: str) -> str:
        path = app_log.log_path()
        text = self.tr("Something went wrong. Briefing Explorer is still running, and your notes and "
                       "briefings are saved as you type them.") + "\n\n" + summary
        if app_log.logging_problem() is None:
            text += "\n\n" + self.tr("The details are in the log on this computer: {path}").format(
                path=str(path))
        if self.more:
            text += "\n\n" + self.tr("{n} more errors happened since; they are in the log.").format(
                n=self.more)
        return text

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None:  # one dialog at a time; later errors are counted into it
            self.more += 1
            self.dialog.message.setText(self._text(self.dialog.summary))
            return
        self.more = 0
        parent = QApplication.activeWindow()
        box = ErrorDialog(summary, details, parent if isinstance(parent, QWidget) else None)
        box.message.setText(self._text(summary))
        box.finished.connect(self._closed)
        self.dialog = box
        box.open()

    @Slot()
    def _closed(self) -> None:
        self.dialog = None


def install(app: QApplication) -> ErrorReporter:
    """Log to the user's log folder and show every uncaught exception; returns the reporter."""
    app_log.configure_logging()
    reporter = ErrorReporter(app)
    app_log.install_excepthooks(reporter.report)
    app_log.log.info("Briefing Explorer started")
    return reporter
