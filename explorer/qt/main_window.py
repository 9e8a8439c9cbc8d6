"""The main window. For now: the pack's title and an event list; the explorer views come next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.data.pack_loader import load_pack
from explorer.data.problems import PackInvalid
from explorer.paths import default_pack_path
from explorer.state.session import Change, Session


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.session = session or Session()
        self.setWindowTitle("Briefing Explorer")
        self.resize(1100, 700)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self._summary = QLabel("Loading…", central)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._events = QTreeWidget(central)
        self._events.setHeaderLabels(["Date", "Title", "Parties", "Status"])
        self._events.setAccessibleName("Events")
        self._events.setRootIsDecorated(False)
        layout.addWidget(self._summary)
        layout.addWidget(self._events)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open pack…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._on_q_open_triggered)
        file_menu.addAction(open_action)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self._unsubscribe = self.session.subscribe(self._on_session_changed)

    def open_pack(self, path: str | None) -> bool:
        """Load ``path`` (default pack if None); on refusal show the problems and keep the old pack."""
        target = path or str(default_pack_path())
        try:
            pack = load_pack(target)
        except PackInvalid as e:
            box = QMessageBox(QMessageBox.Icon.Warning, "Pack refused",
                              f"{target} was not opened: {len(e.problems)} problem(s).", parent=self)
            box.setDetailedText(e.report())
            box.open()
            if self.session.pack is None:
                self._summary.setText("No pack open. Use File ▸ Open pack…")
            return False
        self.session.open_pack(pack, origin="window")
        return True

    def _on_q_open_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open briefing pack", "", "Briefing packs (datapackage.json *.zip)")
        if path:
            self.open_pack(path)

    def _on_session_changed(self, change: Change) -> None:
        pack = self.session.pack
        if pack is None or not ({"pack", "filter"} & change.what):
            return
        counts = pack.counts()
        self._summary.setText(
            f"<b>{pack.meta.title}</b> — {counts['events']} events, "
            f"{counts['observations']} observations, {counts['sources']} sources")
        self._events.clear()
        ev = pack.events.iloc[self.session.visible_events]
        items = [
            QTreeWidgetItem([r.start_date.display(), r.title, r.parties, r.status])
            for r in ev.itertuples()
        ]
        self._events.addTopLevelItems(items)
        for col in range(4):
            self._events.resizeColumnToContents(col)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._unsubscribe()
        super().closeEvent(event)
