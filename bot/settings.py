"""Settings from the environment and `.env`, built once at start (never at import)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
ENV_FILE = REPO_ROOT / ".env"
"""The `.env` beside the README: found wherever `make run` or `python -m bot` is started from."""


def _int_list(value: object) -> object:
    """Accept `1,2,3` (or spaces) from the environment as well as a real list."""
    if isinstance(value, str):
        return [part for part in value.replace(",", " ").split() if part]
    if isinstance(value, int):
        return [value]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=ENV_FILE, env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr | None = Field(default=None, description="bot token; unset = console chat")
    knowledge_dir: Path = REPO_ROOT / "knowledge"
    database_path: Path = REPO_ROOT / "data" / "knowledge.sqlite3"
    log_level: str = "INFO"

    discord_guild_id: int | None = Field(default=None, description="sync commands to this guild only")
    home_guild_id: int | None = Field(
        default=None, description="the one server with the commands that change the shared knowledge"
    )
    answer_channel_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    admin_role_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    user_burst: int = Field(default=5, ge=1, le=1000, description="answers to one reader per window")
    user_burst_seconds: float = Field(default=30.0, ge=0, description="the reader's window; 0 = no limit")
    follow_up_seconds: float = Field(
        default=300.0, ge=0, le=86_400, description="how long a reader's last subject carries to a follow-up"
    )
    channel_interval_seconds: float = Field(default=1.0, ge=0, le=60, description="gap between answers")
    channel_queue_size: int = Field(default=5, ge=0, le=100, description="answers waiting per channel")
    max_question_length: int = Field(default=500, ge=20, le=4000)
    question_log_days: int = Field(default=90, ge=1, le=3650, description="question log retention")

    shard_count: int | None = Field(default=None, ge=1, le=100_000, description="None: Discord's count")
    shard_ids: Annotated[list[int], NoDecode] = Field(default_factory=list, description="empty: all")
    knowledge_poll_seconds: float = Field(
        default=5.0, ge=0, le=3600, description="how often a reload elsewhere is looked for; 0 = never"
    )

    @property
    def home_guild(self) -> int | None:
        """HOME_GUILD_ID, else DISCORD_GUILD_ID (a bot synced to one server is at home there), else None:
        then /reload and the other knowledge commands exist nowhere in Discord (the command line only)."""
        return self.home_guild_id or self.discord_guild_id

    @field_validator("discord_token", "discord_guild_id", "home_guild_id", "shard_count", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """`DISCORD_TOKEN=` as copied from `.env.example` means unset, not a token of no characters."""
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, SecretStr) and not value.get_secret_value().strip():
            return None
        return value

    @field_validator("knowledge_dir", "database_path")
    @classmethod
    def _from_repo_root(cls, value: Path) -> Path:
        """Relative paths count from the project root, like the `.env` they are usually written in."""
        value = value.expanduser()
        return value if value.is_absolute() else REPO_ROOT / value

    @field_validator("answer_channel_ids", "admin_role_ids", "shard_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        return _int_list(value)

    @model_validator(mode="after")
    def _shards_fit(self) -> Settings:
        """SHARD_IDS needs SHARD_COUNT, and each id is one of its shards, once."""
        if not self.shard_ids:
            return self
        if self.shard_count is None:
            raise ValueError("SHARD_IDS needs SHARD_COUNT (the total number of shards over every process)")
        wrong = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
        if wrong:
            raise ValueError(f"SHARD_IDS {wrong} not within 0..{self.shard_count - 1} (SHARD_COUNT)")
        if len(set(self.shard_ids)) != len(self.shard_ids):
            raise ValueError("SHARD_IDS names a shard twice")
        return self

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level


class SettingsError(Exception):
    """One line that names the setting and what is wrong with it."""


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        name = ".".join(str(part) for part in first["loc"]).upper()
        if not name:  # a check across settings names them in its message
            raise SettingsError(f"settings are invalid: {message}") from None
        raise SettingsError(f"setting {name} is invalid: {message}") from None
