"""The checks a tally sheet must pass; each failing one says what does not add up."""

from __future__ import annotations

from app.consultation.messages import text
from app.consultation.model import CheckResult, TallyFigures


def check_sheet(figures: TallyFigures, printed: int, ranges: str,
                reprinted: int = 0) -> list[CheckResult]:
    """Every check, passed or not: the sum of the votes, signatures, and the ballots' balance.

    `printed` is how many distinct serials were printed for the table; `ranges` describes them.
    `reprinted`: serials printed again to replace damaged ballots. Each reprint is one more
    sheet of paper at the table and leaves one voided ballot, so the table received
    printed + reprinted sheets: received = used (in the box) + unused + voided, and the
    voided ones include at least the replaced ones.
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
    sheets = printed + reprinted
    received = figures.ballots_received if figures.ballots_received is not None else sheets
    if figures.ballots_received is not None or printed == 0:
        checks.append(CheckResult("received", received == sheets, text(
            "tally.check.received_printed", received=received, printed=sheets,
            ranges=ranges or "—")))
    accounted = box + figures.unused + figures.spoiled
    checks.append(CheckResult("balance", received == accounted, text(
        "tally.check.balance", received=received, box=box, spoiled=figures.spoiled,
        unused=figures.unused, total=accounted)))
    if reprinted:
        checks.append(CheckResult("voided", figures.spoiled >= reprinted, text(
            "tally.check.voided", voided=figures.spoiled, reprinted=reprinted)))
    return checks


def failed(checks: list[CheckResult]) -> list[CheckResult]:
    return [c for c in checks if not c.passed]
