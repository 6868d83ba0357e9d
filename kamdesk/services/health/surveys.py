"""Survey responses (NPS 0–10, CSAT 1–5), optionally from one of the account's people.

Every write is one unit of work, checked first (:class:`ValidationError`, nothing written);
what it returns undoes it: ``create`` an id (undo: ``delete``), ``update`` the previous values
(undo: ``revert``), ``delete`` a snapshot (undo: ``restore``, same ids).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, replace

from sqlalchemy import select

from kamdesk.model import Stakeholder, SurveyResponse
from kamdesk.model.enums import SurveyKind
from kamdesk.services.health import checks
from kamdesk.services.health.data import SURVEY_FIELDS, SurveyData, SurveyRow
from kamdesk.services.problems import Problem, refuse
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio


class SurveyService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    def list_rows(self, account_id: int, kind: SurveyKind | None = None) -> list[SurveyRow]:
        """The account's responses, newest first, with the name of who answered."""
        query = (
            select(SurveyResponse, Stakeholder.name)
            .outerjoin(Stakeholder, Stakeholder.id == SurveyResponse.stakeholder_id)
            .where(SurveyResponse.account_id == account_id)
            .order_by(SurveyResponse.date.desc(), SurveyResponse.id.desc())
        )
        if kind is not None:
            query = query.where(SurveyResponse.kind == kind)
        with self.portfolio.session() as session:
            return [
                SurveyRow(response.id, _data(response), name or "")
                for response, name in session.execute(query)
            ]

    def get(self, response_id: int) -> SurveyData:
        with self.portfolio.session() as session:
            return _data(checks.require_response(session, response_id))

    def validate(self, data: SurveyData) -> list[Problem]:
        with self.portfolio.session() as session:
            return checks.survey_problems(session, data)

    def create(self, data: SurveyData) -> int:
        with self.portfolio.session() as session:
            refuse(checks.survey_problems(session, data))
            response = SurveyResponse(**asdict(checks.clean_survey(data)))
            session.add(response)
            session.flush()
            return response.id

    def update(self, response_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        """Applies ``changes`` (field → value); returns the previous values of those fields."""
        unknown = set(changes) - set(SURVEY_FIELDS)
        if unknown:
            raise ValueError(f"not survey fields: {sorted(unknown)}")
        with self.portfolio.session() as session:
            response = checks.require_response(session, response_id)
            before = _data(response)
            after = replace(before, **changes)
            refuse(checks.survey_problems(session, after))
            after = checks.clean_survey(after)
            for name in changes:
                setattr(response, name, getattr(after, name))
            return {name: getattr(before, name) for name in changes}

    def revert(self, response_id: int, previous: Mapping[str, object]) -> None:
        self.update(response_id, previous)

    def delete(self, response_ids: Iterable[int]) -> DeletionSnapshot:
        ids = list(response_ids)
        with self.portfolio.session() as session:
            for response_id in ids:
                checks.require_response(session, response_id)
            snapshot = take_deletion_snapshot(session, SurveyResponse.__table__, ids)
            delete_rows(session, SurveyResponse.__table__, ids)
            return snapshot

    def restore(self, snapshot: DeletionSnapshot) -> None:
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)


def _data(response: SurveyResponse) -> SurveyData:
    return SurveyData(**{name: getattr(response, name) for name in SURVEY_FIELDS})
