"""The garbage collector and the open packs: once a pack is open, the collector's full passes no
longer scan the pack and the window (``pack_loading.freeze_heap``: a full pass over them paused a
filter change for 25-80 ms about every ten changes), yet a pack replaced by another, or the window
closed, is freed as before."""

from __future__ import annotations

import gc
import shutil
import weakref

from explorer.paths import default_pack_path
from explorer.qt.main_window import MainWindow
from explorer.qt.pack_loading import freeze_heap
from explorer.state.session import Session
from explorer.userdata.settings import Settings


def open_window(qtbot) -> MainWindow:
    window = MainWindow(Session(), Settings())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.start(None)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)  # after the pack's paint
    return window


def tracked_by_collector(obj) -> bool:
    """Whether the collector's passes still look at ``obj`` (frozen objects are in no generation)."""
    return any(o is obj for o in gc.get_objects())


def test_an_open_pack_is_left_out_of_the_collectors_passes(qtbot):
    window = open_window(qtbot)
    pack = window.session.pack
    assert gc.get_freeze_count() > 0
    assert gc.is_tracked(pack) and not tracked_by_collector(pack)
    assert not tracked_by_collector(window.session)
    # the window still works: a filter change after the freeze shows the kept events
    window.session.set_filter(origin="test", text="trade")
    qtbot.wait(50)
    assert 0 < window.table.model.rowCount() == len(window.session.visible_events)
    window.close()
    assert gc.get_freeze_count() == 0  # closing gives everything back to the collector
    assert tracked_by_collector(pack)


def test_a_replaced_pack_is_freed_even_when_it_is_held_in_a_cycle(qtbot, tmp_path):
    window = open_window(qtbot)
    first = window.session.pack
    gone = weakref.ref(first)
    # cyclic garbage frozen with the pack (made before a load, as a panel's closures can be)
    cycle: list = [first]
    cycle.append(cycle)
    freeze_heap(collect_first=False)
    del cycle, first
    other = tmp_path / "copy"
    shutil.copytree(default_pack_path(), other)
    with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
        window.open_pack(str(other))
    assert window.session.pack.meta.location == str(other)  # the copy is open now
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)  # frozen again after its paint
    gc.collect()
    assert gone() is None  # the first pack is freed, not kept frozen
    second = window.session.pack
    assert not tracked_by_collector(second)  # the new one is frozen in turn
    window.close()


def test_packs_opened_in_turn_are_each_freed(qtbot, tmp_path):
    window = open_window(qtbot)
    for i in range(3):
        gone = weakref.ref(window.session.pack)
        other = tmp_path / f"copy{i}"
        shutil.copytree(default_pack_path(), other)
        with qtbot.waitSignal(window.loader.sig_pack_loaded, timeout=30000):
            window.open_pack(str(other))
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
        gc.collect()
        assert gone() is None, f"the pack open before copy {i} is still alive"
    window.close()
