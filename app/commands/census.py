"""`asamblea residents import|export|add|update|search|duplicates|merge` and
`asamblea print census` (baja, reincorporar and bajas: app/commands/census_leaving.py)."""

from __future__ import annotations

import argparse
from typing import Any

from app.census.cells import cell_sex, split_full_name
from app.census.import_fill import FILLABLE
from app.census.model import ImportReport, ResidentQuery
from app.commands.census_leaving import register_leaving
from app.commands.common import (
    add_json,
    add_out,
    add_paper,
    db_parent,
    fail,
    limit_number,
    opened,
    paper_options,
    print_json,
    print_table,
    report,
)
from app.commands.exit_codes import DONE, REFUSED
from app.domain.census import NewResident, Resident
from app.domain.dates import parse_date
from app.i18n import N_, _, ngettext

# CLI option -> service field, for `add` and `update`.
_FIELD_OPTIONS = (
    ("--first-names", "first_names", "NOMBRES", "nombres"),
    ("--last-names", "last_names", "APELLIDOS", "apellidos"),
    ("--national-id", "national_id", "CÉDULA",
     "cédula, p. ej. V-12345678 (vacío para quitarla)"),
    ("--birth-date", "birth_date", "DD/MM/AAAA", "fecha de nacimiento (vacío para quitarla)"),
    ("--sex", "sex", "SEXO", "F o M"),
    ("--council", "council_id", "ID", "id del consejo comunal"),
    ("--sector", "sector_id", "SECTOR", "id o nombre del sector"),
    ("--address", "address", "DIRECCIÓN", "dirección"),
    ("--phone", "phone", "TELÉFONO", "teléfono"),
    ("--household", "household", "HOGAR", "código del hogar o familia"),
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = db_parent()
    residents = sub.add_parser("residents", help="el censo: importar, exportar, agregar, buscar")
    actions = residents.add_subparsers(dest="action", metavar="ACCIÓN", required=True)

    imp = actions.add_parser("import", parents=[parent], help="importa una hoja CSV o XLSX")
    imp.add_argument("file", metavar="ARCHIVO", help="la hoja de cálculo que se lee")
    imp.add_argument("--council", metavar="ID", help="consejo comunal de los habitantes")
    imp.add_argument("--dry-run", action="store_true", help="revisa el archivo sin guardar nada")
    imp.add_argument("--no-new-sectors", action="store_true",
                     help="no crea los sectores que el archivo nombra y el consejo no tiene: "
                          "rechaza esas filas")
    imp.add_argument("--update-missing", action="store_true",
                     help="completa los datos que faltan (teléfono, dirección, fecha de "
                          "nacimiento, sector...) de las personas ya registradas con la misma "
                          "cédula; nunca cambia un dato que ya tiene valor")
    add_json(imp)
    imp.set_defaults(handler=cmd_import)

    exp = actions.add_parser("export", parents=[parent], help="exporta el censo a CSV o XLSX")
    add_out(exp, "el archivo que se escribe, .csv o .xlsx", required=True)
    exp.add_argument("--council", metavar="ID", action="append", default=[],
                     help="solo este consejo comunal (puede repetirse)")
    add_json(exp)
    exp.set_defaults(handler=cmd_export)

    add = actions.add_parser("add", parents=[parent], help="agrega un habitante")
    add.add_argument("--name", metavar="NOMBRE", help="nombre completo (nombres y apellidos)")
    _field_options(add)
    add_json(add)
    add.set_defaults(handler=cmd_add)

    update = actions.add_parser("update", parents=[parent], help="corrige datos de un habitante")
    update.add_argument("id", metavar="ID", help="id del habitante")
    _field_options(update)
    update.add_argument("--notes", metavar="TEXTO", help="notas")
    add_json(update)
    update.set_defaults(handler=cmd_update)

    search = actions.add_parser("search", parents=[parent], help="busca por nombre o cédula")
    search.add_argument("text", metavar="TEXTO", help="parte del nombre o de la cédula")
    search.add_argument("--limit", type=limit_number, default=50, metavar="N",
                        help="como mucho N habitantes (por omisión 50)")
    add_json(search)
    search.set_defaults(handler=cmd_search)

    dup = actions.add_parser("duplicates", parents=[parent], help="posibles duplicados")
    add_json(dup)
    dup.set_defaults(handler=cmd_duplicates)

    merge = actions.add_parser("merge", parents=[parent],
                               help="fusiona dos registros de la misma persona")
    merge.add_argument("keep", metavar="ID_QUE_QUEDA", help="el registro que se conserva")
    merge.add_argument("other", metavar="ID_DUPLICADO",
                       help="el registro repetido, que se une al primero")
    merge.add_argument("--take", default="", metavar="CAMPOS",
                       help="campos a tomar del duplicado, separados por comas "
                            "(p. ej. phone,address)")
    add_json(merge)
    merge.set_defaults(handler=cmd_merge)
    register_leaving(actions)


def register_print(papers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    census = papers.add_parser("census", parents=[db_parent()],
                               help="el censo de un consejo comunal con sus totales")
    census.add_argument("--council", required=True, metavar="ID", help="id del consejo comunal")
    add_out(census, "el PDF que se escribe", required=True)
    add_paper(census)
    census.set_defaults(handler=cmd_print_census)


def _field_options(parser: argparse.ArgumentParser) -> None:
    for option, dest, metavar, text in _FIELD_OPTIONS:
        parser.add_argument(option, dest=dest, metavar=metavar, help=text)


def _given_fields(args: argparse.Namespace) -> dict[str, Any]:
    """Options given on the command line, parsed; an empty string clears a field."""
    fields: dict[str, Any] = {}
    for _option, dest, _metavar, _text in _FIELD_OPTIONS:
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
    with opened(args) as services:
        report = services.census_files.import_file(args.file, args.council, args.dry_run,
                                                   new_sectors=not args.no_new_sectors,
                                                   update_missing=args.update_missing)
        councils = {o.id: o.name for o in services.organizations.list_all()}
    if args.json:
        print_json(report)
    else:
        _print_report(report)
        _print_new_sectors(report, councils)
        _print_completable(report, args.update_missing)
    return REFUSED if report.errors else DONE


def _print_report(report: ImportReport) -> None:
    counts = dict(rows=report.rows, added=report.added, present=report.already_present,
                  repeated=report.repeated_in_file, errors=len(report.errors))
    if report.dry_run:
        print(ngettext(
            "Filas leídas: {rows}. Se agregaría {added} habitante; ya estaban en el "
            "censo: {present}; repetidos en el archivo: {repeated}; filas con errores: "
            "{errors}.",
            "Filas leídas: {rows}. Se agregarían {added} habitantes; ya estaban en el "
            "censo: {present}; repetidos en el archivo: {repeated}; filas con errores: "
            "{errors}.", report.added).format(**counts))
        print(_("Prueba sin guardar (--dry-run): no se cambió nada."))
    else:
        print(ngettext(
            "Filas leídas: {rows}. Se agregó {added} habitante; ya estaban en el "
            "censo: {present}; repetidos en el archivo: {repeated}; filas con errores: "
            "{errors}.",
            "Filas leídas: {rows}. Se agregaron {added} habitantes; ya estaban en el "
            "censo: {present}; repetidos en el archivo: {repeated}; filas con errores: "
            "{errors}.", report.added).format(**counts))
    if report.ignored_columns:
        print(_("Columnas no usadas: {columns}").format(
            columns=", ".join(report.ignored_columns)))
    if report.errors:
        print_table([[str(e.row), e.column, e.reason] for e in report.errors],
                    [_("fila"), _("columna"), _("motivo")])


def _print_new_sectors(report: ImportReport, councils: dict[str, str]) -> None:
    if not report.new_sectors:
        return
    print(_("Sectores nuevos que se crearían:") if report.dry_run
          else _("Sectores nuevos creados:"))
    for council_id, name in report.new_sectors:
        print(f"  {name} ({councils.get(council_id, council_id)})")


_FIELD_NAMES = {"birth_date": N_("fecha de nacimiento"), "sex": N_("sexo"),
                "sector_id": N_("sector"), "address": N_("dirección"), "phone": N_("teléfono"),
                "household": N_("hogar")}


def _print_completable(report: ImportReport, update_missing: bool) -> None:
    if not report.completable:
        return
    if update_missing and not report.dry_run:
        print(ngettext("Se completaron los datos que faltaban de {n} persona ya registrada.",
                       "Se completaron los datos que faltaban de {n} personas ya registradas.",
                       report.completed).format(n=report.completed))
        return
    print(ngettext("{n} persona ya registrada tiene datos que faltan y el archivo trae:",
                   "{n} personas ya registradas tienen datos que faltan y el archivo trae:",
                   report.completable).format(n=report.completable))
    for name in FILLABLE:
        if name in report.completable_fields:
            print(f"  {_(_FIELD_NAMES[name])}: {report.completable_fields[name]}")
    if not update_missing:
        print(_("Use --update-missing para completarlos (nunca se cambia un dato que ya "
                "tiene valor)."))


def cmd_export(args: argparse.Namespace) -> int:
    with opened(args) as services:
        count = services.census_files.export_file(args.out, tuple(args.council))
    sentence = ngettext("Se exportó {count} habitante a {path}.",
                        "Se exportaron {count} habitantes a {path}.", count).format(
        count=count, path=args.out)
    return report(args, {"residents": count, "out": args.out}, sentence)


def cmd_add(args: argparse.Namespace) -> int:
    with opened(args) as services:
        fields = _given_fields(args)
        if args.name:
            first, last = split_full_name(args.name.strip(), last_first=False)
            fields.setdefault("first_names", first)
            fields.setdefault("last_names", last)
        ref = fields.pop("council_id", None) or services.settings.get("organization_id")
        found = services.organizations.resolve_council(ref) if ref else None
        if found is None:
            return fail(_("Error: indique el consejo comunal con --council ID "
                          "(vea `asamblea list organizaciones`)."))
        council = found.id
        fields["sector_id"] = services.organizations.resolve_sector(council,
                                                                    fields.get("sector_id"))
        new = NewResident(council_id=council, first_names=fields.pop("first_names", ""),
                          last_names=fields.pop("last_names", ""), **fields)
        duplicates = services.residents.possible_duplicates(new)
        resident = services.residents.add(new)
    if args.json:
        print_json({"resident": resident, "possible_duplicates": duplicates})
        return DONE
    print(_("Habitante agregado: {name} ({id}).").format(name=resident.full_name,
                                                         id=resident.id))
    for other in duplicates:
        print(_("Atención: posible duplicado de {name} ({national_id}, {id}).").format(
            name=other.full_name, national_id=other.national_id or _("sin cédula registrada"),
            id=other.id))
    return DONE


def cmd_update(args: argparse.Namespace) -> int:
    fields = _given_fields(args)
    if not fields:
        return fail(_("Error: indique al menos un dato a cambiar, p. ej. --phone 0412-5551234."))
    with opened(args) as services:
        if fields.get("sector_id"):
            council = fields.get("council_id") or services.residents.get(args.id).council_id
            fields["sector_id"] = services.organizations.resolve_sector(council,
                                                                        fields["sector_id"])
        resident = services.residents.update(args.id, **fields)
    sentence = _("Habitante actualizado: {name} ({id}).").format(
        name=resident.full_name, id=resident.id)
    return report(args, resident, sentence)


def cmd_search(args: argparse.Namespace) -> int:
    with opened(args) as services:
        found = services.residents.search(args.text, limit=max(1, args.limit))
    if args.json:
        print_json(found)
        return DONE
    print_table([_resident_cells(r) for r in found], _resident_headers())
    return DONE


def _resident_headers() -> list[str]:
    return ["id", _("cédula"), _("nombre"), _("nacimiento")]


def _resident_cells(r: Resident) -> list[str]:
    born = r.birth_date.strftime("%d/%m/%Y") if r.birth_date else ""
    return [r.id, r.national_id or "", r.full_name, born]


def cmd_duplicates(args: argparse.Namespace) -> int:
    with opened(args) as services:
        groups = services.residents.duplicate_groups()
    if args.json:
        print_json(groups)
        return DONE
    if not groups:
        print(_("No hay posibles duplicados."))
    for group in groups:
        reason = (_("misma cédula") if group.reason == "national_id"
                  else _("mismo nombre y nacimiento"))
        print(f"\n{reason}: {group.key}")
        print_table([_resident_cells(r) for r in group.residents], _resident_headers())
    return DONE


def cmd_merge(args: argparse.Namespace) -> int:
    take = [f.strip() for f in args.take.split(",") if f.strip()]
    with opened(args) as services:
        result = services.residents.merge(args.keep, args.other, take)
    sentence = _("Registros fusionados: queda {name} ({id}).").format(
        name=result.survivor.full_name, id=result.survivor.id)
    return report(args, result, sentence)


def cmd_print_census(args: argparse.Namespace) -> int:
    from app.printing.document import write_pdf

    with opened(args) as services:
        council = services.organizations.get(args.council)
        paper = services.papers.census(args.council, paper_options(args))
        total = services.residents.count(ResidentQuery(council_ids=(args.council,)))
    path = write_pdf(paper.data, args.out)
    print(ngettext("Censo de {council}: {total} habitante -> {path}",
                   "Censo de {council}: {total} habitantes -> {path}", total).format(
        council=council.name, total=total, path=path))
    return DONE
