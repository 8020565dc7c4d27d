"""Sentences for the data-safety error codes: backups, restore, disk trouble."""

from __future__ import annotations

from app.domain.messages import register_messages
from app.i18n import N_

register_messages(
    {
        "backup.no_space": N_(
            "No queda espacio en el disco para el respaldo en «{folder}». No se perdió nada: "
            "la base de datos sigue como estaba. Libere espacio (borre archivos que no necesite "
            "o copie respaldos viejos a una memoria USB) y vuelva a intentarlo."),
        "backup.write_failed": N_(
            "No se pudo escribir el respaldo en «{folder}» ({detail}). La base de datos sigue "
            "como estaba."),
        "backup.damaged": N_(
            "El respaldo «{name}» está dañado ({detail}) y no se puede usar. La base de datos no "
            "se modificó; elija otro respaldo."),
        "backup.not_found": N_("No se encontró el respaldo «{path}»."),
        "backup.not_available": N_(
            "Los respaldos automáticos son para la base de datos de un equipo (un archivo); "
            "esta base de datos está en un servidor, que se respalda con sus propias "
            "herramientas."),
        "db.is_folder": N_(
            "«{path}» es una carpeta, no un archivo de base de datos. Indique el archivo, por "
            "ejemplo «{path}/asamblea.db»."),
        "db.foreign": N_(
            "El archivo «{path}» es una base de datos de otro programa, no de Asamblea. No se "
            "modificó. Indique otro archivo (o uno que no exista, para empezar una base nueva)."),
        "history.none": N_("No hay cambios registrados para el registro «{id}»."),
        "backup.newer": N_(
            "El respaldo «{name}» fue hecho por una versión más nueva de Asamblea (revisión "
            "{revision}). Actualice el programa para restaurarlo. La base de datos no se "
            "modificó."),
    }
)
