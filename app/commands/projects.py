"""`asamblea projects list|show|fund|status|budget|receive|spend|expenses`: a funded
project's life and money from the command line. The money handlers are in
projects_money.py."""

from __future__ import annotations

import argparse

from app.commands import projects_money as money
from app.commands import projects_oversight as oversight
from app.commands.choices import PROJECT_ROLE, PROJECT_STATUS
from app.commands.common import ActionAdder, add_out, opened, report
from app.commands.exit_codes import DONE
from app.domain.labels import label
from app.domain.money import money_text
from app.i18n import _, ngettext
from app.projects.money import parse_amount


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as services:
        orgs = [args.organization] if args.organization else []
        projects = services.projects.list_all(orgs)
    if args.json:
        return report(args, projects, "")
    for p in projects:
        print(f"{p.id}  {label(p.status):<14} {money_text(p.cost_cents, p.currency.value):>18}"
              f"  {p.title}")
    print(ngettext("{n} proyecto", "{n} proyectos", len(projects)).format(n=len(projects)))
    return DONE


def cmd_fund(args: argparse.Namespace) -> int:
    amount = parse_amount(args.amount)
    currency = money.currency(args.currency)
    with opened(args) as services:
        by = args.by or services.settings.all().secretary_name
        project = services.project_status.fund(args.project, amount, currency, by,
                                               args.committee, args.responsible)
    return report(args, project, _("«{title}» financiado con {amount}.").format(
        title=project.title, amount=money_text(amount, currency.value)))


def cmd_status(args: argparse.Namespace) -> int:
    status = PROJECT_STATUS[args.to]
    with opened(args) as services:
        by = args.by or services.settings.all().secretary_name
        project = services.project_status.set_status(args.project, status, by, args.note)
        history = services.project_status.history(args.project)
    return report(args, {"project": project, "history": history},
                  _("«{title}»: {status}.").format(title=project.title, status=label(status)))


def cmd_people(args: argparse.Namespace) -> int:
    """Name a resident responsible (--add with --role), take one off (--remove), or list."""
    with opened(args) as services:
        status = services.project_status
        if args.add:
            [person] = status.name_people(args.project, [args.add], PROJECT_ROLE[args.role])
            done = _("{name} figura ahora como «{role}».").format(name=person.name,
                                                                  role=label(person.role))
        elif args.remove:
            person = status.remove_person(args.remove)
            done = _("{name} ya no figura como «{role}».").format(name=person.name,
                                                                  role=label(person.role))
        else:
            done = ""
        people = status.people(args.project)
    if args.json:
        return report(args, people, "")
    lines = [done] if done else []
    lines += [f"{p.id}  {label(p.role)}: {p.name}" for p in people]
    if not people:
        lines.append(_("Nadie figura todavía como responsable del proyecto."))
    print("\n".join(lines))
    return DONE


