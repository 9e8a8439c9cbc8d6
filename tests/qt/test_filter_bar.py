"""The filter bar turns gestures into filter requests and reflects the session back silently."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.qt.views.filter_bar import FilterBar
from explorer.state.session import Session
from tests.packs import VALID_FILES, write_pack
from tests.qt.helpers import session_on_test_pack


def make_bar(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    bar = FilterBar(session)
    qtbot.addWidget(bar)
    bar.sig_filter_change_requested.connect(lambda ch: session.set_filter(origin="filter-bar", **ch))
    bar.sig_filter_clear_requested.connect(lambda: session.clear_filter(origin="filter-clear"))
    session.open_pack(session.pack)
    return session, bar


def check(widget, key):
    for i in range(widget.count()):
        if widget.item(i).data(Qt.ItemDataRole.UserRole) == key:
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(key)


def test_partner_list_has_counts_and_filters(qtbot, tmp_path):
    session, bar = make_bar(qtbot, tmp_path)
    labels = [bar.partners.item(i).text() for i in range(bar.partners.count())]
    assert labels[0] == "Japan (5)" and "European Union (3)" in labels
    assert bar.count_label.text() == "Showing 5 of 5 events"
    check(bar.partners, "us")
    assert session.filter.partners == {"us"}
    assert bar.count_label.text() == "Showing 1 of 5 events"
    check(bar.partners, "it")
    assert bar.count_label.text() == "Showing 2 of 5 events"


def test_search_is_debounced_and_clear_resets_everything(qtbot, tmp_path):
    session, bar = make_bar(qtbot, tmp_path)
    with qtbot.waitSignal(bar.sig_filter_change_requested, timeout=2000) as blocker:
        qtbot.keyClicks(bar.search, "tariff")
    assert blocker.args == [{"text": "tariff"}]  # one request for the whole word, not six
    assert bar.count_label.text() == "Showing 1 of 5 events"
    check(bar.domains, "defence")
    assert bar.count_label.text() == "Showing 0 of 5 events"
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert session.filter.is_empty()
    assert bar.search.text() == "" and bar.domains.checked() == frozenset()
    assert bar.count_label.text() == "Showing 5 of 5 events"


def test_date_fields_accept_reduced_precision_and_flag_bad_input(qtbot, tmp_path):
    session, bar = make_bar(qtbot, tmp_path)
    bar.date_from.setText("2025")
    bar.date_from.editingFinished.emit()
    assert session.filter.day_from == parse_bound("2025", upper=False)
    assert bar.count_label.text() == "Showing 4 of 5 events"
    assert bar.date_from.text() == "2025"  # what the user typed stays
    bar.date_to.setText("2025-02-30")
    bar.date_to.editingFinished.emit()
    assert "Feb 2025 has 28 days" in bar.date_hint.text()
    assert session.filter.day_to is None  # nothing applied from bad input
    assert bar.date_slider.value()[0] == 2025 * 12  # the slider follows the fields


def test_range_slider_filters_by_month(qtbot, tmp_path):
    session, bar = make_bar(qtbot, tmp_path)
    bar.date_slider.setValue((2025 * 12 + 6, 2025 * 12 + 6))  # July 2025 only
    assert session.filter.day_from == parse_bound("2025-07", upper=False)
    assert session.filter.day_to == parse_bound("2025-07", upper=True)
    assert bar.date_from.text() == "2025-07" and bar.date_to.text() == "2025-07"
    assert bar.count_label.text() == "Showing 4 of 5 events"  # gcap, c. 2025, Jul 2025, 22 Jul 2025


def test_session_changes_from_elsewhere_update_the_bar_without_requests(qtbot, tmp_path):
    session, bar = make_bar(qtbot, tmp_path)
    with qtbot.assertNotEmitted(bar.sig_filter_change_requested):
        session.set_filter(origin="menu", partners={"eu"}, text="summit")
    assert bar.partners.checked() == {"eu"} and bar.search.text() == "summit"


def test_partner_role_choice_widens_partners_to_actors_involved(qtbot, tmp_path):
    # Namibia only involved in the corridor (a place it concerns), not a party to it.
    rows = list(csv.reader(io.StringIO(VALID_FILES["events.csv"])))
    at = rows[0].index("parties") + 1
    for row in rows:
        involved = "involved" if row is rows[0] else ""
        if row[0] == "minerals":
            row[at - 1], involved = "jp;eu", "na"
        row.insert(at, involved)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    events = out.getvalue()
    session = Session()
    session.open_pack(load_pack(write_pack(tmp_path / "pack", {"events.csv": events})))
    bar = FilterBar(session)
    qtbot.addWidget(bar)
    bar.sig_filter_change_requested.connect(lambda ch: session.set_filter(origin="filter-bar", **ch))
    session.open_pack(session.pack)
    labels = [bar.partners.item(i).text() for i in range(bar.partners.count())]
    assert "Namibia (0, +1 involved)" in labels
    assert bar.partner_role.currentText() == "a formal party"
    check(bar.partners, "na")
    assert bar.count_label.text() == "Showing 0 of 5 events"
    # Keyboard: the combobox, labelled "Partner is" (Alt+I), switches to parties and actors involved.
    label = next(w for w in bar.findChildren(QLabel) if w.buddy() is bar.partner_role)
    assert label.text() == "Partner &is" and bar.partner_role.accessibleName() == "Partner is"
    bar.partner_role.setFocus()
    qtbot.keyClick(bar.partner_role, Qt.Key.Key_Down)
    assert session.filter.partner_role == "involved"
    assert bar.count_label.text() == "Showing 1 of 5 events"
    # A role set elsewhere (a restored view) shows in the bar without a request echoing back.
    with qtbot.assertNotEmitted(bar.sig_filter_change_requested):
        session.set_filter(origin="elsewhere", partner_role="party")
    assert bar.partner_role.currentText() == "a formal party"
    assert bar.count_label.text() == "Showing 0 of 5 events"


def test_a_packs_own_domains_are_offered_with_their_labels(qtbot, tmp_path):
    from explorer.data.pack_domains import Domain, write_domains
    from explorer.data.pack_writer import write_descriptor
    from tests.packs import META, replace_line

    folder = write_pack(tmp_path / "pack", {"events.csv": replace_line(
        "events.csv", "jp;eu;na,critical_minerals", "jp;eu;na,environment")})
    write_domains(folder, [Domain("environment", "Environment and climate", "環境", "#117733")])
    write_descriptor(folder, META)
    session = Session()
    session.open_pack(load_pack(folder))
    bar = FilterBar(session)
    qtbot.addWidget(bar)
    bar.sig_filter_change_requested.connect(lambda ch: session.set_filter(origin="filter-bar", **ch))
    session.open_pack(session.pack)
    labels = [bar.domains.item(i).text() for i in range(bar.domains.count())]
    assert labels[-1] == "Environment and climate (1)"
    check(bar.domains, "environment")
    assert session.filter.domains == {"environment"}
    assert bar.count_label.text() == "Showing 1 of 5 events"


def test_a_filter_that_keeps_the_dates_repaints_neither_the_date_slider_nor_the_date_fields(
        qtbot, tmp_path):
    """Ticking a partner, or clearing a filter that had no dates, leaves the date slider and fields
    as they were: they are not set again (which repainted them); a change of dates still moves the
    handles and fills the fields."""
    from tests.qt.helpers import PaintRecorder

    session, bar = make_bar(qtbot, tmp_path)
    bar.build_date_slider()  # as the window does once it has painted the pack
    bar.resize(400, 900)
    bar.show()
    qtbot.waitExposed(bar)
    qtbot.wait(50)
    watched = {"slider": bar.date_slider, "from": bar.date_from, "to": bar.date_to}
    everything = tuple(bar.date_slider.value())
    for change in ({"partners": frozenset({"us"})}, None, {"text": "tariff"}):
        recorder = PaintRecorder(watched)
        if change is None:
            session.clear_filter(origin="filter-clear")
        else:
            session.set_filter(origin="test", **change)
        qtbot.wait(50)
        assert recorder.counts == {}
        assert tuple(bar.date_slider.value()) == everything
        assert bar.date_from.text() == bar.date_to.text() == ""
    recorder = PaintRecorder(watched)
    session.set_filter(origin="test", day_from=parse_bound("2021", upper=False))
    qtbot.wait(50)
    assert bar.date_from.text() == "2021-01-01" and recorder.counts.get("slider") == 1
    assert bar.date_slider.value()[0] > everything[0]


def test_ticks_follow_the_session_after_the_user_ticks_and_after_new_choices(qtbot, tmp_path):
    """The lists re-tick only the items whose tick changes: what they show still follows the
    session whatever the user ticked by hand, and after the choices are made again (labels)."""
    session, bar = make_bar(qtbot, tmp_path)

    def ticked(widget):
        return {widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked}

    check(bar.partners, "eu")  # by hand: a request, applied
    assert session.filter.partners == {"eu"} and ticked(bar.partners) == {"eu"}
    with qtbot.assertNotEmitted(bar.sig_filter_change_requested):
        session.set_filter(origin="timeline", partners=frozenset({"jp", "us"}), kinds=frozenset({"policy"}))
    assert ticked(bar.partners) == {"jp", "us"} and ticked(bar.kinds) == {"policy"}
    session.set_label_language("ja")  # the choices are made again, ticks kept
    assert ticked(bar.partners) == {"jp", "us"} and ticked(bar.kinds) == {"policy"}
    with qtbot.assertNotEmitted(bar.sig_filter_change_requested):
        session.clear_filter(origin="filter-clear")
    assert ticked(bar.partners) == set() and ticked(bar.kinds) == set()


def test_a_tick_from_elsewhere_repaints_its_own_rows_and_reads_as_a_whole_repaint(qtbot, tmp_path):
    """A tick set from the session (a clear, the timeline's partner) repaints the rows whose tick
    changed, not the whole list laid out again; what the list shows then is what a whole repaint
    shows; a tick by hand still filters; a changed text still lays the list out."""
    from tests.qt.helpers import PaintRecorder

    session, bar = make_bar(qtbot, tmp_path)
    bar.resize(400, 900)
    bar.show()
    qtbot.waitExposed(bar)
    qtbot.wait(50)
    partners = bar.partners
    viewport = partners.viewport()
    rows = {partners.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(partners.count())}

    def rect_of(key):
        return partners.visualRect(partners.model().index(rows[key], 0))

    recorder = PaintRecorder({"list": viewport})
    session.set_filter(origin="timeline", partners=frozenset({"us"}))
    qtbot.wait(50)
    assert recorder.counts == {"list": 1}
    assert recorder.regions["list"][0] == rect_of("us")  # not the whole list
    shown = viewport.grab().toImage()
    viewport.repaint()  # the whole list painted afresh
    assert shown == viewport.grab().toImage()

    recorder = PaintRecorder({"list": viewport})
    session.set_filter(origin="timeline", partners=frozenset({"eu"}))  # one untick, one tick
    qtbot.wait(50)
    assert recorder.counts == {"list": 1}
    assert recorder.regions["list"][0] == rect_of("us").united(rect_of("eu"))
    assert viewport.grab().toImage() == (viewport.repaint(), viewport.grab().toImage())[1]

    check(partners, "jp")  # by hand: still a request, applied
    assert session.filter.partners == {"eu", "jp"}
    recorder = PaintRecorder({"list": viewport})
    partners.item(rows["jp"]).setText("Japan, a name long enough to wrap onto a second line (5)")
    qtbot.wait(50)
    assert viewport.rect() in recorder.regions["list"]  # laid out again, as Qt does
    assert partners.visualRect(partners.model().index(rows["jp"], 0)).height() > rect_of("eu").height()


def test_ticks_set_from_elsewhere_ask_only_the_items_that_change(qtbot, tmp_path, monkeypatch):
    """Re-ticking a list for a session change touches and asks only the items whose tick
    changes (not every choice's state); what the lists show still follows the session through
    ticks by hand, the Space key, keys no list offers and choices made again."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QListWidgetItem

    session, bar = make_bar(qtbot, tmp_path)
    lists = {"partners": bar.partners, "domains": bar.domains, "kinds": bar.kinds,
             "statuses": bar.statuses}

    def ticked(widget):
        return {widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked}

    def follows():
        f = session.filter
        for name, widget in lists.items():
            assert ticked(widget) == set(getattr(f, name)) & set(widget._items), name
            assert widget._ticked == ticked(widget), name

    asked = []
    real = QListWidgetItem.checkState
    monkeypatch.setattr(QListWidgetItem, "checkState", lambda item: (asked.append(1), real(item))[1])
    session.set_filter(origin="timeline", partners=frozenset({"jp", "us"}))
    assert len(asked) == 2  # the two ticked, not every choice of the five lists
    asked.clear()
    session.set_filter(origin="timeline", partners=frozenset({"eu", "us", "nowhere"}))
    assert len(asked) == 2  # jp off, eu on; "us" kept; "nowhere" offered by no list
    monkeypatch.undo()
    follows()
    check(bar.kinds, "policy")  # by hand: a request, applied
    follows()
    bar.partners.setCurrentRow(0)
    bar.partners.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space,
                                         Qt.KeyboardModifier.NoModifier, " "))
    follows()
    session.set_label_language("ja")  # the choices are made again, ticks kept
    follows()
    session.clear_filter(origin="filter-clear")
    follows()
    assert all(widget._ticked == set() for widget in lists.values())
