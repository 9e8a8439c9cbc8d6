"""``python -m benchmarks [--tier XS|S|M|L] [--quick] [--cold] [--scenario NAME ...] [--out DIR]``;
``python -m benchmarks.scaling`` for the growth per 10× data."""

from __future__ import annotations

import sys

from benchmarks.runner import main

if __name__ == "__main__":
    sys.exit(main())
