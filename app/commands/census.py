"""`asamblea residents import|export|add|update|search|duplicates|merge` and
`asamblea print census`."""

from __future__ import annotations

import argparse
from typing import Any

from app.census.cells import cell_sex, split_full_name
from app.census.model import ImportReport, ResidentQuery
from app.commands.common import add_json, db_parent, fail, print_json, print_table, services_for
from app.domain.census import NewResident, Resident
from app.domain.dates import parse_date

# CLI option -> service field, for `add` and `update`.
_FIELD_OPTIONS = (
    ("--first-names", "first_names", "nombres"),
    ("--last-names", "last_names", "apellidos"),
    ("--national-id", "national_id", "cédula, p. ej. V-12345678 (vacío para quitarla)"),
    ("--birth-date", "birth_date", "fecha de nacimiento dd/mm/aaaa (vacío para quitarla)"),
    ("--sex", "sex", "F o M"),
    ("--council", "council_id", "id del consejo comunal"),
    ("--sector", "sector_id", "id o nombre del sector"),
    ("--address", "address", "dirección"),
    ("--phone", "phone", "teléfono"),
    ("--household", "household", "código del hogar o familia"),
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    residents = sub.add_parser("residents", help="el censo: importar, exportar, agregar, buscar")
    actions = residents.add_subparsers(dest="action", metavar="ACCIÓN", required=True)

    imp = actions.add_parser("import", parents=[parent], help="importa una hoja CSV o XLSX")
    imp.add_argument("file", metavar="ARCHIVO")
    imp.add_argument("--council", metavar="ID", help="consejo comunal de los habitantes")
    imp.add_argument("--dry-run", action="store_true", help="revisa el archivo sin guardar nada")
    add_json(imp)
    imp.set_defaults(handler=cmd_import)

    exp = actions.add_parser("export", parents=[parent], help="exporta el censo a CSV o XLSX")
    exp.add_argument("file", metavar="ARCHIVO")
    exp.add_argument("--council", metavar="ID", action="append", default=[],
                     help="solo este consejo comunal (puede repetirse)")
    exp.set_defaults(handler=cmd_export)

    add = actions.add_parser("add", parents=[parent], help="agrega un habitante")
    add.add_argument("--name", help="nombre completo (nombres y apellidos)")
    _field_options(add)
    add_json(add)
    add.set_defaults(handler=cmd_add)

    update = actions.add_parser("update", parents=[parent], help="corrige datos de un habitante")
    update.add_argument("id", metavar="ID")
    _field_options(update)
    update.add_argument("--notes", help="notas")
    add_json(update)
    update.set_defaults(handler=cmd_update)

    search = actions.add_parser("search", parents=[parent], help="busca por nombre o cédula")
    search.add_argument("text", metavar="TEXTO")
    search.add_argument("--limit", type=int, default=50)
    add_json(search)
    search.set_defaults(handler=cmd_search)

    dup = actions.add_parser("duplicates", parents=[parent], help="posibles duplicados")
    add_json(dup)
    dup.set_defaults(handler=cmd_duplicates)

    merge = actions.add_parser("merge", parents=[parent],
                               help="fusiona dos registros de la misma persona")
    merge.add_argument("keep", metavar="ID_QUE_QUEDA")
    merge.add_argument("other", metavar="ID_DUPLICADO")
    merge.add_argument("--take", default="", metavar="CAMPOS",
                       help="campos a tomar del duplicado, separados por comas "
                            "(p. ej. phone,address)")
    add_json(merge)
    merge.set_defaults(handler=cmd_merge)


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    census = papers.add_parser("census", parents=[db_parent()],
                               help="el censo de un consejo comunal con sus totales")
    census.add_argument("--council", required=True, metavar="ID")
    census.add_argument("--out", required=True, metavar="ARCHIVO.pdf")
    census.set_defaults(handler=cmd_print_census)


def _field_options(parser: argparse.ArgumentParser) -> None:
    for option, dest, text in _FIELD_OPTIONS:
        parser.add_argument(option, dest=dest, help=text)


def _given_fields(args: argparse.Namespace) -> dict[str, Any]:
    """Options given on the command line, parsed; an empty string clears a field."""
    fields: dict[str, Any] = {}
    for _option, dest, _text in _FIELD_OPTIONS:
        value = getattr(args, dest, None)
        if value is None:
            continue
        value = value.strip()
        if dest == "birth_date":
            fields[dest] = parse_date(value) if value else None
        elif dest == "sex":
            fields[dest] = cell_sex(value)
        elif dest in ("national_id", "address", "phone", "household"):
            fields[dest] = value or None
        else:
            fields[dest] = value
    notes = getattr(args, "notes", None)
    if notes is not None:
        fields["notes"] = notes.strip() or None
    return fields


def cmd_import(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        report = services.census_files.import_file(args.file, args.council, args.dry_run)
    finally:
        services.close()
    if args.json:
        print_json(report)
    else:
        _print_report(report)
    return 0 if not report.errors else 1


def _print_report(report: ImportReport) -> None:
    verb = "Se agregarían" if report.dry_run else "Se agregaron"
    print(f"Filas leídas: {report.rows}. {verb} {report.added} habitantes; "
          f"ya estaban en el censo: {report.already_present}; "
          f"repetidos en el archivo: {report.repeated_in_file}; "
          f"filas con errores: {len(report.errors)}.")
    if report.dry_run:
        print("Prueba sin guardar (--dry-run): no se cambió nada.")
    if report.ignored_columns:
        print("Columnas no usadas: " + ", ".join(report.ignored_columns))
    if report.errors:
        print_table([[str(e.row), e.column, e.reason] for e in report.errors],
                    ["fila", "columna", "motivo"])


def cmd_export(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        count = services.census_files.export_file(args.file, tuple(args.council))
    finally:
        services.close()
    print(f"Se exportaron {count} habitantes a {args.file}.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        fields = _given_fields(args)
        if args.name:
            first, last = split_full_name(args.name.strip(), last_first=False)
            fields.setdefault("first_names", first)
            fields.setdefault("last_names", last)
        ref = fields.pop("council_id", None) or services.settings.get("organization_id")
        found = services.organizations.resolve_council(ref) if ref else None
        if found is None:
            return fail("Indique el consejo comunal con --council ID "
                        "(vea `asamblea list organizations`).")
        council = found.id
        fields["sector_id"] = services.organizations.resolve_sector(council,
                                                                    fields.get("sector_id"))
        new = NewResident(council_id=council, first_names=fields.pop("first_names", ""),
                          last_names=fields.pop("last_names", ""), **fields)
        duplicates = services.residents.possible_duplicates(new)
        resident = services.residents.add(new)
    finally:
        services.close()
    if args.json:
        print_json({"resident": resident, "possible_duplicates": duplicates})
        return 0
    print(f"Habitante agregado: {resident.full_name} ({resident.id}).")
    for other in duplicates:
        print(f"Atención: posible duplicado de {other.full_name} "
              f"({other.national_id or 'sin cédula'}, {other.id}).")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        fields = _given_fields(args)
        if not fields:
            return fail("Indique al menos un dato a cambiar, p. ej. --phone 0412-5551234.")
        if fields.get("sector_id"):
            council = fields.get("council_id") or services.residents.get(args.id).council_id
            fields["sector_id"] = services.organizations.resolve_sector(council,
                                                                        fields["sector_id"])
        resident = services.residents.update(args.id, **fields)
    finally:
        services.close()
    if args.json:
        print_json(resident)
    else:
        print(f"Habitante actualizado: {resident.full_name} ({resident.id}).")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        found = services.residents.search(args.text, limit=max(1, args.limit))
    finally:
        services.close()
    if args.json:
        print_json(found)
        return 0
    print_table([_resident_cells(r) for r in found], ["id", "cédula", "nombre", "nacimiento"])
    return 0


def _resident_cells(r: Resident) -> list[str]:
    born = r.birth_date.strftime("%d/%m/%Y") if r.birth_date else ""
    return [r.id, r.national_id or "", r.full_name, born]


def cmd_duplicates(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        groups = services.residents.duplicate_groups()
    finally:
        services.close()
    if args.json:
        print_json(groups)
        return 0
    if not groups:
        print("No hay posibles duplicados.")
    for group in groups:
        reason = "misma cédula" if group.reason == "national_id" else "mismo nombre y nacimiento"
        print(f"\n{reason}: {group.key}")
        print_table([_resident_cells(r) for r in group.residents],
                    ["id", "cédula", "nombre", "nacimiento"])
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    services = services_for(args)
    try:
        take = [f.strip() for f in args.take.split(",") if f.strip()]
        result = services.residents.merge(args.keep, args.other, take)
    finally:
        services.close()
    if args.json:
        print_json(result)
    else:
        print(f"Registros fusionados: queda {result.survivor.full_name} ({result.survivor.id}).")
    return 0


def cmd_print_census(args: argparse.Namespace) -> int:
    from app.printing.document import write_pdf

    services = services_for(args)
    try:
        council = services.organizations.get(args.council)
        paper = services.papers.census(args.council)
        total = services.residents.count(ResidentQuery(council_ids=(args.council,)))
    finally:
        services.close()
    path = write_pdf(paper.data, args.out)
    print(f"Censo de {council.name}: {total} habitantes -> {path}")
    return 0
