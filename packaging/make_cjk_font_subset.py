"""Build resources/fonts/BriefingSansJP-{Regular,Bold}.otf: Noto Sans CJK JP cut down to the
characters a Japanese briefing uses (JIS X 0208: kana and the 6,355 common kanji), plus Latin,
Greek, Cyrillic, punctuation, arrows and math signs used in figures (≥ ≤ → ~ €).

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
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
           "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"}
FAMILY = "Briefing Sans JP"
DROPPED_FEATURES = {"locl", "liga", "clig", "dlig", "aalt"}


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
        print(f"{target}: {target.stat().st_size / 1e6:.1f} MB, {len(chars)} characters requested")


if __name__ == "__main__":
    sys.exit(main())
