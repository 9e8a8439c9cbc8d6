"""Benchmark harness: the application's real code paths against naive baselines, at three tiers.

Run ``python -m benchmarks [--tier S|M|L] [--quick] [--scenario NAME ...] [--out DIR]``; see
``docs/performance.md``. This package is kept light at import time: the start-up probe runs inside
it and must not slow the launch it measures.
"""
