"""The event table's model: a row-index view over the session's visible events.

Display strings are computed once per pack and label language into arrays; ``data`` only indexes
them. Sorting permutes the row-index array by a precomputed numpy rank per column (never a Python
comparator), so a sort of 10^5 rows is a single argsort. Columns sort on what the data is, whatever
the label language: dates chronologically, parties, domains, kinds and statuses by their English
labels (the same order in every language); only Title sorts by the title as displayed. While several
packs are open a last "Pack" column says which pack each event comes from; with one pack it does not
exist. Events with a note carry a pencil beside their title (tooltip "Has a note").
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QPointF, Qt, QT_TRANSLATE_NOOP)
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from explorer.domain import labels
from explorer.state.session import Session

COLUMNS = (  # English; headerData translates them (context "EventTableModel")
    QT_TRANSLATE_NOOP("EventTableModel", "Date"),
    QT_TRANSLATE_NOOP("EventTableModel", "Title"),
    QT_TRANSLATE_NOOP("EventTableModel", "Parties"),
    QT_TRANSLATE_NOOP("EventTableModel", "Domains"),
    QT_TRANSLATE_NOOP("EventTableModel", "Kind"),
    QT_TRANSLATE_NOOP("EventTableModel", "Status"),
)
PACK_COLUMN_TITLE = QT_TRANSLATE_NOOP("EventTableModel", "Pack")
DATE, TITLE, PARTIES, DOMAINS, KIND, STATUS = range(6)
_ANY_INDEX = QModelIndex | QPersistentModelIndex


def note_icon(colour: str, size: int = 16) -> QIcon:
    """A small pencil (the "has a note" marker), drawn rather than taken from a font that may lack ✎."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16.0
    body = QPainterPath(QPointF(3 * s, 13 * s))
    for x, y in ((4 * s, 10 * s), (11 * s, 3 * s), (13 * s, 5 * s), (6 * s, 12 * s)):
        body.lineTo(x, y)
    body.closeSubpath()
    pen = QPen(QColor(colour), 1.3 * s)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPath(body)
    p.drawLine(QPointF(9.5 * s, 4.5 * s), QPointF(11.5 * s, 6.5 * s))
    p.end()
    return QIcon(pixmap)


def _ids(cell: str) -> list[str]:
    return [x for x in (cell or "").split(";") if x]


