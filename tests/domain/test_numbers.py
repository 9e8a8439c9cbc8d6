"""Number parsing and figure formatting."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.errors import ValueProblem
from explorer.domain.figures import format_figure
from explorer.domain.numbers import NUMBER_PATTERN, parse_integer, parse_number


@pytest.mark.parametrize("text,value", [
    ("68.8", 68.8), ("-68.5", -68.5), ("550", 550.0), (".5", 0.5), ("1e3", 1000.0), (" 7.7 ", 7.7),
])
def test_plain_numbers_parse(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,hint", [
    ("1,234", "thousands separators"), ("1,5", "decimal mark"), ("60%", "unit column"),
    (">60", "qualifier column"), ("NaN", "placeholder"), ("inf", "placeholder"), ("", "empty"),
    ("1e999", "too large"), ("twelve", "not a number"),
])
def test_bad_numbers_say_why(text, hint):
    with pytest.raises(ValueProblem, match=hint):
        parse_number(text)


@given(st.text(max_size=40))
def test_any_text_is_a_finite_number_or_the_loaders_error(text):
    try:
        value = parse_number(text)
    except ValueProblem:
        return
    assert math.isfinite(value)
    assert re.fullmatch(NUMBER_PATTERN, text.strip())  # the vectorised check agrees


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_finite_float_written_plainly_parses_back(x):
    assert parse_number(repr(x)) == x


@given(st.text(max_size=12))
def test_integers_parse_or_raise_the_loaders_error(text):
    try:
        assert isinstance(parse_integer(text), int)
    except ValueProblem:
        pass


@pytest.mark.parametrize("args,text", [
    ((60, "%", 0, ">"), ">60 %"),
    ((10, "USD", 9, ">"), ">10 bn USD"),
    ((7.7, "JPY", 12, ""), "7.7 tn JPY"),
    ((550, "USD", 9, "~"), "~550 bn USD"),
    ((5.5, "Mt/yr", 0, "≤"), "≤5.5 Mt/yr"),
    ((212.5, "EUR", 9, ""), "212.5 bn EUR"),
])
def test_figures_read_as_published(args, text):
    assert format_figure(*args) == text
