"""The interface language: English or Russian, taken from the system's languages unless the user chose.

The catalogs are compiled from `resources/translations/*.ts` by `scripts/translations` and ship in
the package. English has a catalog too, holding only plural forms: a counted phrase's source text
is its plural ("%Ln items"), and the English catalog adds the singular ("1 item").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from press_archive.ui.preferences import InterfaceLanguage

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
CATALOG = "press_archive"
#: Qt's own catalog: the buttons and labels of the standard dialogs (Cancel, Open, Look in).
QT_CATALOG = "qtbase"

_LANGUAGES = {
    QLocale.Language.English: InterfaceLanguage.ENGLISH,
    QLocale.Language.Russian: InterfaceLanguage.RUSSIAN,
}


def spoken_language(choice: InterfaceLanguage, system: QLocale) -> InterfaceLanguage:
    """English or Russian: the choice, or for "Auto" the first of the system's languages we speak.

    A desktop set to Kazakh with Russian as its second language gets Russian; one set to German
    gets English.
    """
    if choice is not InterfaceLanguage.AUTO:
        return choice
    for name in system.uiLanguages():
        spoken = _LANGUAGES.get(QLocale(name).language())
        if spoken is not None:
            return spoken
    return InterfaceLanguage.ENGLISH


def interface_locale(choice: InterfaceLanguage, system: QLocale) -> QLocale:
    """The locale numbers and dates are written in: the system's, if it is in the interface's language."""
    spoken = spoken_language(choice, system)
    if _LANGUAGES.get(system.language()) is spoken:
        return system
    return QLocale(spoken.value)


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Make `locale` the default and load its catalogs (ours and Qt's); returns what was installed.

    Call before the first widget is made: texts are translated when widgets are built.
    """
    QLocale.setDefault(locale)
    installed = []
    for catalog, directory in (
        (QT_CATALOG, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (CATALOG, str(TRANSLATIONS_DIR)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, catalog, "_", directory) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def switch_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Replace every catalog the application holds with those of `locale`; returns the new ones.

    The old ones must go: a text the new catalog lacks (English has plural forms only) would
    otherwise still come out of the old one. `install_translations` makes each a child of `app`,
    which is how they are found here.
    """
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    return install_translations(app, locale)
