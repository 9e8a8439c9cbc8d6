"""The C allocator's calls (``explorer.c_allocator``, engineer "memory-2"; docs/dependencies.md, hazard
21): glibc is found and asked where the app runs on it, nothing is asked elsewhere, freed memory
does leave the process, and a pack cache write gives back what the first open freed. No timing
is asserted."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from explorer import c_allocator
from explorer.data import pack_cache
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path

pytestmark = pytest.mark.usefixtures("cache_every_pack")


def _on_glibc() -> bool:
    try:
        return sys.platform.startswith("linux") and bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError):
        return False


@pytest.fixture
def fresh_lookup():
    c_allocator._glibc.cache_clear()
    yield
    c_allocator._glibc.cache_clear()


@pytest.mark.skipif(not _on_glibc(), reason="glibc only")
def test_glibc_is_found_and_asked_where_the_app_runs_on_it(fresh_lookup):
    assert c_allocator._glibc() is not None
    assert c_allocator.keep_large_blocks_mapped() is True
    assert c_allocator.give_back_freed() is True


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_elsewhere_nothing_is_asked(monkeypatch, fresh_lookup, platform):
    monkeypatch.setattr(sys, "platform", platform)
    assert c_allocator._glibc() is None
    assert c_allocator.keep_large_blocks_mapped() is False
    assert c_allocator.give_back_freed() is False


def test_a_linux_c_library_other_than_glibc_is_left_alone(monkeypatch, fresh_lookup):
    def no_such_name(name):
        raise ValueError("unrecognized configuration name")  # as on musl

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(os, "confstr", no_such_name)
    assert c_allocator._glibc() is None
    assert c_allocator.give_back_freed() is False


_FREED_ON_A_THREAD = """
import threading
from explorer import c_allocator

def rss():
    with open("/proc/self/status") as f:
        return int(f.read().split("VmRSS:")[1].split()[0]) * 1024

survivors = []

def churn():  # 128 MB in blocks of 16 KB (malloc's heap, under its mmap threshold), 3 of 4 freed:
    blocks = [bytearray(16 << 10) for _ in range(8192)]  # holes a trim of the top cannot reach
    survivors.extend(blocks[::4])
    del blocks

before = rss()
thread = threading.Thread(target=churn)
thread.start()
thread.join()
after_free = rss()
c_allocator.give_back_freed()
print(before, after_free, rss())
"""


@pytest.mark.skipif(not _on_glibc(), reason="glibc only")
def test_memory_freed_on_a_thread_leaves_the_process_when_given_back():
    """What the remedy relies on: glibc keeps a thread's freed blocks resident, and malloc_trim
    returns them (an upgrade of glibc that stopped either would show here)."""
    out = subprocess.run([sys.executable, "-c", _FREED_ON_A_THREAD], capture_output=True,
                         text=True, timeout=120, check=True).stdout
    before, after_free, after_trim = map(int, out.split())
    assert after_free - before > 120 << 20  # 96 MB freed among 32 MB alive: all still resident
    assert after_trim - before < 60 << 20  # the freed pages left once given back


def test_a_background_cache_write_gives_back_what_the_first_open_freed(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(c_allocator, "give_back_freed",
                        lambda: calls.append(threading.current_thread().name) or True)
    load_pack(default_pack_path())
    assert pack_cache.wait_for_writes(timeout=60)
    assert calls == ["pack-cache-write"]
    calls.clear()
    load_pack(default_pack_path())  # a reopen writes nothing, and gives nothing back
    assert pack_cache.wait_for_writes(timeout=60)
    assert calls == []
