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
        "db.disk_full": N_(
            "El disco está lleno: no se pudo guardar y no se guardó nada de este último "
            "cambio (lo guardado antes sigue intacto). Libere espacio (borre archivos que no "
            "necesite o copie respaldos viejos de Configuración › Respaldos a una memoria USB) "
            "y vuelva a intentarlo."),
        "db.read_only": N_(
            "No se puede escribir en la base de datos «{path}»: el archivo o su carpeta son de "
            "solo lectura. No se guardó nada. Revise los permisos del archivo y de su carpeta "
            "(el usuario debe poder escribir en ambos) o mueva la carpeta de datos a un lugar "
            "donde pueda escribir."),
        "history.none": N_("No hay cambios registrados para el registro «{id}»."),
        "operator.empty": N_(
            "Escriba el nombre de la persona a cargo de este equipo (la secretaria o el "
            "secretario que lo usa ahora)."),
        "operator.bad_name": N_(
            "El nombre de la persona a cargo tiene caracteres que no se pueden guardar; "
            "escríbalo de nuevo."),
        "operator.too_long": N_(
            "El nombre de la persona a cargo es demasiado largo (a lo sumo {limit} letras)."),
        "backup.newer": N_(
            "El respaldo «{name}» fue hecho por una versión más nueva de Asamblea (revisión "
            "{revision}). Actualice el programa para restaurarlo. La base de datos no se "
            "modificó."),
    }
)
