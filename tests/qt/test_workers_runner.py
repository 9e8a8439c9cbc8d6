"""The one background runner (explorer.qt.background): outcomes arrive on the GUI thread, failures
reach the log and whoever asked, cancelled and stale jobs report nothing they computed."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread

from explorer.qt.background import JobCancelled, JobFailure, Runner, runner


def test_a_value_arrives_on_the_gui_thread_with_its_progress(qtbot):
    r = Runner()
    seen_threads = []

    def work(progress, cancelled):
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    job = r.submit(work, name="count")
    steps = []
    job.sig_progress.connect(lambda d, t: steps.append((d, t)))
    job.sig_succeeded.connect(lambda value: seen_threads.append(QThread.currentThread()))
    with qtbot.waitSignal(job.sig_ended) as ended:
        pass
    assert ended.args == ["succeeded"] and job.value == "done" and job.outcome == "succeeded"
    assert seen_threads == [QThread.currentThread()]  # the GUI thread
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert r.running() == 0 and r.pending() == 0


def test_a_job_that_raises_reaches_the_log_and_the_error_path(qtbot, caplog):
    r = Runner()

    def broken(progress, cancelled):
        raise ZeroDivisionError("no figures to divide")

    caplog.set_level(logging.INFO, logger="explorer")
    job = r.submit(broken, name="chart totals")
    failures: list[JobFailure] = []
    job.sig_failed.connect(failures.append)
    job.sig_succeeded.connect(lambda v: failures.append("succeeded?"))  # type: ignore[arg-type]
    with qtbot.waitSignal(job.sig_ended):
        pass
    (failure,) = failures
    assert isinstance(failure.exception, ZeroDivisionError) and not failure.expected
    assert failure.summary() == "ZeroDivisionError: no figures to divide"
    assert "in broken" in failure.traceback  # where it happened, for the report
    (record,) = [r for r in caplog.records if r.name == "explorer.background"]
    assert record.levelno == logging.ERROR
    assert "chart totals" in record.getMessage() and "ZeroDivisionError" in record.getMessage()
    assert "Traceback" in record.getMessage()


def test_an_expected_failure_is_logged_as_one_line_and_says_its_message(qtbot, caplog):
    r = Runner()

    def unreadable(progress, cancelled):
        raise FileNotFoundError(2, "No such file", "/gone.csv")

    caplog.set_level(logging.INFO, logger="explorer")
    job = r.submit(unreadable, name="preview", expected=(OSError,))
    with qtbot.waitSignal(job.sig_failed) as failed:
        pass
    assert failed.args[0].expected and "/gone.csv" in failed.args[0].summary()
    (record,) = [r for r in caplog.records if r.name == "explorer.background"]
    assert record.levelno == logging.WARNING and "Traceback" not in record.getMessage()


def test_cancel_drops_the_value_and_says_cancelled(qtbot):
    r = Runner()
    started, release = threading.Event(), threading.Event()

    def slow(progress, cancelled):
        started.set()
        release.wait(10)
        return "stale figures"  # computed, but no longer wanted

    job = r.submit(slow)
    values = []
    job.sig_succeeded.connect(values.append)
    assert started.wait(10)
    job.cancel()
    release.set()
    with qtbot.waitSignal(job.sig_cancelled):
        pass
    assert values == [] and job.value is None and job.outcome == "cancelled"


def test_a_job_with_effects_that_finishes_anyway_says_so(qtbot):
    """Cancelled too late to stop a file being written: the outcome is the truth, "succeeded"."""
    r = Runner()
    started, release = threading.Event(), threading.Event()

    def write(progress, cancelled):
        started.set()
        release.wait(10)
        return "/tmp/pack written"

    job = r.submit(write)
    assert started.wait(10)
    job.cancel(drop=False)
    release.set()
    with qtbot.waitSignal(job.sig_succeeded) as written:
        pass
    assert written.args == ["/tmp/pack written"] and job.outcome == "succeeded"


def test_a_job_that_stops_when_asked_is_cancelled_not_failed(qtbot, caplog):
    r = Runner()

    class ImportStopped(Exception):
        pass

    def polite(progress, cancelled):
        while not cancelled():
            threading.Event().wait(0.005)
        raise ImportStopped()

    job = r.submit(polite, cancelled_by=(ImportStopped,))
    job.cancel()
    with qtbot.waitSignal(job.sig_ended) as ended:
        pass
    assert ended.args == ["cancelled"]
    assert not [r for r in caplog.records if r.name == "explorer.background"]

    def stops(progress, cancelled):
        raise JobCancelled()

    job = r.submit(stops)
    with qtbot.waitSignal(job.sig_cancelled):
        pass


def test_a_newer_job_with_the_same_key_makes_the_older_one_stale(qtbot):
    r = Runner()
    release = threading.Event()

    def old(progress, cancelled):
        release.wait(10)
        return "old preview"

    first = r.submit(old, key="preview")
    heard = []
    first.sig_ended.connect(heard.append)
    second = r.submit(lambda p, c: "new preview", key="preview")
    with qtbot.waitSignal(second.sig_succeeded) as got:
        pass
    assert got.args == ["new preview"]
    release.set()
    assert r.wait(10000)
    qtbot.waitUntil(lambda: r.pending() == 0)
    assert heard == [] and first.outcome is None  # the stale result was dropped

    release.clear()
    third = r.submit(old, key="preview")
    third.sig_ended.connect(heard.append)
    r.discard("preview")  # what is being read is no longer wanted
    release.set()
    assert r.wait(10000)
    qtbot.waitUntil(lambda: r.pending() == 0)
    assert heard == []


def test_a_job_whose_owner_is_gone_reports_nothing_and_is_cancelled(qtbot):
    r = Runner()
    owner = QObject()
    release = threading.Event()
    saw_cancel = []

    def work(progress, cancelled):
        release.wait(10)
        saw_cancel.append(cancelled())
        return 1

    job = r.submit(work, owner=owner)
    heard = []
    job.sig_ended.connect(heard.append)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert r.wait(10000)
    qtbot.waitUntil(lambda: r.pending() == 0)
    assert saw_cancel == [True] and heard == []


def test_running_counts_jobs_until_they_end_and_wait_blocks_for_them(qtbot):
    r = Runner()
    release = threading.Event()
    jobs = [r.submit(lambda p, c: release.wait(10)) for _ in range(2)]
    assert r.running() == 2
    assert not r.wait(50)
    release.set()
    assert r.wait(10000) and r.running() == 0
    qtbot.waitUntil(lambda: all(j.done for j in jobs))


def test_the_application_has_one_runner():
    assert runner() is runner()


def test_a_bug_in_a_job_nobody_listens_to_reaches_the_error_dialog(qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    shown = []

    class Reporter:
        def report(self, summary, details):
            shown.append((summary, details))

    monkeypatch.setattr(QApplication.instance(), "error_reporter", Reporter(), raising=False)
    r = Runner()

    def broken(progress, cancelled):
        raise ValueError("index out of step")

    r.submit(broken, name="warming the chart")
    r.submit(lambda p, c: (_ for _ in ()).throw(OSError("expected")), expected=(OSError,))
    assert r.wait(10000)
    qtbot.waitUntil(lambda: r.pending() == 0)
    ((summary, details),) = shown  # the expected failure is the caller's: not a bug dialog
    assert summary == "warming the chart: ValueError: index out of step" and "Traceback" in details


def test_an_owner_that_lives_on_keeps_no_link_to_ended_jobs(qtbot):
    from PySide6.QtCore import SIGNAL

    r = Runner()
    owner = QObject()
    first = r.submit(lambda p, c: 1, owner=owner)
    links = owner.receivers(SIGNAL("destroyed(QObject*)"))
    assert links >= 1
    jobs = [r.submit(lambda p, c: 1, owner=owner, key="preview") for _ in range(20)]
    assert owner.receivers(SIGNAL("destroyed(QObject*)")) >= links + 20
    assert r.wait(10000)
    qtbot.waitUntil(lambda: r.pending() == 0)
    assert owner.receivers(SIGNAL("destroyed(QObject*)")) <= links - 1  # none piled up per job
    assert first.value == 1
    assert jobs[-1].value == 1
