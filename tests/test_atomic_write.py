"""Outputs go to regular files only, atomically, and never over an input (issue 15, item 8)."""

from __future__ import annotations

import os
import re

import pytest

from explorer.atomic_write import OutputRefused, check_output_path, write_atomic


def test_a_fifo_a_folder_and_a_device_are_never_replaced(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for target, kind in ((fifo, "a pipe (FIFO)"), (tmp_path, "a folder")):
        with pytest.raises(OutputRefused, match=re.escape(f"is {kind}; outputs are written to regular files only")):
            write_atomic(target, b"data")
    assert fifo.is_fifo() and tmp_path.is_dir()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    if os.path.exists("/dev/null"):
        with pytest.raises(OutputRefused, match="is a device"):
            check_output_path("/dev/null")


def test_a_symlink_to_a_device_is_refused_and_one_to_a_file_replaced_by_a_file(tmp_path):
    link = tmp_path / "link"
    link.symlink_to("/dev/null")
    with pytest.raises(OutputRefused, match="is a device"):
        write_atomic(link, b"x")
    (tmp_path / "real.txt").write_text("old")
    link2 = tmp_path / "link2"
    link2.symlink_to(tmp_path / "real.txt")
    write_atomic(link2, b"new")
    assert link2.read_bytes() == b"new" and (tmp_path / "real.txt").read_text() == "old"


def test_an_input_is_recognised_under_another_name(tmp_path):
    source = tmp_path / "data.csv"
    source.write_text("a\n")
    (tmp_path / "sub").mkdir()
    with pytest.raises(OutputRefused, match="is an input of this command"):
        check_output_path(tmp_path / "sub" / ".." / "data.csv", inputs=[source])
    (tmp_path / "hard.csv").hardlink_to(source)
    with pytest.raises(OutputRefused):
        check_output_path(tmp_path / "hard.csv", inputs=[source])
    check_output_path(tmp_path / "new.csv", inputs=[source])  # a new file is fine
