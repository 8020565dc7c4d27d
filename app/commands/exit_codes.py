"""How `asamblea` ends: one exit code per kind of outcome, and which errors are which.

A script calling `asamblea` must tell "the program would not do it" (a rule of the data, the
minutes are approved, the person already checked in) from "what I typed is wrong" (a date that
does not parse, an id that names nothing): it fixes its input only in the second case.
"""

from __future__ import annotations

from app.domain.errors import DomainError

DONE = 0
REFUSED = 1       # understood, but a rule of the data refuses it (or a check found a fault)
BAD_INPUT = 2     # what was typed cannot be read or names nothing; argparse uses 2 as well
DATABASE = 3      # the database could not be opened or read
UNEXPECTED = 4    # a fault in the program; details go to the error log
INTERRUPTED = 130  # Ctrl+C, as shells report it

# Errors whose input was understood but that a rule of the data refuses. Every other code
# is bad input; tests/cli/test_convention.py fails if a code raised in app/ is in neither set.
REFUSED_CODES = frozenset({
    "agreement.no_quorum", "agreement.nobody_present", "agreement.votes_exceed_present",
    "assembly.already_second_call", "assembly.closed", "assembly.has_agreements",
    "assembly.locked", "assembly.not_constituted", "assembly.quorum_met",
    "assignment.locked", "assignment.no_tables", "attachment.pending",
    "attendance.already_present", "attendance.not_present", "attendance.outside_territory",
    "ballots.already_reprinted", "ballots.none_printed", "ballots.reprint_outside",
    "ballots.style_fixed", "ballots.tally_accepted",
    "consultation.already_nominated", "consultation.candidates_locked",
    "consultation.no_candidates", "consultation.rules_locked", "consultation.too_many",
    "demo.not_empty",
    "minutes.locked", "minutes.none", "minutes.not_closed",
    "organization.name_taken", "organization.parent_kind", "quorum.second_above_first",
    "prioritization.closed", "prioritization.no_tie", "prioritization.none",
    "project.not_funded", "project.status_from_proposed", "project.status_same",
    "project.status_step", "budget.name_taken", "finding.answered", "project.person_named",
    "record.deleted", "repeat.just_recorded",
    "agenda.item_not_empty", "problem.in_final_ranking", "table.ballots_printed",
    "prioritization.final", "problem.count_open", "prioritization.hands_exceed_present",
    "assembly.not_closed", "assignment.ballots_printed", "assembly.not_convened",
    "assembly.closes_before_opening", "problem.in_project",
    "assembly.opens_other_day",
    "resident.merged", "resident.not_council", "resident.sector_elsewhere",
    "resident.left", "resident.not_left",
    "table.number_taken",
    "tally.already_accepted", "tally.not_agreed", "tally.observation_needed",
    "tally.same_person", "table.member_signed",
    # A bundle that reads fine but comes from a device this one does not trust, or that
    # this version cannot take: the user decides (trust it, update), the file is not wrong.
    "sync.key_mismatch", "sync.newer_format", "sync.newer_schema", "sync.revoke_self",
    "sync.not_recipient", "sync.revoked_sender", "sync.unknown_origin", "sync.unknown_sender",
    "sync.wrong_fingerprint",
    # The hub refuses this laptop or this request, or cannot be reached: nothing typed is
    # wrong, the hub's administrator or the network decides.
    "hub.not_enrolled", "hub.revoked", "hub.enroll_revoked", "hub.enrolled_elsewhere",
    "hub.replayed", "hub.stale_request", "hub.bad_request_signature", "hub.not_own_bundle",
    "hub.push_first", "hub.certificate_changed", "hub.device_changed", "hub.offset",
    "hub.too_large", "hub.unreachable", "hub.not_configured", "hub.pull_gone",
    "hub.bad_download", "hub.bad_answer", "hub.relays_revoked",
})

