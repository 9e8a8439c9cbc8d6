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
from typing import Literal, Protocol

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


# --- engineer "compare": the fixed phrases of comparison charts, their tables and slides ---------
# English template -> Japanese template, formatted with the same named fields. Data (indicator
# names and descriptions, periods, figures, source lines) stays as written; only the words around
# it follow the label language, so a headless export and the window print the same slide.

COMPARE_PHRASES: dict[str, str] = {
    # titles, subtitles and axis units
    "Choose an indicator": "指標を選択してください",
    "Choose an indicator or a preset question to compare partners.":
        "相手国・地域を比較するには、指標または質問例を選んでください。",
    "{name}: % change": "{name}：伸び率",
    "{name}, indexed": "{name}（指数）",
    "{description} ({basis})": "{description}（{basis}）",
    "as published": "公表値のまま",
    "converted to {currency}": "{currency}に換算",
    "index, {base} = 100": "指数、{base}＝100",
    "base period": "基準期間",
    "index: the series share no base period": "指数：系列に共通の基準期間なし",
    "index ({base} = 100)": "指数（{base}＝100）",
    "index (no common base period)": "指数（共通の基準期間なし）",
    "% change on the previous period": "前期比伸び率（%）",
    "% change, {now} vs {before}": "伸び率（%、{before}→{now}）",
    "{now} vs {before}": "{before}→{now}",
    # why nothing is drawn
    "Nothing to draw.": "表示できるデータがありません。",
    "No figures to show.": "表示できる数値がありません。",
    "No figures for {name} in the current filter{span}.":
        "現在の絞り込み{span}では、{name}の数値がありません。",
    " ({lo} to {hi})": "（{lo}～{hi}）",
    "No index is drawn: the compared series share no period, so there is no common base (= 100).":
        "指数は描画していません。比較する系列に共通の期間がなく、共通の基準（＝100）を置けないためです。",
    # warnings
    "No figure for {missing} in this pack{span}: the chart shows only {shown} and compares nothing "
    "with it.":
        "このデータパック{span}には{missing}の数値がありません。グラフは{shown}のみを示しており、"
        "比較にはなっていません。",
    "No {unit}→{currency} rate for {period} in this pack: {published} is shown unconverted, on its "
    "own axis.":
        "このデータパックには{period}の{unit}→{currency}の換算レートがありません。{published}は換算せず、"
        "別の軸に示しています。",
    "No period is shared by every series ({listing}), so there is no common base period and "
    "nothing is indexed: 100 would mean a different year for each series. Compare fewer series, "
    "or choose another basis.":
        "すべての系列に共通する期間がないため（{listing}）、共通の基準期間を置けず、指数化していません"
        "（100が系列ごとに異なる年を意味してしまうためです）。比較する系列を減らすか、別の表示方法を"
        "選んでください。",
    "{names} has no figure for it": "{names}にはこの期間の数値がありません",
    "{names} have no figure for it": "{names}にはこの期間の数値がありません",
    "it is not a period of these figures": "これらの数値にはない期間です",
    "The base period {wanted} is not shared by every series ({detail}): indexed on {base}, the "
    "latest period they all share.":
        "基準期間{wanted}はすべての系列に共通ではないため（{detail}）、全系列に共通する最新の期間"
        "{base}を基準に指数化しています。",
    "{series} has {n} figures for the base period {base}: indexed on {published} {marker}.":
        "{series}には基準期間{base}の数値が{n}件あります。{published} {marker}を基準に指数化して"
        "います。",
    "The compared figures are from different periods: {detail}.":
        "比較している数値の期間が異なります：{detail}。",
    "Sources disagree on {series} {period}: {listing} (spread {spread}, {rel} %). Both are shown.":
        "{series}（{period}）について出典の数値が一致しません：{listing}（差{spread}、{rel} %）。"
        "両方を示しています。",
    # footnotes
    "Converted at {rate} {markers}.": "{rate}で換算 {markers}。",
    "{published} converted at {rate}": "{published}を{rate}で換算",
    "{period}: also published as {published}; the source's own {currency} figure is shown.":
        "{period}：{published}としても公表されています。出典自身の{currency}建ての数値を示しています。",
    "Figures in different units are drawn on separate axes, never on one: {units}.":
        "単位の異なる数値は一つの軸に描かず、別々の軸に示しています：{units}。",
    "Hatched bars and hollow diamonds mark figures published as a bound or an approximation: "
    "{qualifiers} (they mark the stated figure, not a measured value).":
        "斜線の棒と白抜きのひし形は、上限・下限または概数として公表された数値を示します："
        "{qualifiers}（公表された記述を示すもので、実測値ではありません）。",
    "over": "超", "under": "未満", "about": "約", "at least": "以上", "at most": "以下",
    "{series}, {period} {marker}: {note}": "{series}、{period} {marker}：{note}",
    "no earlier figure to compare with": "比較できる前の期間の数値がありません",
    "Growth compares each figure with its series' previous period in the pack: {pairs}.":
        "伸び率は、各数値をデータパック内の同じ系列の前の期間と比べたものです：{pairs}。",
    "— no growth rate: no earlier figure in the pack to compare with ({missing}).":
        "—：データパックに比較できる前の期間の数値がないため、伸び率はありません（{missing}）。",
    "{series}, {period}: the source publishes {rate} % {marker}, but its levels give {value} % "
    "({before} → {now}).":
        "{series}、{period}：出典は{rate} % {marker}と公表していますが、同じ出典の水準値からは"
        "{value} %となります（{before} → {now}）。",
    # tables and slides
    "Series": "系列",
    "Unit": "単位",
    " (conflict)": "（出典間で不一致）",
    "Notes and sources": "注記・出典",
    "Sources": "出典",
    "Appendix": "付録",
    "{title} — sources (continued)": "{title} — 出典（続き）",
    "{title} (continued)": "{title}（続き）",
    "Continued on the next page ({n} more).": "次のページに続きます（残り{n}件）。",
    "Continued on the next slide ({n} more).": "次のスライドに続きます（残り{n}件）。",
    "Sources: all {n} notes and sources are on the next slide.":
        "出典：注記・出典{n}件はすべて次のスライドにあります。",
    "Panel {panel} draws the first {limit} of {n} series; the table lists them all.":
        "パネル{panel}には{n}系列のうち最初の{limit}系列を描いています。表にはすべて載せています。",
    # the legend's key to the marks
    "▨ hatched: qualified figure (>, <, ~)": "▨ 斜線：上限・下限・概数として公表された数値（>, <, ~）",
    "◇ hollow diamond: qualified figure (>, <, ~)":
        "◇ 白抜きのひし形：上限・下限・概数として公表された数値（>, <, ~）",
    "▣ dark outline: sources disagree": "▣ 太枠：出典間で数値が不一致",
    "┆ dashed line: event": "┆ 破線：出来事",
}
# Short headings read in both languages when labels are "both"; sentences stay English there (a
# reader of either language reads the English one, as with dates).
_PHRASES_JOINED_IN_BOTH = frozenset({"Series", "Unit", "Notes and sources", "Sources", "Appendix"})


