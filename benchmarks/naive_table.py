"""The naive event table the filter and sort scenarios compare against.

A Python list of dicts behind a ``QAbstractTableModel``, a ``QSortFilterProxyModel`` on top that
sorts through ``lessThan`` on Python values and filters in ``filterAcceptsRow`` with the same
predicate as ``explorer.state.filtering`` (date overlap, partner, every search word), shown in a
plain ``QTableView``: the way a first version of the table would be written.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from benchmarks.qt_support import plain_style, show_at

COLUMNS = ("date", "title", "parties", "domains", "kind", "status")
SORT_ROLE = Qt.ItemDataRole.UserRole  # the date column sorts by day number, the rest by text


def event_rows(pack) -> list[dict]:
    ev = pack.events
    return [
        {"date": str(s), "title": t, "parties": p, "domains": d, "kind": k, "status": st,
         "start_day": int(a), "end_day": int(b), "haystack": f"{i}\n{t}\n{tj}\n{sm}\n{sj}".lower()}
        for s, t, p, d, k, st, a, b, i, tj, sm, sj in zip(
            ev["start"], ev["title"], ev["parties"], ev["domains"], ev["kind"], ev["status"],
            ev["start_day"], ev["end_day"], ev["id"], ev["title_ja"], ev["summary"], ev["summary_ja"])
    ]


class DictTableModel(QAbstractTableModel):
    def __init__(self, rows: list[dict]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[key]
        if role == SORT_ROLE:
            return row["start_day"] if key == "date" else row[key].casefold()
        return None


class PredicateProxy(QSortFilterProxyModel):
    def __init__(self, rows: list[dict]) -> None:
        super().__init__()
        self.rows = rows
        self.predicate: dict | None = None

    def set_predicate(self, predicate: dict | None) -> None:
        """Filter with a dict of Filter fields (day_from, day_to, partners, text); None: all."""
        self.predicate = predicate
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, parent) -> bool:
        return accepts(self.rows[source_row], self.predicate)


def accepts(r: dict, f: dict | None) -> bool:
    """The filter's predicate on one row dict, in Python: a first version's way. ``f`` holds any
    of day_from, day_to, partners, text (absent or empty: no condition); None accepts all."""
    if f is None:
        return True
    if f.get("day_from") is not None and r["end_day"] < f["day_from"]:
        return False
    if f.get("day_to") is not None and r["start_day"] > f["day_to"]:
        return False
    if f.get("partners") and not any(p in f["partners"] for p in r["parties"].split(";")):
        return False
    return all(w in r["haystack"] for w in (f.get("text") or "").lower().split())


def naive_table(pack) -> tuple[PredicateProxy, QTableView]:
    """(proxy, view): the naive table over the pack's events, sorted by date, on screen."""
    rows = event_rows(pack)
    model = DictTableModel(rows)
    proxy = PredicateProxy(rows)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    model.setParent(proxy)
    view = QTableView()
    view.setModel(proxy)
    proxy.setParent(view)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    show_at(plain_style(view), QSize(960, 300))
    return proxy, view
