"""Set a PDF's document information (Title, Subject, Keywords, ...) by an incremental update.

Qt's PDF writer sets the title, author and creator but has no Subject or Keywords, which is where
PDF readers and file managers show what a file is about. Rather than rewrite the file, an
incremental update (PDF 32000-1, 7.5.6) appends a new Info dictionary and a trailer pointing at it:
every byte Qt wrote stays as it was. Qt-free.
"""

from __future__ import annotations

import re

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ROOT = re.compile(rb"/Root\s+(\d+\s+\d+\s+R)")


def _text(value: str) -> bytes:
    """A PDF text string that holds any Unicode: UTF-16BE with its byte-order mark, in hex."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def with_info(pdf: bytes, info: dict[str, str]) -> bytes:
    """``pdf`` with ``info`` (keys such as Title, Author, Subject, Keywords, Creator, Producer) as
    its document information. A file whose trailer cannot be read is returned unchanged."""
    end = _STARTXREF.search(pdf[-64:])
    trailer = None
    for match in _TRAILER.finditer(pdf):  # the last trailer is the one that counts
        trailer = match
    if end is None or trailer is None:
        return pdf
    size_m, root_m = _SIZE.search(trailer[1]), _ROOT.search(trailer[1])
    if size_m is None or root_m is None:
        return pdf
    prev, size = int(end[1]), int(size_m[1])
    entries = b"".join(b"/" + key.encode("ascii") + b" " + _text(value) + b"\n"
                       for key, value in info.items() if value)
    body = pdf if pdf.endswith(b"\n") else pdf + b"\n"
    obj_offset = len(body)
    obj = b"%d 0 obj\n<<\n" % size + entries + b">>\nendobj\n"
    xref_offset = obj_offset + len(obj)
    xref = b"xref\n%d 1\n%010d 00000 n \n" % (size, obj_offset)
    new_trailer = (b"trailer\n<< /Size %d /Root " % (size + 1) + root_m[1]
                   + b" /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, prev, xref_offset))
    return body + obj + xref + new_trailer
