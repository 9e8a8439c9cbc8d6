"""The briefing panel: the user's briefings, the ordered views of one, talking points, deck export,
the one-page briefing note (Word or PDF) and printing.

Decks and notes are not written here: the panel requests them from the window's export service
(``explorer.qt.export_service``) and shows only the outcome the service reports — "Wrote …" once the
file is on disk, otherwise the reason nothing was written.

Every edit goes through the pure methods of ``Briefing`` and is saved at once through the
``BriefingStore`` (atomically); only talking points wait, debounced like the detail panel's note,
and are flushed before anything else touches the briefing. Dialogs are opened with ``open()`` so
nothing blocks, and the work behind each dialog is a public method the window (and tests) can call.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from explorer.data.problems import PackInvalid
from explorer.export.view_state import MAX_MARKING, ViewError, ViewState
from explorer.paths import default_pack_path
from explorer.qt import theme as qt_theme
from explorer.qt.export_service import (
    DeckRequest,
    ExportOutcome,
    ExportService,
    ExportTicket,
    NoteRequest,
    export_service,
)
from explorer.qt.signal_tools import QSignalDebouncer, signals_blocked
from explorer.userdata.briefings import MAX_TITLE, Briefing, BriefingItem, BriefingStore
from explorer.userdata.settings import Settings

if TYPE_CHECKING:
    from explorer.data.pack import Pack

TALKING_POINTS_SAVE_DELAY_MS = 600
TALKING_POINTS_RETRY_MS = 5000  # talking points that could not be saved are tried again this often
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "Chart · goods exports": the second line of a row
# Translated where shown (context "BriefingPanel").
_KIND_NAMES = {"chart": QT_TRANSLATE_NOOP("BriefingPanel", "Chart"),
               "table": QT_TRANSLATE_NOOP("BriefingPanel", "Table"),
               "timeline": QT_TRANSLATE_NOOP("BriefingPanel", "Timeline"),
               "event": QT_TRANSLATE_NOOP("BriefingPanel", "Event")}
_EMPTY_HINT = QT_TRANSLATE_NOOP("BriefingPanel", "No items yet. Add the current chart, table, "
                                "timeline or event from the Briefing menu.")
_NO_BRIEFING_HINT = QT_TRANSLATE_NOOP("BriefingPanel", "No briefing yet. Press New… or add a view "
                                      "from the Briefing menu.")


def _t(text: object) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in the BriefingPanel context) in the interface language;
    typed ``object`` because PySide6 types QT_TRANSLATE_NOOP's result so (at run time it is the str)."""
    return QCoreApplication.translate("BriefingPanel", str(text))


def _items_text(n: int) -> str:
    return (QCoreApplication.translate("BriefingPanel", "1 item") if n == 1
            else QCoreApplication.translate("BriefingPanel", "{n} items").format(n=n))


def _untitled() -> str:
    return QCoreApplication.translate("BriefingPanel", "Untitled briefing")


def _own_title() -> str:
    return QCoreApplication.translate("BriefingPanel", "the view’s own title")


def kind_text(view: ViewState) -> str:
    """A row's second line: the view's kind, what it shows, and its pack unless the default."""
    parts = [_t(_KIND_NAMES[view.view]) if view.view in _KIND_NAMES else view.view]
    if view.view in ("chart", "table") and view.comparison.indicator_id:
        parts.append(view.comparison.indicator_id.replace("_", " "))
    elif view.view == "event" and view.event_id:
        parts.append(view.event_id)
    if view.pack:
        parts.append(QCoreApplication.translate("BriefingPanel", "pack {name}").format(
            name=Path(view.pack).name))
    return " · ".join(parts)


def _entry_text(b: Briefing) -> str:
    return f"{b.title or _untitled()} · {_items_text(len(b.items))}"


def _one_line(text: str, limit: int) -> str:
    lines = text.strip().splitlines()
    return lines[0].strip()[:limit] if lines else ""


def _safe_file_stem(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip()
    return stem[:80] or "briefing"


class _ItemDelegate(QStyledItemDelegate):
    """Two lines per item: "N. title" and, dimmer, its kind; the inline editor covers the title."""

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QRect, QRect]:
        r = option.rect.adjusted(8, 5, -8, -5)
        h = option.fontMetrics.height()
        return (QRect(r.left(), r.top(), r.width(), h),
                QRect(r.left(), r.top() + h + 2, r.width(), h))

    def sizeHint(self, option, index) -> QSize:
        return QSize(200, option.fontMetrics.height() * 2 + 12)

    def paint(self, painter: QPainter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        kind = index.data(KIND_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        main = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text)
        dim = main if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        first, second = self._lines(opt)
        fm = opt.fontMetrics
        painter.save()
        font = opt.font
        if not title:
            font.setItalic(True)
        painter.setFont(font)
        painter.setPen(main if title else dim)
        text = f"{index.row() + 1}. {title or self.tr('(the view’s own title)')}"
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, first.width()))
        font.setItalic(False)
        painter.setFont(font)
        painter.setPen(dim)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(kind, Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_TITLE)
            editor.setAccessibleName(self.tr("Item title"))
            editor.setPlaceholderText(self.tr("Empty: the view's own title"))
        return editor

    def updateEditorGeometry(self, editor, option, index) -> None:
        first, _second = self._lines(option)
        editor.setGeometry(first.adjusted(-4, -3, 4, 3))


