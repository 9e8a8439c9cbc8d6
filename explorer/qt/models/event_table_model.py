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
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from shiboken6 import getCppPointer

from explorer.domain import labels
from explorer.qt.workers import warm_on_load
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
_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DecorationRole))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
# The roles Qt's item delegate asks for in one ``multiData`` call per painted cell
# (``QStyledItemDelegate::initStyleOption``, Qt 6): font, alignment, foreground, check state,
# decoration, display, background. Only decoration (index 4) and display (5) have values here.
_DELEGATE_SPAN = 7


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


def _distinct(values) -> tuple[np.ndarray, list]:
    """(code of each value, the distinct values) by hashing. Missing values keep their own object
    (pandas would turn None into NaN): None is one distinct value, any other missing value is its
    own."""
    import pandas as pd  # not at import: the window paints before pandas loads

    values = np.asarray(values, dtype=object)
    codes, found = pd.factorize(values)
    uniques = list(found)
    missing = np.flatnonzero(codes < 0)
    if len(missing):
        codes = codes.copy()
        none_code = None
        for row in missing:
            value = values[row]
            if value is None and none_code is not None:
                codes[row] = none_code
                continue
            codes[row] = len(uniques)
            uniques.append(value)
            if value is None:
                none_code = codes[row]
    return codes, uniques


def _first_rows(codes: np.ndarray) -> np.ndarray:
    """For codes 0..m-1: the first row holding each (0 for a code no row holds)."""
    first = np.zeros(int(codes.max()) + 1 if len(codes) else 0, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    return first


class LazyTexts:
    """A column's text, indexed like an array by pack row: ``text_of(value)`` called once per
    distinct value, the first time a row holding it is shown or the column is sorted (10^5 events
    hold ~13,000 distinct party lists; opening the pack only hashes them)."""

    def __init__(self, codes: np.ndarray, values, text_of) -> None:
        self.codes = codes
        self._values = values
        self._text_of = text_of
        self._texts = np.empty(len(values), dtype=object)
        self._complete = False

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, row) -> str:
        code = self.codes[row]
        text = self._texts[code]
        if text is None:
            text = self._texts[code] = self._text_of(self._values[code])
        return text

    def distinct_texts(self) -> np.ndarray:
        """The text of every distinct value (``codes`` index it), all made now."""
        if not self._complete:
            missing = [i for i, t in enumerate(self._texts.tolist()) if t is None]
            for i in missing:
                self._texts[i] = self._text_of(self._values[i])
            self._complete = True
        return self._texts


def _pack_distinct(pack, column: str) -> tuple[np.ndarray, list]:
    """``_distinct`` of an events column: the codes a reopen kept (``Pack.factorized``) when the
    column has no missing cell (then the two agree), else hashed here."""
    codes, uniques = pack.factorized("events", column)
    if len(codes) and codes.min() < 0:
        return _distinct(pack.events[column])
    return codes, list(uniques)


def _per_distinct_in(pack, column: str, text_of) -> LazyTexts:
    """``text_of(value)`` for every value of an events column, called once per distinct value
    when first needed: hashing now (or the codes a reopen kept), a call per distinct value later,
    never one per row."""
    return LazyTexts(*_pack_distinct(pack, column), text_of)


def sort_rank(texts) -> np.ndarray:
    """Rank of each text in case-insensitive order (``str.casefold``, then code points); texts
    equal once folded share a rank. Folded and sorted once per distinct text, in C where it can be
    (hashing, a sort of the distinct folded strings), never a comparison per row."""
    if isinstance(texts, LazyTexts):  # its distinct values' texts (equal texts refold alike)
        codes = texts.codes
        folded = [str(u).casefold() for u in texts.distinct_texts()]
    else:  # folded row by row: a column of mostly distinct texts (titles) is hashed once, not twice
        codes = None
        folded = [str(u).casefold() for u in np.asarray(texts, dtype=object).tolist()]
    folded_codes, distinct = _distinct(folded)
    rank_of_distinct = np.empty(len(distinct), dtype=np.int64)
    rank_of_distinct[sorted(range(len(distinct)), key=distinct.__getitem__)] = np.arange(len(distinct))
    rank: np.ndarray = rank_of_distinct[folded_codes]
    return rank if codes is None else rank[codes]


