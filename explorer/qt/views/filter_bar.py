"""The filter bar: text search, date range (fields and a range slider), partners (formal parties
only, or also the actors an event merely involves), domains, kinds, statuses, packs (only while several are open), the "Showing N of M" count and a one-click clear.

It never changes the session: every edit becomes ``sig_filter_change_requested(dict)`` and the window
applies it. Session changes flow back in with signals blocked (superqt's ``signals_blocked``,
which restores them even if an update raises), so nothing echoes.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from explorer.data.pack_schema import EVENT_KINDS, EVENT_STATUSES
from explorer.domain.dates import date_from_day_number, day_number, parse_bound
from explorer.domain.errors import ValueProblem
from explorer.domain.labels import event_kind_label, pick, status_label
from explorer.qt.views.filter_widgets import SteadyLabel as SteadyLabel  # re-exported: the status bar's count
from explorer.qt.views.filter_widgets import _CheckList
from explorer.qt.workers import warm_on_load
from explorer.state.filters import PARTNER_ROLES
from explorer.state.origins import Origin
from explorer.state.session import FILTER, PACK, Change, Session

if TYPE_CHECKING:  # not at import: the window paints before pandas and superqt's slider load
    from superqt import QRangeSlider

    from explorer.data.pack import Pack

try:  # the label language's change (engineer "labels"); older sessions have none
    from explorer.state.session import LABELS
except ImportError:  # pragma: no cover
    LABELS = "labels"

SEARCH_DEBOUNCE_MS = 250  # while typing, when one search takes long enough to feel (a large pack)
SEARCH_CHEAP_MS = 25.0  # a search that applies faster than this follows every keystroke
SEARCH_LARGE_PACK = 20_000  # events; above, typing waits for a pause until a search was timed
ORIGIN = Origin.FILTER_BAR


def _invalid_style() -> str:
    """The frame of a date field the bar cannot read: the theme's error colour."""
    from explorer.qt.theme import current

    return f"QLineEdit {{ border: 2px solid {current().error_text}; }}"


# What a ticked partner must be of an event, in PARTNER_ROLES order.
_ROLE_TEXTS = (QT_TRANSLATE_NOOP("FilterBar", "a formal party"),
               QT_TRANSLATE_NOOP("FilterBar", "a party or involved"))


def signals_blocked(obj: QObject) -> AbstractContextManager[None]:
    """``signals_blocked`` (exception-safe; restores the previous state) as superqt's, without
    superqt: the bar's widgets are updated as a pack opens, before the window paints it."""
    from explorer.qt.signal_tools import signals_blocked as blocked

    return blocked(obj)


def _tr(text: object) -> str:
    """``text`` translated; typed ``object`` because PySide6 types QT_TRANSLATE_NOOP's result so
    (at run time it is the literal ``str`` itself)."""
    return QCoreApplication.translate("FilterBar", str(text))


def _label_language(session) -> str:
    return getattr(session, "label_language", "en")


def _month_index(day: int) -> int:
    d = date_from_day_number(day)
    return d.year * 12 + d.month - 1


