"""The import worker and the preview reader on the one runner: the wizard's signals say what really
happened, failures reach the log, stale previews are dropped."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject

from explorer.importing.engine import ImportCancelled
from explorer.importing.source_table import SourceFileError
from explorer.qt.import_worker import ImportWorker, PreviewReader


def test_a_task_that_raises_is_shown_as_an_internal_error_and_logged(qtbot, caplog):
    caplog.set_level(logging.INFO, logger="explorer")
    worker = ImportWorker()

    def task(progress, cancelled):
        progress(10, 20)
        raise AttributeError("'NoneType' object has no attribute 'rows'")

    steps = []
    worker.sig_progress_changed.connect(lambda d, t: steps.append((d, t)))
    with qtbot.waitSignal(worker.sig_task_failed, timeout=10000) as failed:
        worker.start(task)
        assert worker.busy
    assert failed.args[0].startswith("Internal error (please report it): AttributeError")
    assert not worker.busy and steps == [(10, 20)]
    (record,) = [r for r in caplog.records if r.name == "explorer.background"]
    assert record.levelno == logging.ERROR and "Traceback" in record.getMessage()


def test_an_unreadable_file_is_said_plainly(qtbot):
    worker = ImportWorker()

    def task(progress, cancelled):
        raise SourceFileError("/data/trade.csv", "the file is not text")

    with qtbot.waitSignal(worker.sig_task_failed, timeout=10000) as failed:
        worker.start(task)
    assert failed.args == ["trade.csv: the file is not text"]


def test_cancel_stops_the_task_and_a_task_that_wrote_anyway_reports_it(qtbot):
    worker = ImportWorker()
    started = threading.Event()

    def polite(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise ImportCancelled()

    with qtbot.waitSignal(worker.sig_task_cancelled, timeout=10000):
        worker.start(polite)
        assert started.wait(10)
        worker.cancel()
    assert not worker.busy

    release = threading.Event()

    def finishes(progress, cancelled):
        release.wait(10)  # the pack is being renamed into place: too late to stop
        return "pack written"

    with qtbot.waitSignal(worker.sig_task_finished, timeout=10000) as finished:
        worker.start(finishes)
        worker.cancel()
        release.set()
    assert finished.args == ["pack written"]  # not "cancelled": the pack is there


def test_only_the_newest_preview_is_handed_back(qtbot):
    owner = QObject()
    reader = PreviewReader(owner)
    release = threading.Event()
    got = []
    reader.sig_read.connect(lambda gen, value, error: got.append((gen, value, error)))
    reader.start(lambda: (release.wait(10), "old")[1])
    newest = reader.start(lambda: "new")
    qtbot.waitUntil(lambda: got != [], timeout=10000)
    release.set()
    qtbot.waitUntil(lambda: reader.running == 0, timeout=10000)
    qtbot.wait(20)
    assert got == [(newest, "new", None)]

    failing = reader.start(lambda: (_ for _ in ()).throw(SourceFileError("t.csv", "not a table")))
    qtbot.waitUntil(lambda: len(got) == 2, timeout=10000)
    gen, value, error = got[-1]
    assert gen == failing and value is None and isinstance(error, SourceFileError)

    reader.start(lambda: "after close")
    reader.close()
    qtbot.waitUntil(lambda: reader.running == 0, timeout=10000)
    qtbot.wait(20)
    assert len(got) == 2
    owner.deleteLater()
