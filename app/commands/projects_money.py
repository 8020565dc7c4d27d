"""The money handlers of `asamblea projects`: show (the ledger), budget, receive, spend and
the expenses list with its CSV/XLSX export."""

from __future__ import annotations

import argparse
import mimetypes
from pathlib import Path

from app.commands.common import fail, opened, print_json, print_table, report, to_jsonable
from app.commands.exit_codes import DONE
from app.domain.dates import parse_date
from app.domain.enums import Currency
from app.domain.errors import DomainError
from app.domain.labels import label
from app.domain.money import money_text
from app.i18n import _
from app.projects.export import expense_rows, expenses_csv, expenses_xlsx
from app.projects.model import Ledger
from app.projects.money import parse_amount, parse_rate


def currency(text: str) -> Currency:
    try:
        return Currency(text.strip().upper())
    except ValueError:
        raise DomainError("currency.unknown", value=text) from None


def payment_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", required=True, metavar="DD/MM/AAAA", help="fecha del pago")
    parser.add_argument("--amount", required=True, metavar="MONTO", help="monto, ej. 1.234,56")
    parser.add_argument("--currency", default="USD", metavar="MONEDA", help="USD o VES")
    parser.add_argument("--rate", default=None, metavar="TASA",
                        help="bolívares por dólar en la fecha del pago (tasa oficial)")


def _payment(args: argparse.Namespace) -> tuple[int, Currency, int | None]:
    return (parse_amount(args.amount), currency(args.currency),
            parse_rate(args.rate) if args.rate else None)


def print_ledger(ledger: Ledger) -> None:
    c = ledger.currency.value
    print(f"{ledger.project.title} · {label(ledger.project.status)}")
    print_table([[b.name, money_text(b.planned_cents, c), money_text(b.spent_cents, c),
                  money_text(b.left_cents, c), "!" if b.overspent else ""]
                 for b in ledger.lines],
                [_("Partida"), _("Previsto"), _("Gastado"), _("Queda"), ""])
    print(_("Recibido: {received}  Gastado: {spent}  Saldo: {balance}").format(
        received=money_text(ledger.received_cents, c), spent=money_text(ledger.spent_cents, c),
        balance=money_text(ledger.balance_cents, c)))
    for warning in ledger.warnings:
        print(_("ALERTA: {text}").format(text=warning.text))


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as services:
        ledger = services.project_money.ledger(args.project)
        oversight = services.project_oversight.oversight(args.project)
    if args.json:
        print_json({**to_jsonable(ledger), "progress_percent": oversight.percent,
                    "oversight": oversight})
        return DONE
    print_ledger(ledger)
    if oversight.percent is not None:
        print(_("Avance: {percent} %").format(percent=oversight.percent))
    for finding in oversight.open_findings:
        print(_("HALLAZGO ABIERTO ({id}): {text}").format(id=finding.id, text=finding.text))
    return DONE


def cmd_budget(args: argparse.Namespace) -> int:
    planned = parse_amount(args.planned)
    with opened(args) as services:
        sv = services.project_money
        existing = {line.name.casefold(): line for line in sv.lines(args.project)}
        found = existing.get(args.line.strip().casefold())
        line = (sv.set_planned(found.id, planned) if found is not None
                else sv.add_line(args.project, args.line, planned))
        currency_code = sv.ledger(args.project).currency.value
    return report(args, line, _("Partida «{name}»: {planned} previstos.").format(
        name=line.name, planned=money_text(line.planned_cents, currency_code)))


def cmd_receive(args: argparse.Namespace) -> int:
    cents, money, rate = _payment(args)
    with opened(args) as services:
        d = services.project_money.receive(args.project, parse_date(args.date), cents, money,
                                           args.source, args.reference, rate)
        ledger = services.project_money.ledger(args.project)
    sentence = _("Recibido {amount} de {source}. Saldo: {balance}.").format(
        amount=money_text(d.amount_cents, d.currency.value), source=d.source,
        balance=money_text(ledger.balance_cents, ledger.currency.value))
    return report(args, d, sentence)


def cmd_spend(args: argparse.Namespace) -> int:
    cents, money, rate = _payment(args)
    receipt = Path(args.receipt) if args.receipt else None
    if receipt is not None and not receipt.is_file():
        return fail(_("Error: no se encuentra el comprobante «{path}».").format(path=receipt))
    with opened(args) as services:
        sv = services.project_money
        line = sv.find_line(args.project, args.line) if args.line else None
        expense = sv.spend(args.project, parse_date(args.date), args.supplier,
                           args.description, cents, money, line_id=line.id if line else None,
                           supplier_rif=args.rif, invoice=args.invoice, rate_e4=rate,
                           paid_by=args.paid_by)
        if receipt is not None:
            media = mimetypes.guess_type(receipt.name)[0] or "application/octet-stream"
            expense = sv.attach_receipt(expense.id, receipt.name, receipt.read_bytes(), media)
        ledger = sv.ledger(args.project)
    if args.json:
        print_json({"expense": expense, "ledger": ledger})
        return DONE
    print(_("Gasto registrado: {amount} a {supplier}. Saldo: {balance}.").format(
        amount=money_text(expense.amount_cents, expense.currency.value),
        supplier=expense.supplier,
        balance=money_text(ledger.balance_cents, ledger.currency.value)))
    for warning in ledger.warnings:
        if warning.expense_id in (None, expense.id):
            print(_("ALERTA: {text}").format(text=warning.text))
    return DONE


def cmd_expenses(args: argparse.Namespace) -> int:
    targets = [Path(p) for p in args.out]
    wrong = [str(p) for p in targets if p.suffix.lower() not in (".csv", ".xlsx")]
    if wrong:
        return fail(_("Error: --out lleva un archivo .csv o .xlsx, no «{path}».").format(
            path=wrong[0]))
    with opened(args) as services:
        sv = services.project_money
        expenses = sv.expenses(args.project)
        rows = expense_rows(expenses, sv.lines(args.project),
                            sv.ledger(args.project).currency.value)
    for path in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".csv":
            path.write_text(expenses_csv(rows), encoding="utf-8-sig")
        else:
            path.write_bytes(expenses_xlsx(rows))
    if args.json:
        print_json(expenses)
        return DONE
    print_table([[e.spent_on.strftime("%d/%m/%Y"), e.supplier, e.invoice or "",
                  money_text(e.amount_cents, e.currency.value),
                  _("sí") if e.receipt else _("NO")] for e in expenses],
                [_("Fecha"), _("Proveedor"), _("Factura"), _("Monto"), _("Comprobante")])
    for path in targets:
        print(_("Guardado: {path}").format(path=path))
    return DONE
