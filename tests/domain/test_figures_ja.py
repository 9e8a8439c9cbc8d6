"""Figures as a Japanese reader writes them: 万/億/兆, the currency's Japanese name, qualifiers as words."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.figures import (
    JA_MYRIADS,
    format_figure,
    format_figure_in,
    format_figure_ja,
    format_value,
    ja_amount,
    ja_unit_label,
)


@pytest.mark.parametrize("args,text", [
    ((74.44, "USD", 9, ""), "744.4億米ドル"),
    ((1.1, "JPY", 12, "~"), "約1.1兆円"),
    ((68.8, "EUR", 9, ""), "688億ユーロ"),
    ((550, "USD", 9, "~"), "約5,500億米ドル"),
    ((3.8, "USD", 9, ""), "38億米ドル"),
    ((0.5, "USD", 6, ""), "50万米ドル"),
    ((-68.5, "EUR", 9, ""), "-685億ユーロ"),
    ((100, "JPY", 0, ""), "100円"),
    ((60, "%", 0, ">"), "60%超"),
    ((4.5, "%", 0, "<"), "4.5%未満"),
    ((5.5, "Mt/yr", 0, "≤"), "550万トン/年以下"),
    ((20, "Mt/yr", 0, ""), "2,000万トン/年"),
    ((2, "ratio", 0, ">"), "2倍超"),
    ((30, "days", 0, "≥"), "30日以上"),
    ((20, "years", 0, ""), "20年"),
    ((800, "mi", 0, ""), "800マイル"),
    ((2.5, "USD/MMBtu", 0, "~"), "約2.5米ドル/百万BTU"),
    ((6, "count", 0, ""), "6"),
    ((12, "widgets", 0, ""), "12 widgets"),  # a unit of the user's own stays as written
    ((3, "widgets", 9, ""), "30億 widgets"),
    # finer than a tenth of the myriad: the next myriad names the rest, as a writer would
    ((1234.5, "JPY", 9, ""), "1兆2,345億円"),
    ((1.05, "JPY", 12, "~"), "約1兆500億円"),
    ((-74.445, "USD", 9, ""), "-744億4,500万米ドル"),
    ((1.23456, "JPY", 12, ""), "1.23456兆円"),  # the next myriad cannot hold it exactly
])
def test_figures_read_as_in_japanese_statistics(args, text):
    assert format_figure_ja(*args) == text


def test_the_label_language_chooses_the_form():
    args = (74.44, "USD", 9, "~")
    assert format_figure_in(*args, lang="ja") == "約744.4億米ドル"
    assert format_figure_in(*args, lang="en") == format_figure(*args) == "~74.44 bn USD"
    assert format_figure_in(*args, lang="both") == "~74.44 bn USD"


@pytest.mark.parametrize("unit,scale,label", [
    ("USD", 9, "10億米ドル"), ("JPY", 12, "兆円"), ("JPY", 9, "10億円"), ("EUR", 6, "100万ユーロ"),
    ("Mt/yr", 0, "100万トン/年"), ("%", 0, "%"), ("count", 0, ""), ("widgets", 0, "widgets"),
])
def test_axis_units_head_a_column_as_japanese_tables_do(unit, scale, label):
    assert ja_unit_label(unit, scale) == label


@given(st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("1e6"), places=3, allow_nan=False,
                   allow_infinity=False), st.sampled_from([0, 3, 6, 9, 12]))
def test_the_japanese_digits_are_the_published_amount_exactly(value, scale):
    """No rounding and no float noise: digits × myriad is the published value × 10^scale."""
    digits, word = ja_amount(float(value), scale)
    power = {w: e for e, w in JA_MYRIADS}.get(word, 0)
    published = Decimal(format_value(float(value)).replace(",", ""))
    assert Decimal(digits.replace(",", "")).scaleb(power) == published.scaleb(scale)
    assert not re.search(r"e|E", digits)


@pytest.mark.parametrize("text,qualifier,bare", [
    (">60 %", ">", "60 %"), ("60%超", ">", "60%"), ("約744.4億米ドル", "~", "744.4億米ドル"),
    ("~550 bn USD", "~", "550 bn USD"), ("550万トン/年以下", "≤", "550万トン/年"), ("12", "", "12"),
])
def test_a_qualifier_comes_off_however_it_was_written(text, qualifier, bare):
    from explorer.domain.figures import unqualified

    assert unqualified(text, qualifier) == bare


def test_a_conversion_reads_in_japanese():
    from explorer.domain.fx import Rate, RateTable

    rates = RateTable([Rate("2024", "EUR", "USD", 1.082, "annual_average", "src-fx"),
                       Rate("2024", "USD", "JPY", 151.4, "annual_average", "src-fx")])
    conv = rates.find("EUR", "USD", "2024")
    assert conv.describe() == "1 EUR = 1.0820 USD (2024 annual average)"
    assert conv.describe("ja") == "1ユーロ＝1.0820米ドル（2024年の年平均）"
    via = rates.find("EUR", "JPY", "2024-06")
    assert via.describe("ja") == "1ユーロ＝163.8148円（2024年の年平均、2024-06に適用、米ドル経由）"


@given(st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("1e6"), places=3, allow_nan=False,
                   allow_infinity=False), st.sampled_from([6, 9, 12]))
def test_a_compound_amount_is_the_published_amount_exactly(value, scale):
    """1兆2,345億 names the same amount as 1.2345兆: the parts add up to the published value."""
    from explorer.domain.figures import ja_compound

    text = ja_compound(*ja_amount(float(value), scale))
    powers = {w: e for e, w in JA_MYRIADS}
    total, sign = Decimal(0), -1 if text.startswith("-") else 1
    for number, word in re.findall(r"([\d,.]+)(兆|億|万)?", text.lstrip("-")):
        total += Decimal(number.replace(",", "")).scaleb(powers.get(word, 0))
    published = Decimal(format_value(float(value)).replace(",", ""))
    assert sign * total == published.scaleb(scale)
