"""Every theme's text is legible: WCAG AA (4.5:1) for every text/ground pair the interface draws."""

from __future__ import annotations

import pytest

from explorer.charts.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    THEMES,
    colour_fields,
    contrast_ratio,
    theme_named,
)

AA = 4.5


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_every_text_pair_of_every_theme_meets_wcag_aa(theme):
    low = [(what, fg, bg, round(contrast_ratio(fg, bg), 2)) for what, fg, bg in theme.pairs()
           if contrast_ratio(fg, bg) < AA]
    assert not low, f"{theme.name}: below {AA}:1: {low}"


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_every_colour_is_a_six_digit_hex(theme):
    for name in colour_fields():
        value = getattr(theme, name)
        assert len(value) == 7 and value[0] == "#" and int(value[1:], 16) >= 0, (theme.name, name)


def test_contrast_ratio_is_wcags():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # famous near-miss
    assert contrast_ratio("#FFFFFF", "#000000") == contrast_ratio("#000000", "#FFFFFF")


def test_a_setting_names_its_theme_and_system_follows_light_or_dark():
    assert theme_named("light") is LIGHT and theme_named("dark", False) is DARK
    assert theme_named("high_contrast", True) is HIGH_CONTRAST
    assert theme_named("system", False) is LIGHT and theme_named("system", True) is DARK
    assert theme_named("nonsense", False) is LIGHT
