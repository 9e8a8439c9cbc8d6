"""One window per user: a second launch hands its pack to the first and exits; a lock left by a
killed window never blocks the next start; headless commands and --new-instance are never held.

The end-to-end tests run real processes (``python -m explorer``) on one BRIEFING_EXPLORER_HOME."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from explorer.paths import default_pack_path
from explorer.qt.single_instance import REQUESTS, InstanceGuard
from tests.packs import write_pack

ROOT = Path(__file__).resolve().parents[2]

# The real entry point, with a window that says on stdout what it opened and whether it was
# minimised then (the first open minimises it, so a hand-off must bring it back).
DRIVER = """
import sys
from explorer.qt import app as qtapp
original = qtapp.build_window
def build(path):
    app, window = original(path)
    seen = []
    def on_change(change):
        if "pack" in change.what and window.session.pack is not None:
            state = "minimised" if window.isMinimized() else "shown"
            print("opened", window.session.pack.meta.name, state, flush=True)
            if not seen:
                seen.append(1)
                window.showMinimized()
    window.session.subscribe(on_change)
    print("window", flush=True)
    return app, window
qtapp.build_window = build
from explorer.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", BRIEFING_EXPLORER_HOME=str(home), PYTHONPATH=str(ROOT),
               PYTHONFAULTHANDLER="1")
    return env


class Window:
    """A window process run through DRIVER; its stdout lines are read on a thread."""

    def __init__(self, home: Path, *args: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", DRIVER, *args], cwd=ROOT, env=_env(home),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.stderr = ""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def expect(self, prefix: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                self.stop()
                raise AssertionError(f"no {prefix!r} line; stderr: {self.stderr[-3000:]}") from None
            if line.startswith(prefix):
                return line

    def quit(self) -> int:
        """Quit as a logout does (SIGTERM) and return the exit code."""
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(30)
        finally:
            self.stop()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)
        if not self.proc.stderr.closed:
            self.stderr = self.proc.stderr.read()
        for stream in (self.proc.stdout, self.proc.stderr):
            stream.close()


def _launch(home: Path, *args: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "explorer", *args], cwd=ROOT, env=_env(home),
                          capture_output=True, text=True, timeout=timeout)
    return done, time.monotonic() - started


def _sockets(pid: int) -> list[str]:
    """The sockets a process holds open (Linux; elsewhere nothing to look at)."""
    fds = Path(f"/proc/{pid}/fd")
    if not fds.is_dir():
        return []
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:"):
            found.append(target)
    return found


@pytest.mark.slow
def test_a_second_launch_hands_its_pack_to_the_first_window_and_exits(tmp_path):
    home = tmp_path / "home"
    other = write_pack(tmp_path / "other")
    first = Window(home, str(default_pack_path()))
    try:
        assert first.expect("opened") == "opened japan-eu-us shown"
        # a relative path, as typed in a terminal elsewhere: the first window gets it absolute
        done, took = _launch(home, os.path.relpath(other, ROOT))
        assert done.returncode == 0, done.stderr
        assert took < 8, took  # Python and QtCore only: no window, no pandas
        assert "Traceback" not in done.stderr and "already running" not in done.stderr
        # the first window came back from the taskbar and opened the pack
        assert first.expect("opened", timeout=30) == "opened test-pack shown"
        # nothing but the one first window ever built one
        assert not list((home / "config" / "instance" / REQUESTS).iterdir())
        # the meeting place is the file system: the window holds no socket, not even a local one
        assert _sockets(first.proc.pid) == []
        # a launch without a pack just brings the window forward
        done, _ = _launch(home)
        assert done.returncode == 0, done.stderr
    finally:
        code = first.quit()
    assert code == 0, first.stderr[-3000:]


@pytest.mark.slow
def test_a_lock_left_by_a_killed_window_does_not_block_the_next_start(tmp_path):
    home = tmp_path / "home"
    first = Window(home, str(default_pack_path()))
    first.expect("opened")
    first.proc.kill()  # kill -9: the lock file stays behind with a dead process's id
    first.proc.wait(30)
    first.stop()
    assert (home / "config" / "instance" / "running.lock").exists()

    again = Window(home, str(default_pack_path()))
    try:
        assert again.expect("opened", timeout=60).startswith("opened japan-eu-us")
    finally:
        assert again.quit() == 0


@pytest.mark.slow
def test_headless_commands_and_new_instance_are_never_held_by_a_running_window(tmp_path):
    home = tmp_path / "home"
    first = Window(home, str(default_pack_path()))
    try:
        first.expect("opened")
        done, _ = _launch(home, "validate", str(default_pack_path()))
        assert done.returncode == 0, done.stderr
        second = Window(home, "--new-instance", str(default_pack_path()))
        try:
            assert second.expect("opened").startswith("opened japan-eu-us")
        finally:
            assert second.quit() == 0
        assert not any(line.startswith("opened") for line in list(first.lines.queue))
    finally:
        assert first.quit() == 0


