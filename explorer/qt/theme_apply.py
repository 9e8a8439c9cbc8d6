"""Apply the look the preferences ask for to the whole application: palette, style and font.

``apply_look(app, settings)`` is called at start-up and after Preferences. It reads "theme" and
"text_scale", gives the application a ``QPalette`` built from the ``Theme`` (so every widget,
dialog and dock follows: dark and high contrast are whole-window looks, not a painted timeline on a
light window), scales the application font from the size it had the first time (the Preferences
text size is relative to the system's font, never compounded), then publishes the look with
``explorer.qt.theme.set_look`` so the custom painters (timeline, charts) repaint.

"system" follows ``QGuiApplication.styleHints().colorScheme()`` and changes with it while the app
runs. Exports never read any of this: they draw with ``theme.LIGHT``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from explorer.charts.theme import LIGHT, Theme, theme_named
from explorer.qt import theme as qt_theme
from explorer.qt.look_style import LookStyle, make_look
from explorer.userdata.settings import PREFERENCE_DEFAULTS, TEXT_SCALE_RANGE, preference_problem

_BASE_FONT_PROPERTY = "briefing_explorer_base_point_size"
_BASE_STYLE_PROPERTY = "briefing_explorer_base_style"
_state: dict[str, Any] = {"settings": None, "watching": False, "palette": None, "style": None}


def _preference(settings: Any, key: str) -> Any:
    reader = getattr(settings, "preference", None)
    if callable(reader):
        return reader(key)
    value = settings.get(key, PREFERENCE_DEFAULTS[key]) if settings is not None else None
    if value is None or preference_problem(key, value):
        return PREFERENCE_DEFAULTS[key]
    return value


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def theme_for(name: str) -> Theme:
    """The ``Theme`` a "theme" setting means now ("system" looks at the system's scheme)."""
    return theme_named(name, system_is_dark())


def _mix(a: str, b: str, t: float) -> QColor:
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(ca.redF() + (cb.redF() - ca.redF()) * t,
                           ca.greenF() + (cb.greenF() - ca.greenF()) * t,
                           ca.blueF() + (cb.blueF() - ca.blueF()) * t)


def palette_for(theme: Theme) -> QPalette:
    """The application palette of ``theme``: every role a widget reads, active and disabled."""
    R = QPalette.ColorRole
    p = QPalette()
    roles = {
        R.Window: theme.window, R.WindowText: theme.text,
        R.Base: theme.surface, R.AlternateBase: theme.surface_alt, R.Text: theme.text,
        R.Button: theme.gutter, R.ButtonText: theme.text,
        R.ToolTipBase: theme.surface, R.ToolTipText: theme.text,
        R.PlaceholderText: theme.muted_text, R.BrightText: theme.error_text,
        R.Highlight: theme.accent, R.HighlightedText: theme.accent_text,
        R.Link: theme.accent, R.LinkVisited: theme.accent,
        R.Accent: theme.accent,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    # Bevels and frames: the rule colour and shades between the ground and the text.
    p.setColor(R.Light, QColor(theme.surface) if theme.name == "light"
               else _mix(theme.gutter, theme.text, 0.12))
    p.setColor(R.Midlight, _mix(theme.window, theme.rule, 0.5))
    p.setColor(R.Mid, QColor(theme.rule))
    p.setColor(R.Dark, _mix(theme.rule, theme.text, 0.35))
    p.setColor(R.Shadow, _mix(theme.rule, theme.text, 0.7))
    # Disabled: muted text (still legible; disabled controls are exempt from 4.5:1 in WCAG).
    G = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        p.setColor(G, role, _mix(theme.muted_text, theme.window, 0.25))
    p.setColor(G, R.Highlight, QColor(theme.rule))
    p.setColor(G, R.HighlightedText, QColor(theme.text))
    return p


def _base_point_size(app: QApplication) -> float:
    base = app.property(_BASE_FONT_PROPERTY)
    if not isinstance(base, (int, float)) or base <= 0:
        size = app.font().pointSizeF()
        base = size if size > 0 else 10.0
        app.setProperty(_BASE_FONT_PROPERTY, float(base))
    return float(base)


def _apply_style(app: QApplication, theme: Theme) -> None:
    """Fusion draws every palette faithfully; native styles (Windows, macOS) may ignore a dark one.
    The light theme keeps the style the application started with. Either is wrapped in
    ``LookStyle``, which draws what the palette cannot say (see ``look_style``) — never a style
    sheet, which would stop fonts propagating to children (exports lost their bundled font)."""
    style = app.style()
    current = style.baseStyle().name() if isinstance(style, LookStyle) else (style.name() if style else "")
    base = app.property(_BASE_STYLE_PROPERTY)
    if not isinstance(base, str) or not base:
        base = current or "Fusion"
        app.setProperty(_BASE_STYLE_PROPERTY, base)
    wanted = base if theme.name == "light" else "Fusion"
    styles = QStyleFactory.keys()  # a list of names (not a dict)
    if wanted.lower() not in (k.lower() for k in styles):
        wanted = current or "Fusion"
    if isinstance(style, LookStyle) and style.theme == theme and current.lower() == wanted.lower():
        return
    look = make_look(QStyleFactory.create(wanted), theme)
    _state["style"] = look  # the Python side must outlive the application's use of it
    app.setStyle(look)


def apply_look(app: QApplication, settings: Any) -> None:
    """Make the whole application use the theme and text size ``settings`` name (see module)."""
    theme = theme_for(_preference(settings, "theme"))
    scale = int(_preference(settings, "text_scale"))
    low, high = TEXT_SCALE_RANGE
    scale = min(max(scale, low), high)
    if _state["palette"] is None:
        _state["palette"] = QPalette(app.palette())
    _apply_style(app, theme)
    app.setPalette(palette_for(theme))
    font = app.font()
    font.setPointSizeF(round(_base_point_size(app) * scale / 100, 2))
    app.setFont(font)
    _state["settings"] = settings
    _watch_system_scheme(app)
    qt_theme.set_look(theme, scale / 100)


def _watch_system_scheme(app: QApplication) -> None:
    """With "Follow system", switching the system to dark switches the window too."""
    if _state["watching"]:
        return
    hints = QGuiApplication.styleHints()
    if hints is None:
        return
    _state["watching"] = True

    def _on_scheme_changed(*_args: Any) -> None:
        settings = _state["settings"]
        if settings is not None and _preference(settings, "theme") == "system":
            apply_look(app, settings)

    hints.colorSchemeChanged.connect(_on_scheme_changed)


def reset_look(app: QApplication) -> None:
    """Back to the light theme at the base font size (tests use this to leave the app as found)."""
    base = app.property(_BASE_FONT_PROPERTY)
    if isinstance(base, (int, float)) and base > 0:
        font = app.font()
        font.setPointSizeF(float(base))
        app.setFont(font)
    style = app.property(_BASE_STYLE_PROPERTY)
    if isinstance(style, str) and style and isinstance(app.style(), LookStyle):
        app.setStyle(style)
        _state["style"] = None
    if _state["palette"] is not None:
        app.setPalette(_state["palette"])
    qt_theme.set_look(LIGHT, 1.0)
