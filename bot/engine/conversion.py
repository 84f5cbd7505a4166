"""One unit in another of its kind: "10 GW — how many MW is that?", "das Gelände in Hektar". General
physical factors, nothing of any article."""

from __future__ import annotations

import re

# unit → (kind, size in that kind's base unit)
_UNITS: dict[str, tuple[str, float]] = {
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    "TW": ("power", 1e12),
    "MWh": ("energy", 1e6),
    "GWh": ("energy", 1e9),
    "TWh": ("energy", 1e12),
    "m2": ("area", 1.0),
    "ha": ("area", 1e4),
    "acres": ("area", 4046.8564224),  # the international acre in square metres
    "km": ("length", 1e3),
}


def of_kind(units: frozenset[str] | set[str]) -> frozenset[str]:
    """`units` and every unit of their kinds ("MW" → kW, MW, GW, TW)."""
    kinds = {_UNITS[u][0] for u in units if u in _UNITS}
    return frozenset(units) | {u for u, (kind, _) in _UNITS.items() if kind in kinds}


def convertible(unit: str, target: str) -> bool:
    """Are `unit` and `target` two units of one kind ("GW" and "MW"; not "GW" and "GWh")?"""
    a, b = _UNITS.get(unit), _UNITS.get(target)
    return a is not None and b is not None and a[0] == b[0] and unit != target


def converted(value: float, unit: str, target: str) -> float | None:
    """`value` in `unit`, said in `target` (None when they are no units of one kind)."""
    if not convertible(unit, target):
        return None
    return value * _UNITS[unit][1] / _UNITS[target][1]


def rounded(value: float) -> float:
    """A converted figure as shown: to a tenth, or to two digits where a tenth would show 0 ("0,01 TW")."""
    return round(value, 1) if abs(value) >= SHOWN_TENTH else float(f"{value:.2g}")


SHOWN_TENTH = 0.1


# A unit a question asks the answer in: "how many MW", "in Hektar", "wie viele Kilowatt"
_ASKED = {
    "kW": r"kw|kilowatt(?![-\s]?(?:stund|hour))\w*",
    "MW": r"mw|megawatt(?![-\s]?(?:stund|hour))\w*",
    "GW": r"gw|gigawatt(?![-\s]?(?:stund|hour))\w*",
    "TW": r"tw|terawatt(?![-\s]?(?:stund|hour))\w*",
    "ha": r"ha|hektar\w*|hectares?",
    "acres": r"acres?|acker",
}
_ASKED_PATTERNS = {
    unit: re.compile(rf"(?<![\w.]){pattern}(?!\w)", re.IGNORECASE) for unit, pattern in _ASKED.items()
}


def asked_in(question: str, unit: str) -> str | None:
    """The unit of `unit`'s kind that the question asks for, when it is another than `unit`."""
    for target, pattern in _ASKED_PATTERNS.items():
        if convertible(unit, target) and pattern.search(question):
            return target
    return None
