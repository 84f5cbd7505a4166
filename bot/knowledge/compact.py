"""Validated models in less memory: equal field-name sets and equal strings become one shared object.

Pydantic gives every model instance its own set of the fields it was given (`__pydantic_fields_set__`,
200–700 bytes); a fact holds five models, so 10,000 facts held 16 MB of these sets, nearly all alike.
The knowledge models are frozen and pydantic copies the set before it adds to one (`model_copy`), so
equal sets can be one object. Strings the same way: a fact repeats its deal's id, its document's id and
its statement (as the quote), each a string of its own after parsing.
"""

from __future__ import annotations

from pydantic import BaseModel

_FIELDS_SET = "__pydantic_fields_set__"


class Sharer:
    """Shares equal field-name sets and strings among the models it is handed (one per load)."""

    def __init__(self) -> None:
        self._sets: dict[frozenset[str], set[str]] = {}
        self._strings: dict[str, str] = {}

    def string(self, text: str) -> str:
        return self._strings.setdefault(text, text)

    def model(self, model: BaseModel) -> None:
        """Share the sets and strings of `model` and of the models and strings it holds."""
        names = model.__pydantic_fields_set__
        shared = self._sets.setdefault(frozenset(names), names)
        if shared is not names:
            object.__setattr__(model, _FIELDS_SET, shared)
        values = model.__dict__
        for key, value in values.items():
            if type(value) is str:  # not an enum member, which is a str too
                values[key] = self.string(value)
            elif isinstance(value, BaseModel):
                self.model(value)
            elif isinstance(value, list):
                self._items(value)

    def _items(self, items: list[object]) -> None:
        for i, item in enumerate(items):
            if type(item) is str:
                items[i] = self.string(item)
            elif isinstance(item, BaseModel):
                self.model(item)
