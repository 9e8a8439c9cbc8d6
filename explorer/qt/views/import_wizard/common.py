"""What the import wizard's pages share: page ids and limits, the choice tables (translated where
shown), message labels drawn in the theme's colours, and small combo-box helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)

from explorer.data.pack_schema import (
    ACTOR_KINDS,
    COLOUR_PATTERN,
    DOMAINS,
    MEASURES,
)
from explorer.importing.wizard_logic import destination_in
from explorer.qt import theme as qt_theme
from explorer.userdata.locations import user_packs_dir

PAGE_FILE, PAGE_MAPPING, PAGE_VALUES, PAGE_IMPORT, PAGE_REPORT = range(5)
PREVIEW_ROWS = 50  # rows shown on the first page
SAMPLE_ROWS = 5000  # rows read for suggestions, the day-order check and the trial run of page 3
LIST_LIMIT = 300  # rows of page 3's tables (the rest are counted, and reported after the import)
# Words in the tables below are translated where shown (QT_TRANSLATE_NOOP marks them for
# pyside6-lupdate; ``_t`` translates them in the "ImportWizard" context).


def _t(text: object) -> str:
    """``text`` translated; typed ``object`` because PySide6 types QT_TRANSLATE_NOOP's result so
    (at run time it is the literal ``str`` itself)."""
    return QCoreApplication.translate("ImportWizard", str(text))


def _file_filter() -> str:
    return (QCoreApplication.translate("ImportWizard", "Tables") + " (*.csv *.tsv *.txt *.xlsx);;"
            + QCoreApplication.translate("ImportWizard", "All files") + " (*)")


def _mapping_filter() -> str:
    return QCoreApplication.translate("ImportWizard", "Import mapping") + " (*.json)"


OTHER = "other"
ENCODINGS = (("UTF-8", "utf-8"), ("Windows-1252", "cp1252"), ("Shift_JIS", "shift_jis"),
             (QT_TRANSLATE_NOOP("ImportWizard", "Other…"), OTHER))
DELIMITERS = ((QT_TRANSLATE_NOOP("ImportWizard", "Comma  ,"), ","),
              (QT_TRANSLATE_NOOP("ImportWizard", "Semicolon  ;"), ";"),
              (QT_TRANSLATE_NOOP("ImportWizard", "Tab"), "\t"),
              (QT_TRANSLATE_NOOP("ImportWizard", "Pipe  |"), "|"))
DELIMITER_NAMES = {",": QT_TRANSLATE_NOOP("ImportWizard", "comma"),
                   ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon"),
                   "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab"),
                   "|": QT_TRANSLATE_NOOP("ImportWizard", "pipe")}
KIND_LABELS = {
    "events": QT_TRANSLATE_NOOP("ImportWizard", "Events: agreements, summits, policies (one per row)"),
    "observations": QT_TRANSLATE_NOOP("ImportWizard", "Figures: observations (one value per row, or "
                                                      "one column per period)"),
    "fx_rates": QT_TRANSLATE_NOOP("ImportWizard", "Exchange rates"),
    "actors": QT_TRANSLATE_NOOP("ImportWizard", "Actors: countries, blocs, organisations"),
}
DAY_ORDER_LABELS = (("auto", QT_TRANSLATE_NOOP("ImportWizard", "&Detect")),
                    ("day_first", QT_TRANSLATE_NOOP("ImportWizard", "Da&y first (31/12/2001)")),
                    ("month_first", QT_TRANSLATE_NOOP("ImportWizard", "Month &first (12/31/2001)")))
PRECISION_LABELS = ((QT_TRANSLATE_NOOP("ImportWizard", "as written"), ""),
                    (QT_TRANSLATE_NOOP("ImportWizard", "cut to the year"), "year"),
                    (QT_TRANSLATE_NOOP("ImportWizard", "cut to the month"), "month"))
# Settings (constants) of the records an import creates, which have allowed values.
EXTRA_CHOICES = {"indicator.domain": DOMAINS, "indicator.measure": MEASURES, "actor.kind": ACTOR_KINDS}
# What the engine fills in when a field is left out (engine module docstring, docs/import.md).
AUTO_DEFAULTS = {
    ("events", "id"): QT_TRANSLATE_NOOP("ImportWizard", "made from the title"),
    ("events", "summary"): QT_TRANSLATE_NOOP("ImportWizard", "“Imported from FILE, row N.”"),
    ("events", "source_ids"): QT_TRANSLATE_NOOP("ImportWizard", "the imported file"),
    ("observations", "source_id"): QT_TRANSLATE_NOOP("ImportWizard", "the imported file"),
    ("observations", "scale"): QT_TRANSLATE_NOOP("ImportWizard", "0 (units as written)"),
    ("fx_rates", "source_id"): QT_TRANSLATE_NOOP("ImportWizard", "the imported file"),
    ("actors", "id"): QT_TRANSLATE_NOOP("ImportWizard", "from the actor lookup, else from the name"),
    ("actors", "name"): QT_TRANSLATE_NOOP("ImportWizard", "from the actor lookup"),
    ("actors", "kind"): QT_TRANSLATE_NOOP("ImportWizard", "from the actor lookup"),
}
# The engine's messages name command-line options; say the same with the wizard's words.
# (The engine's own text around them stays English: it is core text, shared with the command line.)
_CLI_WORDING = (
    ("(map a column with --map FIELD=COLUMN or give a value with --const FIELD=VALUE)",
     QT_TRANSLATE_NOOP("ImportWizard", "(choose a column for it, or type a value for every row)")),
    ("give --const indicator.domain=D (or \"const\": {\"indicator.domain\": D} in the mapping file)",
     QT_TRANSLATE_NOOP("ImportWizard", "choose one for indicator.domain below")),
    ("(--day-first / --month-first)", QT_TRANSLATE_NOOP("ImportWizard", "(see “Dates” below)")),
    ("say which with --codes iso-numeric or --codes cow",
     QT_TRANSLATE_NOOP("ImportWizard", "choose which under “Country codes as numbers”")),
)
# Page 3: what numbers in country-code columns are ("" = decided from the column's values).
CODES_CHOICES = ((QT_TRANSLATE_NOOP("ImportWizard", "decide from the values"), ""),
                 (QT_TRANSLATE_NOOP("ImportWizard", "ISO 3166-1 numeric (392 = Japan)"), "iso-numeric"),
                 (QT_TRANSLATE_NOOP("ImportWizard", "Correlates of War (740 = Japan)"), "cow"))
# Message styles: which colour of the window's theme a message is drawn in (``_style``).
_ERROR_STYLE = "error"
_OK_STYLE = "ok"
_MUTED_STYLE = "muted"
_WARNING_STYLE = "warning"
_STYLE_PROPERTY = "explorer_message_style"
_COLOUR_RE = re.compile(COLOUR_PATTERN)


def _style(style: str) -> str:
    """The style sheet of a message in ``style``, in the current theme's colours."""
    t = qt_theme.current()
    colour = {_ERROR_STYLE: t.error_text, _OK_STYLE: t.ok_text, _MUTED_STYLE: t.muted_text,
              _WARNING_STYLE: t.warning_text}.get(style)
    return f"color: {colour};" if colour else ""


