"""`python -m bot` as a user runs it: reload, ask (text and JSON), chat, and one-line errors."""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.knowledge.loader import load_knowledge
from bot.knowledge.models import normalize_space
from bot.settings import ENV_FILE, REPO_ROOT, Settings, load_settings

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "knowledge"
TIMEOUT = 60
SETTING_NAMES = {
    "DISCORD_TOKEN",
    "KNOWLEDGE_DIR",
    "DATABASE_PATH",
    "LOG_LEVEL",
    "DISCORD_GUILD_ID",
    "HOME_GUILD_ID",
    "ANSWER_CHANNEL_IDS",
    "ADMIN_ROLE_IDS",
    "USER_BURST",
    "USER_BURST_SECONDS",
    "FOLLOW_UP_SECONDS",
    "CHANNEL_INTERVAL_SECONDS",
    "CHANNEL_QUEUE_SIZE",
    "MAX_QUESTION_LENGTH",
    "QUESTION_LOG_DAYS",
    "SHARD_COUNT",
    "SHARD_IDS",
    "KNOWLEDGE_POLL_SECONDS",
}
CONTRACT = {"question", "answered", "answer", "language", "confidence", "figures", "citations", "suggestions"}


@pytest.fixture
def env(tmp_path: Path, root: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES}
    clean.update(
        KNOWLEDGE_DIR=str(root),
        DATABASE_PATH=str(tmp_path / "data" / "db.sqlite3"),
        PYTHONPATH=str(REPO),
        PYTHONUTF8="1",
        PYTHONIOENCODING="utf-8",
        DISCORD_TOKEN="",  # empty means unset, also over a token in the project's own .env
    )
    return clean


def run(
    tmp_path: Path, env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,  # no .env here
        env=env,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_reload_prints_counts(tmp_path: Path, env: dict[str, str]) -> None:
    result = run(tmp_path, env, "reload")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    kb = load_knowledge(KNOWLEDGE)
    first = result.stdout.splitlines()[0]
    assert f"{kb.counts()['documents']} documents" in first
    assert f"{kb.counts()['deals']} deals" in first
    assert f"{kb.counts()['facts']} facts" in first
    assert "No changes." in result.stdout
    assert (tmp_path / "data" / "db.sqlite3").exists()


def test_reload_reports_a_change(tmp_path: Path, env: dict[str, str], root: Path) -> None:
    assert run(tmp_path, env, "reload").returncode == 0
    doc = root / "documents" / "005_extra.txt"
    doc.write_text("Ein Zusatzartikel\n\nDer Anbieter plant 3 GW in Norwegen.\n", encoding="utf-8")
    result = run(tmp_path, env, "reload")
    assert result.returncode == 0, result.stderr
    assert "6 documents" in result.stdout
    assert "documents added (1): 005_extra" in result.stdout


@pytest.mark.parametrize("built_before", [False, True], ids=["fresh-database", "existing-database"])
def test_reload_with_broken_facts_file(
    tmp_path: Path, env: dict[str, str], root: Path, built_before: bool
) -> None:
    if built_before:
        assert run(tmp_path, env, "reload").returncode == 0
    path = root / "facts" / "stargate.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("unit: USD}", "unit: furlongs}", 1), "utf-8")
    result = run(tmp_path, env, "reload")
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0]
    assert "line 11" in lines[0]
    assert "figure.unit" in lines[0]
    if built_before:  # the old facts still answer
        answer = run(tmp_path, env, "ask", "--json", "Wie viel investiert Nvidia in OpenAI?")
        assert answer.returncode == 0
        assert json.loads(answer.stdout)["answered"] is True


def _check_contract(data: dict[str, object]) -> None:
    assert set(data) >= CONTRACT, CONTRACT - set(data)
    assert isinstance(data["question"], str)
    assert isinstance(data["answered"], bool)
    assert isinstance(data["answer"], str) and data["answer"]
    assert data["language"] in ("de", "en")
    assert isinstance(data["confidence"], int | float) and 0 <= data["confidence"] <= 1
    assert isinstance(data["suggestions"], list)
    assert all(isinstance(s, str) for s in data["suggestions"])
    assert isinstance(data["figures"], list)
    for figure in data["figures"]:
        assert isinstance(figure, dict)
        assert {"value", "unit", "text"} <= set(figure)
        assert isinstance(figure["value"], int | float)
        assert isinstance(figure["unit"], str) and isinstance(figure["text"], str)
    assert isinstance(data["citations"], list)
    for citation in data["citations"]:
        assert isinstance(citation, dict)
        assert {"document", "title", "quote"} <= set(citation)
        assert all(isinstance(citation[k], str) for k in ("document", "title", "quote"))


