"""Settings declared once over QSettings (an INI file in tmp_path, never the user's), and their dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel

from planner.ui.shell.settings_dialog import SettingsDialog
from planner.ui.widgets.settings import (
    LANGUAGE,
    MAX_RECENT,
    OPEN_LAST,
    OPTIONS,
    PAPER,
    RECENT_FILES,
    WINDOW_GEOMETRY,
    Settings,
    chosen_paper,
    shown_options,
)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def test_every_option_is_declared_once_with_a_default_of_its_type() -> None:
    keys = [option.key for option in OPTIONS]
    assert len(keys) == len(set(keys))
    for option in OPTIONS:
        assert option.convert(option.default) == option.default, option.key
        if option.choices is not None:
            assert option.default in [value for value, _ in option.choices()], option.key
    shown = shown_options()
    assert {LANGUAGE, PAPER, OPEN_LAST} <= set(shown)
    assert all(option.label is not None and option.label() for option in shown)
    assert RECENT_FILES not in shown and WINDOW_GEOMETRY not in shown


def test_values_survive_a_restart_in_the_ini_file(ini: Path) -> None:
    settings = Settings.ini(ini)
    assert settings.get(LANGUAGE) == "" and settings.get(OPEN_LAST) is True  # the defaults
    settings.set(LANGUAGE, "de")
    settings.set(PAPER, "letter")
    settings.set(OPEN_LAST, False)
    settings.set(WINDOW_GEOMETRY, QByteArray(b"\x01\x02geometry"))
    settings.sync()
    assert ini.exists() and settings.location() == str(ini)

    again = Settings.ini(ini)
    assert again.get(LANGUAGE) == "de"
    assert again.get(PAPER) == "letter" and chosen_paper(again) == "letter"
    assert again.get(OPEN_LAST) is False
    assert bytes(again.get(WINDOW_GEOMETRY)) == b"\x01\x02geometry"


def test_a_stored_value_of_the_wrong_kind_reads_as_the_default(ini: Path) -> None:
    raw = QSettings(str(ini), QSettings.Format.IniFormat)
    raw.setValue(LANGUAGE.key, "fr")  # not one of the choices
    raw.setValue(OPEN_LAST.key, "sometimes")
    raw.setValue(WINDOW_GEOMETRY.key, "not bytes")
    raw.setValue(RECENT_FILES.key, "/only/one.sqlite")  # INI keeps a list of one as a plain string
    raw.sync()
    settings = Settings.ini(ini)
    assert settings.get(LANGUAGE) == ""
    assert settings.get(OPEN_LAST) is True
    assert settings.get(WINDOW_GEOMETRY).isEmpty()
    assert settings.recent_files() == [Path("/only/one.sqlite")]
    with pytest.raises(ValueError):
        settings.set(LANGUAGE, "fr")


def test_recent_files_newest_first_each_once_and_at_most_eight(tmp_path: Path, ini: Path) -> None:
    settings = Settings.ini(ini)
    paths = [tmp_path / f"book{n}.sqlite" for n in range(MAX_RECENT + 2)]
    for path in paths:
        settings.add_recent(path)
    settings.add_recent(paths[3])
    recent = settings.recent_files()
    assert recent[0] == paths[3].resolve()
    assert len(recent) == MAX_RECENT == len(set(recent))
    assert paths[0].resolve() not in recent  # the oldest fell off
    settings.forget_recent(paths[3].resolve())
    assert paths[3].resolve() not in settings.recent_files()


def test_read_only_settings_and_memory_settings_write_nothing(ini: Path) -> None:
    frozen = Settings(QSettings(str(ini), QSettings.Format.IniFormat), read_only=True)
    frozen.set(LANGUAGE, "de")
    frozen.add_recent(Path("/some/book.sqlite"))
    frozen.sync()
    assert frozen.get(LANGUAGE) == "" and frozen.recent_files() == []
    assert not ini.exists()
    memory = Settings.memory()
    memory.set(PAPER, "a4")
    assert memory.get(PAPER) == "a4" and memory.location() == ""
    assert chosen_paper(Settings.memory()) is None  # by the language's country


def test_the_dialog_has_a_labelled_field_per_shown_option(qtbot, ini: Path) -> None:
    dialog = SettingsDialog(Settings.ini(ini))
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == {option.key for option in shown_options()}
    assert isinstance(dialog.fields[LANGUAGE.key], QComboBox)
    assert isinstance(dialog.fields[OPEN_LAST.key], QCheckBox)
    form = dialog.findChild(QFormLayout)
    labels = {form.labelForField(f).text() for f in dialog.fields.values() if form.labelForField(f)}
    assert {"Language", "Paper for briefings"} <= labels
    assert dialog.fields[OPEN_LAST.key].text() == "At start, open the portfolio used last"
    assert any("Applies at once" in label.text() for label in dialog.findChildren(QLabel))


def test_ok_writes_what_changed_and_cancel_writes_nothing(qtbot, ini: Path) -> None:
    settings = Settings.ini(ini)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    paper = dialog.fields[PAPER.key]
    paper.setCurrentIndex(paper.findData("letter"))
    dialog.fields[OPEN_LAST.key].setChecked(False)
    dialog.reject()
    assert dialog.changed == set() and settings.get(PAPER) == ""

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    paper = dialog.fields[PAPER.key]
    paper.setCurrentIndex(paper.findData("letter"))
    dialog.fields[OPEN_LAST.key].setChecked(False)
    dialog.accept()
    assert dialog.changed == {PAPER.key, OPEN_LAST.key}
    again = Settings.ini(ini)
    assert again.get(PAPER) == "letter" and again.get(OPEN_LAST) is False


def test_choosing_german_builds_the_window_again_in_german(qtbot, qapp, demo_store, ini: Path) -> None:
    from planner.ui.shell.main_window import MainWindow
    from planner.ui.widgets.i18n import install_language

    window = MainWindow(demo_store, settings=Settings.ini(ini))
    qtbot.addWidget(window)
    window.show()
    dialog = window.help.show_settings()
    language = dialog.fields[LANGUAGE.key]
    language.setCurrentIndex(language.findData("de"))
    try:
        with qtbot.waitSignal(dialog.accepted):
            dialog.accept()
        new = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qtbot.addWidget(new)
        assert new is not window and not window.isVisible()
        assert new.store is demo_store and new.owns_store is False  # the test's store, closed by its fixture
        assert new.menuBar().actions()[0].text() == "&Datei"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
        assert Settings.ini(ini).get(LANGUAGE) == "de"
    finally:
        install_language(qapp, "en")
