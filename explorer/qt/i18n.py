"""The interface language: which one, and Qt's translators that put it on screen.

Two languages are separate (see ``explorer.domain.labels``): the *interface* language (menus,
dialogs, messages: Qt's translation system, ``resources/i18n/explorer_ja.qm``) and the *label*
language (the data's titles and names: the Session's ``label_language``).

- ``interface_language(settings)``: "en" or "ja". The "ui_language" setting when it says "en" or
  "ja"; otherwise ("system", unset, anything else) Japanese when the system locale is Japanese.
- ``install_translators(app, lang)``: for "ja", our catalogue and Qt's own (``qtbase_ja.qm``: the
  buttons of QMessageBox, QFileDialog, QPrintPreviewDialog) and a Japanese default QLocale. A
  missing catalogue is reported in the returned list's ``problems`` (the window shows them in the
  status bar); the interface then stays in English where the catalogue is missing, never a crash.
- ``effective_label_language(settings, ui_lang)``: the "label_language" setting when valid, else
  the interface language.

The interface language applies at start (``explorer.qt.app.build_window``); a change in
Preferences takes effect at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer.paths import resources_path

INTERFACE_LANGUAGES = ("en", "ja")
LABEL_LANGUAGES = ("en", "ja", "both")
CATALOGUE = "explorer_ja.qm"  # our own strings, compiled from resources/i18n/explorer_ja.ts
QT_CATALOGUE = "qtbase_ja.qm"  # Qt's own dialogs; ships with PySide6, bundled by the frozen app
_KEEP = "_briefing_explorer_translators"  # the app attribute that keeps the translators alive


class Translators(list):
    """The installed QTranslator objects (kept alive here), with ``problems`` in plain words."""

    def __init__(self, translators=(), problems=()) -> None:
        super().__init__(translators)
        self.problems: list[str] = list(problems)


def system_language() -> str:
    """ "ja" when the system locale (LANG, LC_ALL, LC_MESSAGES) is Japanese, else "en"."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def interface_language(settings) -> str:
    """The interface language the app starts in: "en" or "ja"."""
    chosen = settings.get("ui_language") if settings is not None else "system"
    if chosen in INTERFACE_LANGUAGES:
        return chosen
    return system_language()


def effective_label_language(settings, ui_lang: str) -> str:
    """The data's label language: the "label_language" setting if valid, else the interface's."""
    chosen = settings.get("label_language") if settings is not None else ""
    if chosen in LABEL_LANGUAGES:
        return chosen
    return ui_lang if ui_lang in INTERFACE_LANGUAGES else "en"


def catalogue_path() -> Path:
    """Where our compiled Japanese catalogue is (source tree, wheel or frozen bundle)."""
    return resources_path() / "i18n" / CATALOGUE


def qt_catalogue_candidates() -> list[Path]:
    """Where Qt's own Japanese catalogue may be: the frozen bundle keeps it beside ours
    (``resources/i18n/qt``); a source install reads it from PySide6's translations folder."""
    return [resources_path() / "i18n" / "qt" / QT_CATALOGUE,
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / QT_CATALOGUE]


def qt_catalogue_path() -> Path | None:
    return next((p for p in qt_catalogue_candidates() if p.is_file()), None)


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators an earlier ``install_translators`` put in (the interface then
    reads in English again) and restore the system's default locale."""
    for translator in getattr(app, _KEEP, ()):
        app.removeTranslator(translator)
    setattr(app, _KEEP, Translators())
    QLocale.setDefault(QLocale.system())


def install_translators(app: QCoreApplication, lang: str) -> Translators:
    """Install the translators for ``lang`` on ``app`` (before any widget is built)."""
    remove_translators(app)
    installed = Translators()
    setattr(app, _KEEP, installed)
    if lang != "ja":
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    qt_path = qt_catalogue_path()
    wanted = [(catalogue_path(), _CATALOGUE_WHAT),
              (qt_path or qt_catalogue_candidates()[0], _QT_CATALOGUE_WHAT)]
    failed: list[tuple[object, object, str]] = []  # QT_TRANSLATE_NOOP's texts are typed object
    for path, what in wanted:
        translator = QTranslator(app)
        if not path.is_file():
            failed.append((_MISSING, what, path.name))
        elif not translator.load(str(path)) or not app.installTranslator(translator):
            failed.append((_UNREADABLE, what, path.name))
        else:
            installed.append(translator)
    # Said once the translators are in: our catalogue, if it loaded, puts these in Japanese too.
    for problem, what, name in failed:
        installed.problems.append(QCoreApplication.translate("i18n", str(problem)).format(
            what=QCoreApplication.translate("i18n", str(what)), file=name))
    return installed


_CATALOGUE_WHAT = QT_TRANSLATE_NOOP("i18n", "The Japanese translation of the interface")
_QT_CATALOGUE_WHAT = QT_TRANSLATE_NOOP("i18n", "The Japanese translation of Qt's dialogs")
_MISSING = QT_TRANSLATE_NOOP("i18n", "{what} is missing ({file}); it is shown in English.")
_UNREADABLE = QT_TRANSLATE_NOOP("i18n", "{what} could not be read ({file}); it is shown in English.")
