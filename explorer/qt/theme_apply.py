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

from explorer.charts.theme import LIGHT, Theme, relative_luminance, theme_named
from explorer.paths import resources_path
from explorer.qt import theme as qt_theme
from explorer.userdata.settings import PREFERENCE_DEFAULTS, TEXT_SCALE_RANGE, preference_problem

_BASE_FONT_PROPERTY = "briefing_explorer_base_point_size"
_BASE_STYLE_PROPERTY = "briefing_explorer_base_style"
_state: dict[str, Any] = {"settings": None, "watching": False, "palette": None}


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
    p.setColor(R.Light, QColor("#FFFFFF") if theme.name == "light"
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
    The light theme keeps the style the application started with."""
    style = app.style()
    current = style.name() if style is not None else ""
    base = app.property(_BASE_STYLE_PROPERTY)
    if not isinstance(base, str) or not base:
        base = current or "Fusion"
        app.setProperty(_BASE_STYLE_PROPERTY, base)
    wanted = base if theme.name == "light" else "Fusion"
    if wanted.lower() != current.lower() and wanted.lower() in (k.lower() for k in QStyleFactory.keys()):
        app.setStyle(wanted)


def style_sheet_for(theme: Theme) -> str:
    """The little the palette cannot say. Every theme: check boxes and radio buttons drawn to be
    seen (``_indicator_sheet``). High contrast: the ground of fields and the window are both black,
    and Fusion draws frames in a darker shade of the window (black on black): fields, lists and the
    slider's groove get a visible rule, and the focused control a thick accent one, so a keyboard
    user always sees where they are."""
    indicators = _indicator_sheet(theme)
    if theme.name != "high_contrast":
        return indicators
    # Combo boxes and spin boxes keep Fusion's drawing (a sheet would strip their arrows); their
    # button-coloured frame shows already, and a spin box's text field is a QLineEdit.
    editable = "QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView, QTextBrowser"
    focused = ", ".join(f"{w.strip()}:focus" for w in editable.split(","))
    return (f"{editable} {{ border: 1px solid {theme.rule}; }}\n"
            f"{focused} {{ border: 2px solid {theme.accent}; }}\n"
            f"QSlider::groove:horizontal {{ border: 1px solid {theme.rule}; height: 4px; }}\n"
            f"QSlider::handle:horizontal {{ background: {theme.accent}; border: 1px solid "
            f"{theme.rule}; width: 12px; margin: -6px 0; }}\n"
            f"QToolTip {{ color: {theme.text}; background: {theme.surface}; border: 1px solid "
            f"{theme.rule}; }}\n" + indicators)


def _indicator_sheet(theme: Theme) -> str:
    """Check boxes and radio buttons a user can see on a dark ground. Fusion outlines them in a
    darker shade of the window, which on a dark window is black on near-black: the partner list's
    boxes vanished. Here: a muted-text frame (3:1 and more against the ground, WCAG's bar for
    controls), and when on, the accent filled with a dark tick or dot (``resources/icons``)."""
    icons = (resources_path() / "icons").as_posix()
    mark = "-white" if relative_luminance(theme.accent_text) > 0.5 else ""  # accent_text's colour
    box = "QCheckBox::indicator, QAbstractItemView::indicator, QGroupBox::indicator"
    on = ", ".join(f"{w.strip()}:checked" for w in box.split(","))
    partly = ", ".join(f"{w.strip()}:indeterminate" for w in box.split(","))
    return (f"{box} {{ width: 13px; height: 13px; border: 1px solid {theme.muted_text}; "
            f"border-radius: 2px; background: {theme.surface}; }}\n"
            f"{on} {{ background: {theme.accent}; border-color: {theme.accent}; "
            f"image: url({icons}/indicator-tick{mark}.svg); }}\n"
            f"{partly} {{ background: {theme.accent}; border-color: {theme.accent}; "
            f"image: url({icons}/indicator-dash{mark}.svg); }}\n"
            f"QRadioButton::indicator {{ width: 13px; height: 13px; border: 1px solid "
            f"{theme.muted_text}; border-radius: 7px; background: {theme.surface}; }}\n"
            f"QRadioButton::indicator:checked {{ background: {theme.accent}; border-color: "
            f"{theme.accent}; image: url({icons}/indicator-dot{mark}.svg); }}\n")


def _apply_style_sheet(app: QApplication, theme: Theme) -> None:
    """Set ours, never clobbering a sheet someone else gave the application."""
    ours = style_sheet_for(theme)
    current = app.styleSheet()
    if current and current != _state.get("sheet", ""):
        return
    if current != ours:
        app.setStyleSheet(ours)
    _state["sheet"] = ours


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
    _apply_style_sheet(app, theme)
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
    if isinstance(style, str) and style and app.style() is not None \
            and app.style().name().lower() != style.lower():
        app.setStyle(style)
    if _state["palette"] is not None:
        app.setPalette(_state["palette"])
    if app.styleSheet() and app.styleSheet() == _state.get("sheet"):
        app.setStyleSheet("")
    _state["sheet"] = ""
    qt_theme.set_look(LIGHT, 1.0)
