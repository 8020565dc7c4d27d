"""Alembic environment: runs on the engine the program gives it (never from alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.persistence.base import Base, on_postgresql
from app.persistence.rows import load_every_row

load_every_row()  # every table on Base.metadata

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    if engine.dialect.name == "postgresql":
        on_postgresql()  # what autogenerate compares: the partial indexes' condition there too
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()
