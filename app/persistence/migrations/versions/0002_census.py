"""Census search: an FTS5 trigram index over resident.search_text (SQLite), and an index that
lets the census list in name order without sorting the whole table.

The FTS table is external-content (it stores only the index, not a copy of the text) and kept
in step with `resident` by triggers, so every writer (services, sync replay) updates it without
knowing it exists. Bulk inserts (imports, the demo) pause the insert trigger inside their own
transaction (`resident_fts_state.paused`) and index the new rows in one statement, which is
several times faster than one trigger call per row.

PostgreSQL (the hub) searches with LIKE, served by a pg_trgm GIN index when the extension can
be created.

Revision ID: 0002_census
Revises: 0001_schema
"""
from alembic import op

revision = '0002_census'
down_revision = '0001_schema'
branch_labels = None
depends_on = None

_TRIGGERS = (
    """CREATE TRIGGER resident_fts_ai AFTER INSERT ON resident
       WHEN (SELECT paused FROM resident_fts_state WHERE id = 1) = 0 BEGIN
         INSERT INTO resident_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
       END""",
    """CREATE TRIGGER resident_fts_ad AFTER DELETE ON resident BEGIN
         INSERT INTO resident_fts(resident_fts, rowid, search_text)
         VALUES ('delete', old.rowid, old.search_text);
       END""",
    """CREATE TRIGGER resident_fts_au AFTER UPDATE OF search_text ON resident BEGIN
         INSERT INTO resident_fts(resident_fts, rowid, search_text)
         VALUES ('delete', old.rowid, old.search_text);
         INSERT INTO resident_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
       END""",
)


def upgrade() -> None:
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.create_index('ix_resident_name_order', ['last_names', 'first_names', 'id'],
                              unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        _postgresql_trigram_index()
        return
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.execute(
        "CREATE TABLE resident_fts_state ("
        "id INTEGER PRIMARY KEY CHECK (id = 1), paused INTEGER NOT NULL DEFAULT 0)"
    )
    op.execute("INSERT INTO resident_fts_state (id, paused) VALUES (1, 0)")
    op.execute(
        "CREATE VIRTUAL TABLE resident_fts USING fts5("
        "search_text, content='resident', tokenize='trigram')"
    )
    for trigger in _TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO resident_fts(resident_fts) VALUES ('rebuild')")


def _postgresql_trigram_index() -> None:
    """On the hub, a pg_trgm GIN index serves the same LIKE '%x%' searches. Creating the
    extension needs rights the hub's user may lack: then search still works, unindexed."""
    bind = op.get_bind()
    nested = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        bind.exec_driver_sql(
            "CREATE INDEX ix_resident_search_trgm ON resident "
            "USING gin (search_text gin_trgm_ops)"
        )
        nested.commit()
    except Exception:  # any refusal (rights, no extension) leaves the schema as it was
        nested.rollback()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in ('resident_fts_ai', 'resident_fts_ad', 'resident_fts_au'):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS resident_fts")
        op.execute("DROP TABLE IF EXISTS resident_fts_state")
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP INDEX IF EXISTS ix_resident_search_trgm")
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.drop_index('ix_resident_name_order')
