"""Pure counting functions for prioritizations: plurality, approval, Borda and score.

Every method turns ballots into a `Ranking` (see ranking.py). Equal totals share a place and
are flagged as a tie; a tie is only ever broken by `break_ties` with an order that was
recorded (a second vote or a draw), never by the order in which ballots were entered.
"""

import app.voting.messages  # noqa: F401  (error sentences)
from app.voting.methods import approval, borda, count, plurality, score
from app.voting.ranking import Ranked, Ranking, TieBreak, break_ties, rank_totals

__all__ = [
    "Ranked",
    "Ranking",
    "TieBreak",
    "approval",
    "borda",
    "break_ties",
    "count",
    "plurality",
    "rank_totals",
    "score",
]
