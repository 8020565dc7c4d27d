"""`asamblea consultation create|nominate|add-centre|add-member|assign|rules|resolve-tie`:
getting a consultation ready, and settling its tie."""

from __future__ import annotations

import argparse
import sys

from app.commands.choices import CATEGORY, FUNDING, ROLE, TIE
from app.commands.common import fail, opened, print_json, report
from app.commands.exit_codes import DONE
from app.commands.projects_money import currency
from app.domain.dates import parse_date
from app.domain.enums import FundingRule, TieRule
from app.i18n import _, ngettext

# The word typed for `assign --by` -> the service's rule.
ASSIGN_BY = {"consejo": "council", "sector": "sector"}


def cmd_rules(args: argparse.Namespace) -> int:
    budget = round(args.budget * 100) if args.budget is not None else None
    with opened(args) as services:
        c = services.consultations.set_rules(
            args.consultation, FUNDING[args.funding], args.funded, budget,
            TIE[args.tie] if args.tie else None,
            currency(args.currency) if args.currency else None)
    if args.json:
        print_json(c)
        return DONE
    if c.funding_rule is FundingRule.MOST_VOTED:
        rule = _("se financia el proyecto más votado")
    elif c.funding_rule is FundingRule.TOP_N:
        rule = ngettext("se financia {count} proyecto, el más votado",
                        "se financian los {count} proyectos más votados",
                        c.funded_count).format(count=c.funded_count)
    else:
        rule = _("se financian en orden de votos hasta agotar el presupuesto")
    tie = _("segunda votación") if c.tie_rule is TieRule.SECOND_VOTE else _("sorteo registrado")
    print(_("Reglas de {name}: {rule}; un empate se resuelve por {tie}.").format(
        name=c.name, rule=rule, tie=tie))
    return DONE


def cmd_resolve_tie(args: argparse.Namespace) -> int:
    try:
        numbers = [int(n) for n in args.order.split(",") if n.strip()]
    except ValueError:
        return fail(_("Error: escriba el orden como números separados por comas, por ejemplo "
                      "2,5."))
    with opened(args) as services:
        services.consultations.resolve_tie(args.consultation, numbers, args.note)
    sentence = _("Desempate registrado: {order}").format(
        order=", ".join(str(n) for n in numbers))
    return report(args, {"consultation": args.consultation, "order": numbers}, sentence)


def cmd_create(args: argparse.Namespace) -> int:
    vote_date = parse_date(args.date)
    with opened(args) as services:
        consultation = services.consultations.create(
            args.organization, args.name, vote_date,
            max_candidates=services.settings.all().max_candidates)
    sentence = _("Consulta creada: {name} ({id}), votación el {date}.").format(
        name=consultation.name, id=consultation.id,
        date=consultation.vote_date.strftime("%d/%m/%Y"))
    return report(args, consultation, sentence)


def cmd_add_centre(args: argparse.Namespace) -> int:
    if not 1 <= args.tables <= 50:
        return fail(_("Error: --tables debe estar entre 1 y 50."))
    with opened(args) as services:
        centre, tables = services.voting_tables.add_centre_with_tables(
            args.consultation, args.name, args.address, args.tables)
    sentence = ngettext("Centro «{name}» ({id}) con {count} mesa: {tables}",
                        "Centro «{name}» ({id}) con {count} mesas: {tables}",
                        len(tables)).format(name=centre.name, id=centre.id, count=len(tables),
                                            tables=", ".join(tables))
    return report(args, {"centre": centre, "tables": tables}, sentence)


def cmd_add_member(args: argparse.Namespace) -> int:
    with opened(args) as services:
        table = services.voting_tables.table(args.consultation, args.table)
        member = services.voting_tables.add_member(table.id, args.name, ROLE[args.role],
                                                   args.national_id)
    sentence = _("{name} agregado(a) a {table}.").format(name=member.full_name,
                                                         table=table.label)
    return report(args, member, sentence)


def cmd_assign(args: argparse.Namespace) -> int:
    if not args.split and (not args.table or not args.by):
        return fail(_("Error: indique --table y --by (consejo o sector), o use --split."))
    with opened(args) as services:
        if args.split:
            services.voting_tables.split_evenly(args.consultation)
        else:
            table = services.voting_tables.table(args.consultation, args.table)
            ids = [i.strip() for i in args.ids.split(",") if i.strip()]
            services.voting_tables.set_rule(table.id, ASSIGN_BY[args.by], ids)
        tables = services.voting_tables.tables(args.consultation)
        stale = services.voting_tables.stale_registers(args.consultation)
    if stale:  # the paper already printed lists other voters now
        print(ngettext("Atención: reimprima el cuaderno de votación de la mesa {tables}; el "
                       "impreso ya no corresponde a sus electores.",
                       "Atención: reimprima los cuadernos de votación de las mesas {tables}; "
                       "los impresos ya no corresponden a sus electores.", len(stale)).format(
            tables=", ".join(str(n) for n in stale)), file=sys.stderr)
    if args.json:
        print_json([{"id": t.id, "table": t.label, "voters": t.voters} for t in tables])
        return DONE
    for table in tables:
        print(ngettext("{table}: {count} elector", "{table}: {count} electores",
                       table.voters or 0).format(table=table.label, count=table.voters))
    return DONE


def cmd_nominate(args: argparse.Namespace) -> int:
    if bool(args.project) == bool(args.title):
        return fail(_("Error: indique --project (un proyecto registrado) o --title (uno "
                      "nuevo)."))
    with opened(args) as services:
        if args.project:
            nomination = services.consultations.nominate(args.consultation, args.project)
        else:
            nomination = services.consultations.nominate_new(
                args.consultation, args.title, CATEGORY[args.category],
                round(args.cost * 100))
    sentence = _("Postulado con el número {number}: {title}").format(
        number=nomination.number, title=nomination.title)
    return report(args, nomination, sentence)