def _month_start_day(index: int) -> int:
    import datetime as dt

    return day_number(dt.date(index // 12, index % 12 + 1, 1))


def _month_end_day(index: int) -> int:
    return _month_start_day(index + 1) - 1


def _actor_names(pack, lang: str) -> dict[str, str]:
    """Actor id -> name in the label language (the English name where there is no Japanese)."""
    actors = pack.actors
    ja = actors["name_ja"] if "name_ja" in actors.columns else [""] * len(actors)
    return {a: pick(en, j if isinstance(j, str) else "", lang)
            for a, en, j in zip(actors["id"], actors["name"], ja)}


_COUNTS = "_filter_bar_counts"


def facet_counts(pack: Pack) -> dict[str, Any]:
    """How many events each partner, domain, kind and status has, and the months they span: once
    per pack (the pack loader computes them on its worker, so opening a large pack does not count
    10^5 events on the GUI thread). Qt-free."""
    counts = pack.__dict__.get(_COUNTS)
    if counts is None:
        events = pack.events
        span = ((_month_index(int(events["start_day"].min())), _month_index(int(events["end_day"].max())))
                if len(events) else (0, 0))
        counts = {"parties": _value_counts(pack, "event_parties", "actor"),
                  "involved": _value_counts(pack, "event_involved", "actor"),
                  "domains": _value_counts(pack, "event_domains", "domain"),
                  "kinds": _value_counts(pack, "events", "kind"),
                  "statuses": _value_counts(pack, "events", "status"),
                  "packs": _pack_counts(pack),
                  "months": span}
        pack.__dict__[_COUNTS] = counts
    return counts


def _value_counts(pack: Pack, table: str, column: str) -> dict[str, int]:
    """A pack's column counted as pandas' ``value_counts()`` does (most first, ties in order of
    first use, no NA), as a plain dict in that order (looked up per choice on the GUI thread as
    the pack opens: a Series' ``get`` was ~10 µs). From its codes (``Pack.factorized``: kept from
    the pack cache on a reopen, else hashed over the cells as Python objects)."""
    import numpy as np

    codes, uniques = pack.factorized(table, column)
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    order = np.argsort(-counts, kind="stable")
    return dict(zip(uniques[order].tolist(), counts[order].tolist(), strict=True))


def _pack_counts(pack: Pack) -> dict[str, int]:
    """How many events each open pack brings, by pack key: a single pack's are all its events;
    several are counted by hashing their keys (sorting 10^5 keys as texts took ~35 ms of a
    tier-L pack's hand-over on the GUI thread)."""
    from explorer.data.pack_union import PACK_COLUMN

    events = pack.events
    if PACK_COLUMN not in events.columns:  # ``row_pack_keys``: its name on every row
        return {str(pack.meta.name): len(events)}
    return {str(k): int(c) for k, c in events[PACK_COLUMN].value_counts().items()}


@warm_on_load
def _warm_facet_counts(pack: object) -> None:
    """Count on the pack loader's worker (see ``facet_counts``)."""
    facet_counts(cast("Pack", pack))  # the loader hands its warmers the Pack it loaded


def _partner_choices(pack, lang: str = "en") -> list[tuple[str, str]]:
    """Every actor that is a party to or involved in an event, most often a party first; the label
    counts both ("Australia (1, +2 involved)") so the role choice below the list is not a surprise."""
    counts = facet_counts(pack)
    parties, involved = counts["parties"], counts["involved"]
    names = _actor_names(pack, lang)
    actors = list(parties) + [a for a in involved if a not in parties]
    out = []
    for a in actors:
        n, m = parties.get(a, 0), involved.get(a, 0)
        name = names.get(a, a)
        out.append((a, QCoreApplication.translate("FilterBar", "{name} ({n}, +{m} involved)")
                    .format(name=name, n=n, m=m) if m else f"{name} ({n})"))
    return out


def _domain_label(pack, domain: str, lang: str) -> str:
    """A domain in the label language: the one vocabulary every view and export uses."""
    from explorer.charts.timeline_layout import pack_domain_label  # pandas: not before first paint

    return pack_domain_label(pack, domain, lang)


class FilterBar(QWidget):
    sig_filter_change_requested = Signal(dict)
    """The user changed one or more facets: keyword arguments for Session.set_filter."""
    sig_filter_clear_requested = Signal()
    """The user asked to clear every filter (apply with an origin other than Origin.FILTER_BAR, so the
    bar resets its own fields too)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_bar")
        # Opaque (filled with the window colour the dock shows behind it anyway): a repaint inside
        # the bar (the Clear button enabled or not, a list re-ticked) then stops at the bar; Qt
        # painted the Filters dock behind it too, its title drawn again each time (0.24 ms).
        self.setAutoFillBackground(True)
        self._session = session
        self._month_range = (0, 0)

        self.search = QLineEdit(self)
        # Short enough for the Filters column of a 1280-pixel laptop; the tooltip says it all.
        self.search.setPlaceholderText(self.tr("Titles, 日本語, notes…"))
        self.search.setToolTip(self.tr("Search titles, summaries, Japanese text and names, and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search events"))
        self.search.setAccessibleDescription(
            self.tr("Words in titles, summaries, Japanese text and names, and notes"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._on_search_settled)
        self._search_cost_ms = 0.0  # how long the last search took to apply (the filter, not paint)
        self.search.textChanged.connect(self._on_search_edited)
        self.search.returnPressed.connect(self._on_search_settled)

        self.date_from = QLineEdit(self)
        self.date_to = QLineEdit(self)
        for edit, name in ((self.date_from, self.tr("From date")), (self.date_to, self.tr("To date"))):
            edit.setPlaceholderText(self.tr("e.g. 2019 or 2019-02"))  # short: the column is narrow
            edit.setToolTip(self.tr("A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD"))
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(self.tr("A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD"))
            edit.setClearButtonEnabled(True)
            edit.editingFinished.connect(self._on_q_dates_edited)
        # The two-handled slider (superqt, with qtpy: a third of a second to import) is built after
        # the window's first paint of a pack (``build_date_slider``); a plain slider holds its
        # place till then.
        self._date_slider: QRangeSlider | None = None
        self._slider_stand_in: QSlider | None = QSlider(Qt.Orientation.Horizontal, self)
        self._slider_stand_in.setEnabled(False)
        self._slider_stand_in.setAccessibleName(self.tr("Date range"))

        self.partners = _CheckList(self.tr("Partners"), self)
        self.domains = _CheckList(self.tr("Domains"), self)
        self.kinds = _CheckList(self.tr("Kinds"), self)
        self.statuses = _CheckList(self.tr("Statuses"), self)
        self.packs = _CheckList(self.tr("Packs"), self)
        for widget in (self.partners, self.domains, self.kinds, self.statuses, self.packs):
            widget.setAccessibleDescription(
                self.tr("Tick to show only events with these; none ticked shows all. Space ticks."))
        self.partner_role = QComboBox(self)
        for role, text in zip(PARTNER_ROLES, _ROLE_TEXTS):
            self.partner_role.addItem(_tr(text), role)
        self.partner_role.setAccessibleName(self.tr("Partner is"))
        # Its longest choice would set the width of the whole Filters column on a laptop.
        self.partner_role.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner_role.setMinimumContentsLength(8)
        self.partner_role.setToolTip(
            self.tr("A formal party: events the partner signed, decided, met or acted in.\n"
                    "A party or involved: also events that only concern or mention it (a place, a "
                    "target, a commentator)."))
        self.partner_role.currentIndexChanged.connect(self._on_q_partner_role_changed)
        for key, widget in (("partners", self.partners), ("domains", self.domains),
                            ("kinds", self.kinds), ("statuses", self.statuses)):
            widget.itemChanged.connect(lambda _item, k=key, w=widget: self._request(**{k: w.checked()}))
        self._pack_keys: frozenset[str] = frozenset()
        self.packs.setToolTip(self.tr("Untick a pack to hide its events and figures; one always stays shown"))
        self.packs.itemChanged.connect(self._on_q_packs_changed)

        self.count_label = SteadyLabel(self, opaque=True)
        self.count_label.setAccessibleName(self.tr("Filter result count"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setAccessibleDescription(self.tr("Show every event again"))
        self.clear_button.clicked.connect(self.sig_filter_clear_requested)

        # Layout: a scrollable column of groups.
        body = QWidget(self)
        col = QVBoxLayout(body)
        col.setContentsMargins(6, 6, 6, 6)
        search_label = QLabel(self.tr("&Search"), body)
        search_label.setBuddy(self.search)
        col.addWidget(search_label)
        col.addWidget(self.search)
        dates = QGroupBox(self.tr("Dates"), body)
        form = QFormLayout(dates)
        from_label = QLabel(self.tr("F&rom"), dates)
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&To"), dates)
        to_label.setBuddy(self.date_to)
        form.addRow(from_label, self.date_from)
        form.addRow(to_label, self.date_to)
        form.addRow(self._slider_stand_in)
        self._dates_form = form
        self.date_hint = QLabel("", dates)
        self.date_hint.setWordWrap(True)
        form.addRow(self.date_hint)
        col.addWidget(dates)
        self.packs_box = QGroupBox(self.tr("Pa&cks"), body)  # shown only while several packs are open
        QVBoxLayout(self.packs_box).addWidget(self.packs)
        self.packs_box.setVisible(False)
        col.addWidget(self.packs_box)
        # A group box's mnemonic moves focus to its first child: Alt+P reaches the partner list.
        for title, widget in ((self.tr("&Partners"), self.partners), (self.tr("Do&mains"), self.domains),
                              (self.tr("&Kinds"), self.kinds), (self.tr("St&atuses"), self.statuses)):
            box = QGroupBox(title, body)
            box_col = QVBoxLayout(box)
            box_col.addWidget(widget)
            if widget is self.partners:
                role_row = QHBoxLayout()
                role_label = QLabel(self.tr("Partner &is"), box)
                role_label.setBuddy(self.partner_role)
                role_row.addWidget(role_label)
                role_row.addWidget(self.partner_role, 1)
                box_col.addLayout(role_row)
            col.addWidget(box)
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Filters"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)  # the count keeps its size (SteadyLabel): the room left stays here
        footer.addWidget(self.clear_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(footer)

        self._counted_total = -1  # the pack size the count label was fitted for
        self._unsubscribe = session.subscribe(self._on_session_changed)
        self._update_enabled()

    # -- session -> widgets (signals blocked; never writes back) --------------------------------
    def _on_session_changed(self, change: Change) -> None:
        if PACK in change.what:  # until measured on this pack: a large one waits for a pause
            pack = self._session.pack
            large = pack is not None and len(pack.events) > SEARCH_LARGE_PACK
            self._search_cost_ms = SEARCH_CHEAP_MS if large else 0.0
        if PACK in change.what or LABELS in change.what:
            self._update_choices()
        if FILTER in change.what or PACK in change.what or LABELS in change.what:
            self._update_from_filter(own=change.origin == ORIGIN)
            self._update_count()
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.setEnabled(self._session.pack is not None)

    def _update_choices(self) -> None:
        pack = self._session.pack
        if pack is None:
            return
        lang = _label_language(self._session)
        self.partners.set_choices(_partner_choices(pack, lang))
        counts = facet_counts(pack)
        dom_counts = counts["domains"]
        # Built-in domains then the pack's own, by the labels the pack gives them.
        self.domains.set_choices([(d, f"{_domain_label(pack, d, lang)} ({dom_counts[d]})")
                                  for d in pack.domain_ids if d in dom_counts])
        kind_counts = counts["kinds"]
        self.kinds.set_choices([(k, f"{event_kind_label(k, lang)} ({kind_counts[k]})")
                                for k in EVENT_KINDS if k in kind_counts])
        st_counts = counts["statuses"]
        self.statuses.set_choices(
            [(s, f"{status_label(s, lang)} ({st_counts[s]})") for s in EVENT_STATUSES if s in st_counts])
        self._update_pack_choices(pack)
        lo, hi = counts["months"]
        self._month_range = (lo, max(hi, lo + 1))
        if self._date_slider is not None:  # else it takes the range when built
            with signals_blocked(self._date_slider):
                self._date_slider.setRange(*self._month_range)
                self._date_slider.setValue(self._month_range)

    def _update_pack_choices(self, pack: Pack) -> None:
        from explorer.data.pack_union import pack_labels

        labels = pack_labels(pack)
        count = facet_counts(pack)["packs"]
        self.packs.set_choices([(k, f"{label} ({count.get(k, 0)})") for k, label in labels.items()])
        self._pack_keys = frozenset(labels)
        self.packs_box.setVisible(len(labels) > 1)

    def _update_from_filter(self, own: bool) -> None:
        f = self._session.filter
        # Our own requests never rewrite the search box: the user may still be typing in it.
        if not own and self.search.text() != f.text:
            with signals_blocked(self.search):
                self.search.setText(f.text)
        for widget, keys in ((self.partners, f.partners), (self.domains, f.domains),
                             (self.kinds, f.kinds), (self.statuses, f.statuses)):
            widget.set_checked(keys)
        role = PARTNER_ROLES.index(f.partner_role)
        if self.partner_role.currentIndex() != role:
            with signals_blocked(self.partner_role):
                self.partner_role.setCurrentIndex(role)
        self.packs.set_checked(f.packs or self._pack_keys)  # ticked = shown; none chosen = all shown
        if not own:  # keep what the user typed ("2019") rather than rewriting it as a day
            for edit, day in ((self.date_from, f.day_from), (self.date_to, f.day_to)):
                text = "" if day is None else date_from_day_number(day).isoformat()
                with signals_blocked(edit):
                    if edit.text() != text:  # the same text again repaints the field
                        edit.setText(text)
                    if edit.styleSheet():  # setting "" again re-polishes it and lays out the window
                        edit.setStyleSheet("")
            self.date_hint.setText("")
        value = self._slider_value()
        slider = self._date_slider  # not built yet: it takes the value when built
        if slider is not None and tuple(slider.value()) != value:  # the same again repaints it
            with signals_blocked(slider):
                slider.setValue(value)

    def _slider_value(self) -> tuple[int, int]:
        """The date slider's handles for the session's filter, in months of the pack's range."""
        f = self._session.filter
        lo, hi = self._month_range
        return (lo if f.day_from is None else max(lo, min(hi, _month_index(f.day_from))),
                hi if f.day_to is None else max(lo, min(hi, _month_index(f.day_to))))

    def _update_count(self) -> None:
        pack = self._session.pack
        total = 0 if pack is None else len(pack.events)
        shown = len(self._session.visible_events)
        if self._counted_total != total:  # a new pack: room for its largest count, once
            self._counted_total = total
            self.count_label.fit(self.tr("Showing {shown} of {total} events").format(
                shown=total, total=total))
        self.count_label.setText(
            self.tr("Showing {shown} of {total} events").format(shown=shown, total=total))
        self.clear_button.setEnabled(not self._session.filter.is_empty())

    # -- widgets -> requests ------------------------------------------------------------------------
    def _request(self, **changes) -> None:
        self.sig_filter_change_requested.emit(changes)

    def _on_q_packs_changed(self, _item) -> None:
        shown = self.packs.checked()
        if not shown:  # hiding every pack would leave an empty window: show them all again
            self.packs.set_checked(self._pack_keys)
        self._request(packs=frozenset() if shown in (frozenset(), self._pack_keys) else shown)

    def _on_q_partner_role_changed(self, index: int) -> None:
        self._request(partner_role=PARTNER_ROLES[index])

    def _on_search_edited(self, _text: str) -> None:
        """Search while typing: at once (next event-loop turn, so a paste is one search) when a
        search is cheap, else once typing pauses for ``SEARCH_DEBOUNCE_MS``."""
        cheap = self._search_cost_ms < SEARCH_CHEAP_MS
        self._search_timer.start(0 if cheap else SEARCH_DEBOUNCE_MS)

    def _on_search_settled(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self._session.filter.text:
            started = time.perf_counter()
            self._request(text=self.search.text())
            self._search_cost_ms = (time.perf_counter() - started) * 1000.0

    def _parse_edit(self, edit: QLineEdit, upper: bool) -> tuple[bool, int | None]:
        text = edit.text().strip()
        if not text:
            edit.setStyleSheet("")
            return True, None
        try:
            day = parse_bound(text, upper=upper)
        except ValueProblem as e:
            edit.setStyleSheet(_invalid_style())
            self.date_hint.setText((self.tr("To: {problem}") if upper else self.tr("From: {problem}"))
                                   .format(problem=e.message))
            return False, None
        edit.setStyleSheet("")
        return True, day

    def _on_q_dates_edited(self) -> None:
        self.date_hint.setText("")
        ok_from, day_from = self._parse_edit(self.date_from, upper=False)
        ok_to, day_to = self._parse_edit(self.date_to, upper=True)
        if not (ok_from and ok_to):
            return
        if day_from is not None and day_to is not None and day_to < day_from:
            self.date_hint.setText(self.tr("The end date is before the start date."))
            self.date_to.setStyleSheet(_invalid_style())
            return
        f = self._session.filter
        if (day_from, day_to) != (f.day_from, f.day_to):
            self._request(day_from=day_from, day_to=day_to)

    @property
    def date_slider(self) -> QRangeSlider:
        """The two-handled date slider (built on first use if ``build_date_slider`` has not run)."""
        if self._date_slider is None:
            self.build_date_slider()
        assert self._date_slider is not None  # built just above
        return self._date_slider

    def build_date_slider(self) -> None:
        """Put the two-handled slider in its place, at the open pack's range and the filter's
        dates (the window calls this once it has painted a pack; until then the stand-in shows)."""
        if self._date_slider is not None:
            return
        from superqt import QRangeSlider

        slider = QRangeSlider(Qt.Orientation.Horizontal, self)
        if self._session.pack is not None:  # what the pack's hand-over would have set
            slider.setRange(*self._month_range)
            slider.setValue(self._month_range)
            if tuple(slider.value()) != self._slider_value():
                slider.setValue(self._slider_value())
        slider.setAccessibleName(self.tr("Date range"))
        slider.setAccessibleDescription(self.tr("Drag either end to narrow the dates, by month"))
        slider.setTracking(False)  # apply on release: one filter change per drag
        slider.valueChanged.connect(self._on_q_slider_changed)
        slider.sliderMoved.connect(self._on_q_slider_moved)
        self._date_slider = slider
        stand_in, self._slider_stand_in = self._slider_stand_in, None
        assert stand_in is not None  # it holds the slider's place until the slider is built, once
        self._dates_form.replaceWidget(stand_in, slider)
        QWidget.setTabOrder(self.date_to, slider)  # where the keyboard found it before
        stand_in.hide()
        stand_in.deleteLater()

    def _on_q_slider_moved(self, value: tuple[int, int]) -> None:
        # While dragging, show where the handles are without filtering yet.
        lo, hi = value
        self.date_hint.setText(self.tr("{start} to {end}").format(
            start=f"{lo // 12}-{lo % 12 + 1:02d}", end=f"{hi // 12}-{hi % 12 + 1:02d}"))

    def _on_q_slider_changed(self, value: tuple[int, int]) -> None:
        lo, hi = (int(v) for v in value)
        full_lo, full_hi = self._month_range
        day_from = None if lo <= full_lo else _month_start_day(lo)
        day_to = None if hi >= full_hi else _month_end_day(hi)
        for edit, text in ((self.date_from, "" if day_from is None else f"{lo // 12}-{lo % 12 + 1:02d}"),
                           (self.date_to, "" if day_to is None else f"{hi // 12}-{hi % 12 + 1:02d}")):
            with signals_blocked(edit):
                edit.setText(text)
                edit.setStyleSheet("")
        self.date_hint.setText("")
        self._request(day_from=day_from, day_to=day_to)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def detach(self) -> None:
        """Stop listening to the session (calling it twice is harmless)."""
        unsubscribe, self._unsubscribe = self._unsubscribe, lambda: None
        unsubscribe()