def phrase(en: str, lang: str = "en", /, **fields: object) -> str:
    """A chart's or slide's fixed phrase in the label language, formatted with ``fields``:
    ``phrase("{name}: % change", "ja", name="Goods exports")`` -> ``"Goods exports：伸び率"``.
    A phrase the catalogue lacks stays English (never an empty label)."""
    ja = COMPARE_PHRASES.get(en)
    if lang == "ja" and ja is not None:
        template = ja
    elif lang == "both" and ja is not None and en in _PHRASES_JOINED_IN_BOTH:
        template = f"{en}{BOTH_SEPARATOR}{ja}"
    else:
        template = en
    return template.format(**fields) if fields else template


def list_separator(lang: str) -> str:
    """Between the items of a list inside a sentence: ", " in English, "、" in Japanese."""
    return "、" if lang == "ja" else ", "


# --- engineer "timeline": the timeline's words (lanes, legend, axis, edge notes) in the label language

TIMELINE_PHRASES: dict[str, str] = {
    # lanes
    "Multilateral": "多国間",
    "{focus} (domestic)": "{focus}（国内）",
    "Other": "その他",
    "{focus}–{partner}": "{focus}・{partner}",
    # legend
    "Colour: domain": "色：分野",
    "Colour: counterpart": "色：相手国・地域",
    "exact day": "日付確定",
    "month/year only": "月・年のみ",
    "period": "期間",
    "approx./uncertain": "概略・不確実",
    "milestones": "経過",
    # slides: events left off the axis, the span drawn
    "Earlier, off the axis: {events}": "この期間より前（軸外）：{events}",
    "Later, off the axis: {events}": "この期間より後（軸外）：{events}",
    "; and {n} more (appendix)": "、ほか{n}件（付録参照）",
    "{first} – {last}": "{first}～{last}",
    "{n} of {m} events shown": "全{m}件中{n}件を表示",
}