def _project_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="ID", help="id del proyecto")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser("projects", help="proyectos financiados: presupuesto, ingresos, gastos")
    cmds = top.add_subparsers(dest="projects_command", metavar="ACCIÓN", required=True)

    add = ActionAdder(cmds, _project_arg)

    def by(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--by", default="", metavar="NOMBRE",
                            help="quién hace el cambio (por omisión: el secretario de los "
                                 "ajustes)")

    listing = add("list", "los proyectos con su estado y costo", cmd_list, with_subject=False)
    listing.add_argument("--organization", default=None, metavar="ID",
                         help="solo los proyectos de esta organización")
    add("show", "cuentas del proyecto: recibido, gastado por partida, saldo y alertas",
        money.cmd_show)

    fund = add("fund", "registra el proyecto como financiado", cmd_fund)
    fund.add_argument("--amount", required=True, metavar="MONTO", help="monto, ej. 10.000,00")
    fund.add_argument("--currency", default="USD", metavar="MONEDA", help="USD o VES")
    fund.add_argument("--committee", default=None, metavar="NOMBRE",
                      help="comité responsable")
    fund.add_argument("--responsible", default=None, metavar="NOMBRES",
                      help="voceros responsables")
    by(fund)

    people = add("people", "voceros y comité responsables: habitantes del censo con su rol",
                 cmd_people)
    which = people.add_mutually_exclusive_group()
    which.add_argument("--add", default=None, metavar="HABITANTE",
                       help="id del habitante que se nombra responsable")
    which.add_argument("--remove", default=None, metavar="ID",
                       help="id del responsable que deja de serlo")
    people.add_argument("--role", default="vocero", choices=tuple(PROJECT_ROLE),
                        help="vocero (por omisión) o comite")

    status = add("status", "cambia el estado del proyecto (queda fechado, con quién)",
                 cmd_status)
    status.add_argument("--to", required=True, choices=tuple(PROJECT_STATUS),
                        help="en-ejecucion, terminado, suspendido o cancelado")
    status.add_argument("--note", default="", metavar="TEXTO", help="motivo del cambio")
    by(status)

    budget = add("budget", "agrega una partida del presupuesto o cambia lo previsto",
                 money.cmd_budget)
    budget.add_argument("--line", required=True, metavar="NOMBRE",
                        help="partida: materiales, mano de obra, transporte, servicios...")
    budget.add_argument("--planned", required=True, metavar="MONTO", help="monto previsto")

    receive = add("receive", "registra dinero recibido (desembolso)", money.cmd_receive)
    money.payment_options(receive)
    receive.add_argument("--source", required=True, metavar="TEXTO",
                         help="de dónde viene: banco comunal, ministerio...")
    receive.add_argument("--reference", default="", metavar="TEXTO",
                         help="referencia bancaria")

    spend = add("spend", "registra un gasto con su comprobante", money.cmd_spend)
    money.payment_options(spend)
    spend.add_argument("--supplier", required=True, metavar="NOMBRE", help="proveedor")
    spend.add_argument("--rif", default="", metavar="RIF", help="RIF del proveedor")
    spend.add_argument("--invoice", default="", metavar="N.º", help="número de factura o nota")
    spend.add_argument("--description", required=True, metavar="TEXTO",
                       help="qué se compró o pagó")
    spend.add_argument("--line", default=None, metavar="NOMBRE", help="partida del gasto")
    spend.add_argument("--paid-by", default="", metavar="NOMBRE", help="quién pagó")
    spend.add_argument("--receipt", default=None, metavar="FOTO",
                       help="foto (.jpg, .png) o PDF de la factura")

    progress = add("progress", "registra el avance de la obra (porcentaje, texto, fotos)",
                   oversight.cmd_progress)
    progress.add_argument("--date", required=True, metavar="DD/MM/AAAA",
                          help="fecha del informe")
    progress.add_argument("--percent", type=int, required=True, metavar="N",
                          help="porcentaje de avance, de 0 a 100")
    progress.add_argument("--text", required=True, metavar="TEXTO", help="cómo va la obra")
    progress.add_argument("--photo", action="append", default=[], metavar="FOTO",
                          help="foto de la obra (.jpg, .png); puede repetirse")

    inspect = add("inspect", "registra una inspección de la contraloría social",
                  oversight.cmd_inspect)
    inspect.add_argument("--date", required=True, metavar="DD/MM/AAAA",
                         help="fecha de la inspección")
    inspect.add_argument("--inspector", action="append", required=True, metavar="ID",
                         help="id del habitante contralor (puede repetirse)")
    inspect.add_argument("--checked", required=True, metavar="TEXTO", help="qué se revisó")
    inspect.add_argument("--finding", action="append", default=[], metavar="TEXTO",
                         help="un hallazgo (puede repetirse); queda abierto hasta responderlo")
    inspect.add_argument("--observations", default="", metavar="TEXTO",
                         help="observaciones")

    answer = add("answer", "responde un hallazgo de la contraloría social (lo cierra)",
                 oversight.cmd_answer, with_subject=False)
    answer.add_argument("finding", metavar="ID", help="id del hallazgo")
    answer.add_argument("--text", required=True, metavar="TEXTO",
                        help="la respuesta de los responsables")
    by(answer)

    expenses = add("expenses", "lista los gastos; los exporta a CSV o XLSX",
                   money.cmd_expenses)
    add_out(expenses, "guarda los gastos en un archivo .csv o .xlsx (puede repetirse)",
            many=True)
