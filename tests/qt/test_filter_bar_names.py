"""Long partner names are readable whole in the Filters panel at 1280×720, in English and in
Japanese labels: they wrap onto more lines rather than being cut off; the tooltip has them whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from explorer.qt.main_window import MainWindow
from explorer.state.session import Session
from explorer.userdata.settings import Settings


def cut_off(lst) -> list[str]:
    """The items whose text does not fit the room the list draws it in."""
    out = []
    fm = lst.fontMetrics()
    for i in range(lst.count()):
        index = lst.model().index(i, 0)
        option = QStyleOptionViewItem()
        lst.initViewItemOption(option)
        lst.itemDelegateForIndex(index).initStyleOption(option, index)
        option.rect = lst.visualRect(index)
        room = lst.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, lst)
        text = lst.item(i).text()
        need = fm.boundingRect(QRect(0, 0, room.width(), 100000),
                               int(Qt.TextFlag.TextWordWrap), text)
        if need.width() > room.width() or need.height() > room.height() + 1:
            out.append(text)
        assert lst.item(i).toolTip() == text
    return out


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_long_partner_names_are_readable_at_1280x720(qtbot, lang):
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.resize(1280, 680)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None)  # the default pack: "Japan Organization for Metals and Energy Security …"
    if lang != "en":
        window.session.set_label_language(lang, "test")
    qtbot.wait(50)
    partners = window.filter_bar.partners
    texts = [partners.item(i).text() for i in range(partners.count())]
    longest = max(texts, key=partners.fontMetrics().horizontalAdvance)
    assert partners.fontMetrics().horizontalAdvance(longest) > partners.viewport().width()  # needs it
    assert cut_off(partners) == []
    assert partners.horizontalScrollBar().isHidden() or not partners.horizontalScrollBar().isVisible()
    window.close()