def sorted_rows(rank: np.ndarray, chrono_order: np.ndarray) -> np.ndarray:
    """Every row in ascending ``rank`` order, equal ranks in chronological order, as 4-byte rows
    (kept per column: half the memory of ``intp``)."""
    return chrono_order[np.argsort(rank[chrono_order], kind="stable")].astype(np.int32)


class DateTexts:
    """The Date column's text (``format_date_span``: "start – end"), indexed like an array by pack
    row. Each distinct published date is formatted the first time a row holding it is shown (at
    10^5 events: ~45,000 distinct dates, ~0.15 s to format them all when only a screenful is seen);
    what is made once is kept. Building it hashes the published date texts, no call per row."""

    def __init__(self, pack, lang: str) -> None:
        ev = pack.events
        self._lang = lang
        self._sep = "～" if lang == "ja" else " – "
        # keyed by the published text: hashing a parsed date is a Python call per row
        self._start_code, found = _pack_distinct(pack, "start")
        self._start_date = ev["start_date"].to_numpy(dtype=object)[_first_rows(self._start_code)]
        self._start_text = np.empty(len(found), dtype=object)
        ends = ev["end_date"].to_numpy(dtype=object)
        has_end = ends.astype(bool)  # a PartialDate is true, None false: tested in C, not per row
        self._end_code = np.full(len(ends), -1, dtype=np.int32)
        if has_end.any():
            codes = _pack_distinct(pack, "end")[0][has_end]  # some codes unused: never looked up
            self._end_code[has_end] = codes
            self._end_date = ends[has_end][_first_rows(codes)]
        else:
            self._end_date = np.empty(0, dtype=object)
        self._end_text = np.empty(len(self._end_date), dtype=object)

    def __len__(self) -> int:
        return len(self._start_code)

    def __getitem__(self, row) -> str:
        code = self._start_code[row]
        first = self._start_text[code]
        if first is None:
            first = self._start_text[code] = labels.format_partial_date(self._start_date[code], self._lang)
        code = self._end_code[row]
        if code < 0:
            return first
        last = self._end_text[code]
        if last is None:
            last = self._end_text[code] = labels.format_partial_date(self._end_date[code], self._lang)
        return first + self._sep + last


# A column's text indexed by pack row: an array, or texts made when first shown.
TextColumn = np.ndarray | LazyTexts | DateTexts


def labelled_columns(pack, lang: str, dates: bool = True) -> list[TextColumn]:
    """The six columns' text in ``lang`` (one array per column, one cell per event; the Date column
    a ``DateTexts``, formatted as rows are shown), each text made once per distinct value; without
    ``dates`` the Date column is left empty."""
    from explorer.charts.timeline_layout import actor_names_in, pack_domain_label

    ev = pack.events
    sep = labels.list_separator(lang)
    names = actor_names_in(pack, lang)
    parties = _per_distinct_in(pack, "parties", lambda cell: sep.join(names.get(a, a) for a in _ids(cell)))
    domain_names: dict[str, str] = {}

    def domain_name(d: str) -> str:
        if d not in domain_names:
            domain_names[d] = pack_domain_label(pack, d, lang)
        return domain_names[d]

    domains = _per_distinct_in(pack, "domains", lambda cell: sep.join(domain_name(d) for d in _ids(cell)))
    span = DateTexts(pack, lang) if dates else np.empty(len(ev), dtype=object)
    if lang == "en":
        titles = ev["title"].to_numpy(dtype=object)  # labels.pick in English: ``t or ""``
        untitled = ~titles.astype(bool)  # each text's truth tested in C, not a Python step per row
        if untitled.any():  # else the pack's own column, not a copy of its 10^5 pointers
            titles = titles.copy()
            titles[untitled] = ""
    else:
        titles = np.array([labels.pick(t, ja if isinstance(ja, str) else "", lang)
                           for t, ja in zip(ev["title"], ev["title_ja"])], dtype=object)
    return [
        span,
        titles,
        parties,
        domains,
        _per_distinct_in(pack, "kind", lambda k: labels.event_kind_label(k, lang)),
        _per_distinct_in(pack, "status", lambda s: labels.status_label(s, lang)),
    ]


