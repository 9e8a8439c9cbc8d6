"""Help ▸ User guide (F1): the guide in the repository's Markdown (``resources/guide/<lang>/``), shown
with Qt's own text browser. Offline by construction: no web engine, nothing is loaded but the
guide's own files, and external links are shown, never followed.

``show_user_guide(parent, section)`` opens the one guide window (or raises it) at a section; each
panel's context help passes its section id (the Markdown file's name without ``.md``):
getting-started, timeline, filters, compare, exporting, briefings-notes, importing, shortcuts. A
section id may carry an anchor (``compare#bases``). The language is the interface's: Japanese when
``QLocale().language()`` is Japanese, else English; a section missing in Japanese is shown in
English.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from explorer.paths import resources_path

SECTIONS: tuple[str, ...] = ("getting-started", "timeline", "filters", "compare", "exporting",
                             "briefings-notes", "importing", "shortcuts")
DEFAULT_SECTION = "getting-started"
_EXTERNAL_SCHEMES = ("http", "https", "ftp", "mailto", "file", "data")
_instance: list[UserGuideWindow] = []


def guide_dir(lang: str) -> Path:
    return resources_path() / "guide" / lang


def guide_language() -> str:
    """"ja" when the interface is Japanese, else "en"."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def section_text(section: str, lang: str) -> str:
    """The Markdown of ``section`` in ``lang`` (English if that language lacks it; "" if none)."""
    for folder in (guide_dir(lang), guide_dir("en")):
        path = folder / f"{section}.md"
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            continue
    return ""


def section_title(markdown: str, fallback: str) -> str:
    match = re.search(r"^#\s+(.+?)\s*$", markdown, re.MULTILINE)
    return match.group(1) if match else fallback


def _split(section: str) -> tuple[str, str]:
    name, _, anchor = (section or DEFAULT_SECTION).partition("#")
    name = name.strip().removesuffix(".md")
    return (name if name in SECTIONS else DEFAULT_SECTION), anchor


class _GuideBrowser(QTextBrowser):
    """A text browser that loads nothing but what the guide window gives it."""

    def loadResource(self, kind: int, name: QUrl | str) -> None:
        return None  # no images, style sheets or links fetched from anywhere


class UserGuideWindow(QWidget):
    """The guide: a contents list, a find field and the section's text."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("user_guide")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.lang = lang or guide_language()
        self.setWindowTitle(self.tr("User guide — Briefing Explorer"))
        self.setAccessibleName(self.tr("User guide"))
        self._texts = {s: section_text(s, self.lang) for s in SECTIONS}
        self.current_section = ""

        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Guide contents"))
        self.contents.setAccessibleDescription(self.tr("Choose a section of the guide to read"))
        for section in SECTIONS:
            item = QListWidgetItem(section_title(self._texts[section], section))
            item.setData(Qt.ItemDataRole.UserRole, section)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._on_q_contents_changed)

        self.browser = _GuideBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Guide text"))
        self.browser.anchorClicked.connect(self._on_q_link_clicked)

        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find in the guide"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName(self.tr("Find in the guide"))
        self.find_edit.setAccessibleDescription(
            self.tr("Press Enter for the next match, in this section or the following ones"))
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_button = QPushButton(self.tr("Find next"), self)
        self.find_button.setAccessibleName(self.tr("Find next"))
        self.find_button.clicked.connect(self.find_next)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Guide messages"))
        for key, act in ((QKeySequence(QKeySequence.StandardKey.Find), self._focus_find),
                         (QKeySequence(QKeySequence.StandardKey.Close), self.close),
                         (QKeySequence(Qt.Key.Key_Escape), self.close)):
            QShortcut(key, self).activated.connect(act)

        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(find_row)
        right_layout.addWidget(self.browser, 1)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # The contents show every title whole (Japanese titles are long in characters).
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.contents.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.contents.item(i).text())
                      for i in range(self.contents.count())), default=0)
        contents_width = widest + metrics.horizontalAdvance("M") * 2 \
            + self.contents.frameWidth() * 2 + 8
        self.contents.setMinimumWidth(min(contents_width, metrics.horizontalAdvance("M") * 18))
        splitter.setSizes([contents_width, 10_000])
        self.contents.setFocus(Qt.FocusReason.OtherFocusReason)  # arrows walk the sections
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        em = self.fontMetrics().height()
        width, height = em * 52, em * 40
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.85))
            height = min(height, int(room.height() * 0.85))
        self.resize(width, height)

    # -- showing ----------------------------------------------------------------------------------
    def show_section(self, section: str) -> None:
        name, anchor = _split(section)
        if name != self.current_section:
            self.current_section = name
            document = self.browser.document()
            document.setMarkdown(self._texts[name] or self.tr("This section of the guide is missing."))
            # The cursor would stay at the end, and the view would follow it there on first show.
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            for i in range(self.contents.count()):
                item = self.contents.item(i)
                if item.data(Qt.ItemDataRole.UserRole) == name and self.contents.currentItem() is not item:
                    with signals_blocked(self.contents):
                        self.contents.setCurrentItem(item)
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _on_q_contents_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_section(item.data(Qt.ItemDataRole.UserRole))

    def _on_q_link_clicked(self, url: QUrl) -> None:
        """Links between sections open them; any other link is named, never followed."""
        if url.scheme().lower() in _EXTERNAL_SCHEMES or url.host():
            self.status.setText(self.tr("Links outside the guide are not opened: {url}")
                                .format(url=url.toString()))
            return
        path = url.path()
        if not path and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        name = Path(path).name.removesuffix(".md")
        if name in SECTIONS:
            self.status.setText("")
            self.show_section(f"{name}#{url.fragment()}" if url.fragment() else name)
        else:
            self.status.setText(self.tr("Links outside the guide are not opened: {url}")
                                .format(url=url.toString()))

    # -- finding ----------------------------------------------------------------------------------
    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        """The next match of the find field: further on in this section, else in the next section
        that has it (wrapping round). False, and a message, if no section has it."""
        text = self.find_edit.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            self.status.setText("")
            return True
        start = SECTIONS.index(self.current_section) if self.current_section in SECTIONS else 0
        order = SECTIONS[start + 1:] + SECTIONS[:start + 1]
        needle = text.casefold()
        for section in order:
            if needle in self._plain(section).casefold():
                self.show_section(section)
                self.browser.moveCursor(QTextCursor.MoveOperation.Start)
                if self.browser.find(text):
                    self.status.setText("")
                    return True
        self.status.setText(self.tr("“{text}” is not in the guide.").format(text=text))
        return False

    def _plain(self, section: str) -> str:
        doc = QTextDocument()
        doc.setMarkdown(self._texts[section])
        return doc.toPlainText()

    def closeEvent(self, event) -> None:
        if self in _instance:
            _instance.remove(self)
        super().closeEvent(event)


def show_user_guide(parent: QWidget | None = None, section: str = DEFAULT_SECTION) -> QWidget:
    """Open the guide at ``section`` (raised if it is open already) and return its window."""
    window = _instance[0] if _instance else None
    if window is None:
        window = UserGuideWindow(parent)
        _instance.append(window)
        window.destroyed.connect(lambda *_: _instance.clear())
    window.show_section(section)
    window.show()
    if QApplication.platformName() not in ("offscreen", "minimal"):  # no window stacking there
        window.raise_()
        window.activateWindow()
    return window
