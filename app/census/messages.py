"""Spanish and English sentences for the census error codes."""

from __future__ import annotations

from app.domain.messages import register_messages

register_messages({
    "resident.unknown_field": (
        "El campo «{field}» no existe. Use uno de: {fields}.",
        "There is no field '{field}'. Use one of: {fields}.",
    ),
    "resident.sex_invalid": (
        "El sexo «{value}» no se reconoce. Escriba F (femenino) o M (masculino).",
        "The sex '{value}' is not recognized. Write F (female) or M (male).",
    ),
    "resident.sector_elsewhere": (
        "El sector elegido no pertenece al consejo comunal del habitante.",
        "The chosen sector does not belong to the resident's communal council.",
    ),
    "resident.not_council": (
        "Los habitantes se registran en un consejo comunal, no en una comuna o circuito.",
        "Residents are registered in a communal council, not in a commune or circuit.",
    ),
    "resident.merge_same": (
        "No se puede fusionar un habitante consigo mismo.",
        "A resident cannot be merged with itself.",
    ),
    "resident.merged": (
        "Ese habitante fue fusionado con otro registro; trabaje con el registro que quedó.",
        "That resident was merged into another record; work with the record that remains.",
    ),
    "import.unreadable": (
        "No se pudo leer el archivo «{path}»: {detail}.",
        "The file '{path}' could not be read: {detail}.",
    ),
    "import.missing": (
        "No existe el archivo «{path}». Revise el nombre y la carpeta.",
        "The file '{path}' does not exist. Check its name and folder.",
    ),
    "import.format": (
        "El archivo «{path}» no es CSV ni XLSX. Guárdelo desde la hoja de cálculo como "
        "CSV o como libro de Excel (.xlsx).",
        "The file '{path}' is neither CSV nor XLSX. Save it from the spreadsheet as CSV or as "
        "an Excel workbook (.xlsx).",
    ),
    "import.no_name_column": (
        "El archivo no tiene una columna de nombres. La primera fila debe tener títulos como "
        "«Nombres» y «Apellidos» (o «Nombre completo»). Títulos encontrados: {headers}.",
        "The file has no name column. The first row must have headings such as 'Nombres' and "
        "'Apellidos' (or 'Nombre completo'). Headings found: {headers}.",
    ),
    "import.no_council": (
        "Indique el consejo comunal de los habitantes (opción --council) o agregue una columna "
        "«Consejo comunal» al archivo.",
        "Say which communal council the residents belong to (option --council) or add a "
        "'Consejo comunal' column to the file.",
    ),
    "import.council_missing": (
        "Falta el consejo comunal.", "The communal council is missing.",
    ),
    "import.council_unknown": (
        "El consejo comunal «{value}» no está registrado.",
        "The communal council '{value}' is not registered.",
    ),
    "import.sector_unknown": (
        "El sector «{value}» no existe en ese consejo comunal; regístrelo primero en "
        "Organización.",
        "The sector '{value}' does not exist in that communal council; register it first "
        "under Organization.",
    ),
    "export.format": (
        "El archivo «{path}» debe terminar en .csv o .xlsx.",
        "The file '{path}' must end in .csv or .xlsx.",
    ),
    "census.spokesperson_lookup": (
        "Con «{text}» se encontraron {count} habitantes en el consejo comunal; escriba la "
        "cédula completa para elegir uno solo.",
        "'{text}' matched {count} residents of the communal council; type the full ID "
        "number to pick exactly one.",
    ),
    "spokesperson.term_order": (
        "El fin del período ({end}) no puede ser anterior a su inicio ({start}).",
        "The end of the term ({end}) cannot be before its start ({start}).",
    ),
})