_AFTER_PAINT_MS = 1000  # a pack opened in a table not shown: its sort orders start after this
_TEXTS = "_event_table_texts"  # pack.__dict__ key: {label language: the six columns' text}
_warm_languages: set[str] = {"en"}  # the label language the table shows (set by the model)


@warm_on_load
def warm_texts(pack) -> None:
    """On the loader's worker: the table's cell texts for the label language the table shows (and
    English, which it sorts by), so opening the pack on the GUI thread only swaps arrays."""
    texts = pack.__dict__.setdefault(_TEXTS, {})
    for lang in sorted(_warm_languages | {"en"}):
        if lang not in texts:
            texts[lang] = labelled_columns(pack, lang)


class EventTableModel(QAbstractTableModel):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        # plus "Pack" while several packs are open; QT_TRANSLATE_NOOP's texts, which PySide6 types object
        self._columns: tuple[object, ...] = COLUMNS
        self._lang = "en"  # the label language the display arrays are in
        self._rows = np.empty(0, dtype=np.int64)  # pack row of each table row, in display order
        self._display: list[TextColumn] = [np.empty(0, dtype=object) for _ in COLUMNS]
        self._sort_text: list[TextColumn | None] = [None] * len(COLUMNS)  # what each column sorts by
        self._titles = np.empty(0, dtype=object)  # English title and Japanese twin (tooltips)
        self._titles_ja = np.empty(0, dtype=object)
        # Per column: every pack row in ascending order (ties chronological), computed once per pack
        # (Title: per label language) on an idle turn after the pack opens, else on first use.
        self._order: list[np.ndarray | None] = [None] * len(COLUMNS)
        self._chrono = np.empty(0, dtype=np.int64)  # pack rows in chronological order
        self._ids = np.empty(0, dtype=object)
        self._has_note = np.zeros(0, dtype=bool)
        self._note_icon: QIcon | None = None
        self._cleared_spans: set[int] = set()  # the item delegates' spans (``multiData``)
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._warm_timer = QTimer(self)  # sort orders prepared while the user reads, one per turn
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm)
        self._await_paint = False  # a pack opened: sort orders wait for the table's paint
        self.texts_made = 0  # counts the display texts made (a pack opened, a label language)
        self._label_language()  # tell the loader's worker which texts to prepare

    # -- feeding ---------------------------------------------------------------------------------
    def reset_pack(self) -> None:
        """Precompute display text for the session's (new) pack; sort orders follow on idle turns."""
        pack = self._session.pack
        self.beginResetModel()
        self.texts_made += 1
        self._columns = COLUMNS
        self._lang = self._label_language()
        if pack is None:
            self._display = [np.empty(0, dtype=object) for _ in COLUMNS]
            self._sort_text = [None] * len(COLUMNS)
            self._ids = np.empty(0, dtype=object)
            self._rows = np.empty(0, dtype=np.int64)
            self._has_note = np.zeros(0, dtype=bool)
            self._order = [None] * len(COLUMNS)
            self._chrono = np.empty(0, dtype=np.int64)
        else:
            from explorer.state.filtering import chrono_order

            ev = pack.events
            self._display = self._labelled(self._lang)
            english = self._display if self._lang == "en" else self._labelled("en", dates=False)
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
            self._titles = ev["title"].to_numpy(dtype=object)
            self._titles_ja = ev["title_ja"].to_numpy(dtype=object)
            self._ids = ev["id"].to_numpy(dtype=object)
            self._chrono = chrono_order(pack)
            self._order = [self._chrono] + [None] * (len(self._columns) - 1)
            self._has_note = self._notes_mask()
            self._rows = self._ordered(np.asarray(self._session.visible_events, dtype=np.int64),
                                       chronological=True)
            self._warm_soon(after_paint=True)
        self.endResetModel()

    def reset_rows(self) -> None:
        """The visible set changed (filter): the kept rows, in the current sort order (a gather
        from the column's precomputed order). Told to the views as the old rows removed and the
        new ones inserted, not as a model reset: a reset makes the column heading (a view of the
        same model) rebuild its sections and repaint, and the table lay itself out from scratch,
        though the columns did not change (~0.2-0.7 ms a filter change at tiers S and M). The
        same rows as before (a search letter that keeps the same events): nothing is told, and
        nothing repaints."""
        rows = self._ordered(np.asarray(self._session.visible_events, dtype=np.int64),
                             chronological=True)
        old = len(self._rows)
        if old == len(rows) and np.array_equal(self._rows, rows):
            self._rows = rows
            return
        if old:
            self.beginRemoveRows(QModelIndex(), 0, old - 1)
            self._rows = rows[:0]
            self.endRemoveRows()
        if len(rows):
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows = rows
        if len(rows):
            self.endInsertRows()

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
        self.texts_made += 1
        self._order[TITLE] = None
        self._rows = self._ordered(self._rows)
        self.layoutChanged.emit()
        if len(self._rows):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
        self._warm_soon()

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
        """The session's label language; the loader's worker prepares the next pack's texts in it."""
        lang = labels.checked_language(getattr(self._session, "label_language", "en"))
        _warm_languages.clear()
        _warm_languages.add(lang)
        return lang

    def _notes_mask(self) -> np.ndarray:
        mask = np.zeros(len(self._ids), dtype=bool)
        rows = self._session.event_row
        for event_id, text in self._session.notes.items():
            row = rows.get(event_id)
            if row is not None and text.strip():
                mask[row] = True
        return mask

    def _labelled(self, lang: str, dates: bool = True) -> list[TextColumn]:
        """The six columns' text in ``lang`` (see ``labelled_columns``), from the pack's cache
        (filled on the loader's worker) when it holds them."""
        pack = self._session.pack
        cached = pack.__dict__.get(_TEXTS, {}).get(lang)
        if cached is not None:
            return list(cached)
        return labelled_columns(pack, lang, dates)

    def _column_order(self, column: int) -> np.ndarray:
        """Every pack row in ``column``'s ascending order, ties chronological; made on first need."""
        order = self._order[column]
        if order is None:
            pack = self._session.pack
            if column == TITLE and self._lang == "en" and pack is not None \
                    and len(pack.events) == len(self._ids):
                # English titles: the pack's title rank (stored in its cache entry), the order
                # ``sort_rank`` gives with chronological ties, without folding and sorting 10^5 titles
                rank = pack.event_title_rank
                order = np.empty(len(rank), dtype=np.int32)
                order[rank] = np.arange(len(rank), dtype=np.int32)
                self._order[column] = order
                return order
            text = self._sort_text[column] if self._sort_text[column] is not None else self._display[column]
            order = self._order[column] = sorted_rows(sort_rank(text), self._chrono)
        return order

    def _warm(self) -> None:
        """One column's sort order, then the next on a later turn: the first click on a heading is
        a gather, not a sort of 10^5 texts."""
        self._await_paint = False
        missing = [c for c in range(len(self._columns)) if self._order[c] is None]
        if missing and len(self._ids):
            self._column_order(missing[0])
            if len(missing) > 1:
                self._warm_soon()

    def _warm_soon(self, after_paint: bool = False) -> None:
        """Prepare the next sort order on an idle turn; ``after_paint`` (a pack just opened): once
        the table has painted it (``painted``), or after ``_AFTER_PAINT_MS`` if it is not shown — a
        zero-time timer ran before that paint, ~0.15 s at 10^5 events."""
        if QCoreApplication.instance() is not None:  # no event loop, no idle turn: orders on first use
            self._await_paint = after_paint
            self._warm_timer.start(_AFTER_PAINT_MS if after_paint else 0)

    def painted(self) -> None:
        """The view is painting: sort orders waiting for that paint follow on the next turn."""
        if self._await_paint:
            self._await_paint = False
            self._warm_timer.start(0)

    def _ordered(self, rows: np.ndarray, chronological: bool = False) -> np.ndarray:
        """``rows`` (distinct pack rows) in the current sort: the column's full order, kept where a
        row is among ``rows`` (linear, no sort). Descending is the ascending order reversed.
        ``chronological``: ``rows`` are the session's visible events, which ``filter_events``
        gives in ``chrono_order`` — the Date column's order — so sorted by date they are already
        in order; every row is the column's whole order (0.7 ms of masks at 10^5 events)."""
        column, order = self._sort
        if len(rows) == 0:
            return rows
        if chronological and column == DATE:
            out = rows
        elif len(rows) == len(self._ids):
            out = self._column_order(column)
        else:
            full = self._column_order(column)
            keep = np.zeros(len(self._ids), dtype=bool)
            keep[rows] = True
            out = full[keep[full]]
        if order == Qt.SortOrder.DescendingOrder:
            out = out[::-1].copy()
        return out

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

    def plain_text_at(self, row: int, col: int) -> str | None:
        """The text of a cell that shows nothing but its text (the table's quick painting), or
        None when it shows more (the pencil beside a noted title) or is not a cell."""
        if not (0 <= row < len(self._rows) and 0 <= col < len(self._columns)):
            return None
        pack_row = self._rows[row]
        if col == TITLE and self._has_note[pack_row]:
            return None
        return self._display[col][pack_row]

    def plain_row(self, row: int) -> list[str | None]:
        """``plain_text_at`` for each column of ``row`` (which must be a row of the table): one
        call per row for the table's one-pass painting."""
        pack_row = self._rows[row]
        texts = [column[pack_row] for column in self._display[:len(self._columns)]]
        if self._has_note[pack_row]:
            texts[TITLE] = None
        return texts

    def pack_rows(self) -> int:
        """The open pack's events (shown or not)."""
        return len(self._display[0])

    def pack_row_texts(self, pack_row: int) -> list[str]:
        """Each column's text for the pack's event ``pack_row``, shown or not (the pencil's
        titles too)."""
        return [column[pack_row] for column in self._display[:len(self._columns)]]

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:  # most asks of a paint (font, colours, alignment...) end here
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
            if self._note_icon is None:  # until ``restyle``: the theme in use now
                from explorer.qt.theme import current

                self._note_icon = note_icon(current().muted_text)
            return self._note_icon
        text = self._display[col][pack_row]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col != TITLE:
                return text
            title, ja = self._titles[pack_row], self._titles_ja[pack_row]
            tip = f"{title}\n{ja}" if isinstance(ja, str) and ja.strip() and ja != title else title
            if text not in tip.split("\n"):  # "both": the title as shown reads both
                tip = text
            if not noted:
                return tip
            has_note = self.tr("Has a note")
            return f"{tip}\n{has_note}"
        if role == Qt.ItemDataRole.AccessibleTextRole and noted:
            return self.tr("{title} (has a note)").format(title=text)
        return text

    def multiData(self, index: _ANY_INDEX, roleDataSpan) -> None:
        """All the roles of one cell in one call. Qt's item delegate asks seven per painted cell
        (``QStyledItemDelegate::initStyleOption``) and Qt's default answers each with a ``data``
        call into Python: seven crossings a cell, ~0.5 ms of a 2.7 ms table paint at tier S.

        The delegate's span is answered here directly: its display text, and the pencil beside a
        noted title (cleared otherwise: the delegate keeps one span for every cell it paints, so
        what one cell set stays for the next unless cleared). Its five other roles (font,
        alignment, foreground, check state, background) have no value in this model: they are
        cleared the first time this model sees that span (by its address) and left alone after,
        as nothing but this model writes into it (the events table never shows another model).
        Any other span is answered role by role through ``data``, as Qt's default does."""
        span = roleDataSpan
        if len(span) == _DELEGATE_SPAN:
            display = span[5]
            if display.role() == _DISPLAY:
                decoration = span[4]
                if decoration.role() == _DECORATION:
                    first = span[0]
                    address = getCppPointer(first)[0]
                    if address not in self._cleared_spans:
                        for i in (0, 1, 2, 3, 6):
                            span[i].clearData()
                        self._cleared_spans.add(address)
                    row, col = index.row(), index.column()
                    if 0 <= row < len(self._rows) and 0 <= col < len(self._columns):
                        pack_row = self._rows[row]
                        display.setData(self._display[col][pack_row])
                        if col == TITLE and self._has_note[pack_row]:
                            decoration.setData(self.data(index, _DECORATION))
                            return
                    else:
                        display.clearData()
                    decoration.clearData()
                    return
        for i in range(len(span)):
            element = span[i]
            value = self.data(index, element.role())
            if value is None:
                element.clearData()
            else:
                element.setData(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != _DISPLAY:  # a heading's paint asks ~19 roles of each section: an int compared
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate("EventTableModel", str(self._columns[section]))
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        if (column, order) == self._sort:  # already in that order (QTableView.sortByColumn asks twice)
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._ordered(self._rows)
        self.layoutChanged.emit()