BAD_INPUT_CODES = frozenset({
    "hub.bad_fingerprint", "hub.bad_commune", "hub.bad_url", "hub.bad_upload",
    "hub.needs_postgresql", "hub.not_initialized", "hub.wrong_fingerprint",
    "agreement.acclamation_with_votes", "agreement.no_votes", "agreement.text_empty",
    "agreement.votes_negative",
    "assembly.agenda_empty", "assembly.call_invalid", "assembly.place_empty",
    "assembly.project_kind",
    "assembly.cancel_reason_empty",
    # The closing hour typed (or missing, after the assembly's day) is what to fix.
    "assembly.closing_hour_invalid", "assembly.closing_hour_needed",
    "assembly.closing_hour_before_opening", "assembly.closing_hour_future",
    "assignment.by_invalid", "assignment.ids_needed",
    "attachment.empty", "attachment.too_big", "attachment.type",
    "attendance.ambiguous", "attendance.not_found",
    "ballot.negative", "ballot.number_unknown", "ballot.pair_needed", "ballot.repeated",
    "ballot.shape", "ballot.too_many_points", "ballot.unknown_candidate",
    "ballots.count_invalid", "ballots.reason_needed",
    "census.spokesperson_lookup", "centre.name_empty",
    "consultation.budget_needed", "consultation.funded_count", "consultation.name_empty",
    "consultation.not_candidate", "consultation.order_mismatch", "consultation.tie_order",
    "date.future", "date.invalid", "date.too_old",
    "db.newer_version", "db.not_database", "db.integrity", "db.is_folder", "db.foreign",
    "export.format",
    "import.council_missing", "import.council_unknown", "import.format", "import.missing",
    "import.no_council", "import.no_name_column", "import.sector_unknown",
    "import.unreadable",
    "intervention.speaker_empty",
    "budget.line_unknown", "budget.name_empty", "disbursement.source_empty",
    "disbursement.zero", "expense.description_empty", "expense.supplier_empty", "expense.zero",
    "money.amount_invalid", "money.rate_invalid", "money.rate_needed",
    "project.changed_by_empty", "receipt.missing", "progress.text_empty",
    "progress.percent_range", "inspection.checked_empty", "inspection.inspectors_needed",
    "finding.answer_empty", "finding.by_empty", "project.people_needed",
    "minutes.addendum_empty", "minutes.approver_empty", "minutes.text_invalid",
    "money.negative", "currency.unknown", "name.empty", "national_id.invalid", "not_found",
    "prioritization.points_needed", "problem.families_negative", "problem.title_empty",
    "project.title_empty", "quorum.percent_range", "voting_age.range",
    "quorum.second_call_after_range",
    "resident.merge_same", "resident.phone_invalid", "resident.sex_invalid",
    "resident.unknown_field", "resident.left_future", "resident.left_reason_empty",
    "setting.invalid", "setting.unknown", "spokesperson.term_order",
    "table.ambiguous", "table.member_name_empty", "table.not_in_consultation",
    "table.number_invalid",
    "tally.entered_by_empty", "tally.negative", "tally.unknown_number", "tally.votes_format",
    "tie.kind_unknown", "tie.order_incomplete",
    # The file or folder given cannot be used: damaged, not a bundle, no room to write.
    "sync.bad_change", "sync.bad_manifest", "sync.bad_name", "sync.bad_signature",
    "sync.broken_chain",
    "sync.change_reused", "sync.conflict_not_found", "sync.damaged", "sync.gap",
    "sync.member_mismatch", "sync.no_manifest", "sync.no_space", "sync.not_bundle",
    "sync.disk_full", "sync.file_too_big",
    "sync.not_folder", "sync.not_found", "sync.readback_failed", "sync.too_large",
    "sync.truncated", "sync.unexpected_member", "sync.unknown_device", "sync.unsafe_path",
    "sync.value_not_candidate", "sync.write_failed",
    # Backups: the file given is damaged, missing or newer; the disk is full.
    "backup.damaged", "backup.newer", "backup.no_space", "backup.not_available",
    "backup.not_found", "backup.write_failed", "history.none",
    # The name of the person in charge of the laptop (`--as`, the start of the window).
    "operator.bad_name", "operator.empty", "operator.too_long",
})


# The database cannot be written: the disk is full, or the file or its folder is read-only.
# Neither the data nor what was typed is wrong; the laptop needs room or permissions.
DATABASE_CODES = frozenset({"db.disk_full", "db.read_only"})


def exit_code_for(error: DomainError) -> int:
    """REFUSED for a rule of the data, DATABASE for a database that cannot be written,
    BAD_INPUT for everything else."""
    if error.code in DATABASE_CODES:
        return DATABASE
    return REFUSED if error.code in REFUSED_CODES else BAD_INPUT
