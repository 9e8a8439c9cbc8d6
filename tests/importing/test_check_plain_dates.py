"""The check of an imported pack (and every load) reads a column's plain dates with numpy
(``pack_loader._plain_dates``): each date it reads must be exactly what ``PartialDate.parse`` makes
of the text, it must read every plain date the parser accepts, and the dates it leaves (impossible,
spaced, non-ASCII digits) must still be refused with the parser's own words."""

from __future__ import annotations

import random

import numpy as np
import pytest

from explorer.data.pack_loader import _PLAIN_DATES_FROM, _plain_dates, check_pack_files
from explorer.data.problems import PackInvalid
from explorer.domain.dates import PartialDate
from explorer.domain.errors import ValueProblem
from explorer.importing.pack_builder import pack_files

_EDGES = [
    "2000-02-29", "1900-02-29", "2004-02-29", "2100-02-29", "2001-02-29", "2001-02-28", "1600-02-29",
    "0999-01-01", "1000-01-01", "2200-12-31", "2201-01-01", "2019-00-10", "2019-13-01", "2019-04-31",
    "2019-04-30", "2019-01-00", "2019-01-32", "2019", "2019~", "2019?", "2019-07", "2019-07?",
    "2019-07~", "2019-00", "2019-13", "2019-07-04?", "2019-07-04~", "2019-07-04??", "2019-7-04",
    "2019-07-4", " 2019-07-04", "2019-07-04 ", "2019/07/04", "２０１９-07-04", "٢٠١٩-٠٧-٠٤",
    "2019-XX-XX", "2019-07-0a", "20190704", "2019-07-04-", "-2019-07", "1999-02", "abcd", "",
    "2019 ", "2019-06-31?", "2019-02-29~", "12345", "2019-07-04x",
]


def _random_texts(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        y = rng.choice([rng.randint(990, 2210), rng.randint(1000, 2200)])
        m, d = rng.randint(0, 13), rng.randint(0, 32)
        text = rng.choice([f"{y:04d}", f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}-{d:02d}"])
        out.append(text + rng.choice(["", "", "", "~", "?"]))
    return out


def _parse(text: str) -> PartialDate | None:
    try:
        return PartialDate.parse(text)
    except ValueProblem:
        return None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_plain_dates_are_the_parsers_dates_and_every_plain_one_is_read(seed):
    texts = list(dict.fromkeys(_EDGES + _random_texts(random.Random(seed), 3_000)))
    read = _plain_dates(np.array(texts, dtype=object))
    for text in texts:
        parsed = _parse(text)
        if text in read:
            assert read[text] == parsed, text
            assert type(read[text].month) is type(parsed.month) and type(read[text].day) is type(parsed.day)
        elif parsed is not None:  # only the parser's own extras are left to it: spaces, other digits
            assert text != text.strip() or not text.isascii(), text
    assert len(read) > 1_000


def _pack_with_dates(tmp_path, starts: list[str]) -> dict[str, bytes]:
    from benchmarks.scenarios.import_throughput import _HEADER, _mapping, _rows
    from explorer.importing.engine import run_import
    from explorer.importing.pack_builder import _descriptor, pack_meta
    from explorer.importing.source_table import read_table
    from tests.importing.fixtures import write_rows

    result = run_import(read_table(write_rows(tmp_path, "t.csv", [_HEADER, *_rows(2 * len(starts))])),
                        _mapping())
    del result.records[len(starts):]
    for rec, start in zip(result.records, starts, strict=True):
        rec["start"], rec["end"] = start, ""
    files = pack_files(result)
    files["datapackage.json"] = _descriptor(pack_meta(result), files)
    return files


def test_a_large_pack_with_impossible_dates_is_refused_naming_each_as_before(tmp_path):
    """Over ``_PLAIN_DATES_FROM`` distinct dates the numpy reading is used; the dates it leaves to
    the parser are reported with the parser's messages, at their rows."""
    good = [f"{1950 + k // 12}-{k % 12 + 1:02d}-{k % 28 + 1:02d}" for k in range(3 * _PLAIN_DATES_FROM)]
    bad = {5: "2019-02-29", 9: "1900-02-29", 40: "2019-04-31", 70: "0999-05-05", 90: " 2019-13-01"}
    starts = [bad.get(k, t) for k, t in enumerate(good)]
    with pytest.raises(PackInvalid) as caught:
        check_pack_files("pack", _pack_with_dates(tmp_path, starts))
    found = {(p.row, p.found): p.message for p in caught.value.problems if p.column == "start"}
    messages = {f: m for (_, f), m in found.items()}
    assert messages["2019-02-29"] == "impossible date: Feb 2019 has 28 days"
    assert messages["1900-02-29"] == "impossible date: Feb 1900 has 28 days"
    assert messages["2019-04-31"] == "impossible date: Apr 2019 has 30 days"
    assert messages["0999-05-05"] == "year outside 1000-2200"
    assert messages["2019-13-01"] == "impossible date: no month 13"  # (spaces stripped first)
    assert len(found) == len(bad)
    assert sorted(r for r, _ in found) == sorted(k + 2 for k in bad)
