"""Conversion uses the figure's own period, prefers annual averages, and never borrows another year."""

from __future__ import annotations

import pytest

from explorer.domain.fx import Rate, RateTable

RATES = RateTable([
    Rate("2024", "USD", "JPY", 151.4551, "annual_average", "fred"),
    Rate("2024", "EUR", "USD", 1.0820, "annual_average", "fred"),
    Rate("2024", "USD", "JPY", 142.7895, "implied", "article"),
    Rate("FY2024", "USD", "JPY", 146.1101, "implied", "article"),
    Rate("2023", "EUR", "USD", 1.0817, "annual_average", "fred"),
])


def test_direct_inverse_and_cross_rates():
    assert RATES.find("EUR", "USD", "2024").factor == pytest.approx(1.0820)
    assert RATES.find("USD", "EUR", "2024").factor == pytest.approx(1 / 1.0820)
    cross = RATES.find("EUR", "JPY", "2024")
    assert cross.factor == pytest.approx(1.0820 * 151.4551)
    assert [leg.source_id for leg in cross.legs] == ["fred", "fred"]
    assert cross.describe() == "1 EUR = 163.8744 JPY via USD (2024 annual average)"


def test_annual_average_is_preferred_to_an_implied_rate_of_the_same_period():
    conv = RATES.find("USD", "JPY", "2024")
    assert conv.factor == pytest.approx(151.4551) and conv.legs[0].kind == "annual_average"


def test_fiscal_year_uses_its_own_rate_and_never_a_calendar_year():
    conv = RATES.find("JPY", "USD", "FY2024")
    assert conv.factor == pytest.approx(1 / 146.1101)
    assert "implied by the source's own conversion" in conv.describe()
    assert RATES.find("EUR", "USD", "FY2023") is None


def test_no_rate_for_the_period_means_no_conversion():
    assert RATES.find("EUR", "USD", "2025") is None
    assert RATES.find("USD", "JPY", "2023") is None  # 2023 has EUR/USD only: no USD/JPY leg


def test_a_month_may_use_its_own_years_average_and_says_so():
    conv = RATES.find("EUR", "USD", "2024-06")
    assert conv.containing_year and conv.factor == pytest.approx(1.0820)
    assert conv.describe() == "1 EUR = 1.0820 USD (2024 annual average, used for 2024-06)"
    assert RATES.find("EUR", "USD", "2025-06") is None


def test_same_currency_is_identity():
    conv = RATES.find("JPY", "JPY", "2031")
    assert conv.factor == 1.0 and conv.legs == ()
