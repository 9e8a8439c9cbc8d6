"""The field counts behind ragged-row reports: the numpy byte scan gives exactly what the stdlib csv
reader gives, or steps aside (None) so the reader finds and words the error."""

from __future__ import annotations

import csv
import random

import numpy as np
import pytest

from explorer.data import csv_table
from explorer.data.csv_table import _field_counts, _stdlib_field_counts, parse_table
from explorer.data.problems import ProblemLog

PIECES = ["a", "é", "日本", ",", ",", '"', '""', "\n", "\r\n", "\r", " ", "x,y", '"q,r"', "\n\n"]


def _check(data: bytes) -> np.ndarray | None:
    fast = _field_counts(data)
    try:
        slow = _stdlib_field_counts(data)
    except csv.Error:
        assert fast is None, data  # a file the reader refuses is never counted by the scan
        return None
    if fast is not None:
        assert fast.tolist() == slow.tolist(), data
    return fast


def test_random_texts_count_as_the_csv_reader_counts_or_are_left_to_it():
    rng = random.Random(16)
    counted = 0
    for _ in range(6000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
        prefix = "\ufeff" if rng.random() < 0.1 else ""
        counted += _check((prefix + text).encode("utf-8")) is not None
    assert counted > 1500  # the scan handles most well-formed texts itself


@pytest.mark.parametrize("text, counts", [
    ("id,name\n1,a\n", [2, 2]),
    ("id,name\r\n1,a\r\n\r\n2,b", [2, 2, 0, 2]),
    ('id,title\n1,"Kyoto, Japan"\n2,"say ""hi"""\n', [2, 2, 2]),
    ('id,title\n1,"two\nlines, one cell"\n', [2, 2]),
    ("\ufeffid,name\n1\n1,2,3\n", [2, 1, 3]),
    ('id,title\n1,""\n', [2, 2]),
])
def test_well_formed_files_are_counted_by_the_scan(text, counts):
    assert _check(text.encode("utf-8")).tolist() == counts


@pytest.mark.parametrize("text", [
    'id,title\n1,"never closed\n',
    'id,title\n1,"closed" then text\n',
    'id,title\n1,a"b\n',
    "id,title\r1,a\r",
    'id,title\n1, "spaced"\n',
])
def test_anything_unusual_is_left_to_the_csv_reader(text):
    assert _field_counts(text.encode("utf-8")) is None


def test_a_cell_over_the_csv_field_limit_is_still_reported_with_its_row():
    data = ("id,title\n1,a\n2," + "x" * (csv.field_size_limit() + 5) + "\n").encode()
    log = ProblemLog(10)
    assert parse_table("events.csv", data, log) is None
    assert _field_counts(data) is None
    assert any(p.row == 3 and "longer than" in p.message for p in log.problems())


def test_files_larger_than_one_scan_block_count_across_the_blocks(monkeypatch):
    monkeypatch.setattr(csv_table, "_SCAN_BLOCK", 7)
    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 20)))
        _check(text.encode("utf-8"))
