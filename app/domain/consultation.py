"""The popular consultation, as the services hand it out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.enums import ConsultationStatus, Currency, FundingRule, TieRule


@dataclass(frozen=True)
class Consultation:
    id: str
    organization_id: str
    name: str
    vote_date: date
    max_candidates: int
    funding_rule: FundingRule
    funded_count: int
    budget_cents: int | None
    currency: Currency
    tie_rule: TieRule
    status: ConsultationStatus


@dataclass(frozen=True)
class Nomination:
    id: str
    consultation_id: str
    project_id: str
    number: int
    title: str