def timeline_phrase(en: str, lang: str = "en", /, **fields: object) -> str:
    """A timeline phrase in the label language, formatted with ``fields`` (``"both"`` reads as
    English beside the Japanese only for short legend words; sentences stay in English). A phrase
    the catalogue lacks is looked up among the comparison phrases, else stays English."""
    ja = TIMELINE_PHRASES.get(en)
    if ja is None:
        return phrase(en, lang, **fields)
    if lang == "ja":
        template = ja
    elif lang == "both" and "{" not in en and en != ja:
        template = f"{en}{BOTH_SEPARATOR}{ja}"
    else:
        template = en
    return template.format(**fields) if fields else template


def month_label(month: int, lang: str = "en") -> str:
    """``Feb`` / ``2月`` (an axis tick's month)."""
    return f"{month}月" if lang == "ja" else MONTH_ABBR_EN[month - 1]


# --- engineer "labels" (2): a published date (with its precision and markers) in the label language

class DateLike(Protocol):
    """What ``format_partial_date`` reads: a ``PartialDate`` or anything shaped like one."""

    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int | None: ...
    @property
    def day(self) -> int | None: ...
    @property
    def approximate(self) -> bool: ...
    @property
    def uncertain(self) -> bool: ...


def format_partial_date(d: DateLike, lang: str = "en", *, era: bool = False) -> str:
    """A ``PartialDate`` (anything with year, month, day, approximate, uncertain) as published, in
    the label language: ``c. Feb 2019`` / ``2019年2月頃``; uncertain ``2019 (?)`` / ``2019年（?）``.
    ``both`` reads as English, like ``format_date``."""
    text = format_date(d.year, d.month, d.day, lang, era=era)
    if lang == "ja":
        return text + ("頃" if d.approximate else "（?）" if d.uncertain else "")
    if d.approximate:
        return "c. " + text
    return text + (" (?)" if d.uncertain else "")


def format_date_span(start: DateLike, end: DateLike | None = None, lang: str = "en", *,
                     era: bool = False) -> str:
    """An event's dates: the start alone, or ``14 Dec 2023 – 2035`` / ``2023年12月14日～2035年``."""
    first = format_partial_date(start, lang, era=era)
    if end is None:
        return first
    sep = "～" if lang == "ja" else " – "
    return first + sep + format_partial_date(end, lang, era=era)


# --- engineer "labels" (3): the briefing note's fixed words (Word and PDF), in the label language

NOTE_PHRASES: dict[str, str] = {
    "Briefing note": "ブリーフィング資料",
    "Briefing note · {date}": "ブリーフィング資料・{date}",
    "Talking points": "発言要領",
    "No talking points were written for this briefing.": "このブリーフィングには発言要領が書かれていません。",
    "Events": "出来事",
    "Date": "日付",
    "Event": "出来事",
    "Status": "状況",
    "Parties": "当事者",
    "Sources": "出典",
    "Timeline": "年表",
    "Chart": "グラフ",
    "Table": "表",
    "Figure {number}. {title}": "図{number}　{title}",
    "Sources: {markers}.": "出典：{markers}",
    "{shown} of {total} events shown (agreements first, then the most recent); the others are in "
    "the briefing's timeline view.":
        "全{total}件中{shown}件の出来事を掲載しています（協定を優先し、次に新しい順）。"
        "その他はブリーフィングの年表ビューにあります。",
    "Also in this briefing, not shown on this page: {items}.":
        "このブリーフィングに含まれ、本ページに掲載していないもの：{items}。",
    "item {number}, {view} “{name}”": "項目{number}（{view}）「{name}」",
    "No sources are cited by what this note shows.": "この資料に掲載した内容に引用された出典はありません。",
    "Figures and events from the pack {packs}.": "数値および出来事の出典データパック：{packs}。",
    # the footer: "{title} · {date} · page 1 of 2" / "{title}・{date}・1/2ページ"
    "{title} · {date} · page ": "{title}・{date}・",
    " of ": "/",
    "{pages}": "ページ",
}
# Headings read in both languages when labels are "both"; sentences stay English there.
_NOTE_JOINED_IN_BOTH = frozenset({"Briefing note", "Talking points", "Events", "Date", "Event",
                                  "Status", "Parties", "Sources", "Timeline", "Chart", "Table"})


