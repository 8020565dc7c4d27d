"""`asamblea consultation remove-member|remove-table`: a member or a table added by mistake
goes, as a tombstone in the change log, while the rules allow it (a member until the table's
tally sheet is accepted, a table until ballots are printed for it)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands.common import Handler, opened, report
from app.domain.errors import DomainError
from app.domain.text import fold
from app.i18n import _

Add = Callable[[str, str, Handler], argparse.ArgumentParser]
TableArg = Callable[[argparse.ArgumentParser], None]


def register_corrections(add: Add, table_arg: TableArg) -> None:
    member = add("remove-member", "quita un miembro de mesa o testigo agregado por error",
                 cmd_remove_member)
    table_arg(member)
    member.add_argument("--member", required=True, metavar="NOMBRE/N",
                        help="su nombre completo, o su número en la lista de la mesa")
    table = add("remove-table", "quita una mesa agregada por error (antes de imprimir sus "
                                "boletas)", cmd_remove_table)
    table_arg(table)


def cmd_remove_member(args: argparse.Namespace) -> int:
    with opened(args) as services:
        table = services.voting_tables.table(args.consultation, args.table)
        wanted = args.member.strip()
        members = list(table.members)
        if wanted.isdigit() and 1 <= int(wanted) <= len(members):
            found = [members[int(wanted) - 1]]
        else:
            found = [m for m in members if fold(m.full_name) == fold(wanted)]
        if len(found) != 1:
            raise DomainError("not_found", entity="table_member", id=wanted)
        services.voting_tables.remove_member(found[0].id)
    sentence = _("{name} ya no es miembro de {table}.").format(name=found[0].full_name,
                                                               table=table.label)
    return report(args, found[0], sentence)


def cmd_remove_table(args: argparse.Namespace) -> int:
    with opened(args) as services:
        table = services.voting_tables.table(args.consultation, args.table)
        services.voting_tables.remove_table(table.id)
    return report(args, table, _("{table} quitada.").format(table=table.label))
