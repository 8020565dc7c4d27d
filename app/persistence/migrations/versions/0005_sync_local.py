"""Derived data stays local: resident.search_text is rebuilt on this laptop, with its index.

From this revision the folded name is no longer part of a change (app/sync/derived.py): each
laptop computes it when it writes a resident. Rows written from older changes, or folded by an
older program, are refolded here with the current rule, and the search index rebuilt from them.

Revision ID: 0005_sync_local
Revises: 0006_projects
"""
from alembic import op
from sqlalchemy import text

from app.census.search import search_text

revision = '0005_sync_local'
down_revision = '0003_papers_rules'  # re-chained: issue 10's revision landed first
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        text("SELECT id, first_names, last_names, national_id, search_text FROM resident")
    ).fetchall()
    stale = [
        {"i": rid, "t": folded}
        for rid, first, last, national_id, current in rows
        if (folded := search_text(first or "", last or "", national_id)) != current
    ]
    update = text("UPDATE resident SET search_text = :t WHERE id = :i")
    for start in range(0, len(stale), _BATCH):
        bind.execute(update, stale[start:start + _BATCH])
    if bind.dialect.name == 'sqlite':
        # The triggers kept it in step row by row; one rebuild makes sure, whatever wrote.
        op.execute("INSERT INTO resident_fts(resident_fts) VALUES ('rebuild')")


def downgrade() -> None:
    # Nothing to undo: the column keeps its (current) folded text.
    pass
