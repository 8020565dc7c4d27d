"""The round's sums, now added up per commune and then per territory, are what adding up
every table at every level gives (the reference below is the former one-pass summary)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from app.consultation.round import LEVELS, Area, Counted, RoundResults, TableReport, summarize


def reference(vote_date: str, tables: list[TableReport]) -> RoundResults:
    def path(t: TableReport, level: str) -> str:
        parts = [t.state, t.municipality, t.parish, t.commune]
        return " / ".join(p or "—" for p in parts[: LEVELS.index(level) + 1])

    areas: dict[str, dict[str, Area]] = {level: {} for level in LEVELS}
    for t in tables:
        for level in LEVELS:
            name = path(t, level)
            key = f"{name}\x00{t.commune_id}" if level == "commune" else name
            area = areas[level].setdefault(key, Area(level, name))
            area.tables += 1
            if t.counted is not None:
                area.reported += 1
                area.ballots_in_box += t.counted.ballots_in_box
                area.null_votes += t.counted.null_votes
                area.blank_votes += t.counted.blank_votes
                if level == "commune":
                    area.votes.update(t.counted.votes)
    missing = sorted((t for t in tables if t.counted is None),
                     key=lambda t: (path(t, "commune"), t.centre, t.number))
    return RoundResults(vote_date, {lvl: sorted(a.values(), key=lambda a: a.name)
                                    for lvl, a in areas.items()}, missing)


def shown(results: RoundResults) -> object:
    return ({level: [(a.name, a.tables, a.reported, a.ballots_in_box, a.null_votes,
                      a.blank_votes, sorted(a.votes.items())) for a in areas]
             for level, areas in results.areas.items()},
            [(t.commune_id, t.centre, t.number) for t in results.missing])


NAMES = st.sampled_from(["", "Miranda", "Sucre", "Zulia", "Ñ"])
COMMUNES = st.lists(st.tuples(NAMES, NAMES, NAMES, NAMES), min_size=1, max_size=6)
SHEETS = st.one_of(st.none(), st.builds(
    Counted, st.integers(0, 500), st.integers(0, 50), st.integers(0, 50),
    st.dictionaries(st.sampled_from(["Agua", "Vialidad", "Salud"]), st.integers(0, 300),
                    max_size=3)))


@st.composite
def rounds(draw: st.DrawFn) -> list[TableReport]:
    communes = draw(COMMUNES)  # their ids are their places: two may share every name
    picks = draw(st.lists(st.tuples(st.integers(0, len(communes) - 1), st.integers(1, 4),
                                    st.integers(1, 30), SHEETS), max_size=40))
    return [TableReport(*communes[c], f"c{c}", f"Centro {centre}", number, sheet)
            for c, centre, number, sheet in picks]


@settings(max_examples=200, deadline=None)
@given(rounds())
def test_added_up_per_commune_is_added_up_per_table(tables: list[TableReport]) -> None:
    assert shown(summarize("2026-12-06", tables)) == shown(reference("2026-12-06", tables))


def test_the_comparison_sees_a_wrong_sum() -> None:
    """The twin: a summary that loses one parish's blank votes is told apart."""
    sheet = Counted(100, 3, 2, Counter({"Agua": 95}))
    tables = [TableReport("Miranda", "Sucre", "Petare", "El Guaire", "c1", "Centro", 1, sheet),
              TableReport("Miranda", "Sucre", "Leoncio", "La Dolorita", "c2", "Centro", 1,
                          None)]
    wrong = summarize("2026-12-06", tables)
    wrong.areas["parish"][1].blank_votes -= 2
    assert shown(wrong) != shown(reference("2026-12-06", tables))
