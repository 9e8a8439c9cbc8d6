"""The window's export service: requests report what really happened to whoever asked."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from explorer.export.view_state import ViewState
from explorer.qt import exporting
from explorer.qt.export_service import DeckRequest, ExportService, NoteRequest

EPA = ViewState(view="event", event_id="eu-jp-epa")
ITEMS = [(EPA, "The EPA", "Say it entered into force in 2019")]


def finished(qtbot, ticket):
    with qtbot.waitSignal(ticket.sig_finished, timeout=60000) as done:
        pass
    return done.args[0]


def test_a_written_outcome_comes_only_once_the_file_is_on_disk(qtbot, tmp_path):
    service = ExportService()
    out = tmp_path / "note.docx"
    ticket = service.request(NoteRequest("Visit", ITEMS, out, marking="OFFICIAL"))
    on_disk = []
    ticket.sig_finished.connect(lambda outcome: on_disk.append(out.is_file()))
    outcome = finished(qtbot, ticket)
    assert outcome.status == "written" and outcome.written == out and on_disk == [True]
    assert ticket.outcome is outcome and service.busy() == 0


def test_a_bug_while_preparing_is_a_failure_with_its_reason_in_the_log(qtbot, tmp_path,
                                                                      monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="explorer")

    def broken(*args, **kwargs):
        raise RuntimeError("slide widget gone")

    monkeypatch.setattr(exporting, "prepare_deck", broken)
    service = ExportService()
    outcome = finished(qtbot, service.request(DeckRequest("Visit", ITEMS, tmp_path / "d.pptx")))
    assert outcome.status == "failed" and outcome.written is None
    assert outcome.problem.startswith("Internal error while exporting (RuntimeError: slide widget gone)")
    assert "Traceback" in outcome.details and isinstance(outcome.error, RuntimeError)
    assert any(r.levelno == logging.ERROR and "slide widget gone" in r.getMessage()
               for r in caplog.records if r.name.startswith("explorer"))
    assert not (tmp_path / "d.pptx").exists()


def test_a_request_cancelled_before_it_starts_writes_nothing(qtbot, tmp_path, monkeypatch):
    prepared = []
    monkeypatch.setattr(exporting, "prepare_deck", lambda *a, **k: prepared.append(a))
    service = ExportService()
    ticket = service.request(DeckRequest("Visit", ITEMS, tmp_path / "d.pdf"))
    ticket.cancel()
    outcome = finished(qtbot, ticket)
    assert outcome.status == "cancelled" and prepared == [] and not (tmp_path / "d.pdf").exists()


def test_closing_waits_for_a_file_being_written(qtbot, tmp_path, monkeypatch):
    out = tmp_path / "deck.pdf"
    writing = threading.Event()

    def slow_writer(*args, **kwargs):
        def write() -> Path:
            writing.set()
            time.sleep(0.3)
            out.write_bytes(b"%PDF-1.7 deck")
            return out
        return write

    monkeypatch.setattr(exporting, "prepare_deck", slow_writer)
    service = ExportService()
    ticket = service.request(DeckRequest("Visit", ITEMS, out))
    qtbot.waitUntil(writing.is_set, timeout=10000)
    assert service.writing() == 1
    assert service.close(10000) and out.is_file()  # finished, not cut off by the exit
    assert finished(qtbot, ticket).status == "written"  # a cancel came too late: it says so


def test_two_exports_never_build_their_slides_inside_each_other(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from explorer.qt import briefing_note

    service = ExportService()
    trace = []
    tickets = []

    def painting(name, out):
        trace.append(("start", name))
        if name == "note":  # a deck is asked for while the note's charts are being drawn
            tickets.append(service.request(DeckRequest("deck", ITEMS, tmp_path / "b.pdf")))
        for _ in range(5):  # drawing charts processes events, as settling a chart does
            QApplication.processEvents()
            time.sleep(0.01)
        trace.append(("end", name))
        return lambda: Path(out)

    monkeypatch.setattr(briefing_note, "prepare_note", lambda note, out: painting("note", out))
    monkeypatch.setattr(exporting, "prepare_deck", lambda t, i, out, **k: painting("deck", out))
    note = service.request(NoteRequest("Visit", ITEMS, tmp_path / "a.pdf"))
    assert finished(qtbot, note).status == "written"
    (deck,) = tickets
    if deck.outcome is None:
        finished(qtbot, deck)
    assert trace == [("start", "note"), ("end", "note"), ("start", "deck"), ("end", "deck")]
