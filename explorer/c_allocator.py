"""What the C library's allocator keeps, tuned where it is glibc (Linux); elsewhere nothing is done.

glibc's malloc keeps freed memory resident for the process's next allocations, in the arena of the
thread that freed it: a tier-L first open frees tens of megabytes on the pack loader's worker and
on the cache write's thread that the window's thread, allocating from its own arena, never reuses.
Both calls here are glibc's own (``mallopt``, ``malloc_trim``), made through ctypes, which loads
only when they are first used, after the window's first paint (launch-13 took it off that path).
Windows, macOS and other C libraries keep their defaults (docs/dependencies.md, hazard 21).
"""

from __future__ import annotations

import functools
import os
import sys
from typing import Any

M_MMAP_THRESHOLD = -3  # glibc's malloc.h


@functools.cache
def _glibc() -> Any:
    """The process's C library through ctypes where it is glibc, else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):  # "glibc 2.36"; musl has no such name
            return None
        import ctypes

        libc = ctypes.CDLL(None)  # the symbols already loaded: glibc's, in a frozen app too
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        return libc
    except (ValueError, OSError, AttributeError, ImportError):
        return None


def keep_large_blocks_mapped() -> bool:
    """glibc raises its mmap threshold each time a large block is freed (up to 32 MB); after that
    the pack's large temporaries come from the heap, which is not given back to the system. Fixing
    the threshold at 1 MB keeps them mapped and returned when freed: measured at tier L, the app's
    peak fell by about 50-85 MB (docs/performance.md). True if set."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(M_MMAP_THRESHOLD, 1 << 20))


def give_back_freed() -> bool:
    """Every arena's free pages returned to the system (``malloc_trim(0)``: 1-8 ms at tier L,
    the GIL released meanwhile). Called off the window's thread, after a large pack's cache entry
    is written: ~7 MB less at the peak of a tier-L first open (docs/performance-log.md,
    "memory-2"). True if glibc was asked."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
