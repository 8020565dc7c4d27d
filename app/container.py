"""Composition root: open (or create) a database and build every service over it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.clock import Clock, SystemClock
from app.domain.errors import DomainError
from app.domain.ids import IdGenerator
from app.paths import default_db_path, staging_root
from app.persistence.engine import is_sqlite, make_engine, make_sessions, sqlite_url
from app.persistence.migrate import (
    HEAD_REVISION,
    UpgradeReport,
    integrity_problems,
    known_revisions,
    upgrade,
)
from app.safety.backup_file import peek_revision
from app.safety.leftovers import clean_leftovers
from app.services.context import ServiceContext
from app.services.window_services import WindowServices
from app.sync.identity import (
    DeviceIdentity,
    create_identity,
    load_identity,
    own_device_row,
    previous_device,
)

if TYPE_CHECKING:  # made only when a database starts as a new device: not every command's cost
    from app.safety.model import NewIncarnation

__all__ = [
    "Services", "WindowServices", "all_or_nothing", "ensure_identity", "open_services", "restore",
]

SQLITE_HEADER = b"SQLite format 3\x00"
T = TypeVar("T")


class Services(WindowServices):
    """The use cases plus what opens and closes them (the command line, tests, the demo)."""

    def __init__(self, engine: Engine, sessions: sessionmaker[Session], device: DeviceIdentity,
                 ctx: ServiceContext, upgrade: UpgradeReport | None, db_path: Path | None,
                 incarnation: NewIncarnation | None = None) -> None:
        super().__init__(ctx, device, db_path if is_sqlite(str(engine.url)) else None,
                         lambda: _checkpoint(engine, "FULL"), _outbox(db_path, engine))
        self.engine, self.sessions, self.device, self.ctx = engine, sessions, device, ctx
        self.upgrade, self.db_path = upgrade, db_path
        # Set when this start made the database a new device (it ran as another one whose key
        # is not here): the command line and the window say so.
        self.incarnation = incarnation
        # A start-up backup that could not be made (a full disk): said, never fatal.
        self.startup_warning: str | None = None

    def close(self) -> None:
        self.engine.dispose()

    def with_clock(self, clock: Clock, ids: IdGenerator) -> Services:
        """The same database and device, with another clock and id maker (the demo)."""
        return _build(self.engine, self.sessions, self.device, clock, ids, self.upgrade,
                      self.db_path, self.incarnation)


def _check_is_sqlite(path: Path) -> None:
    """Refuse, before any pragma touches the file (journal mode, WAL): a folder, a file that is
    not SQLite, another program's SQLite database, one from a newer Asamblea."""
    if path.is_dir():
        raise DomainError("db.is_folder", path=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise DomainError("db.not_database", path=str(path))
    revision = peek_revision(path)
    if revision is False:
        raise DomainError("db.foreign", path=str(path))
    if isinstance(revision, str) and revision != HEAD_REVISION and \
            revision not in known_revisions():
        raise DomainError("db.newer_version", revision=revision)


def ensure_identity(
    sessions: sessionmaker[Session], clock: Clock,
) -> tuple[DeviceIdentity, NewIncarnation | None]:
    """This laptop's identity. First start, or a database whose key is not beside it: make a
    key pair and record the device through the log (a new incarnation in the second case)."""
    with sessions.begin() as s:
        identity = load_identity(s)
        if identity is not None:
            return identity, None
        from app.safety.model import NewIncarnation
        from app.sync.changelog import ChangeLog  # a first start writes; the others read

        before = previous_device(s)
        identity = create_identity(s, clock)
        ChangeLog(identity.id, clock).insert(s, own_device_row(identity, clock))
        if before is None:
            return identity, None
        return identity, NewIncarnation(before[0], before[1], identity.id, identity.fingerprint)


def open_services(
    db: str | Path | None = None,
    *,
    clock: Clock | None = None,
    ids: IdGenerator | None = None,
    daily_backup: bool = False,
) -> Services:
    """Open the database (a path or a URL), migrating it first, and build the services.

    `daily_backup`: the program's start (the window, a command) makes the day's backup."""
    clock = clock or SystemClock()
    ids = ids or IdGenerator(clock)
    db_path: Path | None = None
    if db is None or not str(db).startswith(("sqlite:", "postgresql")):
        db_path = Path(db).expanduser() if db is not None else default_db_path()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        _check_is_sqlite(db_path)
        url = sqlite_url(db_path)
    else:
        url = str(db)
    engine = make_engine(url)
    try:
        backups = db_path.parent / "copias" if db_path is not None else None
        report = upgrade(engine, db_path if is_sqlite(url) else None, backups)
        sessions = make_sessions(engine)
        device, incarnation = ensure_identity(sessions, clock)
        if report.from_revision != report.to_revision and is_sqlite(url):
            # The upgrade rewrote pages that held the key: fold the WAL into the file now.
            _checkpoint(engine, "TRUNCATE")
    except Exception:
        engine.dispose()
        raise
    services = _build(engine, sessions, device, clock, ids, report, db_path, incarnation)
    if db_path is not None and is_sqlite(url):
        clean_leftovers(db_path, staging_root(db_path))
    if daily_backup and services.backups.available and _has_work(engine):
        try:
            services.backups.daily()
        except DomainError as exc:
            services.startup_warning = str(exc)
    return services


def all_or_nothing(services: Services, work: Callable[[Services], T]) -> T:
    """Run `work` (many units of work: the demo) on a copy of the database, and put the copy
    in place of the database only if all of it finished. `services` is closed afterwards; a
    failure leaves the database as it was. On a server's database, `work` runs in place."""
    import shutil

    from app.safety.backup_file import copy_database
    from app.safety.keyfile import key_path_for_db
    from app.services.restore import swap_in
    from app.services.sync_staging import staging_dir

    db = services.db_path
    if db is None or not services.backups.available:
        return work(services)
    folder = staging_dir(staging_root(db), "apart")
    copy = folder / db.name
    try:
        copy_database(db, copy)
        shutil.copyfile(key_path_for_db(db), key_path_for_db(copy))
        apart = open_services(copy, clock=services.ctx.clock, ids=services.ctx.ids)
        try:
            result = work(apart)
        finally:
            apart.close()
        services.close()
        swap_in(db, copy, keep_key=True)
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _checkpoint(engine: Engine, mode: str) -> None:
    """Fold the WAL into the database file, on a pooled connection (one already open keeps
    reading a WAL file deleted under it) and outside a transaction, or SQLite refuses."""
    raw = engine.raw_connection()
    try:
        raw.cursor().execute(f"PRAGMA wal_checkpoint({mode})")
    finally:
        raw.close()


def _has_work(engine: Engine) -> bool:
    """More in the change log than the device's own record: something worth a backup."""
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1 FROM change LIMIT 1 OFFSET 1").first() is not None


def restore(services: Services, backup: Path) -> Services:
    """Restore `backup` over the open database and return services opened on it.

    Checked first (a damaged backup or one from a newer program changes nothing); the current
    database is backed up; then it is closed, replaced, reopened (migrated if older) and
    checked. It goes on as a new incarnation of this laptop."""
    from app.services.backups import BEFORE_RESTORE
    from app.services.restore import stage, swap_in

    db = services.db_path
    if db is None:
        raise DomainError("backup.not_available")
    check = services.backups.verify(Path(backup))
    if not check.ok:
        raise DomainError("backup.damaged", name=Path(backup).name, detail=check.problems[0])
    if check.revision is not None and check.revision not in known_revisions():
        raise DomainError("backup.newer", name=Path(backup).name, revision=check.revision)
    staged = stage(db, Path(backup))
    try:
        services.backups.create(BEFORE_RESTORE, keep_damaged=True)
    except DomainError:
        staged.unlink(missing_ok=True)
        raise
    clock, ids = services.ctx.clock, services.ctx.ids
    services.close()
    swap_in(db, staged)
    restored = open_services(db, clock=clock, ids=ids)
    problems = integrity_problems(restored.engine)
    if problems:
        restored.close()
        raise DomainError("backup.damaged", name=Path(backup).name, detail=problems[0])
    return restored


def _outbox(db_path: Path | None, engine: Engine) -> Path:
    """Bundles built for the hub and not yet acknowledged, beside the database."""
    if db_path is not None:
        return db_path.parent / f"{db_path.stem}-hub"
    import tempfile

    return Path(tempfile.gettempdir()) / f"asamblea-hub-{engine.url.database or 'db'}"


def _build(
    engine: Engine,
    sessions: sessionmaker[Session],
    device: DeviceIdentity,
    clock: Clock,
    ids: IdGenerator,
    report: UpgradeReport | None,
    db_path: Path | None,
    incarnation: NewIncarnation | None = None,
) -> Services:
    ctx = ServiceContext(sessions, device.id, clock, ids)
    return Services(engine, sessions, device, ctx, report, db_path, incarnation)