class EventTableModel(QAbstractTableModel):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._columns: tuple[str, ...] = COLUMNS  # plus "Pack" while several packs are open
        self._lang = "en"  # the label language the display arrays are in
        self._rows = np.empty(0, dtype=np.int64)  # pack row of each table row, in display order
        self._display: list[np.ndarray] = [np.empty(0, dtype=object) for _ in COLUMNS]
        self._sort_text: list[np.ndarray | None] = [None] * len(COLUMNS)  # what each column sorts by
        self._tooltips = np.empty(0, dtype=object)
        self._rank: list[np.ndarray | None] = [None] * len(COLUMNS)
        self._ids = np.empty(0, dtype=object)
        self._has_note = np.zeros(0, dtype=bool)
        self._note_icon: QIcon | None = None
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # -- feeding ---------------------------------------------------------------------------------
    def reset_pack(self) -> None:
        """Precompute display text and sort ranks for the session's (new) pack."""
        pack = self._session.pack
        self.beginResetModel()
        self._columns = COLUMNS
        self._lang = self._label_language()
        if pack is None:
            self._display = [np.empty(0, dtype=object) for _ in COLUMNS]
            self._sort_text = [None] * len(COLUMNS)
            self._ids = np.empty(0, dtype=object)
            self._rows = np.empty(0, dtype=np.int64)
            self._has_note = np.zeros(0, dtype=bool)
        else:
            ev = pack.events
            self._display = self._labelled(self._lang)
            english = self._display if self._lang == "en" else self._labelled("en")
            self._sort_text = [None, None, *english[PARTIES:]]  # date: chronology; title: as shown
            if pack.meta.components:
                from explorer.data.pack_union import pack_labels, row_pack_keys

                names = pack_labels(pack)
                keys, row_key = np.unique(row_pack_keys(pack, "events").astype(str), return_inverse=True)
                packs = np.array([names[k] for k in keys], dtype=object)[row_key]
                self._display.append(packs)
                self._sort_text.append(packs)
                self._columns = (*COLUMNS, PACK_COLUMN_TITLE)
            if self._sort[0] >= len(self._columns):  # sorted by "Pack", and it is gone
                self._sort = (0, Qt.SortOrder.AscendingOrder)
            self._tooltips = np.array(
                [f"{t}\n{ja}" if isinstance(ja, str) and ja.strip() and ja != t else t
                 for t, ja in zip(ev["title"], ev["title_ja"])], dtype=object)
            self._ids = ev["id"].to_numpy(dtype=object)
            self._rank = [pack.event_chrono_rank] + [None] * (len(self._columns) - 1)
            self._has_note = self._notes_mask()
            self._rows = self._ordered(np.asarray(self._session.visible_events, dtype=np.int64))
        self.endResetModel()

    def reset_rows(self) -> None:
        """The visible set changed (filter): swap the row-index array."""
        self.beginResetModel()
        self._rows = self._ordered(np.asarray(self._session.visible_events, dtype=np.int64))
        self.endResetModel()

    def relabel(self) -> None:
        """The label language changed: titles, names, kinds, statuses and dates are shown in it.
        The rows stay; a table sorted by Title is re-sorted by the titles now shown."""
        lang = self._label_language()
        if lang == self._lang or self._session.pack is None:
            self._lang = lang
            return
        self.layoutAboutToBeChanged.emit()
        self._lang = lang
        fresh = self._labelled(lang)
        self._display[:len(fresh)] = fresh
        self._rank[TITLE] = None
        self._rows = self._ordered(self._rows)
        self.layoutChanged.emit()
        if len(self._rows):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def refresh_notes(self) -> None:
        """Notes were written or removed: the pencil beside the titles follows."""
        if self._session.pack is None:
            return
        self._has_note = self._notes_mask()
        if len(self._rows):
            self.dataChanged.emit(self.index(0, TITLE), self.index(len(self._rows) - 1, TITLE),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                                   Qt.ItemDataRole.AccessibleTextRole])

    def restyle(self, colour: str) -> None:
        """The theme changed: the note pencil is drawn in ``colour``."""
        self._note_icon = note_icon(colour)
        if len(self._rows):
            self.dataChanged.emit(self.index(0, TITLE), self.index(len(self._rows) - 1, TITLE),
                                  [Qt.ItemDataRole.DecorationRole])

    def _label_language(self) -> str:
        return labels.checked_language(getattr(self._session, "label_language", "en"))

    def _notes_mask(self) -> np.ndarray:
        mask = np.zeros(len(self._ids), dtype=bool)
        rows = self._session.event_row
        for event_id, text in self._session.notes.items():
            row = rows.get(event_id)
            if row is not None and text.strip():
                mask[row] = True
        return mask

    def _labelled(self, lang: str) -> list[np.ndarray]:
        """The six columns' text in ``lang`` (one array per column, one cell per event)."""
        from explorer.charts.timeline_layout import actor_names_in, pack_domain_label

        pack = self._session.pack
        ev = pack.events
        sep = labels.list_separator(lang)
        names = actor_names_in(pack, lang)
        parties = [sep.join(names.get(a, a) for a in _ids(cell)) for cell in ev["parties"]]
        domain_names: dict[str, str] = {}
        domains = []
        for cell in ev["domains"]:
            items = []
            for d in _ids(cell):
                if d not in domain_names:
                    domain_names[d] = pack_domain_label(pack, d, lang)
                items.append(domain_names[d])
            domains.append(sep.join(items))
        dates = [labels.format_date_span(start, end, lang) for start, end in
                 zip(ev["start_date"], ev["end_date"])]
        titles = [labels.pick(t, ja if isinstance(ja, str) else "", lang)
                  for t, ja in zip(ev["title"], ev["title_ja"])]
        kinds = {k: labels.event_kind_label(k, lang) for k in set(ev["kind"])}
        statuses = {s: labels.status_label(s, lang) for s in set(ev["status"])}
        return [
            np.array(dates, dtype=object),
            np.array(titles, dtype=object),
            np.array(parties, dtype=object),
            np.array(domains, dtype=object),
            np.array([kinds[k] for k in ev["kind"]], dtype=object),
            np.array([statuses[s] for s in ev["status"]], dtype=object),
        ]

    def _column_rank(self, column: int) -> np.ndarray:
        rank = self._rank[column]
        if rank is None:  # dense lexical rank (equal text, equal rank), case-insensitive; on first sort
            # Casefolded once per distinct text; pandas' hash-based factorize then sorts only the
            # distinct keys (np.unique sorted a fixed-width copy of every cell: 160 ms at 10^5).
            import pandas as pd

            text = self._sort_text[column] if self._sort_text[column] is not None else self._display[column]
            codes, uniques = pd.factorize(pd.Series(text, dtype=object).astype(str))
            folded = np.array([u.casefold() for u in uniques], dtype=object)
            order_codes, _ = pd.factorize(folded, sort=True)
            rank = order_codes[codes].astype(np.int64) if len(codes) else np.empty(0, np.int64)
            self._rank[column] = rank
        return rank

    def _ordered(self, rows: np.ndarray) -> np.ndarray:
        column, order = self._sort
        if len(rows) == 0:
            return rows
        # Ties fall back to chronological order, so equal kinds/statuses read in time order.
        chrono = self._rank[0] if self._rank[0] is not None else np.arange(len(self._ids))
        keys = (chrono[rows], self._column_rank(column)[rows])
        idx = np.lexsort(keys)
        if order == Qt.SortOrder.DescendingOrder:
            idx = idx[::-1]
        return rows[idx]

    # -- lookups for the view ----------------------------------------------------------------------
    def event_id_at(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._ids[self._rows[row]])
        return None

    def row_of_event(self, event_id: str | None) -> int | None:
        if event_id is None:
            return None
        pack_row = self._session.event_row.get(event_id)
        if pack_row is None:
            return None
        hits = np.flatnonzero(self._rows == pack_row)
        return int(hits[0]) if len(hits) else None

    def has_note_at(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and bool(self._has_note[self._rows[row]])

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DecorationRole):
            return None
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < len(self._columns)):
            return None
        pack_row = self._rows[row]
        noted = col == TITLE and bool(self._has_note[pack_row])
        if role == Qt.ItemDataRole.DecorationRole:
            if not noted:
                return None
            if self._note_icon is None:
                self._note_icon = note_icon("#5A5A5A")
            return self._note_icon
        text = self._display[col][pack_row]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col != TITLE:
                return text
            tip = self._tooltips[pack_row]
            if text not in tip.split("\n"):  # "both": the title as shown reads both
                tip = text
            if not noted:
                return tip
            has_note = self.tr("Has a note")
            return f"{tip}\n{has_note}"
        if role == Qt.ItemDataRole.AccessibleTextRole and noted:
            return self.tr("{title} (has a note)").format(title=text)
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate("EventTableModel", self._columns[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._ordered(self._rows)
        self.layoutChanged.emit()
