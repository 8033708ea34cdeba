"""The app's language: picks German or English, loads the translations and sets the locale for numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.core.store.paths import resources_dir

LANGUAGES = ("de", "en")


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def current_language() -> str:
    """The language the app speaks now ("de" or "en"), from the locale install_language set."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def install_language(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for `lang` (default: the system's) and return the language chosen."""
    lang = lang if lang in LANGUAGES else system_language()
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"planner_{lang}.qm")):
        app.installTranslator(ours)
    if lang == "de":
        locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
        qt = QTranslator(app)
        if qt.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
    else:
        system = QLocale.system()
        english = system.language() == QLocale.Language.English
        locale = system if english else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    return lang
