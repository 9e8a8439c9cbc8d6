"""What the data's codes are called, in English and Japanese: the one vocabulary every view and export
uses for event kinds, statuses, life-cycle stages, built-in domains, actor kinds, measures, months
and dates.

A *label language* says how data is labelled: ``"en"``, ``"ja"`` or ``"both"``. It is independent of
the interface language (a Japanese official may want English labels on a slide for a European
counterpart). ``pick`` chooses between a record's English and Japanese text; a missing Japanese
text falls back to the English one, never to an empty label.

Pure: no pandas, no Qt, no I/O.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

LabelLanguage = Literal["en", "ja", "both"]
LABEL_LANGUAGES: tuple[str, ...] = ("en", "ja", "both")
BOTH_SEPARATOR = " / "

EVENT_KIND = {
    "agreement": ("Agreement", "協定"),
    "summit": ("Summit", "首脳会談"),
    "policy": ("Policy", "政策"),
    "statement": ("Statement", "声明"),
    "election": ("Election", "選挙"),
    "crisis": ("Crisis", "危機"),
    "negotiation": ("Negotiation", "交渉"),
    "other": ("Other", "その他"),
}
EVENT_STATUS = {
    "announced": ("Announced", "発表済み"),
    "proposed": ("Proposed", "提案中"),
    "negotiating": ("Negotiating", "交渉中"),
    "signed": ("Signed", "署名済み"),
    "provisional": ("Provisionally applied", "暫定適用中"),
    "in_force": ("In force", "発効済み"),
    "non_binding": ("Non-binding", "法的拘束力なし"),
    "draft": ("Draft", "案"),
    "expired": ("Expired", "失効"),
    "suspended": ("Suspended", "停止中"),
}
MILESTONE_STAGE = {
    "announced": ("Announced", "発表"),
    "negotiation_opened": ("Negotiations opened", "交渉開始"),
    "signed": ("Signed", "署名"),
    "provisional_application": ("Provisionally applied", "暫定適用"),
    "ratified": ("Ratified", "批准"),
    "entry_into_force": ("Entered into force", "発効"),
    "first_meeting": ("First meeting", "初会合"),
    "review": ("Review", "見直し"),
    "suspended": ("Suspended", "停止"),
    "terminated": ("Terminated", "終了"),
}
DOMAIN = {
    "trade": ("Trade", "貿易"),
    "investment": ("Investment", "投資"),
    "defence": ("Defence", "防衛"),
    "critical_minerals": ("Critical minerals", "重要鉱物"),
    "energy": ("Energy", "エネルギー"),
    "digital": ("Digital", "デジタル"),
    "economic_security": ("Economic security", "経済安全保障"),
    "diplomacy": ("Diplomacy", "外交"),
    "finance": ("Finance", "金融"),
    "technology": ("Technology", "技術"),
}
ACTOR_KIND = {
    "state": ("State", "国家"),
    "bloc": ("Bloc", "国家連合"),
    "organisation": ("Organisation", "国際機関"),
    "company": ("Company", "企業"),
    "person": ("Person", "人物"),
}
MEASURE = {
    "flow": ("Flow", "フロー"),
    "stock": ("Stock", "残高"),
    "share": ("Share", "シェア"),
    "rate": ("Rate", "率"),
    "price": ("Price", "価格"),
    "budget": ("Budget", "予算"),
    "pledge": ("Pledge", "拠出表明"),
    "count": ("Count", "件数"),
    "other": ("Other", "その他"),
}
MONTH_ABBR_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Japanese eras since Meiji's calendar reform, newest first: (first day, name).
_ERAS = ((_dt.date(2019, 5, 1), "令和"), (_dt.date(1989, 1, 8), "平成"),
         (_dt.date(1926, 12, 25), "昭和"), (_dt.date(1912, 7, 30), "大正"),
         (_dt.date(1873, 1, 1), "明治"))


def checked_language(value: object, default: LabelLanguage = "en") -> LabelLanguage:
    """``value`` if it is a label language, else ``default`` (a settings file may hold anything)."""
    return value if value in LABEL_LANGUAGES else default  # type: ignore[return-value]


def pick(en: str, ja: str | None, lang: str) -> str:
    """A record's text in the label language: the Japanese if asked and present, else the English;
    both as ``English / 日本語`` (one of them alone when they are the same or one is missing)."""
    en = en or ""
    ja = (ja or "").strip()
    if lang == "ja":
        return ja or en
    if lang == "both" and ja and ja != en:
        return f"{en}{BOTH_SEPARATOR}{ja}" if en else ja
    return en


def _from(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    pair = table.get(code)
    if pair is None:  # a code this release does not know: its words, never an empty label
        return (code or "").replace("_", " ").capitalize()
    return pick(pair[0], pair[1], lang)


def event_kind_label(code: str, lang: str = "en") -> str:
    return _from(EVENT_KIND, code, lang)


def status_label(code: str, lang: str = "en") -> str:
    return _from(EVENT_STATUS, code, lang)


def stage_label(code: str, lang: str = "en") -> str:
    return _from(MILESTONE_STAGE, code, lang)


def builtin_domain_label(code: str, lang: str = "en") -> str:
    """A built-in domain's label (a pack's own domains are labelled by ``Pack.domain_label``)."""
    return _from(DOMAIN, code, lang)


def actor_kind_label(code: str, lang: str = "en") -> str:
    return _from(ACTOR_KIND, code, lang)


def measure_label(code: str, lang: str = "en") -> str:
    return _from(MEASURE, code, lang)


def japanese_era(d: _dt.date) -> str:
    """``令和元年5月1日`` style era year for a date (``""`` before Meiji 6, when Japan adopted the
    Gregorian calendar)."""
    for first, name in _ERAS:
        if d >= first:
            year = d.year - first.year + 1
            return f"{name}{'元' if year == 1 else year}年"
    return ""


def format_date(year: int, month: int | None = None, day: int | None = None, lang: str = "en",
                *, era: bool = False) -> str:
    """A date at its precision: ``1 Feb 2019`` / ``2019年2月1日`` (``both`` reads as English: a date
    needs no second spelling and both readers read that one). ``era`` adds the Japanese era:
    ``2019年（令和元年）5月1日``."""
    if lang != "ja":
        if day is not None and month is not None:
            return f"{day} {MONTH_ABBR_EN[month - 1]} {year}"
        if month is not None:
            return f"{MONTH_ABBR_EN[month - 1]} {year}"
        return str(year)
    text = f"{year}年"
    if era:
        eras = japanese_era(_dt.date(year, month or 12, day or 28) if day is None else
                            _dt.date(year, month or 1, day))
        if eras:
            text = f"{year}年（{eras}）"
    if month is not None:
        text += f"{month}月"
        if day is not None:
            text += f"{day}日"
    return text


# --- engineer "labels": the effective label language, searchable text, briefing phrases -----------

def effective_label_language(setting: str, ui_language: str) -> LabelLanguage:
    """The label language to use: the ``label_language`` setting when it is one, else (``""`` =
    follow the interface, or a value the file should not hold) the interface language, "ja" for a
    Japanese interface (``"ja"``, ``"ja_JP"``, ``"ja-JP"``) and "en" for any other."""
    if setting in LABEL_LANGUAGES:
        return setting  # type: ignore[return-value]
    return "ja" if (ui_language or "").lower().replace("-", "_").split("_")[0] == "ja" else "en"
