"""Fixtures several test modules share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge folder, for tests that break or edit it."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target