class _ItemList(QListWidget):
    """The list of items; when empty it says how to add one instead of showing a blank box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = _EMPTY_HINT

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, _t(self.placeholder))
            painter.end()


class BriefingPanel(QWidget):
    sig_briefing_changed = Signal()
    """The current briefing changed (another one chosen, or an edit already saved)."""
    sig_status_message = Signal(str)
    """A short message for the window's status bar (saved, exported, not saved)."""

    def __init__(self, store: BriefingStore, parent: QWidget | None = None,
                 settings: Settings | None = None, exports: ExportService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefing_panel")
        self._store = store
        # Decks and notes are requested from the window's export service; the panel shows only
        # the outcome it reports (written, failed, cancelled).
        self._exports = exports if exports is not None else export_service()
        self._settings = settings if settings is not None else Settings()  # export folder, marking
        self._entries: list[Briefing] = []  # the combo's briefings, in its order
        self._briefing: Briefing | None = None
        self._removed: list[tuple[int, BriefingItem]] = []  # (index, item), last removal last
        self._tp_item_id: str | None = None  # whose talking points the editor holds
        self._tp_dirty = False
        self._tp_base = ""  # the item's talking points as last read (the journal's base)
        # (briefing id, item id) -> (text, why it was not saved): kept until saved, also on disk in
        # the store's talking-points journal, retried on the next edit and every few seconds
        self._tp_pending: dict[tuple[str, str], tuple[str, str]] = {}
        self._problems_shown: set[str] = set()
        self._deck_ticket: ExportTicket | None = None  # the deck being written, until its outcome

        # -- problems with stored files (hidden until there are some) --
        self.problems_box = QFrame(self)
        self.problems_box.setObjectName("briefing_problems")
        self.problems_label = QLabel("", self.problems_box)
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("Briefing file problems"))
        self.problems_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_problems_button = QPushButton(self.tr("Dismiss"), self.problems_box)
        self.dismiss_problems_button.setAccessibleName(self.tr("Dismiss briefing file problems"))
        self.dismiss_problems_button.clicked.connect(self.problems_box.hide)
        pl = QHBoxLayout(self.problems_box)
        pl.setContentsMargins(6, 4, 6, 4)
        pl.addWidget(self.problems_label, 1)
        pl.addWidget(self.dismiss_problems_button, 0, Qt.AlignmentFlag.AlignTop)
        self.problems_box.hide()

        # -- which briefing, its title and marking --
        # Mnemonics avoid the window's menus (File, Edit, Briefing, View, Help).
        self.briefing_combo = QComboBox(self)
        self.briefing_combo.setAccessibleName(self.tr("Briefing"))
        self.briefing_combo.setAccessibleDescription(self.tr("The briefing shown below; each is a "
                                                             "deck of slides"))
        self.briefing_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.briefing_combo.setMinimumContentsLength(12)
        self.briefing_combo.setPlaceholderText(self.tr("No briefing yet"))
        self.briefing_combo.currentIndexChanged.connect(self._on_q_briefing_chosen)
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.new_button.setAccessibleName(self.tr("New briefing"))
        self.new_button.clicked.connect(self._on_q_new_clicked)
        self.rename_briefing_button = QPushButton(self.tr("Rena&me…"), self)
        self.rename_briefing_button.setAccessibleName(self.tr("Rename briefing"))
        self.rename_briefing_button.clicked.connect(self._on_q_rename_briefing_clicked)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete briefing"))
        self.delete_button.clicked.connect(self._on_q_delete_clicked)
        self.marking_edit = QLineEdit(self)
        self.marking_edit.setAccessibleName(self.tr("Handling marking"))
        self.marking_edit.setAccessibleDescription(self.tr("Printed on every slide and page of "
                                                           "this briefing"))
        self.marking_edit.setPlaceholderText(self.tr("e.g. OFFICIAL (printed on every slide)"))
        self.marking_edit.setMaxLength(MAX_MARKING)
        self.marking_edit.editingFinished.connect(self._on_q_marking_edited)

        # -- the items --
        self.items = _ItemList(self)
        self.items.setAccessibleName(self.tr("Briefing items"))
        self.items.setAccessibleDescription(self.tr("One slide each, in this order. F2 renames, "
                                                    "Ctrl+Up and Ctrl+Down move, Delete removes"))
        self.items.setItemDelegate(_ItemDelegate(self.items))
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.items.setUniformItemSizes(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.currentRowChanged.connect(self._on_q_current_row_changed)
        self.items.itemChanged.connect(self._on_q_item_renamed)
        self.move_up_button = QPushButton(self.tr("Move &up"), self)
        self.move_up_button.setAccessibleName(self.tr("Move item up"))
        self.move_up_button.setToolTip(self.tr("Move the selected item up (Ctrl+Up)"))
        self.move_up_button.clicked.connect(lambda: self._move_current(-1))
        self.move_down_button = QPushButton(self.tr("Move d&own"), self)
        self.move_down_button.setAccessibleName(self.tr("Move item down"))
        self.move_down_button.setToolTip(self.tr("Move the selected item down (Ctrl+Down)"))
        self.move_down_button.clicked.connect(lambda: self._move_current(1))
        self.rename_item_button = QPushButton(self.tr("Ren&ame"), self)
        self.rename_item_button.setAccessibleName(self.tr("Rename item"))
        self.rename_item_button.setToolTip(self.tr("Edit the selected item's slide title "
                                                   "(F2 or double-click)"))
        self.rename_item_button.clicked.connect(self._on_q_rename_item_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove item"))
        self.remove_button.setToolTip(self.tr("Remove the selected item (Delete); Undo remove puts "
                                              "it back"))
        self.remove_button.clicked.connect(self.remove_current_item)
        self.undo_remove_button = QPushButton(self.tr("Un&do remove"), self)
        self.undo_remove_button.setAccessibleName(self.tr("Undo remove"))
        self.undo_remove_button.setToolTip(self.tr("Put back the item removed last (Ctrl+Z in the "
                                                   "list)"))
        self.undo_remove_button.clicked.connect(self.undo_remove)
        # Keys act only while the list itself has focus: Delete in the talking points, or in the
        # inline title editor, must edit text, not remove the item.
        self._list_actions: dict[str, QAction] = {}
        for name, keys, slot in (
                ("up", QKeySequence("Ctrl+Up"), lambda: self._move_current(-1)),
                ("down", QKeySequence("Ctrl+Down"), lambda: self._move_current(1)),
                ("remove", QKeySequence(QKeySequence.StandardKey.Delete), self.remove_current_item),
                ("undo", QKeySequence(QKeySequence.StandardKey.Undo), self.undo_remove)):
            action = QAction(self.items)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.items.addAction(action)
            self._list_actions[name] = action

        # -- talking points of the selected item --
        self.talking_points = QPlainTextEdit(self)
        self.talking_points.setAccessibleName(self.tr("Talking points of the selected item"))
        self.talking_points.setPlaceholderText(self.tr("Select an item to write its talking points "
                                                       "(they go in the slide's speaker notes)."))
        self.talking_points.setTabChangesFocus(True)
        self.talking_points.textChanged.connect(self._on_q_talking_points_changed)
        self.talking_points_status = QLabel("", self)
        self.talking_points_status.setAccessibleName(self.tr("Talking points status"))
        # Saved once typing pauses; flush() saves at once (selection change, close) and cancels it.
        self._tp_debouncer = QSignalDebouncer(parent=self)
        self._tp_debouncer.setTimeout(TALKING_POINTS_SAVE_DELAY_MS)
        self._tp_debouncer.triggered.connect(self.flush)
        self._tp_retry_timer = QTimer(self)
        self._tp_retry_timer.setInterval(TALKING_POINTS_RETRY_MS)
        self._tp_retry_timer.timeout.connect(self.retry_pending)

        # -- export --
        self.export_pptx_button = QPushButton(self.tr("Export deck (&PowerPoint)…"), self)
        self.export_pptx_button.setAccessibleName(self.tr("Export deck as PowerPoint"))
        self.export_pptx_button.clicked.connect(lambda: self._on_q_export_clicked("pptx"))
        self.export_pdf_button = QPushButton(self.tr("E&xport deck (PDF)…"), self)
        self.export_pdf_button.setAccessibleName(self.tr("Export deck as PDF"))
        self.export_pdf_button.clicked.connect(lambda: self._on_q_export_clicked("pdf"))
        self.note_button = QPushButton(self.tr("Briefing note (&Word or PDF)…"), self)
        self.note_button.setAccessibleName(self.tr("Export briefing note"))
        self.note_button.setToolTip(self.tr("A one-page note: talking points, the events shown, one "
                                            "or two charts and every source, marking on every page"))
        self.note_button.setAccessibleDescription(self.note_button.toolTip())
        self.note_button.clicked.connect(lambda: self.ask_note_export())
        self.paper_combo = QComboBox(self)
        self.paper_combo.setAccessibleName(self.tr("Paper size of the briefing note"))
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("Letter"), "letter")
        self.print_button = QPushButton(self.tr("Print &slides…"), self)
        self.print_button.setAccessibleName(self.tr("Print briefing"))
        self.print_button.setToolTip(self.tr("Print every item, one slide per page, marking on "
                                             "every page"))
        self.print_button.setAccessibleDescription(self.print_button.toolTip())
        self.print_button.clicked.connect(self.open_print_preview)
        self._note_ticket: ExportTicket | None = None  # the note being written, until its outcome
        self.status_label = QLabel("", self)
        self.status_label.setAccessibleName(self.tr("Briefing status"))
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # -- layout --
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        combo_label = QLabel(self.tr("Briefin&g"), self)
        combo_label.setBuddy(self.briefing_combo)
        form.addRow(combo_label, self.briefing_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.rename_briefing_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        marking_label = QLabel(self.tr("Mar&king"), self)
        marking_label.setBuddy(self.marking_edit)
        form.addRow(marking_label, self.marking_edit)

        items_label = QLabel(self.tr("&Items (one slide each, in this order)"), self)
        items_label.setWordWrap(True)
        items_label.setBuddy(self.items)
        item_buttons = QVBoxLayout()
        for b in (self.move_up_button, self.move_down_button, self.rename_item_button,
                  self.remove_button, self.undo_remove_button):
            item_buttons.addWidget(b)
        item_buttons.addStretch(1)
        items_row = QHBoxLayout()
        items_row.addWidget(self.items, 1)
        items_row.addLayout(item_buttons)

        tp_label = QLabel(self.tr("&Talking points (speaker notes)"), self)
        tp_label.setBuddy(self.talking_points)
        tp_header = QHBoxLayout()
        tp_header.addWidget(tp_label, 1)
        tp_header.addWidget(self.talking_points_status)

        export_row = QHBoxLayout()
        export_row.addWidget(self.export_pptx_button)
        export_row.addWidget(self.export_pdf_button)
        export_row.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_button)
        note_row.addWidget(self.paper_combo)
        note_row.addWidget(self.print_button)
        note_row.addStretch(1)

        # The column is taller than a laptop's right dock can spare beside the details: it scrolls
        # instead of forcing the window's minimum height off the screen.
        body = QWidget(self)
        body.setObjectName("briefing_body")
        scroll = QScrollArea(self)
        scroll.setObjectName("briefing_scroll")
        scroll.setAccessibleName(self.tr("Briefing controls"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.problems_box)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(items_label)
        layout.addLayout(items_row, 3)
        layout.addSpacing(4)
        layout.addLayout(tp_header)
        layout.addWidget(self.talking_points, 2)
        layout.addSpacing(4)
        layout.addLayout(export_row)
        layout.addLayout(note_row)
        layout.addWidget(self.status_label)
        scroll.setWidget(body)
        # Only the height scrolls: sideways, the item buttons would end up out of sight.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(body.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())

        self.restyle()
        qt_theme.notifier().changed.connect(self.restyle)
        self._entries = self._store.list()
        self._show_store_problems()
        # Talking points a previous run could not save (the store still refuses them): shown, retried.
        journal = getattr(self._store, "journal", None)
        for entry in journal.entries() + journal.entries(others=True) if journal is not None else ():
            self._tp_pending[(entry["briefing_id"], entry["item_id"])] = (
                entry["text"], self.tr("kept from an earlier session; not in the store yet"))
        if self._tp_pending:
            self._tp_retry_timer.start()
        self._set_current(self._entries[0] if self._entries else None)

    def restyle(self) -> None:
        """Colours from the window's theme (light, dark, high contrast); called when it changes."""
        t = qt_theme.current()
        self.problems_box.setStyleSheet(
            f"#briefing_problems {{ background: {t.warning_ground}; "
            f"border: 1px solid {t.warning_border}; border-radius: 3px; }}")
        self.problems_label.setStyleSheet(f"color: {t.warning_text};")

    # -- public API --------------------------------------------------------------------------------
    @property
    def current_briefing(self) -> Briefing | None:
        """The briefing shown, as last saved (call ``flush()`` first to include typing in progress)."""
        return self._briefing

    def flush(self) -> None:
        """Save talking points typed but not yet saved (on selection change, close, the timer)."""
        self._tp_debouncer.cancel()
        b, item_id = self._briefing, self._tp_item_id
        if not self._tp_dirty or b is None or item_id is None:
            return
        self._tp_dirty = False
        text = self.talking_points.toPlainText()
        key = (b.id, item_id)
        try:
            if b.item(item_id).talking_points == text:
                self._tp_saved(key)
                self.talking_points_status.setText("")
                self.talking_points_status.setToolTip("")
                return
            edited = b.set_talking_points(item_id, text)
        except (ValueError, KeyError) as e:
            self._tp_failed(key, text, str(e))
            return
        problem = self._save(edited)
        if problem:
            self._tp_failed(key, text, problem)
        else:
            self._tp_saved(key)
            self.talking_points_status.setText(self.tr("Saved"))
            self.talking_points_status.setToolTip("")
        self.retry_pending()  # the store works again, perhaps: the other items kept waiting too

    @property
    def unsaved_talking_points(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(briefing id, item id) -> (text, why not saved), for talking points not in the store yet."""
        return dict(self._tp_pending)

    def retry_pending(self) -> None:
        """Try again to save talking points that could not be saved (the timer, the next edit)."""
        for key, (text, _why) in list(self._tp_pending.items()):
            if key == self._editor_key() and self._tp_dirty:
                continue  # being typed: saved by the next flush
            bid, item_id = key
            shown = self._briefing
            current = shown is not None and shown.id == bid
            try:
                b = shown if shown is not None and current else self._store.load(bid)
                if b.item(item_id).talking_points == text:
                    problem = ""
                else:
                    edited = b.set_talking_points(item_id, text)
                    if current:
                        problem = self._save(edited)
                    else:
                        self._store.save(edited, copy_title=self.tr("{title} (copy from this window)"))
                        problem = ""
            except KeyError:  # the item or its briefing was removed since: nothing to save it into
                self._tp_saved(key)
                continue
            except (ViewError, ValueError, OSError) as e:
                problem = _describe(e)
            if problem:
                self._tp_failed(key, text, problem, announce=False)
            else:
                self._tp_saved(key)
                if key == self._editor_key():
                    self.talking_points_status.setText(self.tr("Saved"))
                    self.talking_points_status.setToolTip("")
        if not self._tp_pending:
            self._tp_retry_timer.stop()

    def _editor_key(self) -> tuple[str, str] | None:
        if self._briefing is None or self._tp_item_id is None:
            return None
        return self._briefing.id, self._tp_item_id

    def _tp_saved(self, key: tuple[str, str]) -> None:
        self._tp_pending.pop(key, None)
        journal = getattr(self._store, "journal", None)
        if journal is not None:
            journal.drop(*key)
        if not self._tp_pending:
            self._tp_retry_timer.stop()

    def _tp_failed(self, key: tuple[str, str], text: str, problem: str, announce: bool = True) -> None:
        """Keep ``text`` (memory and journal), say why, and try again every few seconds."""
        self._tp_pending[key] = (text, problem)
        self._journal(key, text)
        self._tp_retry_timer.start()
        if key == self._editor_key():
            self._show_tp_problem(problem)
        if announce:
            self._say(self.tr("Talking points not saved: {problem}").format(problem=problem))

    def _journal(self, key: tuple[str, str], text: str) -> None:
        journal = getattr(self._store, "journal", None)
        if journal is None:
            return
        try:
            journal.write(key[0], key[1], text, self._tp_base if key == self._editor_key() else "")
        except OSError:
            pass  # kept in memory; the status says it is not saved

    def _show_tp_problem(self, problem: str) -> None:
        shown = problem if len(problem) <= 80 else problem[:79] + "…"
        self.talking_points_status.setText(self.tr("Not saved: {reason}").format(reason=shown))
        self.talking_points_status.setToolTip(problem)

    def detach(self) -> None:
        """Save what is pending (the window calls this when it closes)."""
        self.flush()

    def reload(self) -> None:
        """Re-read the store (after an import brought briefings from another laptop)."""
        self.flush()
        self._entries = self._store.list()
        current = self._briefing.id if self._briefing else None
        keep = next((e for e in self._entries if e.id == current), None)
        self._set_current(keep or (self._entries[0] if self._entries else None))

    def add_item(self, view: ViewState, title: str) -> None:
        """Add ``view`` to the current briefing (a new "Briefing YYYY-MM-DD" if there is none)."""
        self.flush()
        if self._briefing is None:
            try:
                created = self._store.new(self.tr("Briefing {date}").format(
                    date=_dt.date.today().isoformat()))
            except (ViewError, OSError) as e:
                self._warn(self.tr("Briefing not created"),
                           self.tr("Could not create a briefing: {problem}").format(problem=_describe(e)))
                return
            self._entries.insert(0, created)
            self._set_current(created)
        b = self._briefing
        assert b is not None  # there was one, or one was just created and made current
        try:
            edited = b.add(BriefingItem.new(view, _one_line(title, MAX_TITLE)))
        except ValueError as e:
            self._warn(self.tr("Item not added"),
                       self.tr("Could not add the view to “{briefing}”: {problem}").format(
                           briefing=b.title, problem=e))
            return
        if self._apply(edited, select=len(edited.items) - 1):
            saved = self._briefing
            assert saved is not None  # _apply saved it: the saved briefing is current
            self._say(self.tr("Added “{item}” to {briefing}").format(
                item=edited.items[-1].title or kind_text(view), briefing=_entry_text(saved)))

    def new_briefing(self, title: str) -> None:
        """Create an empty briefing titled ``title`` and show it."""
        self.flush()
        try:
            created = self._store.new(_one_line(title, MAX_TITLE))
        except (ViewError, OSError) as e:
            self._warn(self.tr("Briefing not created"),
                       self.tr("Could not create a briefing: {problem}").format(problem=_describe(e)))
            return
        self._entries.insert(0, created)
        self._set_current(created)
        self._say(self.tr("Created {briefing}").format(briefing=_entry_text(created)))

    def rename_briefing(self, title: str) -> None:
        """Give the current briefing a new title (also the deck's title)."""
        self.flush()
        if self._briefing is None:
            return
        try:
            edited = self._briefing.renamed(_one_line(title, MAX_TITLE))
        except ValueError as e:
            self._warn(self.tr("Briefing not renamed"), str(e))
            return
        self._apply(edited, select=self.items.currentRow())

    def delete_briefing(self) -> None:
        """Delete the current briefing without asking (the Delete… button asks first)."""
        self.flush()
        b = self._briefing
        if b is None:
            return
        try:
            self._store.delete(b.id)
        except OSError as e:
            self._warn(self.tr("Briefing not deleted"), self.tr("Could not delete “{briefing}”: {problem}")
                       .format(briefing=b.title, problem=_describe(e)))
            return
        self._entries = [e for e in self._entries if e.id != b.id]
        self._briefing = None  # so _set_current does not flush into the deleted briefing
        self._set_current(self._entries[0] if self._entries else None)
        self._say(self.tr("Deleted the briefing “{briefing}”").format(briefing=b.title))

    def remove_current_item(self) -> None:
        """Remove the selected item; ``undo_remove`` puts it back."""
        self.flush()
        b, row = self._briefing, self.items.currentRow()
        if b is None or not 0 <= row < len(b.items):
            return
        item = b.items[row]
        if self._apply(b.remove(item.id), select=min(row, len(b.items) - 2)):
            self._removed.append((row, item))
            self._update_actions()
            self._say(self.tr("Removed “{item}” (Undo remove puts it back)").format(
                item=item.title or kind_text(item.view)))

    def undo_remove(self) -> None:
        """Put the item removed last back where it was."""
        self.flush()
        if self._briefing is None or not self._removed:
            return
        row, item = self._removed[-1]
        try:
            edited = self._briefing.add(item, min(row, len(self._briefing.items)))
        except ValueError as e:
            self._warn(self.tr("Item not restored"), str(e))
            return
        if self._apply(edited, select=min(row, len(edited.items) - 1)):
            self._removed.pop()
            self._update_actions()
            self._say(self.tr("Restored “{item}”").format(item=item.title or kind_text(item.view)))

    def export_deck_to(self, path: str | Path) -> ExportTicket | None:
        """Ask the export service for the current briefing as a deck (.pptx or .pdf, from the
        suffix) in ``path``; returns the request's ticket (its ``sig_finished`` carries the
        outcome, which this panel shows), or None after showing why nothing was asked."""
        self.flush()
        b = self._briefing
        if b is None or not b.items:
            self._show_message(QMessageBox.Icon.Information, self.tr("Nothing to export"),
                               self.tr("This briefing has no items yet: add views to it first."))
            return None
        if self._deck_ticket is not None:  # one deck at a time: a second click must not nest
            return None
        out = Path(path)
        items = [(item.view, item.title, item.talking_points) for item in b.items]
        ticket = self._exports.request(DeckRequest(b.title or "Briefing", items, out,
                                                   marking=b.marking))
        self._deck_ticket = ticket
        ticket.sig_finished.connect(self._on_deck_finished)
        self._update_actions()
        self._say(self.tr("Writing the deck {file}…").format(file=out.name))
        return ticket

    def _on_deck_finished(self, outcome: ExportOutcome) -> None:
        ticket, self._deck_ticket = self._deck_ticket, None
        self._update_actions()
        if ticket is None:
            return
        request = ticket.request
        assert isinstance(request, DeckRequest)
        out = request.out
        written = outcome.written
        if written is not None:
            n = _items_text(len(request.items))
            self.status_label.setText(self.tr("Wrote {file} ({items})").format(file=written.name,
                                                                                items=n))
            self.status_label.setToolTip(str(written))
            self.sig_status_message.emit(self.tr("Wrote {file} ({items})").format(file=written,
                                                                                   items=n))
        elif outcome.status == "cancelled":
            self._say(self.tr("Deck not exported: cancelled"))
        elif isinstance(outcome.error, PackInvalid):
            e = outcome.error
            self._export_failed(out, self.tr("A pack this briefing uses cannot be opened: {problem}.")
                                .format(problem=e) + "\n\n" + self._items_using(e.pack_path),
                                e.report())
        elif isinstance(outcome.error, OSError):
            self._export_failed(out, self.tr("Cannot write {file}: {problem}").format(
                file=out, problem=outcome.error.strerror or outcome.error))
        elif isinstance(outcome.error, ViewError):
            self._export_failed(out, outcome.problem)
        else:  # a bug: said plainly rather than losing the user's click silently
            self._export_failed(out, outcome.problem, outcome.details)

    # -- briefing note and printing -----------------------------------------------------------------
    def _note_source(self, items, title, marking=None):
        """(title, items, marking): the given view items, or the current briefing's."""
        b = self._briefing
        if items is None:
            if b is None or not b.items:
                return None
            return (b.title or self.tr("Briefing"), [(i.view, i.title, i.talking_points)
                                                     for i in b.items], b.marking)
        if marking is None:
            marking = b.marking if b else ""
        return (title or items[0][1] or self.tr("Briefing note"), list(items), marking)

    def ask_note_export(self, items=None, title: str | None = None, packs=None,
                        marking: str | None = None) -> None:
        """Ask where to save the note (the current briefing, or ``items`` if given), then write it."""
        self.flush()
        source = self._note_source(items, title, marking)
        if source is None:
            self._show_message(QMessageBox.Icon.Information, self.tr("Nothing to write"),
                               self.tr("This briefing has no items yet: add views to it first."))
            return
        start = self._export_folder()
        name = os.path.join(start, f"{_safe_file_stem(source[0])} note.docx")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export briefing note"), name,
            self.tr("Word document") + " (*.docx);;PDF (*.pdf)")
        if not path:
            return
        if Path(path).suffix.lower() not in (".docx", ".pdf"):
            path += ".pdf" if chosen.startswith("PDF") else ".docx"
        self._remember_export_folder(path)
        self.export_note_to(path, items=items, title=title, packs=packs, marking=marking)

    def label_language(self) -> str:
        """The label language notes are written in: the Preferences' (or the interface's)."""
        from explorer.qt import i18n

        return i18n.effective_label_language(self._settings, i18n.interface_language(self._settings))

    def export_note_to(self, path: str | Path, *, items=None, title: str | None = None,
                       packs: dict[str, Pack] | None = None, marking: str | None = None,
                       label_language: str | None = None) -> ExportTicket | None:
        """Ask the export service for the note in ``path`` (.docx or .pdf); the window stays
        responsive. Returns the request's ticket (its ``sig_finished`` carries the outcome, which
        this panel shows), or None when there is nothing to write or a note is being written."""
        self.flush()
        source = self._note_source(items, title, marking)
        if source is None or self._note_ticket is not None:
            return None
        note_title, note_items, marking = source
        ticket = self._exports.request(NoteRequest(
            note_title, note_items, Path(path), marking=marking or "",
            paper=self.paper_combo.currentData(), packs=dict(packs or {}),
            label_language=label_language or self.label_language()))
        self._note_ticket = ticket
        ticket.sig_finished.connect(self._on_note_finished)
        self._update_actions()
        self._say(self.tr("Writing the briefing note {file}…").format(file=Path(path).name))
        return ticket

    def _on_note_finished(self, outcome: ExportOutcome) -> None:
        self._note_ticket = None
        self._update_actions()
        written = outcome.written
        if written is not None:
            self.status_label.setText(self.tr("Wrote {file}").format(file=written.name))
            self.status_label.setToolTip(str(written))
            self.sig_status_message.emit(self.tr("Wrote the briefing note {file}").format(
                file=written))
            return
        problem = outcome.problem or self.tr("cancelled")
        if isinstance(outcome.error, PackInvalid):
            problem = (self.tr("A pack this note uses cannot be opened: {problem}.").format(
                problem=outcome.error) + "\n\n" + outcome.error.report())
        self.status_label.setText(self.tr("Briefing note not written"))
        self.status_label.setToolTip(problem)
        self.sig_status_message.emit(self.tr("Briefing note not written: {problem}").format(
            problem=problem.splitlines()[0]))
        if outcome.status == "failed":
            self._show_message(QMessageBox.Icon.Warning, self.tr("Briefing note not written"),
                               self.tr("The note was not written.") + "\n\n" + problem,
                               outcome.details if not isinstance(outcome.error, PackInvalid)
                               else "")

    def print_pages(self):
        """The current briefing laid out for printing (one slide per item), or None after saying
        why not."""
        self.flush()
        b = self._briefing
        if b is None or not b.items:
            self._show_message(QMessageBox.Icon.Information, self.tr("Nothing to print"),
                               self.tr("This briefing has no items yet: add views to it first."))
            return None
        from explorer.qt.printing import briefing_pages

        items = [(i.view, i.title, i.talking_points) for i in b.items]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return briefing_pages(b.title or self.tr("Briefing"), items, marking=b.marking)
        except PackInvalid as e:
            self._warn(self.tr("Briefing not printed"),
                       self.tr("A pack this briefing uses cannot be opened: {problem}").format(problem=e))
        except ViewError as e:
            self._warn(self.tr("Briefing not printed"), str(e))
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def open_print_preview(self):
        """Show the print preview of the current briefing (opened, not exec'd)."""
        pages = self.print_pages()
        if pages is None:
            return None
        from explorer.qt.printing import open_preview

        return open_preview(self, pages)

    # -- the current briefing ----------------------------------------------------------------------
    def _set_current(self, b: Briefing | None, select: int = 0) -> None:
        """Show ``b`` (already flushed by the caller): combo, marking, items, talking points."""
        if b is None or self._briefing is None or b.id != self._briefing.id:
            self._removed.clear()  # undo belongs to the briefing it was made in
        self._briefing = b
        self._update_combo()
        self.marking_edit.setText(b.marking if b else "")
        self._update_marking_hint()
        self.items.placeholder = _EMPTY_HINT if b else _NO_BRIEFING_HINT
        self._fill_items(select)
        self.sig_briefing_changed.emit()

    def _update_combo(self) -> None:
        with signals_blocked(self.briefing_combo):
            self.briefing_combo.clear()
            for e in self._entries:
                self.briefing_combo.addItem(_entry_text(e), e.id)
                if e.updated:
                    self.briefing_combo.setItemData(
                        self.briefing_combo.count() - 1,
                        self.tr("Last changed {time} UTC").format(time=e.updated[:16].replace('T', ' ')),
                        Qt.ItemDataRole.ToolTipRole)
            current = self.briefing_combo.findData(self._briefing.id) if self._briefing else -1
            self.briefing_combo.setCurrentIndex(current)

    def _fill_items(self, select: int) -> None:
        with signals_blocked(self.items):
            self.items.clear()
            for item in self._briefing.items if self._briefing else ():
                row = QListWidgetItem(item.title, self.items)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
                row.setData(ID_ROLE, item.id)
                row.setData(KIND_ROLE, kind_text(item.view))
                row.setData(Qt.ItemDataRole.AccessibleTextRole,
                            f"{item.title or _own_title()}, {kind_text(item.view)}")
                row.setToolTip(item.talking_points[:300] or self.tr("No talking points yet"))
            if self.items.count():
                self.items.setCurrentRow(max(0, min(select, self.items.count() - 1)))
                self.items.scrollToItem(self.items.currentItem())
        self.items.viewport().update()
        self._load_talking_points()
        self._update_actions()

    def _current_item(self) -> BriefingItem | None:
        row = self.items.currentRow()
        if self._briefing is None or not 0 <= row < len(self._briefing.items):
            return None
        return self._briefing.items[row]

    def _load_talking_points(self) -> None:
        item = self._current_item()
        self._tp_debouncer.cancel()
        self._tp_item_id = item.id if item else None
        self._tp_dirty = False
        self._tp_base = item.talking_points if item else ""
        key = self._editor_key()
        pending = self._tp_pending.get(key) if item and key is not None else None
        with signals_blocked(self.talking_points):
            self.talking_points.setPlainText(pending[0] if pending else self._tp_base)
        self.talking_points.setEnabled(item is not None)
        self.talking_points_status.setText("")
        self.talking_points_status.setToolTip("")
        if pending:  # typed earlier and not saved yet: shown as typed, and said so
            self._show_tp_problem(pending[1])

    def _update_actions(self) -> None:
        has = self._briefing is not None
        n, row = self.items.count(), self.items.currentRow()
        selected = has and 0 <= row < n
        for w in (self.rename_briefing_button, self.delete_button, self.marking_edit):
            w.setEnabled(has)
        self.move_up_button.setEnabled(selected and row > 0)
        self.move_down_button.setEnabled(selected and row < n - 1)
        self.rename_item_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.undo_remove_button.setEnabled(has and bool(self._removed))
        for name, button in (("up", self.move_up_button), ("down", self.move_down_button),
                             ("remove", self.remove_button), ("undo", self.undo_remove_button)):
            self._list_actions[name].setEnabled(button.isEnabled())
        can_export = has and n > 0 and self._deck_ticket is None
        self.export_pptx_button.setEnabled(can_export)
        self.export_pdf_button.setEnabled(can_export)
        self.note_button.setEnabled(can_export and self._note_ticket is None)
        self.print_button.setEnabled(can_export)

    # -- saving ------------------------------------------------------------------------------------
    def _save(self, edited: Briefing) -> str:
        """Save ``edited`` as the current briefing; "" if saved, else why not (nothing changed)."""
        try:
            saved = self._store.save(edited, copy_title=self.tr("{title} (copy from this window)"))
        except (ViewError, OSError) as e:
            return _describe(e)
        if saved.id != edited.id:  # changed in another window meanwhile: theirs kept, ours a copy
            message = self.tr("“{title}” was changed in another window. That version is kept; "
                              "your change is saved as “{copy}”.").format(
                title=edited.title or edited.id, copy=saved.title)
            self.status_label.setText(message)
            self.status_label.setToolTip("")
            self.sig_status_message.emit(message)
        self._briefing = saved
        # Saving makes it the newest: it moves to the top, as the store will list it.
        self._entries = [saved, *(e for e in self._entries if e.id != saved.id)]
        self._update_combo()
        self.sig_briefing_changed.emit()
        return ""

    def _apply(self, edited: Briefing, select: int) -> bool:
        """Save a structural edit and show the result; a failure is shown and changes nothing."""
        problem = self._save(edited)
        if problem:
            self._warn(self.tr("Briefing not saved"),
                       self.tr("The change was not saved: {problem}").format(problem=problem))
            self._fill_items(self.items.currentRow())
            return False
        assert self._briefing is not None  # _save made the saved briefing current
        self.marking_edit.setText(self._briefing.marking)
        self._fill_items(select)
        return True

    def _move_current(self, delta: int) -> None:
        self.flush()
        b, row = self._briefing, self.items.currentRow()
        if b is None or not 0 <= row + delta < len(b.items) or row < 0:
            return
        self._apply(b.move(b.items[row].id, row + delta), select=row + delta)

    # -- widget -> edits ---------------------------------------------------------------------------
    def _on_q_briefing_chosen(self, index: int) -> None:
        bid = self.briefing_combo.itemData(index)
        if not bid or (self._briefing and bid == self._briefing.id):
            return
        self.flush()
        try:
            b = self._store.load(bid)
        except (KeyError, ViewError, OSError):
            # Gone or damaged since it was listed: list again (the store sets damaged files aside).
            self._entries = self._store.list()
            self._show_store_problems()
            self._set_current(self._entries[0] if self._entries else None)
            return
        self._entries = [b if e.id == b.id else e for e in self._entries]
        self._set_current(b)

    def _on_q_current_row_changed(self, _row: int) -> None:
        self.flush()  # never lose talking points typed just before moving on
        self._load_talking_points()
        self._update_actions()

    def _on_q_item_renamed(self, row_item: QListWidgetItem) -> None:
        """An inline edit of a title was committed (the list already shows the new text)."""
        b = self._briefing
        item_id = row_item.data(ID_ROLE)
        if b is None or item_id is None:
            return
        self.flush()
        b = self._briefing
        assert b is not None  # a flush saves into the current briefing, never drops it
        title = _one_line(row_item.text(), MAX_TITLE)
        old = b.item(item_id).title
        if title != row_item.text():
            with signals_blocked(self.items):
                row_item.setText(title)
        if title == old:
            return
        problem = self._save(b.rename(item_id, title))
        if problem:  # the list is left as it is during an edit; put the old title back in place
            with signals_blocked(self.items):
                row_item.setText(old)
            self._warn(self.tr("Item not renamed"),
                       self.tr("The new title was not saved: {problem}").format(problem=problem))
            return
        with signals_blocked(self.items):
            row_item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             f"{title or _own_title()}, {kind_text(b.item(item_id).view)}")
        self._say(self.tr("Renamed the item to “{title}”").format(title=title) if title
                  else self.tr("The item uses the view's own title"))

    def _on_q_rename_item_clicked(self) -> None:
        row_item = self.items.currentItem()
        if row_item is not None:
            self.items.setFocus()
            self.items.editItem(row_item)

    def _on_q_talking_points_changed(self) -> None:
        if self._tp_item_id is None:
            return
        self._tp_dirty = True
        key = self._editor_key()
        if key is not None:  # write-ahead: on disk now, whatever happens before the save
            self._journal(key, self.talking_points.toPlainText())
        if key not in self._tp_pending:
            self.talking_points_status.setText(self.tr("Editing…"))
        self._tp_debouncer.throttle()

    def _on_q_marking_edited(self) -> None:
        b = self._briefing
        if b is None or self.marking_edit.text().strip() == b.marking:
            return
        self.flush()
        b = self._briefing
        assert b is not None  # a flush saves into the current briefing, never drops it
        try:
            edited = b.with_marking(self.marking_edit.text())
        except ValueError as e:
            self.marking_edit.setText(b.marking)
            self._warn(self.tr("Marking not saved"), str(e))
            return
        problem = self._save(edited)
        if problem:
            self.marking_edit.setText(b.marking)
            self._warn(self.tr("Marking not saved"),
                       self.tr("The marking was not saved: {problem}").format(problem=problem))
        else:
            assert self._briefing is not None  # _save made the saved briefing current
            self.marking_edit.setText(self._briefing.marking)
            self._say(self.tr("Marking set to “{marking}”").format(marking=edited.marking)
                      if edited.marking else self.tr("Marking removed"))

    # -- dialogs (opened, never exec'd; the work is in the public methods above) -------------------
    def _ask_title(self, caption: str, label: str, text: str, done) -> None:
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(caption)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.textValueSelected.connect(done)
        dialog.open()
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            edit.setMaxLength(MAX_TITLE)
            edit.setAccessibleName(self.tr("Briefing title"))

    def _on_q_new_clicked(self) -> None:
        self._ask_title(self.tr("New briefing"), self.tr("Title of the new briefing:"),
                        self.tr("Briefing {date}").format(date=_dt.date.today().isoformat()),
                        self.new_briefing)

    def _on_q_rename_briefing_clicked(self) -> None:
        if self._briefing is not None:
            self._ask_title(self.tr("Rename briefing"), self.tr("Title of this briefing (the deck's title):"),
                            self._briefing.title, self.rename_briefing)

    def _on_q_delete_clicked(self) -> None:
        b = self._briefing
        if b is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete briefing?"),
                          self.tr("Delete the briefing “{briefing}” and its {items}? This cannot be "
                                  "undone.").format(briefing=b.title or _untitled(),
                                                    items=_items_text(len(b.items))),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound to this briefing: if another is chosen meanwhile, "Yes" deletes nothing else.
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(
            lambda: self.delete_briefing() if self._briefing and self._briefing.id == b.id else None)
        box.open()

    def _on_q_export_clicked(self, fmt: str) -> None:
        b = self._briefing
        if b is None or not b.items:
            return
        start = self._export_folder()
        name = os.path.join(start, f"{_safe_file_stem(b.title)}.{fmt}")
        caption, filt = ((self.tr("Export deck as PowerPoint"), "PowerPoint (*.pptx)") if fmt == "pptx"
                         else (self.tr("Export deck as PDF"), "PDF (*.pdf)"))
        path, _ = QFileDialog.getSaveFileName(self, caption, name, filt)
        if not path:
            return
        if Path(path).suffix.lower() != f".{fmt}":
            path += f".{fmt}"
        self._remember_export_folder(path)
        self.export_deck_to(path)

    def _export_folder(self) -> str:
        """Where save dialogs open: the folder of the last export (any kind), else Documents."""
        folder = self._settings.get("export_folder")
        return folder if folder and Path(folder).is_dir() else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember_export_folder(self, path: str) -> None:
        self._settings.set("export_folder", str(Path(path).parent))
        try:
            self._settings.save()
        except OSError:
            pass  # the export matters more than remembering where it went

    def _update_marking_hint(self) -> None:
        """An empty marking is not "unmarked": say which marking decks and notes will carry."""
        fallback = self._settings.get("export_marking")
        self.marking_edit.setPlaceholderText(
            self.tr("None of its own: uses the export marking ({marking})").format(marking=fallback)
            if fallback else self.tr("e.g. OFFICIAL (printed on every slide)"))

    # -- messages ----------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setToolTip("")
        self.sig_status_message.emit(text)

    def _show_message(self, icon: QMessageBox.Icon, caption: str, text: str,
                      details: str = "") -> QMessageBox:
        box = QMessageBox(icon, caption, text, QMessageBox.StandardButton.Ok, self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _warn(self, caption: str, text: str) -> None:
        self._say(text)
        self._show_message(QMessageBox.Icon.Warning, caption, text)

    def _export_failed(self, out: Path, problem: str, details: str = "") -> None:
        self.status_label.setText(self.tr("{file} not written").format(file=out.name))
        self.status_label.setToolTip(problem)
        self.sig_status_message.emit(self.tr("Deck not exported: {problem}").format(
            problem=problem.splitlines()[0]))
        self._show_message(QMessageBox.Icon.Warning, self.tr("Deck not exported"),
                           self.tr("The deck was not written.") + "\n\n" + problem, details)

    def _items_using(self, pack_path: str) -> str:
        """Which items name the pack that failed, so the user knows what to fix or remove."""
        b = self._briefing
        default = str(default_pack_path())
        rows = [f"{i}. {item.title or kind_text(item.view)}"
                for i, item in enumerate(b.items if b else (), 1)
                if (item.view.pack or default) == pack_path]
        return self.tr("Items using it: {items}").format(items="; ".join(rows)) if rows else ""

    def _show_store_problems(self) -> None:
        """Each damaged file is reported once, however often the store is listed."""
        new = [p for p in self._store.problems if p not in self._problems_shown]
        if not new:
            return
        self._problems_shown.update(new)
        folder = str(self._store.folder) + os.sep
        shown = sorted(self._problems_shown)
        self.problems_label.setText(
            self.tr("Some saved briefings could not be read; the others are here:") + "\n"
            + "\n".join(f"• {p.replace(folder, '')}" for p in shown))
        self.problems_label.setToolTip(self.tr("Folder: {folder}").format(folder=self._store.folder)
                                       + "\n" + "\n".join(shown))
        self.problems_box.show()

    def closeEvent(self, event) -> None:
        self.flush()
        super().closeEvent(event)


def _describe(e: Exception) -> str:
    if isinstance(e, OSError):
        where = f"{e.filename}: " if e.filename else ""
        return f"{where}{e.strerror or e}"
    return str(e)
