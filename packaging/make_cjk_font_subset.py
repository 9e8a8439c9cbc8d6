"""Build resources/fonts/BriefingSansJP-{Regular,Bold}.otf: Noto Sans CJK JP cut down to the
characters a Japanese briefing uses (JIS X 0208: kana and the 6,355 common kanji), plus Latin,
Greek, Cyrillic, punctuation, arrows and math signs used in figures (≥ ≤ → ~ €).

Every glyph is reached from one code point only (``unshare_glyphs``), so PDF text reads back as
written: see ``OWN_GLYPH`` and ``DROPPED`` below.

Why a subset: the full font is 19 MB per weight; this keeps exports identical on every laptop for
about a fifth of that. Source: Debian package fonts-noto-cjk (SIL Open Font License 1.1; the licence
is copied beside the fonts). Renamed as the OFL requires for modified versions.

Run (needs fonttools, not a runtime dependency):
    apt-get install fonts-noto-cjk && pip install fonttools==4.68.0
    python packaging/make_cjk_font_subset.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.misc.psCharStrings import T2CharString
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
           "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"}
FAMILY = "Briefing Sans JP"
DROPPED_FEATURES = {"locl", "liga", "clig", "dlig", "aalt"}

# One glyph, one code point. Noto's character map sends several code points to one glyph (U+2012
# and U+2013 share a dash, U+30FB and U+2027 a dot), but Qt's PDF writer maps each glyph back to a
# single code point, the lowest that reaches it (QFontSubset::getReverseMap), so exported text read
# back wrong: every en dash as a figure dash ("EU‒Japan"), "・" as "‧", "／" as "∕", "～" as "〜",
# a non-breaking hyphen as "-", which breaks search and copy. Qt also draws a tab with the space
# glyph when the font has none, so every space read back as a tab. For each shared glyph the code
# point briefing text uses keeps it; the others either get a copy of the glyph of their own
# (characters briefings do contain: they still render, and read back as written; a copy takes no
# part in kerning or vertical forms, which exports do not use for these characters) ...
OWN_GLYPH = {  # code point: the code point whose glyph it copies
    0x0009: 0x0020,  # tab: so that the space glyph is U+0020's alone (Qt draws tabs with it)
    0x00A0: 0x0020,  # no-break space (shared with the space)
    0x00AD: 0x002D,  # soft hyphen, drawn at a line break (shared with the hyphen-minus)
    0x2011: 0x002D,  # non-breaking hyphen, "2019‑2025" (shared with the hyphen-minus)
    0x2003: 0x3000,  # em space (shared with the ideographic space)
    0xFF5E: 0x301C,  # fullwidth tilde, what Windows (CP932) types for 〜 (shared with the wave dash)
}
# ... or leave the character map: technical signs no briefing text uses, whose glyph stays
# reachable from the character kept. Text containing one is drawn from another installed font
# (fontconfig's fallback), or as a missing-glyph box where no installed font has it.
DROPPED = {  # code point: the code point that keeps the glyph
    0x2012: 0x2013,  # figure dash; the en dash keeps the glyph
    0x2027: 0x30FB,  # hyphenation point; the katakana middle dot (・) keeps it
    0x2035: 0xFF40,  # reversed prime; the fullwidth grave accent keeps it
    0x2215: 0xFF0F,  # division slash; the fullwidth solidus (／) keeps it
    0x22EF: 0x2026,  # midline horizontal ellipsis; the ellipsis (…) keeps it
}


def characters() -> set[int]:
    chars: set[int] = set(range(0x20, 0x7F)) | set(range(0xA0, 0x250))  # Latin
    chars |= set(range(0x370, 0x400)) | set(range(0x400, 0x460))  # Greek, Cyrillic
    chars |= set(range(0x2000, 0x2070)) | set(range(0x2190, 0x2200)) | set(range(0x2200, 0x2300))
    chars |= {0x20AC, 0x00A5, 0x2116, 0x2122, 0x25A0, 0x25B2, 0x25BC, 0x25CF, 0x26A0}
    chars |= set(range(0x3000, 0x3100))  # CJK punctuation, hiragana, katakana
    chars |= set(range(0xFF00, 0xFFF0))  # full- and half-width forms
    for b1 in range(0x81, 0xF0):  # every JIS X 0208 character (via Shift_JIS)
        for b2 in range(0x40, 0xFD):
            try:
                chars.update(map(ord, bytes([b1, b2]).decode("shift_jis")))
            except UnicodeDecodeError:
                pass
    return chars


def unshare_glyphs(font) -> None:
    """Apply ``OWN_GLYPH`` and ``DROPPED`` to a subset CID-keyed CFF font; fail if a glyph is shared."""
    cmaps = [t for t in font["cmap"].tables if t.isUnicode()]
    best = font.getBestCmap()
    for cp, keeper in DROPPED.items():
        if best.get(cp) != best.get(keeper):
            raise SystemExit(f"U+{cp:04X} no longer shares U+{keeper:04X}'s glyph: revisit DROPPED")
        for table in cmaps:
            table.cmap.pop(cp, None)
    top = font["CFF "].cff.topDictIndex[0]
    charstrings = top.CharStrings
    used = {int(name[3:]) for name in top.charset[1:]}
    next_cid = max(used) + 1
    for cp, source_cp in OWN_GLYPH.items():
        source = best[source_cp]
        if cp in best and best[cp] != source:
            raise SystemExit(f"U+{cp:04X} has a glyph of its own now: revisit OWN_GLYPH")
        name = f"cid{next_cid:05d}"
        next_cid += 1
        original, fd = charstrings.getItemAndSelector(source)
        original.decompile()
        copy = T2CharString(program=list(original.program), private=original.private,
                            globalSubrs=original.globalSubrs)
        charstrings.charStringsIndex.items.append(copy)
        charstrings.charStrings[name] = len(charstrings.charStringsIndex.items) - 1
        top.FDSelect.append(fd)
        top.charset.append(name)
        top.numGlyphs = len(top.charset)
        for table in ("hmtx", "vmtx"):
            if table in font:
                font[table].metrics[name] = font[table].metrics[source]
        if "VORG" in font and source in font["VORG"].VOriginRecords:
            font["VORG"].VOriginRecords[name] = font["VORG"].VOriginRecords[source]
        for table in cmaps:
            table.cmap[cp] = name
    font.setGlyphOrder(list(top.charset))
    glyphs: dict[str, list[int]] = {}
    for cp, name in font.getBestCmap().items():
        glyphs.setdefault(name, []).append(cp)
    shared = {g: cps for g, cps in glyphs.items() if len(cps) > 1}
    if shared:
        raise SystemExit("glyphs still shared: " + "; ".join(
            " ".join(f"U+{cp:04X}" for cp in cps) for cps in shared.values()))


def japanese_face(ttc_path: str):
    for font in TTCollection(ttc_path).fonts:
        if "JP" in font["name"].getDebugName(1):
            return font
    raise SystemExit(f"{ttc_path}: no JP face")


def main() -> None:
    out_dir = ROOT / "resources" / "fonts"
    out_dir.mkdir(parents=True, exist_ok=True)
    chars = characters()
    for weight, path in SOURCES.items():
        font = japanese_face(path)
        # Every layout feature except those that swap in glyphs missing from the character map:
        # PDF text layers map such glyphs back to the wrong text ("2024" read as "313" through
        # 'locl'; "Office" as "OBce" through 'liga'), breaking search and copy in exports.
        options = subset.Options()
        options.parse_opts(["--name-IDs=*", "--notdef-outline"])
        kept = {r.FeatureTag for t in ("GSUB", "GPOS") if t in font
                for r in font[t].table.FeatureList.FeatureRecord}
        options.layout_features = sorted(kept - DROPPED_FEATURES)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(chars))
        subsetter.subset(font)
        unshare_glyphs(font)
        name = font["name"]
        for rec in list(name.names):
            if rec.nameID in (1, 16):
                rec.string = FAMILY
            elif rec.nameID in (4,):
                rec.string = f"{FAMILY} {weight}"
            elif rec.nameID == 6:
                rec.string = f"BriefingSansJP-{weight}"
        target = out_dir / f"BriefingSansJP-{weight}.otf"
        font.save(target)
        print(f"{target}: {target.stat().st_size / 1e6:.1f} MB, {len(chars)} characters requested, "
              f"{len(font.getBestCmap())} mapped, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    sys.exit(main())