def _restyle_messages(root: QWidget) -> None:
    """Redraw every message label under ``root`` in the current theme (the theme changed)."""
    for label in root.findChildren(QLabel):
        style = label.property(_STYLE_PROPERTY)
        if style:
            label.setStyleSheet(_style(style))


def for_the_wizard(message: str) -> str:
    """An engine message with its command-line wording replaced by the wizard's (translated)."""
    for cli, gui in _CLI_WORDING:
        message = message.replace(cli, _t(gui))
    return message


def _set_message(label: QLabel, text: str, style: str) -> None:
    label.setText(text)
    _set_style(label, style)
    label.setVisible(bool(text))


def _set_style(label: QLabel, style: str) -> None:
    """Draw ``label`` in a message style (one of the ``_*_STYLE``), following theme changes."""
    label.setProperty(_STYLE_PROPERTY, style)
    label.setStyleSheet(_style(style))


def _select_data(combo: QComboBox, data: object) -> bool:
    i = combo.findData(data)
    if i >= 0:
        combo.setCurrentIndex(i)
    return i >= 0


def _data_combo(parent: QWidget, name: str, items: Iterable[tuple[object, object]]) -> QComboBox:
    """A combo of (label, data) items with an accessible name; labels marked QT_TRANSLATE_NOOP in
    the ImportWizard context are shown translated."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for label, data in items:
        combo.addItem(_t(label), data)
    return combo


def default_destination(source: Path, pack_name: str, parent: Path | None = None) -> Path:
    """``parent/<pack name>`` (default: the user's packs folder), made unique with -2, -3… unless the
    folder is empty or an earlier import of the same file (re-importing then updates it in place)."""
    return destination_in(parent if parent is not None else user_packs_dir(), source, pack_name)
