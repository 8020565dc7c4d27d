"""`asamblea consultation show|tally|accept|results`: the count, table by table, and totals."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from app.commands.common import fail, opened, print_json, print_table
from app.commands.exit_codes import DONE
from app.consultation.export import results_csv, results_xlsx
from app.consultation.model import ConsultationOverview, Results, TableTally, TallyFigures
from app.consultation.serials import describe_all
from app.domain.errors import DomainError
from app.domain.labels import label
from app.i18n import N_, _
from app.printing.results import over_register_details, participation, percent

TALLY_STATE = {
    "empty": N_("sin cargar"),
    "waiting_second": N_("falta la segunda carga (otra persona)"),
    "mismatch": N_("las dos cargas no coinciden"),
    "needs_observation": N_("coinciden pero no cuadran: falta la observación"),
    "accepted": N_("aceptada"),
}


def _state(state: str) -> str:
    return _(TALLY_STATE[state]) if state in TALLY_STATE else state


def parse_votes(raw: str) -> dict[int, int]:
    """"1=120,2=85" -> {1: 120, 2: 85}."""
    votes: dict[int, int] = {}
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        match = re.fullmatch(r"(\d+)\s*[=:]\s*(\d+)", part)
        if match is None:
            raise DomainError("tally.votes_format", value=part)
        votes[int(match.group(1))] = votes.get(int(match.group(1)), 0) + int(match.group(2))
    return votes


def _tally_json(state: TableTally) -> dict[str, object]:
    return {
        "table_id": state.table.id, "table": state.table.label, "state": state.state,
        "entries": [{"id": e.id, "entered_by": e.entered_by, "entered_at": e.entered_at,
                     "observation": e.observation, **_figures(e.figures)}
                    for e in state.entries],
        "differences": state.differences, "checks": state.checks,
        "accepted": _figures(state.accepted) if state.accepted else None,
        "accepted_observation": state.accepted_observation,
    }


def _figures(f: TallyFigures) -> dict[str, object]:
    return {"votes": {str(k): v for k, v in sorted(f.votes.items())},
            "null_votes": f.null_votes, "blank_votes": f.blank_votes,
            "ballots_in_box": f.ballots_in_box, "signatures": f.signatures,
            "ballots_received": f.ballots_received, "spoiled": f.spoiled, "unused": f.unused}


def _print_tally(state: TableTally) -> None:
    print(f"{state.table.label}: {_state(state.state)}")
    for diff in state.differences:
        print("  " + _("difiere {field}: {first} / {second}").format(
            field=diff.label, first=diff.first, second=diff.second))
    for check in state.checks:
        print(f"  {'✓' if check.passed else '✗'} {check.message}")
    if state.accepted_observation:
        print("  " + _("Observación: {text}").format(text=state.accepted_observation))


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as services:
        overview = services.tallies.overview(args.consultation)
    if args.json:
        print_json(_overview_json(overview))
        return DONE
    c = overview.consultation
    status = label(c.status)
    print(_("{name} · {date} · estado: {status}").format(
        name=c.name, date=c.vote_date.strftime("%d/%m/%Y"), status=status))
    print(_("Electores ({age} años o más el día de la votación): {eligible}; sin mesa "
            "asignada: {unassigned}").format(age=overview.voting_age,
                                             eligible=overview.eligible,
                                             unassigned=overview.unassigned))
    print()
    print_table([[str(n.number), n.title] for n in overview.candidates],
                [_("N.º"), _("Proyecto")])
    print()
    print_table([[t.table.id, t.table.label, str(t.table.voters),
                  describe_all(t.table.ranges) or "—", _state(t.state)]
                 for t in overview.tables],
                ["Id", _("Mesa"), _("Electores"), _("Seriales impresos"), _("Acta de escrutinio")])
    return DONE


def _overview_json(o: ConsultationOverview) -> dict[str, object]:
    return {
        "consultation": o.consultation, "status": o.consultation.status.value,
        "eligible": o.eligible, "unassigned": o.unassigned, "voting_age": o.voting_age,
        "candidates": [{"id": n.id, "number": n.number, "title": n.title,
                        "project_id": n.project_id} for n in o.candidates],
        "centres": [{"id": centre.id, "name": centre.name, "address": centre.address,
                     "tables": [{"id": t.table.id, "number": t.table.number,
                                 "voters": t.table.voters, "rule": t.table.rule,
                                 "members": t.table.members,
                                 "serial_ranges": [
                                     {"first": r.first, "last": r.last, "style": r.style.value,
                                      "is_reprint": r.is_reprint, "printed_at": r.printed_at}
                                     for r in t.table.ranges],
                                 "ballots_printed": t.table.ballots_printed,
                                 "tally": _tally_json(t)}
                                for t in o.tables if t.table.centre_id == centre.id]}
                    for centre in o.centres],
    }


def cmd_tally(args: argparse.Namespace) -> int:
    figures = TallyFigures(parse_votes(args.votes), args.null, args.blank, args.ballots_in_box,
                           args.signatures, args.spoiled, args.unused, args.received)
    with opened(args) as services:
        state = services.tallies.enter(args.consultation, args.table, figures, args.entered_by,
                                       args.observation)
    if args.json:
        print_json(_tally_json(state))
    else:
        _print_tally(state)
    return DONE


def cmd_accept(args: argparse.Namespace) -> int:
    with opened(args) as services:
        state = services.tallies.accept(args.consultation, args.table, args.observation, args.by)
    if args.json:
        print_json(_tally_json(state))
    else:
        _print_tally(state)
    return DONE


def _results_json(r: Results) -> dict[str, object]:
    return {
        "consultation": r.consultation, "candidates": r.candidates,
        "tables": [{**{k: v for k, v in vars(t).items() if k != "votes"},
                    "votes": {str(k): v for k, v in sorted(t.votes.items())},
                    "participation": round(t.participation, 4),
                    "over_register": t.over_register} for t in r.tables],
        "null_votes": r.null_votes, "blank_votes": r.blank_votes,
        "valid_votes": r.valid_votes, "ballots_in_box": r.ballots_in_box,
        "eligible": r.eligible, "participation": round(r.participation, 4),
        "over_register": r.over_register,
        "tables_counted": r.tables_counted, "tables_total": r.tables_total,
        "funded_numbers": list(r.funded_numbers), "pending_tie": list(r.pending_tie),
        "funding_note": r.funding_note,
        "tie_note": r.tie_note,
    }


def _write_results(results: Results, path: Path) -> None:
    data = (results_csv(results).encode("utf-8") if path.suffix.lower() == ".csv"
            else results_xlsx(results))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def cmd_results(args: argparse.Namespace) -> int:
    targets = [Path(p) for p in args.out]
    wrong = [str(p) for p in targets if p.suffix.lower() not in (".csv", ".xlsx")]
    if wrong:
        return fail(_("Error: --out lleva un archivo .csv o .xlsx, no «{path}».").format(
            path=wrong[0]))
    with opened(args) as services:
        results = services.tallies.results(args.consultation)
    for path in targets:
        _write_results(results, path)
    if args.json:
        print_json(_results_json(results))
        return DONE
    print(_("{name}: mesas escrutadas {counted} de {total}; participación {voted} de "
            "{eligible} ({percent})").format(
        name=results.consultation.name, counted=results.tables_counted,
        total=results.tables_total, voted=results.ballots_in_box, eligible=results.eligible,
        percent=participation(results.ballots_in_box, results.eligible)))
    if results.over_register:
        print(_("ERROR: hay más boletas en la urna que electores en el cuaderno ({details}); "
                "revise los cuadernos y las actas de escrutinio antes de proclamar.").format(
            details=over_register_details(results)))
    print_table([[str(c.rank), str(c.number), c.title, str(c.votes), percent(c.share),
                  _("FINANCIADO") if c.funded else (_("EMPATE") if c.tied else "")]
                 for c in results.candidates],
                [_("Puesto"), _("N.º"), _("Proyecto"), _("Votos"), "%", ""])
    print(_("Nulos: {null}; blancos: {blank}").format(null=results.null_votes,
                                                      blank=results.blank_votes))
    print(results.funding_note)
    if results.tie_note:
        print(results.tie_note)
    for path in targets:
        print(_("Guardado: {path}").format(path=path))
    return DONE
