"""The interface language: Qt translators for our texts and Qt's own, dates to match."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.gui import widgets
from desktop_app.gui.resources import translations_dir

LANGUAGES: dict[str, str] = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}
SETTING = "language"
_installed: list[QTranslator] = []


def default_language() -> str:
    system = QLocale.system().language()
    if system == QLocale.Language.Azerbaijani:
        return "az"
    if system == QLocale.Language.Russian:
        return "ru"
    return "en"


def saved_language(settings: QSettings) -> str:
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else default_language()


def install(language: str) -> str:
    """Swap the application's translators; returns the language now in use."""
    app = QCoreApplication.instance()
    if language not in LANGUAGES:
        language = "en"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language == "en" and app is not None:
        plurals = QTranslator(app)  # "1 bundle", "2 bundles" for the %n messages
        if plurals.load("plurals_en", str(translations_dir())):
            QCoreApplication.installTranslator(plurals)
            _installed.append(plurals)
    if language != "en" and app is not None:
        ours = QTranslator(app)
        if ours.load(f"infosec_desk_{language}", str(translations_dir())):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt has no Azerbaijani for its own buttons: ours (resources) stands in for it.
        if qt.load(f"qtbase_{language}", qt_path) or qt.load(
            f"qtbase_{language}", str(translations_dir())
        ):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(widgets.locale_for(language))
    widgets.set_language(language)
    return language


class LanguageChooser(QComboBox):
    """The interface language, each named in itself, for the first-start screens: choosing one
    installs it at once (every open widget gets a LanguageChange) and keeps it in ``settings``."""

    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language-chooser")
        self.settings = settings
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(widgets.current_language())))
        self.activated.connect(self._chosen)

    def choose(self, language: str) -> None:
        self.setCurrentIndex(self.findData(language))
        self._chosen(self.currentIndex())

    def _chosen(self, _index: int) -> None:
        language = str(self.currentData())
        if self.settings is not None:
            self.settings.setValue(SETTING, language)
        if language != widgets.current_language():
            install(language)
