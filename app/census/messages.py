"""Sentences for the census error codes (Spanish source; English in app/locale)."""

from __future__ import annotations

from app.domain.messages import register_messages
from app.i18n import N_

register_messages({
    "resident.unknown_field": N_("El campo «{field}» no existe. Use uno de: {fields}."),
    "resident.sex_invalid": N_(
        "El sexo «{value}» no se reconoce. Escriba F (femenino) o M (masculino)."),
    "resident.sector_elsewhere": N_(
        "El sector elegido no pertenece al consejo comunal del habitante."),
    "resident.not_council": N_(
        "Los habitantes se registran en un consejo comunal, no en una comuna o circuito."),
    "resident.phone_invalid": N_(
        "El teléfono «{value}» no parece un número de teléfono: escríbalo con sus cifras, por "
        "ejemplo 0412-1234567."),
    "resident.merge_same": N_("No se puede fusionar un habitante consigo mismo."),
    "resident.merged": N_(
        "Ese habitante fue fusionado con otro registro; trabaje con el registro que quedó."),
    "import.unreadable": N_("No se pudo leer el archivo «{path}»: {detail}."),
    "import.missing": N_("No existe el archivo «{path}». Revise el nombre y la carpeta."),
    "import.format": N_(
        "El archivo «{path}» no es CSV ni XLSX. Guárdelo desde la hoja de cálculo como CSV o "
        "como libro de Excel (.xlsx)."),
    "import.no_name_column": N_(
        "El archivo no tiene una columna de nombres. La primera fila debe tener títulos como "
        "«Nombres» y «Apellidos» (o «Nombre completo»). Títulos encontrados: {headers}."),
    "import.no_council": N_(
        "Indique el consejo comunal de los habitantes (opción --council) o agregue una columna "
        "«Consejo comunal» al archivo."),
    "import.council_missing": N_("Falta el consejo comunal."),
    "import.council_unknown": N_("El consejo comunal «{value}» no está registrado."),
    "import.sector_unknown": N_(
        "El sector «{value}» no existe en ese consejo comunal; regístrelo primero en "
        "Organización."),
    "export.format": N_("El archivo «{path}» debe terminar en .csv o .xlsx."),
    "census.spokesperson_lookup": N_(
        "Con «{text}» se encontraron {count} habitantes en el consejo comunal; escriba la cédula "
        "completa para elegir uno solo."),
    "spokesperson.term_order": N_(
        "El fin del período ({end}) no puede ser anterior a su inicio ({start})."),
})
