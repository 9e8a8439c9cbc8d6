"""Building a block of rows column by column: ``_RowBuilder`` is the record builder plus
``build_columns`` (same records, refusals and notes as row by row). (Moved out of engine.py.)
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import itemgetter, not_
from typing import Any

from explorer.importing.record_builder import (
    _LAST_DAY_PAD,
    _T_DATE,
    _quick_date_text,
    _RecordBuilder,
)
from explorer.importing.results import (
    RowIssue,
    _detached,
    _Reject,
)
from explorer.importing.slugs import (
    _CONTROL,
    _slugify_many,
)


class _RowBuilder(_RecordBuilder):
    """The record builder, plus a block of rows built column by column (``build_columns``)."""

    # -- column by column: a block of rows at once ----------------------------------------------------
    # The same records, refusals and notes as ``build_fast`` row by row (the tests compare both), with
    # the per-row Python replaced by a pass per field over the block's column: each field's entries
    # are looked up for the whole column at once, fields that create records are read in row order
    # over the rows still standing (those no earlier field refused), and the records of the rows that
    # need nothing more (most) are put together from the columns. A row with a refusal, a note, an
    # empty required field, a control character or an end before its start is built by
    # ``_build_simple``, from the entries already cached (so it creates nothing a second time).
    def build_columns(self, rows: list[list[str]], rownos: list[int], constants: dict[str, object]
                      ) -> tuple[list[dict[str, str] | _Reject | None], dict[int, list[RowIssue]]]:
        """Outcomes of a block of rows (None for a row whose cell count differs from the header's:
        the caller reports it) and the notes of each row that has any, by position in the block."""
        width = len(self.table.header)
        outcomes: list[dict[str, str] | _Reject | None] = [None] * len(rows)
        notes_of: dict[int, list[RowIssue]] = {}
        good: Sequence[int] = (range(len(rows)) if set(map(len, rows)) == {width}  # (most blocks)
                               else [r for r, cells in enumerate(rows) if len(cells) == width])
        if not good:
            return outcomes, notes_of
        grows = rows if len(good) == len(rows) else [rows[r] for r in good]
        grownos = rownos if len(good) == len(rows) else [rownos[r] for r in good]
        if self._static is None:
            self._init_static(grows[0], constants)
        m = len(grows)
        decided: dict[int, _Reject] = {}  # rows refused, with nothing else to report
        if not self._simple:  # a required constant left empty: every row refused, row by row
            clean = [False] * m
        else:
            clean, cols, first_empty = self._column_pass(grows, constants, decided)
            sel = list(compress(range(m), clean))
            if sel:
                self._column_records(sel, grownos, cols, clean, outcomes, good, decided)
            for r, (pos, entry) in first_empty.items():  # a required field left empty
                p = self.plans[pos]
                if entry is None:  # a plain text field
                    decided[r] = self._empty_refusal(p, grows[r], {}, p.col.name)
                else:  # depends on the field's cells only: made once per entry
                    refusal = self._empty_refusals.get(id(entry))
                    if refusal is None:
                        refusal = self._empty_refusals[id(entry)] = self._empty_refusal(
                            p, grows[r], {}, p.col.name)
                    decided[r] = refusal
        for r, refusal in decided.items():
            outcomes[good[r]] = refusal
        for r in compress(range(m), map(not_, clean)):
            if r not in decided:
                notes: list[RowIssue] = []
                out = self.build_fast(grows[r], grownos[r], constants, notes)
                outcomes[good[r]] = _detached(out) if isinstance(out, _Reject) else out
                if notes:
                    notes_of[good[r]] = notes
        return outcomes, notes_of

    def _column_pass(self, grows: list[list[str]], constants: dict[str, object], decided: dict[int, _Reject]
                     ) -> tuple[list[bool], dict[str, list[str]], dict[int, tuple[int, Any]]]:
        """Read every field of the block, column by column in plan order. Returns which rows are
        clean (nothing to report, nothing refused), each field's pack texts by row (for the clean
        ones) and, for rows whose only trouble is a required field left empty, the first such field
        in plan order (and its entry); fills ``decided`` with the rows a field refused (and nothing
        before it noted). Rows in none of these need ``_build_simple``."""
        m = len(grows)
        alive = [True] * m  # no field so far refused the row
        clean = [True] * m
        noted: set[int] = set()  # a field carries notes: the row path reports them
        first_empty: dict[int, tuple[int, Any]] = {}
        cols: dict[str, list[str]] = {}
        created = self.ctx.created
        tail = len(created)
        tags: list[tuple[int, int]] = []  # (row, field) of each record created in this block
        for pos, name, i, idx, cache, p in self._read_steps:
            keys: list[Any] = (list(map(itemgetter(i), grows)) if idx is None
                               else [tuple([c[j] for j in idx]) for c in grows])
            ok = self._ok[pos]
            text_of = self._text_of[pos]
            req = self._required[pos]
            if pos in self._creating:  # in row order, over the rows this field is read in
                new = set(keys).difference(cache)  # (most blocks: none, the few parties all known)
                for r in compress(range(m), map(new.__contains__, keys)) if new else ():
                    if alive[r]:
                        k = keys[r]
                        if k not in cache:
                            before = len(created)
                            e = cache[k] = self._simple_entry(pos, p, grows[r], constants)
                            ok[k] = e[0] is None and not e[1] and not e[5] and (bool(e[4]) or not req)
                            text_of[k] = e[4]
                            tags.extend([(r, pos)] * (len(created) - before))
            else:  # reading it creates nothing: once per distinct cell text, in any order
                todo = [(k, cells) for k, cells in dict(zip(keys, grows)).items() if k not in cache]
                plain = self._plain_dates.get(pos)
                for k, cells in todo:
                    if plain is not None:  # a lone date column: most of its dates are plain ISO dates
                        t = k.strip()
                        if t not in plain and (text := _quick_date_text(t)) is not None:
                            cache[k] = (None, (), None, _T_DATE, text, ())  # what _simple_entry makes of it
                            ok[k] = True
                            text_of[k] = text
                            continue
                    e = cache[k] = self._simple_entry(pos, p, cells, constants)
                    ok[k] = e[0] is None and not e[1] and not e[5] and (bool(e[4]) or not req)
                    text_of[k] = e[4]
            flags = list(map(ok.get, keys))
            if not all(flags):
                for r in compress(range(m), map(not_, flags)):
                    if not alive[r]:  # refused by an earlier field: nothing later counts
                        continue
                    e = cache[keys[r]]
                    clean[r] = False
                    if e[1] or e[5]:
                        noted.add(r)
                    if e[0] is not None:  # the read refuses the row: the first refusal wins
                        alive[r] = False
                        if r not in noted:
                            decided[r] = e[0]
                    elif not e[4] and req and r not in first_empty:
                        first_empty[r] = (pos, e)
            cols[name] = list(map(text_of.get, keys))  # type: ignore[arg-type]  # (None: a row not clean, never used)
        if len({t[1] for t in tags}) > 1:  # two resources created in this block: back to row order
            order = sorted(range(len(tags)), key=tags.__getitem__)
            created[tail:] = [created[tail + j] for j in order]
        for pos, name, i, blank, _p in self._text_steps:
            col = list(map(str.strip, map(itemgetter(i), grows)))
            if not blank.isdisjoint(col):
                col = ["" if t in blank else t for t in col]
            if self._required[pos] and not all(col):
                for r, t in enumerate(col):
                    if not t and alive[r]:
                        clean[r] = False
                        if r not in first_empty or first_empty[r][0] > pos:
                            first_empty[r] = (pos, None)
            cols[name] = col
        for r in noted:
            first_empty.pop(r, None)
        for r in [r for r in first_empty if not alive[r]]:
            del first_empty[r]
        return clean, cols, first_empty

    def _column_records(self, sel: list[int], grownos: list[int], cols: dict[str, list[str]],
                        clean: list[bool], outcomes: list[dict[str, str] | _Reject | None],
                        good: Sequence[int], decided: dict[int, _Reject]) -> None:
        """The records of the clean rows ``sel`` from the columns. A row refused by the cross-checks
        (an event ending before it starts) goes to ``decided``; a row with a control character is
        marked not clean (the row path removes it and notes it)."""
        everyone = len(sel) == len(clean)
        columns: dict[str, Any] = {}
        for name, value in self._rec_template.items():
            col = cols.get(name)
            if col is None:
                columns[name] = value  # a constant's text, or "" for a field left out
            else:
                columns[name] = col if everyone else list(map(col.__getitem__, sel))
        rownos = grownos if everyone else list(map(grownos.__getitem__, sel))
        n = len(sel)
        keep = [True] * n
        # control characters: rare, so whole columns are searched at once
        if _CONTROL.search("".join(v for v in columns.values() if isinstance(v, str))):
            keep = [False] * n
        else:
            for col in columns.values():
                if isinstance(col, list) and _CONTROL.search("".join(col)):
                    for r, v in enumerate(col):
                        if _CONTROL.search(v):
                            keep[r] = False
        filled = {name: (col if isinstance(col, list) else repeat(col, n)) for name, col in columns.items()}
        refused: dict[int, _Reject] = {}
        if self.kind == "events":  # _defaults of an event, over the columns
            ids = filled["id"]
            if isinstance(columns["id"], list) or not columns["id"]:
                titles = columns["title"] if isinstance(columns["title"], list) else [columns["title"]] * n
                slugs = _slugify_many(titles)
                filled["id"] = (slugs if not columns["id"] and all(slugs)  # (ids from the titles: most files)
                                else [i or s or f"row-{rn}" for i, s, rn in zip(ids, slugs, rownos)])
            if isinstance(columns["summary"], list) or not columns["summary"]:
                file_name = self.ctx.file_name
                filled["summary"] = ([f"Imported from {file_name}, row {rn}." for rn in rownos]
                                     if not columns["summary"] else  # (no summary column: most files)
                                     [s or f"Imported from {file_name}, row {rn}."
                                      for s, rn in zip(filled["summary"], rownos)])
            src = next(iter(self.ctx.sources))  # the imported file is always the first source
            filled["source_ids"] = [c + ";" + src if c and c != src else src for c in filled["source_ids"]]
            records = _records(filled, columns, n)
            ends = filled["end"]
            if isinstance(ends, list):  # _cross_checks of an event: an end before its start
                starts = filled["start"]
                starts = starts if isinstance(starts, list) else [columns["start"]] * n
                spans = self._day_span
                span = self._span
                last = _LAST_DAY_PAD
                for r in [r for r, e in enumerate(ends) if e]:
                    s0, e0 = s, e = starts[r], ends[r]
                    if e[-1] in "?~":  # a mark (2001?, 2001~) changes no day: the date without it
                        e = e[:-1]
                    if s[-1:] in "?~":
                        s = s[:-1]
                    if len(e) in last and len(s) in last and e[-1].isdigit() and s[-1].isdigit():
                        # plain ISO dates: the end's last day ("2001" -> "2001-12-31") sorts before the
                        # start's text exactly when it is before its first day
                        before = e + last[len(e)] < s
                    else:  # (any other text: its span)
                        before = (spans.get(e0) or span(e0))[1] < (spans.get(s0) or span(s0))[0]
                    if before and keep[r]:
                        refused[r] = self._ends_before_start(records[r])
            elif columns["end"]:  # (a constant end: every row checked as the row path does)
                for r, rec in enumerate(records):
                    if keep[r]:
                        try:
                            self._cross_checks(rec, rownos[r])
                        except _Reject as x:
                            refused[r] = _detached(x)
        else:
            records = _records(filled, columns, n)
            for r, (rec, rowno) in enumerate(zip(records, rownos)):
                if keep[r]:
                    try:
                        self._defaults(rec, rowno, fill=False)
                        self._cross_checks(rec, rowno)
                    except _Reject as x:
                        refused[r] = _detached(x)
        if all(keep):  # (most blocks) each record in its row's place; build_columns then gives those
            if everyone and len(good) == len(outcomes):  # refused here their refusal
                outcomes[:] = records
            else:
                for r, rec in zip(sel, records):
                    outcomes[good[r]] = rec
        else:
            for j, (r, rec, k) in enumerate(zip(sel, records, keep)):
                if not k:
                    clean[r] = False
                elif j not in refused:  # (refused: indexes into sel)
                    outcomes[good[r]] = rec
        for j, refusal in refused.items():
            clean[sel[j]] = False
            decided[sel[j]] = refusal


def _records(filled: dict[str, Any], constants: dict[str, Any], n: int) -> list[dict[str, str]]:
    """The ``n`` records of a block from its columns: ``filled`` maps each field to its texts by row
    (a list) or to a constant (an iterator repeating ``constants[name]``), in record order. Each
    record is a copy of one template already holding the constants, its other fields set column by
    column: twice as fast as a dict built from each row's pairs (the copies are made at their full
    size, so no insert grows a table)."""
    template = {name: "" if isinstance(col, list) else constants[name] for name, col in filled.items()}
    copy = template.copy
    records = [copy() for _ in range(n)]
    for name, col in filled.items():
        if isinstance(col, list):
            for rec, text in zip(records, col):
                rec[name] = text
    return records
