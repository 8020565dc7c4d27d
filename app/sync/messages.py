"""Sentences for sync error codes: what a secretary reads when a bundle is refused."""

from __future__ import annotations

from app.domain.messages import register_messages

UNCHANGED_ES = " La base de datos no se modificó."
UNCHANGED_EN = " The database was not changed."

register_messages(
    {
        "sync.not_found": (
            "No se encontró el archivo «{path}».",
            "The file '{path}' was not found.",
        ),
        "sync.not_bundle": (
            "El archivo «{name}» no es un paquete de Asamblea." + UNCHANGED_ES,
            "The file '{name}' is not an Asamblea bundle." + UNCHANGED_EN,
        ),
        "sync.truncated": (
            "El paquete «{name}» está incompleto (cortado): probablemente se retiró la memoria "
            "antes de terminar de copiarlo. Cópielo de nuevo." + UNCHANGED_ES,
            "The bundle '{name}' is incomplete (cut short): the stick was probably removed "
            "before the copy finished. Copy it again." + UNCHANGED_EN,
        ),
        "sync.damaged": (
            "El paquete «{name}» está dañado (su contenido no coincide con su suma de "
            "control). Cópielo de nuevo desde el equipo que lo creó." + UNCHANGED_ES,
            "The bundle '{name}' is damaged (its content does not match its checksum). Copy "
            "it again from the laptop that made it." + UNCHANGED_EN,
        ),
        "sync.member_mismatch": (
            "El paquete «{name}» fue alterado: la parte «{member}» no es la que firmó el "
            "equipo que lo envió." + UNCHANGED_ES,
            "The bundle '{name}' was altered: its part '{member}' is not the one the sending "
            "laptop signed." + UNCHANGED_EN,
        ),
        "sync.unsafe_path": (
            "El paquete «{name}» contiene una ruta peligrosa («{member}») y fue rechazado."
            + UNCHANGED_ES,
            "The bundle '{name}' holds a dangerous path ('{member}') and was refused."
            + UNCHANGED_EN,
        ),
        "sync.unexpected_member": (
            "El paquete «{name}» contiene una parte desconocida («{member}») y fue rechazado."
            + UNCHANGED_ES,
            "The bundle '{name}' holds an unknown part ('{member}') and was refused."
            + UNCHANGED_EN,
        ),
        "sync.too_large": (
            "El paquete «{name}» es demasiado grande al descomprimirse (posible «bomba zip») "
            "y fue rechazado." + UNCHANGED_ES,
            "The bundle '{name}' is too large once uncompressed (a possible zip bomb) and was "
            "refused." + UNCHANGED_EN,
        ),
        "sync.no_manifest": (
            "Al paquete «{name}» le falta su índice (manifest.json): no se puede comprobar."
            + UNCHANGED_ES,
            "The bundle '{name}' has no index (manifest.json): it cannot be checked."
            + UNCHANGED_EN,
        ),
        "sync.bad_manifest": (
            "El índice del paquete «{name}» no es válido ({detail})." + UNCHANGED_ES,
            "The index of the bundle '{name}' is not valid ({detail})." + UNCHANGED_EN,
        ),
        "sync.newer_format": (
            "El paquete «{name}» fue creado por una versión más nueva de Asamblea (formato "
            "{format}). Actualice el programa para importarlo." + UNCHANGED_ES,
            "The bundle '{name}' was made by a newer version of Asamblea (format {format}). "
            "Update the program to import it." + UNCHANGED_EN,
        ),
        "sync.newer_schema": (
            "El paquete «{name}» viene de una versión más nueva de Asamblea (revisión "
            "{revision}). Actualice el programa para importarlo." + UNCHANGED_ES,
            "The bundle '{name}' comes from a newer version of Asamblea (revision {revision}). "
            "Update the program to import it." + UNCHANGED_EN,
        ),
        "sync.bad_signature": (
            "La firma del paquete «{name}» no es válida: no lo creó el equipo que dice."
            + UNCHANGED_ES,
            "The signature of the bundle '{name}' is not valid: it was not made by the laptop "
            "it names." + UNCHANGED_EN,
        ),
        "sync.unknown_sender": (
            "El paquete «{name}» viene de un equipo desconocido, «{device}», con huella "
            "{fingerprint}. Compare esa huella por teléfono con quien lo envió y, si coincide, "
            "acéptela (en la línea de órdenes: --trust {fingerprint})." + UNCHANGED_ES,
            "The bundle '{name}' comes from an unknown laptop, '{device}', with fingerprint "
            "{fingerprint}. Compare it by phone with the sender and, if it matches, accept it "
            "(on the command line: --trust {fingerprint})." + UNCHANGED_EN,
        ),
        "sync.wrong_fingerprint": (
            "La huella aceptada ({given}) no es la del equipo que envió «{name}» "
            "({fingerprint})." + UNCHANGED_ES,
            "The accepted fingerprint ({given}) is not the one of the laptop that sent "
            "'{name}' ({fingerprint})." + UNCHANGED_EN,
        ),
        "sync.revoked_sender": (
            "El paquete «{name}» fue firmado por el equipo «{device}», al que se le retiró la "
            "confianza. No se importa." + UNCHANGED_ES,
            "The bundle '{name}' was signed by the laptop '{device}', which is no longer "
            "trusted. It is not imported." + UNCHANGED_EN,
        ),
        "sync.key_mismatch": (
            "El paquete «{name}» dice venir del equipo «{device}», pero su llave no es la "
            "conocida para ese equipo. Puede ser una suplantación." + UNCHANGED_ES,
            "The bundle '{name}' claims to come from the laptop '{device}', but its key is not "
            "the one known for it. It may be an impersonation." + UNCHANGED_EN,
        ),
        "sync.unknown_origin": (
            "El paquete «{name}» trae cambios de un equipo sin llave conocida ({device})."
            + UNCHANGED_ES,
            "The bundle '{name}' carries changes from a laptop with no known key ({device})."
            + UNCHANGED_EN,
        ),
        "sync.bad_change": (
            "El cambio {seq} del equipo {device} en «{name}» no es válido ({detail})."
            + UNCHANGED_ES,
            "Change {seq} of laptop {device} in '{name}' is not valid ({detail})."
            + UNCHANGED_EN,
        ),
        "sync.broken_chain": (
            "La cadena de cambios del equipo {device} en «{name}» está rota en el cambio {seq}: "
            "el paquete fue alterado." + UNCHANGED_ES,
            "The chain of changes of laptop {device} in '{name}' is broken at change {seq}: "
            "the bundle was altered." + UNCHANGED_EN,
        ),
        "sync.gap": (
            "Al paquete «{name}» le faltan cambios anteriores del equipo {device} (este equipo "
            "tiene hasta el {held}; el paquete empieza en el {first}). Pida un paquete completo."
            + UNCHANGED_ES,
            "The bundle '{name}' lacks earlier changes of laptop {device} (this laptop holds up "
            "to {held}; the bundle starts at {first}). Ask for a full bundle." + UNCHANGED_EN,
        ),
        "sync.change_reused": (
            "El equipo {device} volvió a usar el número de cambio {seq} con otro contenido "
            "(quizás restauró una copia de seguridad y siguió trabajando). El paquete «{name}» "
            "se rechaza para no perder ninguna de las dos versiones." + UNCHANGED_ES,
            "Laptop {device} reused change number {seq} with other content (perhaps it "
            "restored a backup and kept working). The bundle '{name}' is refused so that "
            "neither version is lost." + UNCHANGED_EN,
        ),
        "sync.no_space": (
            "No hay espacio suficiente en «{folder}»: se necesitan {needed} MB y hay {free} MB "
            "libres. Libere espacio en la memoria o use otra.",
            "There is not enough space in '{folder}': {needed} MB are needed and {free} MB are "
            "free. Free some space on the stick or use another one.",
        ),
        "sync.write_failed": (
            "No se pudo escribir el paquete en «{folder}» ({detail}). No retire la memoria; "
            "revísela e intente de nuevo.",
            "The bundle could not be written to '{folder}' ({detail}). Do not remove the "
            "stick; check it and try again.",
        ),
        "sync.readback_failed": (
            "El paquete copiado en «{folder}» no se lee igual que el original: la memoria puede "
            "estar dañada. Use otra memoria.",
            "The bundle copied to '{folder}' does not read back as the original: the stick may "
            "be damaged. Use another stick.",
        ),
        "sync.not_folder": (
            "«{folder}» no es una carpeta a la que se pueda escribir.",
            "'{folder}' is not a folder that can be written to.",
        ),
        "sync.unknown_device": (
            "No se conoce ningún equipo con el identificador «{device}».",
            "No laptop with id '{device}' is known.",
        ),
        "sync.conflict_not_found": (
            "No hay ningún conflicto abierto con el identificador «{id}».",
            "There is no open conflict with id '{id}'.",
        ),
        "sync.value_not_candidate": (
            "«{value}» no es uno de los valores en conflicto. Elija uno de: {choices}.",
            "'{value}' is not one of the conflicting values. Choose one of: {choices}.",
        ),
        "sync.revoke_self": (
            "No se puede retirar la confianza a este mismo equipo.",
            "This laptop cannot revoke its own trust.",
        ),
    }
)
