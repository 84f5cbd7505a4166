"""Holds every request the bot sends to the fake Discord against Discord's official OpenAPI description.

The description is not copied into the repo: it lives in the shared folder beside the clone
(`../shared/discord-api-spec/openapi.json`, see its README). `load()` reads it once per session and
returns None when a clone has no shared folder; then nothing is checked and the tests that check the
checker are skipped (tests/test_discord_spec.py says why). When the file is there, every request the
fake Discord records goes through `Spec.check`:

- the method and path must be an operation of the description (literal segments such as `@me` and
  `@original` win over `{parameters}`, as in Discord's router), and each path parameter must fit its
  schema (snowflakes are digits);
- every query parameter must be one the operation declares, and its value must fit its schema;
- a JSON body must validate against the operation's `requestBody` schema for `application/json`
  (JSON Schema 2020-12, `#/components/schemas/...` resolved through a `referencing` registry); an
  operation without a request body must get none, and one whose body is required must get one;
- any other content type (discord.py sends multipart only with files) is reported, not waved through.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry
from referencing.jsonschema import DRAFT202012

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO.parent / "shared" / "discord-api-spec" / "openapi.json"
"""Where the shared folder beside the clone keeps the description (like ../shared/eval, see tests)."""

BASE_URI = "urn:discord-api-spec"
METHODS = ("get", "put", "post", "delete", "patch")
MAX_SNOWFLAKE = 2**64 - 1
BOOLEANS = {"True": True, "true": True, "1": True, "False": False, "false": False, "0": False}


def _pointer(*parts: str) -> str:
    """A JSON pointer into the description as a URI fragment (`/paths/~1users~1@me/get`)."""
    return "".join("/" + quote(part.replace("~", "~0").replace("/", "~1"), safe="@") for part in parts)


INTEGER_SNOWFLAKES_IN = ("MessageReferenceRequest",)
"""The schemas whose snowflakes may be JSON integers (see `allow_integer_snowflakes`)."""
SNOWFLAKE_REF = "#/components/schemas/SnowflakeType"


def allow_integer_snowflakes(schemas: dict[str, Any], where: tuple[str, ...] = INTEGER_SNOWFLAKES_IN) -> None:
    """In the schemas named in `where`, let a snowflake also be a JSON integer (0 … 2⁶⁴−1).

    The one allowance we make, and a narrow one. The description's SnowflakeType is a string of
    digits only, but Discord parses a snowflake sent as a JSON integer just as well, and discord.py
    relies on it: `MessageReference.to_dict()`, which `send(reference=...)` puts into
    `message_reference`, has `message_id`, `channel_id` and `guild_id` as Python ints, so every reply
    the bot sends has them (the README beside the description notes it too). Only those fields take
    the integer: snowflakes anywhere else must still be strings, a negative or too large integer is
    still rejected, and so are a float and a string that is not all digits. Should the bot one day
    send another integer snowflake (discord.py's `create_dm` sends `recipient_id` as one), add that
    request's schema here, with the reason.
    """
    schemas["IntegerSnowflake"] = {"type": "integer", "minimum": 0, "maximum": MAX_SNOWFLAKE}
    schemas["SnowflakeOrIntegerSnowflake"] = {
        "anyOf": [{"$ref": SNOWFLAKE_REF}, {"$ref": "#/components/schemas/IntegerSnowflake"}]
    }

    def widen(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("$ref") == SNOWFLAKE_REF:
                return {"$ref": "#/components/schemas/SnowflakeOrIntegerSnowflake"}
            return {key: widen(value) for key, value in node.items()}
        if isinstance(node, list):
            return [widen(item) for item in node]
        return node

    for name in where:
        widened = widen(schemas[name])
        assert widened != schemas[name], f"{name} has no snowflake to widen: is the allowance still needed?"
        schemas[name] = widened


@dataclass
class Operation:
    method: str
    template: str
    segments: tuple[str, ...]
    body: Draft202012Validator | None
    body_required: bool
    path_params: dict[str, Draft202012Validator]
    query_params: dict[str, tuple[Draft202012Validator, Any]]
    """name -> (validator, resolved schema; tells how to read the string from the query)."""

    @property
    def name(self) -> str:
        return f"{self.method} {self.template}"

    def rank(self) -> tuple[int, ...]:
        """Literal segments before parameters, left to right (`/messages/@original` over `{id}`)."""
        return tuple(1 if segment.startswith("{") else 0 for segment in self.segments)


class Spec:
    """The operations of Discord's OpenAPI description, with validators built once."""

    def __init__(self, document: dict[str, Any]) -> None:
        allow_integer_snowflakes(document["components"]["schemas"])
        self.document = document
        self.registry: Registry[Any] = Registry().with_resource(
            BASE_URI, DRAFT202012.create_resource(document)
        )
        self.operations: list[Operation] = []
        for template, item in document["paths"].items():
            shared = item.get("parameters") or []
            for method in METHODS:
                if method in item:
                    self.operations.append(self._operation(template, item, method, shared))

    def validator(self, *pointer: str) -> Draft202012Validator:
        """A validator for the schema at `pointer`, its references resolved in the description."""
        schema = {"$ref": BASE_URI + "#" + _pointer(*pointer)}
        return Draft202012Validator(
            schema, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    def _operation(self, template: str, item: dict[str, Any], method: str, shared: list[Any]) -> Operation:
        operation = item[method]
        path_params: dict[str, Draft202012Validator] = {}
        query_params: dict[str, tuple[Draft202012Validator, Any]] = {}
        for where, parameters in (("", shared), (method, operation.get("parameters") or [])):
            for index, parameter in enumerate(parameters):
                pointer = ["paths", template, *([where] if where else []), "parameters", str(index), "schema"]
                if parameter["in"] == "path":
                    path_params[parameter["name"]] = self.validator(*pointer)
                elif parameter["in"] == "query":
                    resolved = self._resolve(parameter["schema"])
                    query_params[parameter["name"]] = (self.validator(*pointer), resolved)
        body: Draft202012Validator | None = None
        request_body = operation.get("requestBody")
        if request_body is not None and "application/json" in request_body["content"]:
            body = self.validator(
                "paths", template, method, "requestBody", "content", "application/json", "schema"
            )
        return Operation(
            method=method.upper(),
            template=template,
            segments=tuple(template.strip("/").split("/")),
            body=body,
            body_required=bool(request_body and request_body.get("required")),
            path_params=path_params,
            query_params=query_params,
        )

    def _resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.registry.resolver(BASE_URI).lookup(BASE_URI + schema["$ref"]).contents
        return schema

    # -- matching ----------------------------------------------------------------------------------

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """The operation for `method path`, its path parameters, and the other methods of that path."""
        segments = path.strip("/").split("/")
        found: list[tuple[Operation, dict[str, str]]] = []
        for operation in self.operations:
            params = _bind(operation.segments, segments)
            if params is not None:
                found.append((operation, params))
        found.sort(key=lambda pair: pair[0].rank())
        for operation, params in found:
            if operation.method == method:
                return operation, params, []
        return None, {}, sorted({op.name for op, _ in found})

    # -- checking ----------------------------------------------------------------------------------

    def check(
        self, method: str, path: str, query: dict[str, str], body: Any, content_type: str = ""
    ) -> tuple[str | None, list[str]]:
        """The operation's name (None if there is none) and what about the request Discord rejects."""
        operation, params, others = self.match(method, path)
        if operation is None:
            if others:
                return None, [f"{method} {path}: no such method in Discord's API (the path has {others})"]
            return None, [f"{method} {path}: no such route in Discord's API"]
        where = f"{method} {path} ({operation.name})"
        problems: list[str] = []
        for name, value in params.items():
            problems += _errors(f"{where}: path parameter {name}", operation.path_params[name], value)
        for name, value in query.items():
            if name not in operation.query_params:
                problems.append(f"{where}: undeclared query parameter {name}={value!r}")
                continue
            validator, schema = operation.query_params[name]
            problems += _errors(f"{where}: query {name}", validator, _from_query(value, schema))
        if body is None:
            if operation.body_required:
                problems.append(f"{where}: the request body is required")
        elif content_type and content_type != "application/json":
            problems.append(f"{where}: body sent as {content_type}; only JSON bodies are checked (spec.py)")
        elif operation.body is None:
            problems.append(f"{where}: takes no JSON body, got {_short(body)}")
        else:
            problems += _errors(f"{where}: body", operation.body, body)
        return operation.name, problems

    def errors(self, method: str, path: str, body: Any, query: dict[str, str] | None = None) -> list[str]:
        """Only the problems (for tests of the checker)."""
        return self.check(method, path, query or {}, body, "application/json")[1]


def _bind(template: tuple[str, ...], segments: list[str]) -> dict[str, str] | None:
    if len(template) != len(segments):
        return None
    params: dict[str, str] = {}
    for expected, actual in zip(template, segments, strict=True):
        if expected.startswith("{") and expected.endswith("}"):
            if not actual:
                return None
            params[expected[1:-1]] = actual
        elif expected != actual:
            return None
    return params


def _from_query(value: str, schema: Any) -> Any:
    """A query string value as the type its schema asks for (`true` → True, `25` → 25).

    Booleans as Discord's API reference defines them for query strings ("Boolean Query Strings"):
    `True`, `true` and `1` are true, `False`, `false` and `0` false. discord.py sends
    `with_response=1` on interaction callbacks.
    """
    types = schema.get("type") if isinstance(schema, dict) else None
    types = [types] if isinstance(types, str) else list(types or [])
    if "boolean" in types and value in BOOLEANS:
        return BOOLEANS[value]
    if "integer" in types and re.fullmatch(r"-?\d+", value):
        return int(value)
    if "number" in types:
        try:
            return float(value)
        except ValueError:
            return value
    return value


def _errors(where: str, validator: Draft202012Validator, instance: Any) -> list[str]:
    return [f"{where}: {_describe(error)}" for error in validator.iter_errors(instance)]


def _describe(error: ValidationError) -> str:
    """The most telling error, with where in the instance it is (anyOf branches descended into)."""
    deepest = best_match([error]) or error
    message = deepest.message
    if len(message) > 300:  # keep the verdict at the end ("… is too long"), cut the quoted instance
        message = message[:120] + " … " + message[-100:]
    return f"{deepest.json_path}: {message}"


def _short(body: Any) -> str:
    text = json.dumps(body, ensure_ascii=False)
    return text if len(text) <= 200 else text[:200] + "…"


@functools.cache
def load(path: Path | None = None) -> Spec | None:
    """The description (at SPEC_PATH by default), parsed once; None when the clone has no shared folder."""
    path = SPEC_PATH if path is None else path
    if not path.exists():
        return None
    return Spec(json.loads(path.read_text(encoding="utf-8")))
