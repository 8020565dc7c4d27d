"""Sentences for sync error codes: what a secretary reads when a bundle is refused."""

from __future__ import annotations

from app.domain.messages import register_messages
from app.i18n import N_

register_messages(
    {
        "sync.not_found": N_("No se encontró el archivo «{path}»."),
        "sync.not_bundle": N_(
            "El archivo «{name}» no es un paquete de Asamblea. La base de datos no se modificó."),
        "sync.truncated": N_(
            "El paquete «{name}» está incompleto (cortado): probablemente se retiró la memoria "
            "antes de terminar de copiarlo. Cópielo de nuevo. La base de datos no se modificó."),
        "sync.damaged": N_(
            "El paquete «{name}» está dañado (su contenido no coincide con su suma de control). "
            "Cópielo de nuevo desde el equipo que lo creó. La base de datos no se modificó."),
        "sync.member_mismatch": N_(
            "El paquete «{name}» fue alterado: la parte «{member}» no es la que firmó el equipo "
            "que lo envió. La base de datos no se modificó."),
        "sync.unsafe_path": N_(
            "El paquete «{name}» contiene una ruta peligrosa («{member}») y fue rechazado. La "
            "base de datos no se modificó."),
        "sync.unexpected_member": N_(
            "El paquete «{name}» contiene una parte desconocida («{member}») y fue rechazado. La "
            "base de datos no se modificó."),
        "sync.too_large": N_(
            "El paquete «{name}» es demasiado grande al descomprimirse (posible «bomba zip») y "
            "fue rechazado. La base de datos no se modificó."),
        "sync.no_manifest": N_(
            "Al paquete «{name}» le falta su índice (manifest.json): no se puede comprobar. La "
            "base de datos no se modificó."),
        "sync.bad_manifest": N_(
            "El índice del paquete «{name}» no es válido ({detail}). La base de datos no se "
            "modificó."),
        "sync.newer_format": N_(
            "El paquete «{name}» fue creado por una versión más nueva de Asamblea (formato "
            "{format}). Actualice el programa para importarlo. La base de datos no se modificó."),
        "sync.newer_schema": N_(
            "El paquete «{name}» viene de una versión más nueva de Asamblea (revisión "
            "{revision}). Actualice el programa para importarlo. La base de datos no se "
            "modificó."),
        "sync.bad_signature": N_(
            "La firma del paquete «{name}» no es válida: no lo creó el equipo que dice. La base "
            "de datos no se modificó."),
        "sync.unknown_sender": N_(
            "El paquete «{name}» viene de un equipo desconocido, «{device}», con huella "
            "{fingerprint}. Compare esa huella por teléfono con quien lo envió y, si coincide, "
            "acéptela (en la línea de órdenes: --trust {fingerprint}). La base de datos no se "
            "modificó."),
        "sync.wrong_fingerprint": N_(
            "La huella aceptada ({given}) no es la del equipo que envió «{name}» "
            "({fingerprint}). La base de datos no se modificó."),
        "sync.revoked_sender": N_(
            "El paquete «{name}» fue firmado por el equipo «{device}», al que se le retiró la "
            "confianza. No se importa. La base de datos no se modificó."),
        "sync.key_mismatch": N_(
            "El paquete «{name}» dice venir del equipo «{device}», pero su llave no es la "
            "conocida para ese equipo. Puede ser una suplantación. La base de datos no se "
            "modificó."),
        "sync.unknown_origin": N_(
            "El paquete «{name}» trae cambios de un equipo sin llave conocida ({device}). La "
            "base de datos no se modificó."),
        "sync.bad_change": N_(
            "El cambio {seq} del equipo {device} en «{name}» no es válido ({detail}). La base de "
            "datos no se modificó."),
        "sync.broken_chain": N_(
            "La cadena de cambios del equipo {device} en «{name}» está rota en el cambio {seq}: "
            "el paquete fue alterado. La base de datos no se modificó."),
        "sync.gap": N_(
            "Al paquete «{name}» le faltan cambios anteriores del equipo {device} (este equipo "
            "tiene hasta el {held}; el paquete empieza en el {first}). Pida un paquete completo. "
            "La base de datos no se modificó."),
        "sync.change_reused": N_(
            "El equipo {device} volvió a usar el número de cambio {seq} con otro contenido "
            "(quizás restauró una copia de seguridad y siguió trabajando). El paquete «{name}» "
            "se rechaza para no perder ninguna de las dos versiones. La base de datos no se "
            "modificó."),
        "sync.no_space": N_(
            "No hay espacio suficiente en «{folder}»: se necesitan {needed} MB y hay {free} MB "
            "libres. Libere espacio en la memoria o use otra."),
        "sync.write_failed": N_(
            "No se pudo escribir el paquete en «{folder}» ({detail}). No retire la memoria; "
            "revísela e intente de nuevo."),
        "sync.readback_failed": N_(
            "El paquete copiado en «{folder}» no se lee igual que el original: la memoria puede "
            "estar dañada. Use otra memoria."),
        "sync.disk_full": N_(
            "No queda espacio en el disco de «{folder}». Libere espacio e intente de nuevo: no "
            "quedó nada escrito a medias y la base de datos no se modificó."),
        "sync.file_too_big": N_(
            "El paquete ({mb} MB) es más grande de lo que el disco de «{folder}» admite en un "
            "solo archivo (una memoria con formato FAT32 no guarda archivos de más de 4 GB). "
            "Use una memoria con formato exFAT, o exporte solo lo que le falta a cada equipo. "
            "No quedó nada escrito a medias."),
        "sync.not_folder": N_("«{folder}» no es una carpeta a la que se pueda escribir."),
        "sync.unknown_device": N_("No se conoce ningún equipo con el identificador «{device}»."),
        "sync.conflict_not_found": N_(
            "No hay ningún conflicto abierto con el identificador «{id}»."),
        "sync.value_not_candidate": N_(
            "«{value}» no es uno de los valores en conflicto. Elija uno de: {choices}."),
        "sync.revoke_self": N_("No se puede retirar la confianza a este mismo equipo."),
        "sync.bad_name": N_(
            "El nombre del equipo no puede quedar vacío ni pasar de {max} caracteres."),
    }
)
