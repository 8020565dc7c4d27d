"""The use cases, each built the first time it is asked for (issue 17, point 6).

A service's module is imported when the service is first used, not when the database is
opened: `asamblea list consultas` loads the consultation service and nothing of the papers,
the sync engine or the hub. The window asks for what each page needs as the page is built.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from app.services.assemblies import AssemblyService
    from app.services.assemblies_minutes import MinutesService
    from app.services.backups import BackupService
    from app.services.ballots import BallotService
    from app.services.census_files import CensusFileService
    from app.services.consultations import ConsultationService
    from app.services.context import ServiceContext
    from app.services.dashboard import DashboardService
    from app.services.history import HistoryService
    from app.services.hub_client import HubClientService
    from app.services.info import InfoService
    from app.services.operators import OperatorService
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
    from app.sync.identity import DeviceIdentity

T = TypeVar("T")
_ABSENT = object()


class built_once(Generic[T]):  # a decorator, named like `property`
    """A service made by the decorated method on first use, then kept on the instance.

    Built under the set's lock: the window's workers may ask for one at the same moment, and
    a service that keeps state (the assembly's presence count) must exist once. Once built,
    the instance's own attribute shadows this descriptor, so reading it costs nothing more.
    """

    def __init__(self, build: Callable[[Any], T]) -> None:
        self._build = build
        self._name = build.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type) -> built_once[T]: ...

    @overload
    def __get__(self, obj: object, owner: type) -> T: ...

    def __get__(self, obj: object | None, owner: type) -> built_once[T] | T:
        if obj is None:
            return self
        with obj._building:  # type: ignore[attr-defined]
            found = obj.__dict__.get(self._name, _ABSENT)
            if found is _ABSENT:
                found = obj.__dict__[self._name] = self._build(obj)
        return found  # type: ignore[no-any-return]


class WindowServices:
    """The use cases: what the window may hold. Never the engine, the sessions or the change
    log; ui/ is typed against this class, so mypy refuses a widget that reaches past a
    service to the database."""

    def __init__(self, ctx: ServiceContext, device: DeviceIdentity, backup_db: Path | None,
                 checkpoint: Callable[[], None], outbox: Path) -> None:
        """`backup_db`: the SQLite file backups copy (None on a server's database);
        `checkpoint` folds its WAL in first; `outbox`: bundles built for the hub."""
        self._building = threading.RLock()  # a service may ask for others as it is built
        self._ctx, self._device = ctx, device
        self._backup_db, self._checkpoint, self._outbox = backup_db, checkpoint, outbox

    def build_all(self) -> None:
        """Every service now: the window opens the database on its worker and calls this
        there, so no page's first show imports a service's module on the window's thread."""
        for name, value in vars(WindowServices).items():
            if isinstance(value, built_once):
                getattr(self, name)

    @built_once
    def settings(self) -> SettingsService:
        from app.services.settings import SettingsService

        return SettingsService(self._ctx.sessions)

    @built_once
    def organizations(self) -> OrganizationService:
        from app.services.organizations import OrganizationService

        return OrganizationService(self._ctx, self.residents)

    @built_once
    def residents(self) -> ResidentService:
        from app.services.residents import ResidentService

        return ResidentService(self._ctx)

    @built_once
    def assemblies(self) -> AssemblyService:
        from app.services.assemblies import AssemblyService

        return AssemblyService(self._ctx)

    @built_once
    def minutes(self) -> MinutesService:
        from app.services.assemblies_minutes import MinutesService

        return MinutesService(self._ctx)

    @built_once
    def problems(self) -> ProblemService:
        from app.services.problems import ProblemService

        return ProblemService(self._ctx)

    @built_once
    def projects(self) -> ProjectService:
        from app.services.problems import ProjectService

        return ProjectService(self._ctx)

    @built_once
    def project_status(self) -> ProjectStatusService:
        from app.services.project_status import ProjectStatusService

        return ProjectStatusService(self._ctx)

    @built_once
    def project_money(self) -> ProjectMoneyService:
        from app.services.project_money import ProjectMoneyService

        return ProjectMoneyService(self._ctx)

    @built_once
    def project_oversight(self) -> ProjectOversightService:
        from app.services.project_oversight import ProjectOversightService

        return ProjectOversightService(self._ctx)

    @built_once
    def consultations(self) -> ConsultationService:
        from app.services.consultations import ConsultationService

        return ConsultationService(self._ctx)

    @built_once
    def voting_tables(self) -> VotingTableService:
        from app.services.voting_tables import VotingTableService

        return VotingTableService(self._ctx)

    @built_once
    def ballots(self) -> BallotService:
        from app.services.ballots import BallotService

        return BallotService(self._ctx)

    @built_once
    def tallies(self) -> TallyService:
        from app.services.tallies import TallyService

        return TallyService(self._ctx)

    @built_once
    def info(self) -> InfoService:
        from app.services.info import InfoService

        return InfoService(self._ctx.sessions, self._device.id, self._device.fingerprint)

    @built_once
    def dashboard(self) -> DashboardService:
        from app.services.dashboard import DashboardService

        return DashboardService(self._ctx)

    @built_once
    def census_files(self) -> CensusFileService:
        from app.services.census_files import CensusFileService

        return CensusFileService(self._ctx, self.residents, self.backups.before_import)

    @built_once
    def sync(self) -> SyncService:
        from app.paths import staging_root
        from app.services.sync import SyncService

        staging = staging_root(self._backup_db) if self._backup_db is not None else None
        return SyncService(self._ctx.sessions, self._device, self._ctx.log, self._ctx.clock,
                           self._ctx.ids, self.backups.before_import, staging)

    @built_once
    def hub(self) -> HubClientService:
        from app.services.hub_client import HubClientService

        return HubClientService(self._ctx.sessions, self.sync, self._device, self._ctx.clock,
                                self._outbox)

    @built_once
    def papers(self) -> PaperService:
        from app.services.papers import PaperService

        return PaperService(self.settings, self.residents, self.assemblies, self.minutes,
                            self.problems, self.consultations, self.voting_tables, self.ballots,
                            self.tallies, self.project_money, self._ctx.clock)

    @built_once
    def backups(self) -> BackupService:
        from app.services.backups import BackupService

        return BackupService(self._backup_db, self._ctx.clock, self._checkpoint)

    @built_once
    def history(self) -> HistoryService:
        from app.services.history import HistoryService

        return HistoryService(self._ctx.sessions)

    @built_once
    def operators(self) -> OperatorService:
        from app.services.operators import OperatorService

        return OperatorService(self._ctx)