# -- the hand-off itself, in this process --------------------------------------------------------
def test_requests_reach_the_window_once_each_in_order(qtbot, tmp_path):
    first = InstanceGuard(tmp_path / "instance")
    assert first.try_become_primary() and first.is_primary
    received = []
    first.sig_launch_received.connect(received.append)
    other = InstanceGuard(tmp_path / "instance")
    other.send("/packs/a")
    other.send(None)
    first.start_listening()  # requests written while it started are taken at once
    assert received == ["/packs/a", None]
    other.send("/packs/b")
    qtbot.waitUntil(lambda: received == ["/packs/a", None, "/packs/b"], timeout=5000)
    assert not list((tmp_path / "instance" / REQUESTS).iterdir())
    first.release()
    assert not first.is_primary


def test_stale_broken_and_oversized_requests_are_dropped(qtbot, tmp_path):
    folder = tmp_path / "instance"
    first = InstanceGuard(folder)
    assert first.try_become_primary()
    requests = folder / REQUESTS
    old = {"version": 1, "path": "/old", "pid": 1, "time": time.time() - 3600}
    (requests / "00000000000000000001-1.json").write_text(json.dumps(old))
    (requests / "00000000000000000002-1.json").write_text("{not json")
    (requests / "00000000000000000003-1.json").write_text(
        json.dumps({"version": 1, "path": "x" * 70000, "time": time.time()}))
    (requests / ".half-written.tmp").write_text("{")
    received = []
    first.sig_launch_received.connect(received.append)
    first.start_listening()
    assert received == []  # an hour-old request was for an earlier window; the rest are not ours
    assert [p.name for p in requests.iterdir()] == [".half-written.tmp"]
    first.release()


def test_a_second_launch_becomes_the_window_when_the_first_quits_meanwhile(tmp_path):
    folder = tmp_path / "instance"
    first = InstanceGuard(folder)
    assert first.try_become_primary()
    second = InstanceGuard(folder)
    threading.Timer(0.3, first.release).start()  # the first quits without taking the request
    assert second.hand_off("/packs/a", wait_s=10) == "primary"
    assert second.is_primary
    assert not list((folder / REQUESTS).iterdir())  # its own request taken back
    second.release()


def test_an_unanswered_request_stays_for_the_busy_window(tmp_path):
    folder = tmp_path / "instance"
    first = InstanceGuard(folder)
    assert first.try_become_primary()
    second = InstanceGuard(folder)
    started = time.monotonic()
    assert second.hand_off("/packs/a", wait_s=0.3) == "pending"
    assert time.monotonic() - started < 2
    assert len(list((folder / REQUESTS).glob("*.json"))) == 1
    assert second.holder_pid() == os.getpid()
    first.release()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_the_window_comes_forward_and_opens_the_pack_it_is_handed(qtbot, tmp_path):
    from explorer.qt.main_window import MainWindow
    from explorer.state.session import Session
    from explorer.userdata.settings import Settings

    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(str(default_pack_path()))
    window.showMinimized()
    guard = InstanceGuard(tmp_path / "instance")
    assert guard.try_become_primary()
    guard.sig_launch_received.connect(window.receive_launch)
    guard.start_listening()
    other = write_pack(tmp_path / "other")
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        InstanceGuard(tmp_path / "instance").send(str(other))
    assert window.session.pack.meta.name == "test-pack"
    assert not window.isMinimized() and window.isVisible()
    InstanceGuard(tmp_path / "instance").send(None)  # no pack: it only comes forward
    qtbot.waitUntil(lambda: not list((tmp_path / "instance" / REQUESTS).iterdir()), timeout=5000)
    assert window.session.pack.meta.name == "test-pack"
    # the pack open already, named again (a second double-click): its filter stays, no reload
    window.session.set_filter(origin="filter-bar", text="summit")
    InstanceGuard(tmp_path / "instance").send(str(other / "datapackage.json"))
    qtbot.waitUntil(lambda: not list((tmp_path / "instance" / REQUESTS).iterdir()), timeout=5000)
    assert window.loader.busy == 0 and window.session.filter.text == "summit"
    guard.release()
    window.close()


def test_a_window_going_away_takes_no_more_requests(qtbot, tmp_path):
    folder = tmp_path / "instance"
    first = InstanceGuard(folder)
    assert first.try_become_primary()
    received = []
    first.sig_launch_received.connect(received.append)
    first.start_listening()
    first.release()  # the window is closing
    first.release()  # twice is harmless (closing, then quitting)
    second = InstanceGuard(folder)
    assert second.hand_off("/packs/a", wait_s=5) == "primary"  # it opens the window itself
    qtbot.wait(100)
    assert received == []
    second.release()
