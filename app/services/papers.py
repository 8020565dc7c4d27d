"""Every printed paper, composed in one place for the window and the command line alike.

Each method takes ids and options and returns a `Paper`: the PDF bytes, a FAT32-safe file
name to offer and the page count. The page size comes from the settings unless the options
give one; the language is the program's unless the options give one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from app.consultation.model import BallotRun, SerialRange
from app.domain.clock import Clock
from app.domain.enums import BallotStyle
from app.domain.errors import DomainError
from app.i18n import in_language
from app.printing.assembly_words import local, paper_zone
from app.printing.paper import Paper, PaperOptions, paper
from app.services.assemblies import AssemblyService
from app.services.assemblies_minutes import MinutesService
from app.services.ballots import BallotService
from app.services.consultations import ConsultationService
from app.services.problems import ProblemService
from app.services.project_money import ProjectMoneyService
from app.services.residents import ResidentService
from app.services.settings import SettingsService
from app.services.tallies import TallyService
from app.services.voting_tables import VotingTableService

DEFAULT = PaperOptions()
# Each paper's drawing module (ReportLab and its fonts) is imported by the method that draws
# it: a command that prints nothing starts without them (issue 17: start-up under 0.3 s).
# The language of the printed words is read from the environment (app.i18n); a paper asked
# for in another language switches it while it is drawn, so papers are drawn one at a time.


class PaperService:
    def __init__(self, settings: SettingsService, residents: ResidentService,
                 assemblies: AssemblyService, minutes: MinutesService,
                 problems: ProblemService, consultations: ConsultationService,
                 voting_tables: VotingTableService, ballots: BallotService,
                 tallies: TallyService, project_money: ProjectMoneyService,
                 clock: Clock) -> None:
        self._settings = settings
        self._residents = residents
        self._assemblies = assemblies
        self._minutes = minutes
        self._problems = problems
        self._consultations = consultations
        self._voting_tables = voting_tables
        self._ballots = ballots
        self._tallies = tallies
        self._project_money = project_money
        self._clock = clock

    # -- census ------------------------------------------------------------------------------

    def census(self, council_id: str, options: PaperOptions = DEFAULT) -> Paper:
        """Read twice within one transaction (the page plan, then the drawing): memory grows
        with the paper's pages, not with a list of every resident (issue 17)."""
        from app.census.report import CensusStream
        from app.printing.census import census_pdf

        def draw(census: CensusStream) -> Paper:
            with self._printing(options) as page:
                return paper(census_pdf(census, page), "censo", census.council.name)

        return self._residents.census_paper(council_id, draw)

    # -- assemblies --------------------------------------------------------------------------

    def convocation(self, assembly_id: str, options: PaperOptions = DEFAULT) -> Paper:
        from app.printing.convocation import convocation_pdf
        content = self._assemblies.convocation_paper(assembly_id)
        with self._printing(options) as page:
            issued = local(self._clock.now()).date()
            return self._assembly_paper(convocation_pdf(content, page, issued), "convocatoria",
                                        assembly_id)

    def attendance_sheet(self, assembly_id: str, blank_rows: int = 15,
                         options: PaperOptions = DEFAULT) -> Paper:
        from app.printing.attendance_sheet import attendance_sheet_pdf
        content = self._assemblies.attendance_paper(assembly_id, blank_rows)
        with self._printing(options) as page:
            return self._assembly_paper(attendance_sheet_pdf(content, page), "asistencia",
                                        assembly_id)

    def priorities(self, assembly_id: str, options: PaperOptions = DEFAULT) -> Paper:
        from app.printing.priorities import priorities_pdf
        content = self._problems.priorities_paper(assembly_id)
        with self._printing(options) as page:
            return self._assembly_paper(priorities_pdf(content, page), "priorizacion",
                                        assembly_id)

    def minutes(self, assembly_id: str, options: PaperOptions = DEFAULT) -> Paper:
        """A sealed acta prints in the language and time zone it was sealed in, whatever
        this laptop's settings or the options say (its words are part of what was signed)."""
        from app.printing.minutes import minutes_pdf
        content = self._minutes.paper(assembly_id)
        sealed = content.content if content.approved else None
        if sealed is not None and sealed.language:
            options = replace(options, language=sealed.language)
        with self._printing(options, sealed.time_zone if sealed else "") as page:
            return self._assembly_paper(minutes_pdf(content, page), "acta", assembly_id)

    # -- consultation ------------------------------------------------------------------------

    def project_guide(self, consultation_id: str, options: PaperOptions = DEFAULT) -> Paper:
        from app.printing.project_guide import project_guide_pdf
        consultation = self._consultations.get(consultation_id)
        candidates = self._consultations.candidates(consultation_id)
        if not candidates:
            raise DomainError("consultation.no_candidates")
        where = self._where(consultation_id)
        with self._printing(options) as page:
            return paper(project_guide_pdf(consultation, candidates, page, where),
                         "guia-de-proyectos")

    def _where(self, consultation_id: str) -> str:
        """The commune or circuit every consultation paper names (imported here: the paper
        modules load ReportLab, which a command that prints nothing must not wait for)."""
        from app.printing.consultation_words import where_line

        return where_line(self._consultations.organization(consultation_id))

    def _where_parts(self, consultation_id: str) -> tuple[str, ...]:
        from app.printing.consultation_words import where_parts

        return where_parts(self._consultations.organization(consultation_id))

    def voter_register(self, consultation_id: str, table_ref: str, blank_lines: int = 15,
                       options: PaperOptions = DEFAULT, printed: bool = False) -> Paper:
        """`printed`: the paper is printed or saved, and recorded (a preview is not)."""
        from app.printing.voter_register import voter_register_pdf
        register = self._voting_tables.register(consultation_id, table_ref, printed)
        where = self._where(consultation_id)
        with self._printing(_legal(options)) as page:
            return paper(voter_register_pdf(register, page, blank_lines, where),
                         "cuaderno-mesa",
                         register.table.number)

    def tally_sheet(self, consultation_id: str, table_ref: str,
                    options: PaperOptions = DEFAULT) -> Paper:
        from app.printing.tally_sheet import tally_sheet_pdf
        consultation = self._consultations.get(consultation_id)
        candidates = self._consultations.candidates(consultation_id)
        table = self._voting_tables.table(consultation_id, table_ref)
        where = self._where(consultation_id)
        with self._printing(_legal(options)) as page:
            return paper(tally_sheet_pdf(consultation, table, candidates, page,
                                         self._clock.now(), where),
                         "acta-escrutinio-mesa", table.number)

    def results(self, consultation_id: str, options: PaperOptions = DEFAULT) -> Paper:
        from app.printing.results import results_pdf
        results = self._tallies.results(consultation_id)
        where = self._where(consultation_id)
        with self._printing(options) as page:
            return paper(results_pdf(results, page, where, self._clock.now()), "resultados")

    def ballots(self, consultation_id: str, table_ref: str, count: int,
                style: BallotStyle | None, printed_by: str | None = None,
                options: PaperOptions = DEFAULT
                ) -> tuple[SerialRange, Paper]:
        """The table's next `count` serials, recorded as printed in the same transaction."""
        with self._printing(_legal(options)) as page:
            render = _BallotRender(page, self._where_parts(consultation_id))
            serials, data = self._ballots.print_run(consultation_id, table_ref, count, style,
                                                    render, printed_by)
        return serials, paper(data, "boletas-mesa", render.table_number)

    def ballot_reprint(self, consultation_id: str, table_ref: str, first: int, last: int,
                       style: BallotStyle | None = None, printed_by: str | None = None,
                       options: PaperOptions = DEFAULT, reason: str = ""
                       ) -> tuple[SerialRange, Paper]:
        """Serials first..last again to replace damaged ballots (now void), once, with the
        reason recorded."""
        with self._printing(_legal(options)) as page:
            render = _BallotRender(page, self._where_parts(consultation_id))
            serials, data = self._ballots.reprint(consultation_id, table_ref, first, last,
                                                  style, render, printed_by, reason)
        return serials, paper(data, "reimpresion-mesa", render.table_number, serials.first,
                              serials.last)

    def ballot_specimen(self, consultation_id: str, table_ref: str, count: int = 6,
                        style: BallotStyle = BallotStyle.NUMBER,
                        options: PaperOptions = DEFAULT) -> Paper:
        """MUESTRA ballots: no serials, nothing recorded."""
        with self._printing(_legal(options)) as page:
            render = _BallotRender(page, self._where_parts(consultation_id))
            data = self._ballots.specimen(consultation_id, table_ref, count, style, render)
        return paper(data, "muestra-boletas-mesa", render.table_number)

    # -- funded projects ---------------------------------------------------------------------

    def accountability(self, project_id: str, options: PaperOptions = DEFAULT) -> Paper:
        """The statement read at the accountability assembly (rendición de cuentas)."""
        from app.printing.accountability import accountability_pdf
        content = self._project_money.paper(project_id)
        with self._printing(options) as page:
            return paper(accountability_pdf(content, page), "rendicion-de-cuentas",
                         project_id[:8])

    def notice(self, project_id: str, options: PaperOptions = DEFAULT) -> Paper:
        """One page for the community's notice board."""
        from app.printing.project_notice import notice_pdf
        content = self._project_money.paper(project_id)
        with self._printing(options) as page:
            return paper(notice_pdf(content, page), "cartelera-proyecto", project_id[:8])

    # -- internals ---------------------------------------------------------------------------

    def _assembly_paper(self, data: bytes, name: str, assembly_id: str) -> Paper:
        assembly = self._assemblies.get(assembly_id)
        with paper_zone(self._settings.get("time_zone")):
            day = local(assembly.scheduled_at)
        return paper(data, name, f"{day:%Y-%m-%d}", assembly.id[:8])

    @contextmanager
    def _printing(self, options: PaperOptions, zone: str = "") -> Iterator[str]:
        """The page size to use, with the paper's language and the organization's time zone
        (or `zone`, a sealed acta's) in force while it is drawn."""
        page = options.page_size or self._settings.get("page_size")
        with in_language(options.language), \
                paper_zone(zone or self._settings.get("time_zone")):
            yield page


def _legal(options: PaperOptions) -> PaperOptions:
    """The consultation's legal papers (register, acta de escrutinio, ballots) are Spanish,
    whatever language the program or the options are in."""
    return replace(options, language="es")


class _BallotRender:
    """Draws a run on the chosen page size, noting the table's number for the file name
    (the ballot service resolves the table reference inside its transaction)."""

    def __init__(self, page: str, where: tuple[str, ...]) -> None:
        self.page = page
        self.where = where
        self.table_number = 0

    def __call__(self, run: BallotRun) -> bytes:
        from app.printing.ballots import ballots_pdf
        self.table_number = run.table.number
        return ballots_pdf(run, self.page, self.where)
