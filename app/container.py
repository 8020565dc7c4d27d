"""Composition root: open (or create) a database and build every service over it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.clock import Clock, SystemClock
from app.domain.errors import DomainError
from app.domain.ids import IdGenerator
from app.paths import default_db_path
from app.persistence.engine import is_sqlite, make_engine, make_sessions, sqlite_url
from app.persistence.migrate import UpgradeReport, check_not_newer, upgrade
from app.services.assemblies import AssemblyService
from app.services.assemblies_minutes import MinutesService
from app.services.ballots import BallotService
from app.services.census_files import CensusFileService
from app.services.consultations import ConsultationService
from app.services.context import ServiceContext
from app.services.dashboard import DashboardService
from app.services.hub_client import HubClientService
from app.services.info import InfoService
from app.services.organizations import OrganizationService
from app.services.papers import PaperService
from app.services.problems import ProblemService, ProjectService
from app.services.project_money import ProjectMoneyService
from app.services.project_oversight import ProjectOversightService
from app.services.project_status import ProjectStatusService
from app.services.residents import ResidentService
from app.services.settings import SettingsService
from app.services.sync import SyncService
from app.services.tallies import TallyService
from app.services.voting_tables import VotingTableService
from app.sync.changelog import ChangeLog
from app.sync.identity import DeviceIdentity, create_identity, load_identity, own_device_row

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class WindowServices:
    """The use cases: what the window may hold. Never the engine, the sessions or the change
    log; ui/ is typed against this class, so mypy refuses a widget that reaches past a
    service to the database."""

    settings: SettingsService
    organizations: OrganizationService
    residents: ResidentService
    assemblies: AssemblyService
    minutes: MinutesService
    problems: ProblemService
    projects: ProjectService
    project_status: ProjectStatusService
    project_money: ProjectMoneyService
    project_oversight: ProjectOversightService
    consultations: ConsultationService
    voting_tables: VotingTableService
    ballots: BallotService
    tallies: TallyService
    info: InfoService
    dashboard: DashboardService
    census_files: CensusFileService
    sync: SyncService
    hub: HubClientService
    papers: PaperService


@dataclass
class Services(WindowServices):
    """The use cases plus what opens and closes them (the command line, tests, the demo)."""

    engine: Engine
    sessions: sessionmaker[Session]
    device: DeviceIdentity
    ctx: ServiceContext
    upgrade: UpgradeReport | None
    db_path: Path | None

    def close(self) -> None:
        self.engine.dispose()

    def with_clock(self, clock: Clock, ids: IdGenerator) -> Services:
        """The same database and device, with another clock and id maker (the demo)."""
        return _build(self.engine, self.sessions, self.device, clock, ids, self.upgrade,
                      self.db_path)


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise DomainError("db.not_database", path=str(path))


def ensure_identity(sessions: sessionmaker[Session], clock: Clock) -> DeviceIdentity:
    """First start: make this laptop's key pair and record the device through the log."""
    with sessions.begin() as s:
        identity = load_identity(s)
        if identity is not None:
            return identity
        identity = create_identity(s, clock)
        ChangeLog(identity.id, clock).insert(s, own_device_row(identity, clock))
        return identity


def open_services(
    db: str | Path | None = None,
    *,
    clock: Clock | None = None,
    ids: IdGenerator | None = None,
) -> Services:
    """Open the database (a path or a URL), migrating it first, and build the services."""
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
        check_not_newer(engine)
        backups = db_path.parent / "copias" if db_path is not None else None
        report = upgrade(engine, db_path if is_sqlite(url) else None, backups)
        sessions = make_sessions(engine)
        device = ensure_identity(sessions, clock)
    except Exception:
        engine.dispose()
        raise
    return _build(engine, sessions, device, clock, ids, report, db_path)


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
) -> Services:
    ctx = ServiceContext(sessions, ChangeLog(device.id, clock), clock, ids)
    settings, residents = SettingsService(sessions), ResidentService(ctx)
    assemblies, minutes, problems = AssemblyService(ctx), MinutesService(ctx), ProblemService(ctx)
    consultations, voting_tables = ConsultationService(ctx), VotingTableService(ctx)
    ballots, tallies = BallotService(ctx), TallyService(ctx)
    project_money = ProjectMoneyService(ctx)
    sync = SyncService(sessions, device, ctx.log, clock, ids)
    return Services(
        engine=engine,
        sessions=sessions,
        device=device,
        ctx=ctx,
        upgrade=report,
        db_path=db_path,
        settings=settings,
        organizations=OrganizationService(ctx, residents),
        residents=residents,
        assemblies=assemblies,
        minutes=minutes,
        problems=problems,
        projects=ProjectService(ctx),
        project_status=ProjectStatusService(ctx),
        project_money=project_money,
        project_oversight=ProjectOversightService(ctx),
        consultations=consultations,
        voting_tables=voting_tables,
        ballots=ballots,
        tallies=tallies,
        info=InfoService(sessions, device.id, device.fingerprint),
        dashboard=DashboardService(ctx),
        census_files=CensusFileService(ctx, residents),
        sync=sync,
        hub=HubClientService(sessions, sync, device, clock, _outbox(db_path, engine)),
        papers=PaperService(settings, residents, assemblies, minutes, problems, consultations,
                            voting_tables, ballots, tallies, project_money, clock),
    )
