"""The lock file `make` installs from pins every dependency pyproject.toml declares, within its range.

`make` installs requirements-lock.txt (exact versions, with hashes) and then the project without
dependencies, so a dependency added to pyproject.toml but not to the lock would be missing; this test
says to run `make lock` instead.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
LOCK = REPO / "requirements-lock.txt"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def pins() -> dict[str, str]:
    return {
        canonicalize_name(name): version for name, version in PIN.findall(LOCK.read_text(encoding="utf-8"))
    }


def declared() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    lines = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["dev"],
        *project["build-system"]["requires"],
    ]
    return [Requirement(line) for line in lines]


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    pinned = pins()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement} is not in {LOCK.name}: run `make lock`"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{LOCK.name} pins {name}=={pinned[name]}, outside {requirement}: run `make lock`"
        )


def test_every_pin_is_exact_and_has_hashes() -> None:
    text = LOCK.read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    for entry in entries:
        if not entry.strip() or entry.lstrip().startswith("#"):
            continue
        assert PIN.match(entry), f"not an exact pin: {entry.splitlines()[0]}"
        assert "--hash=sha256:" in entry, f"no hash: {entry.splitlines()[0]}"
