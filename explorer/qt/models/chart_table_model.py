"""The data table of a chart: ``ChartSpec.table()`` as a Qt table model.

The cells are exactly those the spec gives (the same text exports put in their data sheets); this
model adds only what a screen needs beside them: each series' colour, a tooltip with the figure as
published and its source, and tab-separated text for the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from explorer.charts.chart_spec import ChartSpec, Figure, Flag
from explorer.qt import theme as qt_theme

_ANY_INDEX = QModelIndex | QPersistentModelIndex
_FLAG_WORDS = {  # the hover text is the interface's: translated at use
    Flag.CONFLICT: QT_TRANSLATE_NOOP("ChartTableModel", "Sources disagree"),
    Flag.UNCONVERTED: QT_TRANSLATE_NOOP("ChartTableModel", "No exchange rate: unconverted"),
    Flag.NOT_CONVERTIBLE: QT_TRANSLATE_NOOP("ChartTableModel", "Not a currency"),
    Flag.NO_BASE: QT_TRANSLATE_NOOP("ChartTableModel",
                                    "No base period shared by every series: not indexed"),
    Flag.NO_EARLIER: QT_TRANSLATE_NOOP("ChartTableModel",
                                       "No earlier figure to compare with: no growth rate"),
    Flag.QUALIFIED: QT_TRANSLATE_NOOP("ChartTableModel", "Qualified figure"),
    Flag.CONTAINING_YEAR_RATE: QT_TRANSLATE_NOOP("ChartTableModel", "Converted with its year's rate"),
}


def _tr(text: object) -> str:
    """``text``: a QT_TRANSLATE_NOOP literal (typed ``object`` by PySide6's stubs)."""
    return QCoreApplication.translate("ChartTableModel", str(text))
def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of adjacent rows."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs


_SERVED_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.TextAlignmentRole,
                 Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.AccessibleTextRole)


def _clean(text: str) -> str:
    """One spreadsheet cell: no tabs or line breaks inside."""
    return " ".join(str(text).split())


class ChartTableModel(QAbstractTableModel):
    """Rows: series (in panel order); columns: Series, Unit, then one per period."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._spec: ChartSpec | None = None
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._colours: list[QColor] = []
        self._units: list[str] = []
        self._labels: list[str] = []
        self._cells: list[dict[str, list[Figure]]] = []  # per row: period -> its figures
        self._sources: dict[str, str] = {}
        # Tooltips and flagged grounds are worked out when a view asks for a cell (a view asks
        # for the cells on screen only), not for every cell on every filter change.
        self._tips: dict[tuple[int, int], str] = {}
        self._flags: dict[tuple[int, int], bool] = {}
        self.reset_count = 0  # how many times the model was reset (tests: narrow updates)

    # -- feeding ---------------------------------------------------------------------------------
    def set_spec(self, spec: ChartSpec | None) -> None:
        """Show the table of ``spec`` (None: empty). When the table keeps its shape (the same
        columns, as many rows) only the rows that changed are announced (``dataChanged``);
        otherwise the model is reset."""
        header: list[str] = []
        rows: list[list[str]] = []
        colours: list[QColor] = []
        units: list[str] = []
        labels: list[str] = []
        cells: list[dict[str, list[Figure]]] = []
        sources: dict[str, str] = {}
        if spec is not None:
            header, rows = spec.table()
            sources = dict(spec.sources)
            for panel in spec.panels:
                for series in panel.series:
                    colours.append(QColor(series.colour))
                    units.append(panel.unit)
                    labels.append(series.label)
                    by_period: dict[str, list[Figure]] = {}
                    for f in series.figures:  # grouped once: a scan per period was quadratic
                        by_period.setdefault(f.period, []).append(f)
                    cells.append(by_period)
        same_shape = header == self._header and len(rows) == len(self._rows)
        if same_shape:
            # A row's text carries every figure as shown, its source marker and "(conflict)";
            # tooltips and grounds are asked afresh (the caches are cleared below).
            changed = [r for r in range(len(rows))
                       if rows[r] != self._rows[r] or colours[r] != self._colours[r]]
        if not same_shape:
            self.beginResetModel()
        self._spec = spec
        self._header, self._rows, self._colours = header, rows, colours
        self._units, self._labels, self._cells, self._sources = units, labels, cells, sources
        self._tips.clear()
        self._flags.clear()
        if not same_shape:
            self.endResetModel()
            self.reset_count += 1
            return
        last = len(header) - 1
        for first, end in _runs(changed):  # one signal per run of adjacent changed rows
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def _tooltip(self, r: int, c: int) -> str:
        key = (r, c)
        tip = self._tips.get(key)
        if tip is None:
            if c == 0:
                tip = self._labels[r]
            elif c == 1:
                tip = self._units[r]
            else:
                figs = self._cells[r].get(self._header[c], ())
                tip = "\n\n".join(self._figure_tip(f, self._sources) for f in figs)
            self._tips[key] = tip
        return tip

    def _flagged(self, r: int, c: int) -> bool:
        if c < 2:
            return False
        key = (r, c)
        flagged = self._flags.get(key)
        if flagged is None:
            figs = self._cells[r].get(self._header[c], ())
            flagged = any(Flag.CONFLICT in f.flags or Flag.UNCONVERTED in f.flags
                          or Flag.NO_BASE in f.flags for f in figs)
            self._flags[key] = flagged
        return flagged

    @staticmethod
    def _figure_tip(f: Figure, sources: dict[str, str]) -> str:
        lines = [f"{f.period}: {f.display}"]
        if f.published and f.published != f.display:
            lines.append(QCoreApplication.translate("ChartTableModel", "As published: {figure}").format(figure=f.published))
        lines.extend(_tr(_FLAG_WORDS[fl]) for fl in f.flags if fl in _FLAG_WORDS)
        if f.note:
            lines.append(f.note)
        lines.append(f"{f.source_marker} {sources.get(f.source_marker, f.source_id)}".strip())
        return "\n".join(lines)

    @property
    def spec(self) -> ChartSpec | None:
        return self._spec

    @property
    def header(self) -> list[str]:
        return list(self._header)

    @property
    def rows(self) -> list[list[str]]:
        return [list(r) for r in self._rows]

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self._header)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._rows[r][c]
            if role == Qt.ItemDataRole.AccessibleTextRole and not text:
                return QCoreApplication.translate("ChartTableModel", "no figure")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, c) or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._colours[r] if c == 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if c < 2 else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            # a conflict or a missing rate: the warnings' ground in the window's theme
            return QColor(qt_theme.current().warning_ground) if self._flagged(r, c) else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- text ------------------------------------------------------------------------------------
    def text_for(self, indexes=None) -> str:
        """Tab-separated text with a header line: the cells of ``indexes`` (the rectangle they
        span, unselected cells left empty), or the whole table when there are none."""
        cells = {(i.row(), i.column()) for i in indexes or () if i.isValid()}
        if cells:
            rows = sorted({r for r, _ in cells})
            cols = sorted({c for _, c in cells})
        else:
            rows, cols = list(range(len(self._rows))), list(range(len(self._header)))
        lines = ["\t".join(_clean(self._header[c]) for c in cols)]
        for r in rows:
            lines.append("\t".join(_clean(self._rows[r][c]) if not cells or (r, c) in cells else ""
                                   for c in cols))
        return "\n".join(lines)
