"""A minimal TOML 1.0 writer for the settings file (reading is the stdlib's ``tomllib``).

Why not a library: settings hold only text, whole numbers, floats, booleans, dates, lists and
tables, and every value this writes is checked by a property test to read back equal through
``tomllib``. That is a few dozen lines against a new pinned, hashed dependency on every platform.
(``tomli_w.dumps`` is a drop-in replacement if one is ever wanted.)

Top-level tables become ``[sections]``; anything nested deeper is written inline (``{ a = 1 }``),
which TOML allows at any depth. ``None`` has no TOML form: callers drop it first
(``settings.normalized``); here it is a ``TypeError`` like any other unwritable value.
"""

from __future__ import annotations

import datetime as _dt
import math
import re

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_MAX_INT = 2**63  # TOML integers are 64-bit


def _string(s: str) -> str:
    out = []
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _key(k: str) -> str:
    if not isinstance(k, str):
        raise TypeError(f"TOML keys are text, not {type(k).__name__}")
    return k if _BARE_KEY.fullmatch(k) else _string(k)


def value(v: object) -> str:
    """One TOML value, on one line."""
    if isinstance(v, bool):  # before int: bool is an int subclass
        return "true" if v else "false"
    if isinstance(v, int):
        if not -_MAX_INT <= v < _MAX_INT:
            raise ValueError(f"{v} does not fit a TOML integer (64 bits)")
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        text = repr(v)  # shortest text that reads back as the same float; always has . or e
        return text
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, _dt.datetime):
        return v.isoformat()
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, _dt.time):
        if v.tzinfo is not None:
            raise ValueError("TOML local times cannot carry a time zone")
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(value(x) for x in v) + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {value(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"{type(v).__name__} cannot be written as TOML")


def dumps(data: dict, header: str = "") -> str:
    """A TOML document for ``data`` (keys in the order given). ``header``: comment lines on top."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    tables = []
    for k, v in data.items():
        if isinstance(v, dict):
            tables.append((k, v))
        else:
            lines.append(f"{_key(k)} = {value(v)}")
    for k, table in tables:
        lines.append("")
        lines.append(f"[{_key(k)}]")
        lines.extend(f"{_key(sub)} = {value(x)}" for sub, x in table.items())
    return "\n".join(lines) + "\n"
