"""The one error type of bad knowledge input: it names the file, the place and what is wrong."""

from __future__ import annotations

from pathlib import Path


class KnowledgeError(Exception):
    def __init__(self, path: Path | str | None, problem: str, where: str | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.where = where
        self.problem = problem
        super().__init__(self.message)

    @property
    def message(self) -> str:
        place = self.path or "knowledge"
        if self.where:
            place = f"{place}, {self.where}"
        return f"{place}: {self.problem}"


class RemovalRefused(KnowledgeError):
    """A reload would remove every fact of a file or folder; it needs an explicit confirmation."""
