"""Sentences for the hub's error codes, on the laptop and on the hub's command line."""

from __future__ import annotations

from app.domain.messages import register_messages
from app.i18n import N_

register_messages(
    {
        "hub.bad_fingerprint": N_(
            "«{fingerprint}» no es una huella de equipo (son 12 letras y números, como "
            "K3QX-7MNA-P2RD)."),
        "hub.bad_commune": N_("Indique la comuna del equipo (hasta {max} caracteres)."),
        "hub.enroll_revoked": N_(
            "El equipo {fingerprint} fue rechazado y no puede volver a admitirse: que cree "
            "una clave nueva y se admita con su nueva huella."),
        "hub.enrolled_elsewhere": N_(
            "El equipo {fingerprint} ya está admitido para la comuna «{commune}»."),
        "hub.not_enrolled": N_(
            "El hub no conoce este equipo (huella {fingerprint}). Pida a su administrador "
            "que lo admita con «asamblea hub enroll {fingerprint} --commune …». No se "
            "envió ni recibió nada."),
        "hub.revoked": N_(
            "El hub rechaza este equipo (huella {fingerprint}): fue dado de baja. No se envió "
            "ni recibió nada."),
        "hub.bad_request_signature": N_(
            "El hub no aceptó la firma de la petición. No se envió ni recibió nada."),
        "hub.stale_request": N_(
            "El hub rechazó la petición por su hora: revise la fecha y la hora de este "
            "equipo. No se envió ni recibió nada."),
        "hub.replayed": N_(
            "El hub rechazó una petición repetida (ya la había recibido). No se escribió "
            "nada."),
        "hub.bad_upload": N_("El envío al hub no es válido ({detail}). No se escribió nada."),
        "hub.too_large": N_(
            "El envío supera el límite del hub ({limit} MB). No se escribió nada."),
        "hub.offset": N_("El hub ya tiene {offset} bytes de este paquete; se sigue desde ahí."),
        "hub.not_own_bundle": N_(
            "El hub solo acepta paquetes hechos por el equipo que los envía. No se escribió "
            "nada."),
        "hub.push_first": N_(
            "El hub aún no tiene nada de este equipo: envíe primero («asamblea sync now»)."),
        "hub.pull_gone": N_("El paquete pedido ya no está en el hub: pídalo de nuevo."),
        "hub.needs_postgresql": N_(
            "El hub necesita una base PostgreSQL (--db postgresql://usuario@equipo/base)."),
        "hub.not_initialized": N_(
            "Falta el certificado del hub en «{folder}»: ejecute antes «asamblea hub init»."),
        "hub.bad_url": N_(
            "«{url}» no es una dirección de hub: debe empezar por https://, por ejemplo "
            "https://hub.comuna.ve:8443."),
        "hub.unreachable": N_(
            "No se pudo hablar con el hub {url} ({detail}). Se intentará de nuevo; nada se "
            "perdió."),
        "hub.wrong_fingerprint": N_(
            "La huella del hub es {found}, no {given}: no es el hub que dio su administrador "
            "(o la huella se copió mal). No se fijó."),
        "hub.certificate_changed": N_(
            "El certificado del hub {url} cambió desde que se fijó: puede ser otro servidor "
            "haciéndose pasar por el hub. No se envió ni recibió nada. Si el administrador lo "
            "cambió a propósito, fije de nuevo con «asamblea sync hub set URL --trust HUELLA»."),
        "hub.device_changed": N_(
            "El hub {url} firma ahora con otra clave. No se envió ni recibió nada. Consulte "
            "a su administrador."),
        "hub.relays_revoked": N_(
            "El paquete trae cambios del equipo {fingerprint} posteriores a su baja en el hub: "
            "fue rechazado entero. No se escribió nada."),
        "hub.bad_answer": N_("El hub respondió algo inesperado (código {status})."),
        "hub.not_configured": N_(
            "No hay hub fijado: use «asamblea sync hub set URL --trust HUELLA»."),
        "hub.bad_download": N_(
            "El paquete recibido del hub no coincide con su suma de control; se pedirá de "
            "nuevo. No se escribió nada."),
    }
)
