"""Pipeline stages by name: the portfolio's own names, and for the built-in stages their key
and their English and pt-BR names too, so a workbook in either language finds them."""

from __future__ import annotations

from kamdesk.model.enums import fold
from kamdesk.services.settings import BUILT_IN_STAGE_NAMES as ENGLISH_STAGE_NAMES
from kamdesk.services.settings import BUILT_IN_STAGE_NAMES_PT as PORTUGUESE_STAGE_NAMES
from kamdesk.services.workbook_import.existing import Stage


class StageNames:
    def __init__(self, stages: list[Stage], language: str):
        self.stages = stages
        self.language = language
        self.by_id = {s.id: s for s in stages}
        self.by_name: dict[str, int] = {}
        for stage in stages:  # the names as they are now come first
            self.by_name.setdefault(fold(stage.name), stage.id)
        for stage in stages:
            if stage.key:
                for name in (
                    stage.key,
                    ENGLISH_STAGE_NAMES.get(stage.key, ""),
                    PORTUGUESE_STAGE_NAMES.get(stage.key, ""),
                ):
                    if name:
                        self.by_name.setdefault(fold(name), stage.id)

    def find(self, name: str) -> int | None:
        return self.by_name.get(fold(name))

    def label(self, stage_id: int) -> str:
        """The stage's name as a KAM of the workbook's language knows it."""
        stage = self.by_id.get(stage_id)
        if stage is None:
            return ""
        built_in = stage.key and stage.name == ENGLISH_STAGE_NAMES.get(stage.key)
        if built_in and self.language.startswith("pt"):
            return PORTUGUESE_STAGE_NAMES.get(stage.key, stage.name)
        return stage.name

    def labels(self) -> list[str]:
        return [self.label(s.id) for s in self.stages]

    def first_id(self) -> int | None:
        return self.stages[0].id if self.stages else None

    def probability(self, stage_id) -> int | None:
        stage = self.by_id.get(stage_id)
        return stage.probability if stage else None
