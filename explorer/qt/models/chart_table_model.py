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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartTableModel", text)
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
        self._tooltips: list[list[str]] = []
        self._flagged: list[list[bool]] = []

    # -- feeding ---------------------------------------------------------------------------------
    def set_spec(self, spec: ChartSpec | None) -> None:
        """Show the table of ``spec`` (None: empty)."""
        self.beginResetModel()
        self._spec = spec
        if spec is None:
            self._header, self._rows = [], []
            self._colours, self._tooltips, self._flagged = [], [], []
        else:
            self._header, self._rows = spec.table()
            sources = dict(spec.sources)
            periods = self._header[2:]
            self._colours, self._tooltips, self._flagged = [], [], []
            for panel in spec.panels:
                for series in panel.series:
                    self._colours.append(QColor(series.colour))
                    tips = [series.label, panel.unit]
                    flagged = [False, False]
                    by_period: dict[str, list[Figure]] = {}
                    for f in series.figures:  # grouped once: a scan per period was quadratic
                        by_period.setdefault(f.period, []).append(f)
                    for period in periods:
                        figs = by_period.get(period, [])
                        tips.append("\n\n".join(self._figure_tip(f, sources) for f in figs))
                        flagged.append(any(Flag.CONFLICT in f.flags or Flag.UNCONVERTED in f.flags
                                           or Flag.NO_BASE in f.flags for f in figs))
                    self._tooltips.append(tips)
                    self._flagged.append(flagged)
        self.endResetModel()

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
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: N802
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
            return self._tooltips[r][c] or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._colours[r] if c == 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if c < 2 else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            # a conflict or a missing rate: the warnings' ground in the window's theme
            return QColor(qt_theme.current().warning_ground) if self._flagged[r][c] else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
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
