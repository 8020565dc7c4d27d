"""The last failed sync is kept as its code and parameters, and worded when read: a refusal
met while the program was in Spanish reads in English once the window is set to English, and
back (the status line of Sincronizar and Inicio, and `sync hub status`)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.errors import DomainError
from app.persistence.rows import SettingRow
from app.services.hub_client import LAST_ERROR, URL

from tests.sync.conftest import Laptop
from ui.hub_sync import line
from ui.launcher import install_translators

FINGERPRINT = "K3QX-7MNA-P2RD"


def fail_once(services: object, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> None:
        raise DomainError("hub.revoked", fingerprint=FINGERPRINT)

    monkeypatch.setattr(services, "_sync_once", refused)


@pytest.mark.parametrize(("written_in", "read_in"), [("es", "en"), ("en", "es")])
def test_the_last_error_reads_in_the_readers_language(
        laptop: Laptop, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        written_in: str, read_in: str) -> None:
    one = laptop("one")
    with one.sessions.begin() as s:
        s.merge(SettingRow(key=URL, value="https://hub.example.ve:8443"))
    fail_once(one.hub, monkeypatch)
    monkeypatch.setenv("ASAMBLEA_LANG", written_in)
    with pytest.raises(DomainError):
        one.hub.sync_now()
    with one.sessions.begin() as s:
        stored = s.get_one(SettingRow, LAST_ERROR).value
    assert json.loads(stored) == {"code": "hub.revoked",
                                  "params": {"fingerprint": FINGERPRINT}}

    monkeypatch.setenv("ASAMBLEA_LANG", read_in)  # what the window does when it is set
    translators = install_translators(qapp, read_in)
    try:
        status = one.hub.status()
        shown = line(status)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    spanish = f"El hub rechaza este equipo (huella {FINGERPRINT}): fue dado de baja."
    english = f"The hub refuses this laptop (fingerprint {FINGERPRINT}): it was revoked."
    if read_in == "en":
        assert english in status.last_error and f"Last attempt: {english}" in shown
        assert "rechaza" not in shown
    else:
        assert spanish in status.last_error and f"Último intento: {spanish}" in shown
        assert "refuses" not in shown
    assert status.last_error_code == "hub.revoked"


def test_a_sentence_stored_by_an_older_version_is_shown_as_it_is(laptop: Laptop) -> None:
    one = laptop("one")
    old = "No se pudo hablar con el hub https://hub.example.ve (timed out)."
    with one.sessions.begin() as s:
        s.merge(SettingRow(key=URL, value="https://hub.example.ve:8443"))
        s.merge(SettingRow(key=LAST_ERROR, value=old))
    assert one.hub.status().last_error == old