def test_ask_json_has_every_contract_field(tmp_path: Path, env: dict[str, str]) -> None:
    question = "How much will Nvidia invest in OpenAI?"
    result = run(tmp_path, env, "ask", "--json", question)
    assert result.returncode == 0, result.stderr
    lines = _lines(result.stdout)
    assert len(lines) == 1
    data = json.loads(lines[0])
    _check_contract(data)
    assert data["question"] == question
    assert data["answered"] is True
    assert data["language"] == "en"
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(100e9, "USD")]
    assert data["citations"]
    kb = load_knowledge(KNOWLEDGE)
    for citation in data["citations"]:
        document = kb.documents[citation["document"]]
        assert citation["title"] == document.title
        assert normalize_space(citation["quote"]) in normalize_space(document.text)


def test_ask_json_reads_questions_from_stdin(tmp_path: Path, env: dict[str, str]) -> None:
    questions = [
        "Wie viel investiert Nvidia in OpenAI?",
        "Wie viele GPUs plant OpenAI bis Ende 2025?",
        "Was kostet ein Döner in Berlin?",
    ]
    result = run(tmp_path, env, "ask", "--json", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    answers = [json.loads(line) for line in lines]
    for data, question in zip(answers, questions, strict=True):
        _check_contract(data)
        assert data["question"] == question
    assert [a["answered"] for a in answers] == [True, True, False]
    assert answers[2]["figures"] == []


def test_ask_prints_readable_text(tmp_path: Path, env: dict[str, str]) -> None:
    result = run(tmp_path, env, "ask", "Wie viel investiert Nvidia in OpenAI?")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert not out.lstrip().startswith("{")
    assert "100 Mrd. US-Dollar" in out
    assert "[000_7aba64d897c7eb59]" in out  # the source, with its quote
    assert '"' in out


@pytest.mark.parametrize(
    ("name", "value"),
    [("LOG_LEVEL", "loud"), ("MAX_QUESTION_LENGTH", "abc"), ("MAX_QUESTION_LENGTH", "5")],
)
def test_invalid_setting_exits_2(tmp_path: Path, env: dict[str, str], name: str, value: str) -> None:
    result = run(tmp_path, env | {name: value}, "ask", "Wie viel investiert Nvidia in OpenAI?")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    assert result.stdout == ""


def test_database_path_not_sqlite(tmp_path: Path, env: dict[str, str]) -> None:
    db = Path(env["DATABASE_PATH"])
    db.parent.mkdir(parents=True)
    db.write_bytes(bytes(range(256)) * 64)
    result = run(tmp_path, env, "ask", "Wie viel investiert Nvidia in OpenAI?")
    assert result.returncode not in (0, 2)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(db) in lines[0]


def test_chat_answers_and_exits(tmp_path: Path, env: dict[str, str]) -> None:
    result = run(tmp_path, env, "chat", stdin="Wie viele GPUs plant OpenAI bis Ende 2025?\n\n")
    assert result.returncode == 0, result.stderr
    assert "1 Million GPUs" in result.stdout
    assert "[003_135aff94f82533c9]" in result.stdout


def test_chat_ends_on_eof(tmp_path: Path, env: dict[str, str]) -> None:
    result = run(tmp_path, env, "chat", stdin="Wie viel investiert Nvidia in OpenAI?\n")
    assert result.returncode == 0, result.stderr
    assert "100 Mrd. US-Dollar" in result.stdout


def test_chat_reload_refused_keeps_old_facts(tmp_path: Path, env: dict[str, str], root: Path) -> None:
    assert run(tmp_path, env, "reload").returncode == 0
    (root / "deals.yaml").unlink()
    result = run(tmp_path, env, "chat", stdin="/reload\nWie viel investiert Nvidia in OpenAI?\n\n")
    assert result.returncode == 0, result.stderr
    assert "Reload refused" in result.stdout
    assert str(root / "deals.yaml") in result.stdout
    assert "100 Mrd. US-Dollar" in result.stdout


def test_run_without_token_falls_back_to_chat(tmp_path: Path, env: dict[str, str]) -> None:
    result = run(tmp_path, env, "run", stdin="Wie viel investiert Nvidia in OpenAI?\n\n")
    assert result.returncode == 0, result.stderr
    assert "DISCORD_TOKEN" in result.stderr
    assert "100 Mrd. US-Dollar" in result.stdout


def test_run_with_the_example_env_opens_the_chat_from_any_folder(tmp_path: Path, env: dict[str, str]) -> None:
    """`cp .env.example .env && make run` in a project, started from a folder below its root."""
    project = tmp_path / "project"
    shutil.copytree(REPO / "bot", project / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(KNOWLEDGE, project / "knowledge")
    example = (REPO / ".env.example").read_text(encoding="utf-8")
    assert "\nDISCORD_TOKEN=\n" in example
    (project / ".env").write_text(example + "\nKNOWLEDGE_DIR=knowledge\n", encoding="utf-8")
    elsewhere = project / "some" / "folder"
    elsewhere.mkdir(parents=True)
    del env["KNOWLEDGE_DIR"], env["DISCORD_TOKEN"]  # from the project's .env only
    env["PYTHONPATH"] = str(project)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=elsewhere,
        env=env,
        input="Wie viel investiert Nvidia in OpenAI?\n\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "DISCORD_TOKEN is not set" in result.stderr
    assert "100 Mrd. US-Dollar" in result.stdout


def test_empty_token_and_guild_mean_unset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ENV_FILE == REPO_ROOT / ".env"
    for name in SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "DISCORD_TOKEN=\nDISCORD_GUILD_ID=\nHOME_GUILD_ID=\nDATABASE_PATH=db/x.sqlite3\n", encoding="utf-8"
    )
    settings = Settings(_env_file=dotenv)  # type: ignore[call-arg]
    assert settings.discord_token is None and settings.discord_guild_id is None
    assert settings.home_guild_id is None and settings.home_guild is None
    assert settings.database_path == REPO_ROOT / "db" / "x.sqlite3", "relative to the project root"
    monkeypatch.setenv("DISCORD_TOKEN", "  ")
    assert load_settings().discord_token is None


def test_the_home_server_defaults_to_the_development_server() -> None:
    def settings(**values: object) -> Settings:
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    assert settings(discord_guild_id=5).home_guild == 5
    assert settings(discord_guild_id=5, home_guild_id=7).home_guild == 7
    assert settings(home_guild_id=7).home_guild == 7
    assert settings().home_guild is None


def _read_until(stream: int, marker: str, timeout: float) -> str:
    """Read the child's output until `marker` shows up (bounded)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while marker.encode() not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"no {marker!r} within {timeout}s; got {seen!r}"
        ready, _, _ = select.select([stream], [], [], left)
        if ready:
            chunk = os.read(stream, 4096)
            assert chunk, f"output ended before {marker!r}; got {seen!r}"
            seen += chunk
    return seen.decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child needs POSIX")
def test_ctrl_c_ends_the_chat_at_once_with_a_goodbye(tmp_path: Path, env: dict[str, str]) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        try:
            assert child.stdout is not None and child.stderr is not None
            _read_until(child.stdout.fileno(), "> ", TIMEOUT)  # waiting for a line, stdin still open
            child.send_signal(signal.SIGINT)
            returncode = child.wait(timeout=TIMEOUT)
            rest = child.stdout.read().decode("utf-8")
            errors = child.stderr.read().decode("utf-8")
        finally:
            if child.poll() is None:
                child.kill()
    assert returncode == 0, errors
    assert "tschüss" in rest and "Traceback" not in errors


def test_readme_table_and_env_example_name_every_setting() -> None:
    names = {name.upper() for name in Settings.model_fields}
    assert names == SETTING_NAMES
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([A-Z_]+)` \|", readme, flags=re.MULTILINE))
    example = (REPO / ".env.example").read_text(encoding="utf-8")
    listed = set(re.findall(r"^#? ?([A-Z][A-Z_]+)=", example, flags=re.MULTILINE))
    assert table == names, table ^ names
    assert listed == names, listed ^ names


def test_reload_that_wipes_the_facts_folder_is_refused(
    tmp_path: Path, env: dict[str, str], root: Path
) -> None:
    assert run(tmp_path, env, "reload").returncode == 0
    shutil.rmtree(root / "facts")
    result = run(tmp_path, env, "reload")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "--allow-removals" in lines[0]
    assert str(root / "facts") in lines[0]
    answer = run(tmp_path, env, "ask", "--json", "Wie viel investiert Nvidia in OpenAI?")
    assert json.loads(answer.stdout)["answered"] is True

    confirmed = run(tmp_path, env, "reload", "--allow-removals")
    assert confirmed.returncode == 0, confirmed.stderr
    assert " 0 facts" in confirmed.stdout


# ---------------------------------------------------------------------------- crashes that are one line now


def run_bytes(
    tmp_path: Path, env: dict[str, str], *args: str | bytes, stdin: bytes = b""
) -> tuple[int, str, str]:
    result = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env=env,
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def test_invalid_utf8_question_in_argv_is_answered(tmp_path: Path, env: dict[str, str]) -> None:
    code, out, err = run_bytes(tmp_path, env, "ask", "--json", b"Wie viel investiert Nvidia \xff in OpenAI?")
    assert code == 0, err
    data = json.loads(out)
    assert data["question"] == "Wie viel investiert Nvidia \ufffd in OpenAI?"
    assert data["answered"] is True


def test_invalid_utf8_line_never_stops_a_batch(tmp_path: Path, env: dict[str, str]) -> None:
    stdin = (
        b"Wie viel investiert Nvidia in OpenAI?\n\xff\xfe kaputt \xc3\n" + b"Wie viele GPUs plant OpenAI?\n"
    )
    code, out, err = run_bytes(tmp_path, env, "ask", "--json", stdin=stdin)
    assert code == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["question"] for a in answers][1] == "\ufffd\ufffd kaputt \ufffd"
    assert [a["answered"] for a in answers] == [True, False, True]


def test_output_to_a_closed_pipe_is_no_traceback(tmp_path: Path, env: dict[str, str]) -> None:
    """`python -m bot reload | head -1`: the reader is gone before the report is written."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bot", "reload"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    err = child.stderr.read().decode("utf-8")
    assert child.wait(TIMEOUT) == 141
    assert err == ""


def test_database_path_that_is_a_folder(tmp_path: Path, env: dict[str, str]) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run(
        tmp_path, env | {"DATABASE_PATH": str(folder)}, "ask", "Wie viel investiert Nvidia in OpenAI?"
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {folder}: DATABASE_PATH is a folder; it must name a database file"
    ]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody can create files in")
def test_database_path_where_no_file_can_be_created(tmp_path: Path, env: dict[str, str]) -> None:
    db = "/proc/knowledge.sqlite3"  # like a read-only folder, even for root
    result = run(tmp_path, env | {"DATABASE_PATH": db}, "ask", "Wie viel investiert Nvidia in OpenAI?")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert db in lines[0] and "cannot be opened" in lines[0]


def _damage_middle(db: Path) -> None:
    """Garbage over pages in the middle; the header (page 1) stays intact."""
    with db.open("r+b") as handle:
        handle.seek(3 * 4096)
        handle.write(bytes(range(256)) * 64)


def test_database_damaged_in_the_middle_is_rebuilt(tmp_path: Path, env: dict[str, str]) -> None:
    assert run(tmp_path, env, "reload").returncode == 0
    db = Path(env["DATABASE_PATH"])
    _damage_middle(db)
    result = run(tmp_path, env, "ask", "--json", "Wie viel investiert Nvidia in OpenAI?")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "rebuilding" in lines[0], result.stderr
    assert json.loads(result.stdout)["answered"] is True
    assert db.with_name(db.name + ".damaged").exists()
    again = run(tmp_path, env, "ask", "--json", "Wie viel investiert Nvidia in OpenAI?")
    assert again.stderr == ""
