"""Numbers typed into users' spreadsheets: the value, and what was published around it, kept apart."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from explorer.domain.errors import ValueProblem
from explorer.importing.messy_numbers import DEFAULT_MISSING, MessyNumber, NumberOptions, parse_messy_number

COMMA = NumberOptions(decimal_comma=True)


@pytest.mark.parametrize("text,expected", [
    ("1234.5", MessyNumber(1234.5)),
    ("1,234,567.8", MessyNumber(1234567.8)),
    ("1,234", MessyNumber(1234)),
    ("1 234 567.8", MessyNumber(1234567.8)),
    ("1'234.5", MessyNumber(1234.5)),
    (".5", MessyNumber(0.5)),
    ("-5", MessyNumber(-5)),
    ("+5", MessyNumber(5)),
    ("−5", MessyNumber(-5)),  # U+2212 minus sign, as typeset tables write it
    ("(1,234)", MessyNumber(-1234)),  # accounting negative
    ("$(1,234)", MessyNumber(-1234)),
    ("-$1,234.50", MessyNumber(-1234.5)),
    ("$5", MessyNumber(5)),
    ("€ 5", MessyNumber(5)),
    ("5 €", MessyNumber(5)),
    ("¥1,000", MessyNumber(1000)),
    ("£5", MessyNumber(5)),
    ("USD 5", MessyNumber(5)),
    ("5 USD", MessyNumber(5)),
    ("１２３", MessyNumber(123)),  # full-width digits
    ("1e5", MessyNumber(100000)),  # scientific notation wins over a footnote "e"
    ("2.5E-3", MessyNumber(0.0025)),
    ("123a", MessyNumber(123, footnote="a")),
    ("123 a", MessyNumber(123, footnote="a")),
    ("123*", MessyNumber(123, footnote="*")),
    ("123†", MessyNumber(123, footnote="†")),
    ("123 (p)", MessyNumber(123, footnote="p")),
    ("123¹", MessyNumber(123, footnote="1")),
    ("123 e", MessyNumber(123, footnote="e")),
    ("123e", MessyNumber(123, footnote="e")),
    ("123[1]", MessyNumber(123, footnote="1")),
    ("123 bep", MessyNumber(123, footnote="bep")),  # Eurostat flags
    ("123 p*", MessyNumber(123, footnote="p *")),
    ("(1,234)a", MessyNumber(-1234, footnote="a")),
    ("over 60", MessyNumber(60, qualifier=">")),
    (">60", MessyNumber(60, qualifier=">")),
    ("more than 60", MessyNumber(60, qualifier=">")),
    ("less than 3", MessyNumber(3, qualifier="<")),
    ("<0.5", MessyNumber(0.5, qualifier="<")),
    ("≥5", MessyNumber(5, qualifier="≥")),
    (">= 5", MessyNumber(5, qualifier="≥")),
    ("at most 5", MessyNumber(5, qualifier="≤")),
    ("60+", MessyNumber(60, qualifier="≥")),
    ("5以上", MessyNumber(5, qualifier="≥")),
    ("about 5", MessyNumber(5, qualifier="~")),
    ("c. 5", MessyNumber(5, qualifier="~")),
    ("≈5", MessyNumber(5, qualifier="~")),
    ("約5", MessyNumber(5, qualifier="~")),
    ("12.5%", MessyNumber(12.5, percent=True)),
    ("12.5 %", MessyNumber(12.5, percent=True)),
    ("12.5％", MessyNumber(12.5, percent=True)),
    ("~12.5%*", MessyNumber(12.5, qualifier="~", footnote="*", percent=True)),
    ("over $1,200 (e)", MessyNumber(1200, qualifier=">", footnote="e")),
])
def test_published_numbers_keep_their_decorations_apart(text, expected):
    assert parse_messy_number(text) == expected


@pytest.mark.parametrize("text,value", [
    ("1.234.567,8", 1234567.8),
    ("1 234 567,8", 1234567.8),
    ("1\u00a0234\u00a0567,8", 1234567.8),  # NBSP
    ("1\u2009234,5", 1234.5),  # thin space
    ("1\u202f234,5", 1234.5),  # narrow NBSP, as French software writes it
    ("1'234,5", 1234.5),
    ("1.234", 1234),
    ("1,5", 1.5),
    ("-0,25", -0.25),
])
def test_decimal_comma_is_read_when_the_user_says_so(text, value):
    assert parse_messy_number(text, COMMA) == MessyNumber(value)


@pytest.mark.parametrize("text,options,message", [
    ("1,5", None, "decimal comma? say so with --decimal-comma"),
    ("1.234,5", None, "decimal comma? say so with --decimal-comma"),
    ("0,25", None, "decimal comma? say so with --decimal-comma"),
    ("1,23,4", None, "misplaced thousands separator"),
    ("1,234,5", None, "misplaced thousands separator"),
    ("1.5", COMMA, "misplaced thousands separator (the file was said to use a decimal comma)"),
    ("1,234.5", COMMA, "misplaced thousands separator"),
    ("5 bn", None, "scale words: map the scale as a constant"),
    ("5 million", None, "scale words"),
    ("$5B", None, "scale words"),
    ("5k", None, "scale words"),
    ("3億", None, "scale words"),
    ("nan", None, "NaN or infinity"),
    ("inf", None, "NaN or infinity"),
    ("-Infinity", None, "NaN or infinity"),
    ("#DIV/0!", None, "spreadsheet error value"),
    ("#N/A", None, "spreadsheet error value"),
    ("1e999", None, "number too large"),
    ("--5", None, "two signs"),
    ("-(5)", None, "two signs"),
    ("over 5 or more", None, "two qualifiers"),
    ("5-10", None, "a range, not one number"),
    ("5 to 10", None, "a range, not one number"),
    ("hello", None, "not a number"),
    ("a", None, "not a number"),
])
def test_unreadable_numbers_say_what_is_wrong(text, options, message):
    with pytest.raises(ValueProblem) as err:
        parse_messy_number(text, options or NumberOptions())
    assert message in err.value.message
    assert err.value.found == text


def test_missing_tokens_are_the_files_own():
    for text in ("", "  ", "...", "..", "n/a", "NA", "-", "—", "–", "x", ":", ": c"):
        assert parse_messy_number(text) is None, text
    own = NumberOptions(missing=frozenset({"", "n.a.", "#N/A"}))
    assert parse_messy_number("n.a.", own) is None
    assert parse_messy_number("#N/A", own) is None
    with pytest.raises(ValueProblem):
        parse_messy_number("NA", own)  # Namibia's code, or a word: only missing when the user says so
    assert "NA" in DEFAULT_MISSING


# --- properties -----------------------------------------------------------------------------------

@given(st.one_of(st.text(), st.text(alphabet="0123456789,.' -+()$€%*abepkmBNn~<>≥≈eE¹[]", max_size=14)),
       st.booleans())
def test_any_text_is_a_number_missing_or_a_value_problem(text, decimal_comma):
    try:
        got = parse_messy_number(text, NumberOptions(decimal_comma=decimal_comma))
    except ValueProblem:
        return
    assert got is None or (isinstance(got, MessyNumber) and math.isfinite(got.value))
    if got is not None:
        assert got.qualifier in ("", ">", "<", "~", "≥", "≤")


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@given(st.floats(min_value=-1e13, max_value=1e13, allow_nan=False), st.integers(0, 6),
       st.sampled_from([",", " ", "\u00a0", "\u2009", "'"]))
def test_numbers_formatted_with_thousands_separators_read_back(x, decimals, group):
    written = f"{x:,.{decimals}f}"
    expected = float(f"{x:.{decimals}f}")
    dot_style = written.replace(",", group)
    got = parse_messy_number(dot_style)
    assert got is not None and close(got.value, expected)
    comma_group = "." if group == "," else group
    comma_style = written.replace(",", "\0").replace(".", ",").replace("\0", comma_group)
    got = parse_messy_number(comma_style, COMMA)
    assert got is not None and close(got.value, expected)


@given(st.floats(allow_nan=False, allow_infinity=False), st.booleans())
def test_repr_and_scientific_notation_read_back_exactly(x, comma):
    for written in (repr(x), f"{x:e}"):
        got = parse_messy_number(written.replace(".", ",") if comma else written, NumberOptions(decimal_comma=comma))
        assert got is not None and close(got.value, float(written))


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["", ">", "<", "~", "≥", "≤"]), st.sampled_from(["", "$", "€", "USD "]),
       st.sampled_from(["", "a", " p", "*", "¹", " (e)", "[2]"]), st.booleans())
def test_decorations_come_back_apart_from_the_value(amount, qualifier, currency, footnote, percent):
    assume(amount >= 0 or not currency)
    text = f"{qualifier}{currency}{amount:,}{'%' if percent else ''}{footnote}"
    got = parse_messy_number(text)
    mark = footnote.strip(" ()[]").replace("¹", "1")
    assert got == MessyNumber(float(amount), qualifier, mark, percent)
