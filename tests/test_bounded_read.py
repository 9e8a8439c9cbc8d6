"""Small files read whole (settings, briefings, transfers, export READMEs, launch requests) are read
one way: a FIFO in a file's place is refused without blocking, and a huge file is not read whole."""

from __future__ import annotations

import os

import pytest

from explorer.bounded_read import NotARegularFile, read_at_most
from explorer.export.table_writer import read_receipt_from_readme
from explorer.export.view_state import ViewError
from explorer.userdata.briefings import read_briefing_file
from explorer.userdata.settings import Settings
from explorer.userdata.transfer import UserDataError, read_user_data

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


def test_reads_at_most_one_byte_more_than_the_limit(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 10_000)
    assert read_at_most(path, 100) == b"x" * 101
    assert read_at_most(path, 20_000) == b"x" * 10_000


@fifo_only
def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path):
    fifo = tmp_path / "settings.toml"
    os.mkfifo(fifo)  # nobody ever writes to it: a blocking open would hang the test (timeout)
    with pytest.raises(NotARegularFile):
        read_at_most(fifo, 100)


@fifo_only
def test_every_small_file_reader_refuses_a_fifo(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_EXPLORER_HOME", str(tmp_path / "home"))
    for name in ("briefing.json", "transfer.json", "export.README.txt"):
        os.mkfifo(tmp_path / name)
    with pytest.raises(ViewError, match="not a regular file"):
        read_briefing_file(tmp_path / "briefing.json")
    with pytest.raises(UserDataError, match="not a regular file"):
        read_user_data(tmp_path / "transfer.json")
    with pytest.raises(ViewError, match="not a regular file"):
        read_receipt_from_readme(tmp_path / "export.README.txt")
    config = tmp_path / "home" / "config"
    config.mkdir(parents=True)
    os.mkfifo(config / "settings.toml")
    settings = Settings()  # the app still starts, on defaults, and says why
    assert settings.problem and "not a regular file" in settings.problem
