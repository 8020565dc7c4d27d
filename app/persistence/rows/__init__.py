"""Every table of the schema; each module of rows is imported when one of its rows is named.

`from app.persistence.rows import ConsultationRow` imports rows/consultation.py alone: declaring
all 52 row classes was a third of a short command's start (issue 17, point 6), and `asamblea
list consultas` needs a few of them. The rows hold no `relationship()`, so no class needs
another module's class to be mapped; a foreign key names its table and is resolved when used.
What walks the whole schema (`synced_tables`, the migrations) calls `load_every_row()` first.

The modules are cut by what a command's start reads: this laptop's identity and settings
(this_laptop.py) and the change log (change_log.py) apart from the rest of sync's bookkeeping,
the consultation apart from its voting day (voting.py). And they do without `from __future__
import annotations`: SQLAlchemy would evaluate each `Mapped[...]` string again to map it.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the type checker reads; at run time __getattr__ below imports them
    from app.persistence.rows.assemblies import (
        AgendaItemRow,
        AgreementRow,
        AssemblyRow,
        AttendanceRow,
        InterventionRow,
        MinutesRow,
    )
    from app.persistence.rows.census import AttachmentRow, ResidentRow
    from app.persistence.rows.change_log import ChangeRow
    from app.persistence.rows.consultation import ConsultationRow, NominationRow
    from app.persistence.rows.files import AttachmentFileRow, PeerFileRow
    from app.persistence.rows.hub import (
        HubEnrollmentRow,
        HubNonceRow,
        HubOriginRow,
        HubUploadRow,
    )
    from app.persistence.rows.organizations import (
        CommitteeRow,
        OrganizationRow,
        SectorRow,
        SpokespersonRow,
    )
    from app.persistence.rows.problems import (
        BudgetLineRow,
        DisbursementRow,
        ExpenseRow,
        FindingRow,
        InspectionRow,
        PrioritizationBallotRow,
        PrioritizationRow,
        ProblemRow,
        ProgressReportRow,
        ProjectPersonRow,
        ProjectProblemRow,
        ProjectRow,
        ProjectStatusChangeRow,
    )
    from app.persistence.rows.sync import (
        BundleRecordRow,
        ConflictRow,
        DeviceHeadRow,
        DeviceRow,
        OperatorShiftRow,
        PeerWatermarkRow,
        PendingChangeRow,
        RecordHeadRow,
    )
    from app.persistence.rows.this_laptop import SettingRow, ThisDeviceRow
    from app.persistence.rows.voting import (
        BallotBatchRow,
        RegisterPrintRow,
        TableMemberRow,
        TallyAcceptanceRow,
        TallyEntryRow,
        VoterAssignmentRow,
        VotingCentreRow,
        VotingTableRow,
    )

# The rows each module of this package declares.
_ROWS_IN: dict[str, tuple[str, ...]] = {
    "assemblies": (
        "AgendaItemRow", "AgreementRow", "AssemblyRow", "AttendanceRow", "InterventionRow",
        "MinutesRow",
    ),
    "census": ("AttachmentRow", "ResidentRow"),
    "change_log": ("ChangeRow",),
    "consultation": ("ConsultationRow", "NominationRow"),
    "files": ("AttachmentFileRow", "PeerFileRow"),
    "hub": ("HubEnrollmentRow", "HubNonceRow", "HubOriginRow", "HubUploadRow"),
    "organizations": ("CommitteeRow", "OrganizationRow", "SectorRow", "SpokespersonRow"),
    "problems": (
        "BudgetLineRow", "DisbursementRow", "ExpenseRow", "FindingRow", "InspectionRow",
        "PrioritizationBallotRow", "PrioritizationRow", "ProblemRow", "ProgressReportRow",
        "ProjectPersonRow", "ProjectProblemRow", "ProjectRow", "ProjectStatusChangeRow",
    ),
    "sync": (
        "BundleRecordRow", "ConflictRow", "DeviceHeadRow", "DeviceRow", "OperatorShiftRow",
        "PeerWatermarkRow", "PendingChangeRow", "RecordHeadRow",
    ),
    "this_laptop": ("SettingRow", "ThisDeviceRow"),
    "voting": (
        "BallotBatchRow", "RegisterPrintRow", "TableMemberRow", "TallyAcceptanceRow",
        "TallyEntryRow", "VoterAssignmentRow", "VotingCentreRow", "VotingTableRow",
    ),
}
_MODULE_OF = {row: module for module, rows in _ROWS_IN.items() for row in rows}

__all__ = [
    "AgendaItemRow",
    "AgreementRow",
    "AssemblyRow",
    "AttachmentFileRow",
    "AttachmentRow",
    "AttendanceRow",
    "BallotBatchRow",
    "BudgetLineRow",
    "BundleRecordRow",
    "ChangeRow",
    "CommitteeRow",
    "ConflictRow",
    "ConsultationRow",
    "DeviceHeadRow",
    "DeviceRow",
    "DisbursementRow",
    "ExpenseRow",
    "FindingRow",
    "HubEnrollmentRow",
    "HubNonceRow",
    "HubOriginRow",
    "HubUploadRow",
    "InspectionRow",
    "InterventionRow",
    "MinutesRow",
    "NominationRow",
    "OperatorShiftRow",
    "OrganizationRow",
    "PeerFileRow",
    "PeerWatermarkRow",
    "PendingChangeRow",
    "PrioritizationBallotRow",
    "PrioritizationRow",
    "ProblemRow",
    "ProgressReportRow",
    "ProjectPersonRow",
    "ProjectProblemRow",
    "ProjectRow",
    "ProjectStatusChangeRow",
    "RecordHeadRow",
    "RegisterPrintRow",
    "ResidentRow",
    "SectorRow",
    "SettingRow",
    "SpokespersonRow",
    "TableMemberRow",
    "TallyAcceptanceRow",
    "TallyEntryRow",
    "ThisDeviceRow",
    "VoterAssignmentRow",
    "VotingCentreRow",
    "VotingTableRow",
]


def __getattr__(name: str) -> Any:
    """A row class named for the first time: import its module (PEP 562)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = found  # the next lookup is a plain attribute
    return found


@cache
def load_every_row() -> None:
    """Register every table on Base (its metadata and its registry of mappers)."""
    for module in _ROWS_IN:
        importlib.import_module(f"{__name__}.{module}")