def note_phrase(en: str, lang: str = "en", /, **fields: object) -> str:
    """A briefing note's fixed phrase in the label language, formatted with ``fields``:
    ``note_phrase("Figure {number}. {title}", "ja", number=1, title="…")`` -> ``"図1　…"``. A phrase
    the table lacks stays English. ``"{pages}"`` (the word after the page count) is "" in English."""
    ja = NOTE_PHRASES.get(en)
    if lang == "ja" and ja is not None:
        template = ja
    elif lang == "both" and ja is not None and en in _NOTE_JOINED_IN_BOTH:
        template = f"{en}{BOTH_SEPARATOR}{ja}"
    else:
        template = "" if en == "{pages}" else en
    return template.format(**fields) if fields else template


def today_in(day: _dt.date, lang: str = "en", *, era: bool = False) -> str:
    """A document's date: ``5 January 2026`` (the month in full) / ``2026年1月5日``."""
    if lang == "ja":
        return format_date(day.year, day.month, day.day, "ja", era=era)
    return f"{day.day} {_MONTH_NAMES_EN[day.month - 1]} {day.year}"


_MONTH_NAMES_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")  # not strftime: locale-free


# --- engineer "timeline" (cont.): what a timeline slide says when its span holds no event
TIMELINE_PHRASES.update({
    "No events match the filter": "絞り込みに該当する出来事はありません",
    "No events in this period": "この期間の出来事はありません",
})


# --- engineer "slides-ja": the words of timeline and event slides, their appendix, speaker notes,
# filter descriptions and briefing decks, in the label language (looked up by ``phrase``)
COMPARE_PHRASES.update({
    # timeline slide
    "Timeline": "年表",
    "Timeline of agreements": "協定等の年表",
    "Agreements and events": "協定と出来事",
    "{shown} of {total} events shown; the others are listed in the appendix.":
        "全{total}件中{shown}件の出来事を図示しています。その他は付録に掲載しています。",
    "Source: {title} (pack {name} v{version}).": "出典：{title}（データパック {name} v{version}）。",
    "Events on this timeline without a label": "年表上に名称を表示できなかった出来事",
    "{title}: appendix": "{title}：付録",
    "Appendix to “{title}”": "「{title}」の付録",
    "{when} – {title} ({status})": "{when}　{title}（{status}）",
    # speaker notes
    "Sources by event:": "出来事ごとの出典：",
    "Warnings:": "注意：",
    "Notes and conversion rates:": "注記・換算レート：",
    "Sources:": "出典：",
    "Receipt:": "再現情報（レシート）：",
    "Receipt (regenerate with briefing-explorer export --from-receipt):":
        "再現情報（レシート。briefing-explorer export --from-receipt で同じ図を再作成できます）：",
    "Talking points:": "発言要領：",
    "{n} items.": "{n}項目。",
    # event slide
    "Event detail": "出来事の詳細",
    "Parties: {names}": "当事者：{names}",
    "Domains: {names}": "分野：{names}",
    "Life cycle: {stages}": "経過：{stages}",
    # the filter in words (footnotes, notes, metadata)
    "No filter: every event and figure of the pack.":
        "絞り込みなし：データパックのすべての出来事と数値。",
    "Filter: {parts}.": "絞り込み：{parts}。",
    "partners {names} (as formal parties)": "国・地域 {names}（正式な当事者として）",
    "partners {names} (as formal parties or involved)": "国・地域 {names}（正式な当事者または関係者として）",
    "domains {values}": "分野 {values}",
    "kinds {values}": "種類 {values}",
    "statuses {values}": "状況 {values}",
    "dates {lo} to {hi}": "期間 {lo}～{hi}",
    "text “{text}”": "検索語「{text}」",
    # briefing decks
    "Briefing": "ブリーフィング",
    "{title} · pack {name} v{version}": "{title}・データパック {name} v{version}",
    "Every source cited in this briefing": "このブリーフィングで引用したすべての出典",
    "Sources (continued)": "出典（続き）",
})
# short headings read in both languages under "both" (sentences stay English there)
_PHRASES_JOINED_IN_BOTH = _PHRASES_JOINED_IN_BOTH | {
    "Timeline", "Timeline of agreements", "Agreements and events",
    "Events on this timeline without a label", "Event detail", "Briefing",
    "Every source cited in this briefing", "Sources (continued)"}


# --- PowerPoint tables and warnings that do not fit a slide

COMPARE_PHRASES.update({
    " (full text in the notes)": "（全文はノートに記載）",
    "Table rows {first}–{last} (not on the slide):": "表の{first}～{last}行目（スライドに収まらない分）：",
    "Showing {shown} of {total} rows; the rest are continued in the notes.":
        "全{total}行のうち{shown}行を表示。残りはノートに記載しています。",
})
