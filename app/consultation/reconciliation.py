"""The checks a tally sheet must pass; each failing one says what does not add up."""

from __future__ import annotations

from app.consultation.messages import text
from app.consultation.model import CheckResult, TallyFigures


def check_sheet(figures: TallyFigures, printed: int, ranges: str) -> list[CheckResult]:
    """Every check, passed or not: the sum of the votes, signatures, and the ballots' balance.

    `printed` is how many distinct serials were printed for the table; `ranges` describes them.
    """
    box = figures.ballots_in_box
    total = figures.valid_votes + figures.null_votes + figures.blank_votes
    checks = [
        CheckResult("sum", total == box, text(
            "tally.check.sum", valid=figures.valid_votes, null=figures.null_votes,
            blank=figures.blank_votes, total=total, box=box)),
        CheckResult("signatures", box == figures.signatures, text(
            "tally.check.signatures", box=box, signatures=figures.signatures)),
    ]
    received = figures.ballots_received if figures.ballots_received is not None else printed
    if figures.ballots_received is not None or printed == 0:
        checks.append(CheckResult("received", received == printed, text(
            "tally.check.received_printed", received=received, printed=printed,
            ranges=ranges or "—")))
    used = box + figures.spoiled + figures.unused
    checks.append(CheckResult("balance", received == used, text(
        "tally.check.balance", received=received, box=box, spoiled=figures.spoiled,
        unused=figures.unused, total=used)))
    return checks


def failed(checks: list[CheckResult]) -> list[CheckResult]:
    return [c for c in checks if not c.passed]
