"""End-to-end: the buttons under an answer, clicked as Discord does (INTERACTION_CREATE of type 3) against
the fake Discord, every request checked against Discord's API description.

A suggestion asks its question and only the clicker sees the answer; Sources shows every quote to the
clicker alone; Delete deletes the answer for the reader who asked and refuses anyone else; and after a
restart (a new bot against the same fake Discord) the buttons of an old answer still work, or say
cleanly that they expired.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from fake_discord import Request
from fake_discord import payloads as p
from fake_discord.fixtures import DiscordEnv, Running, discord_env, knowledge_database

from bot.answer import Answer, CitationOut
from bot.exts.buttons import CUSTOM_ID_LIMIT, DEFER_AFTER_SECONDS, LABEL_LIMIT, answer_view

__all__ = ["discord_env", "knowledge_database"]

EPHEMERAL = 64
CHANNEL_MESSAGE = 4
DEFERRED_MESSAGE = 5
DEFERRED_UPDATE = 6
NVIDIA_QUESTION = "Wie viel investiert Nvidia in OpenAI?"
OFF_TOPIC = "Wie viel kostet die Apple-Aktie?"
"""The articles don't say: the answer comes with suggestions."""
Json = dict[str, Any]


def ids(message: Json) -> list[str]:
    return [str(b["custom_id"]) for b in p.buttons(message)]


def one(message: Json, prefix: str) -> str:
    [found] = [i for i in ids(message) if i.startswith(prefix)]
    return found


def assert_no_pings(body: Json) -> None:
    assert body["allowed_mentions"]["parse"] == [], body["allowed_mentions"]
    raw = json.dumps(body, ensure_ascii=False)
    assert "@everyone" not in raw and "@here" not in raw, raw


def ephemeral_data(callback: Request) -> Json:
    """The callback's message, which must be a new message only the clicker sees."""
    assert callback.json["type"] == CHANNEL_MESSAGE, callback
    data: Json = callback.json["data"]
    assert data["flags"] & EPHEMERAL, data
    assert_no_pings(data)
    return data


async def answered(run: Running, question: str, **options: Any) -> Json:
    """The bot's answer to a mention, as the fake stored it (id and components)."""
    message = await run.mention(question, **options)
    reply = await run.reply_to(message)
    assert isinstance(reply.response, dict)
    return reply.response


async def test_an_answer_has_sources_and_delete_for_the_asker_and_suggestions_as_buttons(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    answer = await answered(run, NVIDIA_QUESTION)
    labels = {b["label"] for b in p.buttons(answer)}
    assert {"Quellen", "Löschen"} <= labels, labels
    assert one(answer, "dq:del:") == f"dq:del:{p.MEMBER_USER_ID}"
    unsure = await answered(run, OFF_TOPIC)
    suggestions = [b for b in p.buttons(unsure) if b["custom_id"].startswith("dq:ask:")]
    field = next(f for f in unsure["embeds"][0]["fields"] if f["name"].startswith("Meinten Sie"))
    assert 1 <= len(suggestions) <= 3 and all(b["label"] in field["value"] for b in suggestions)
    for button in suggestions:
        assert button["custom_id"] == f"dq:ask:{button['label']}"  # the question itself: survives restarts
        assert run.service.ask(button["label"]).answered


async def test_a_suggestion_button_asks_its_question_and_only_the_clicker_gets_the_answer(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    unsure = await answered(run, OFF_TOPIC)
    custom_id = ids(unsure)[0]
    question = custom_id.removeprefix("dq:ask:")
    before = len(run.fake.calls("POST", r"/channels/\d+/messages"))
    _, callback = await run.click(unsure, custom_id, account=p.HELPER_USER)
    data = ephemeral_data(callback)
    [embed] = data["embeds"]
    expected = run.service.ask(question)
    assert expected.answered and embed["title"] == question
    assert expected.answer.splitlines()[0] in embed["description"]
    assert "dq:del:" not in json.dumps(data.get("components") or [])  # only the clicker sees it anyway
    assert len(run.fake.calls("POST", r"/channels/\d+/messages")) == before  # nothing said in the channel
    # The clicker's next question may follow up on the question the click asked.
    assert not run.service.ask("und wann?", "de").answered  # alone it names no subject
    expected_follow_up = run.service.ask("und wann?", "de", expected.context)
    assert expected_follow_up.answered
    follow_up = await run.mention("und wann?", author=p.HELPER_USER)
    description = (await run.reply_to(follow_up)).json["embeds"][0]["description"]
    assert expected_follow_up.answer.splitlines()[0] in description


async def test_a_click_whose_answer_takes_long_is_deferred_for_the_clicker_and_followed_up(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = await discord_env.start()
    unsure = await answered(run, OFF_TOPIC)
    original = run.service.ask

    def slow(question: str, locale: str | None = None) -> Any:
        time.sleep(DEFER_AFTER_SECONDS + 0.5)  # past the wait for an answer in time
        return original(question, locale)

    monkeypatch.setattr(run.service, "ask", slow)
    click, callback = await run.click(unsure, ids(unsure)[0], account=p.HELPER_USER)
    assert callback.json["type"] == DEFERRED_MESSAGE and callback.json["data"]["flags"] & EPHEMERAL
    followup = await run.fake.wait_for(
        lambda r: r.method == "POST" and r.path == f"/webhooks/{p.APP_ID}/{click['token']}",
        timeout=5,
        what="the answer as a followup",
    )
    assert followup.json["flags"] & EPHEMERAL and followup.json["embeds"], followup
    monkeypatch.setattr(run.service, "ask", original)
    _, sources = await run.click(followup.response, one(followup.response, "dq:src"), account=p.HELPER_USER)
    assert ephemeral_data(sources)["embeds"][0]["fields"]


async def test_sources_shows_every_quote_to_the_clicker_alone(discord_env: DiscordEnv) -> None:
    run = await discord_env.start()
    _, callback = await run.interact("ask", options=[p.option("question", NVIDIA_QUESTION)])
    answer = callback.response["resource"]["message"]  # the slash command's answer, as Discord keeps it
    assert one(answer, "dq:del:") == f"dq:del:{p.MEMBER_USER_ID}"
    expected = run.service.ask(NVIDIA_QUESTION)
    assert len(expected.citations) >= 2
    _, clicked = await run.click(answer, one(answer, "dq:src"), account=p.ADMIN_USER)
    [embed] = ephemeral_data(clicked)["embeds"]
    quotes = [f["value"] for f in embed["fields"]]
    assert len(quotes) == len(expected.citations)
    for citation, quote in zip(expected.citations, quotes, strict=True):
        assert " ".join(citation.quote.split())[:200] in quote


async def test_delete_by_the_asker_deletes_the_answer_and_anyone_else_is_refused(
    discord_env: DiscordEnv,
) -> None:
    run = await discord_env.start()
    answer = await answered(run, NVIDIA_QUESTION)
    delete = one(answer, "dq:del:")
    _, refused = await run.click(answer, delete, account=p.HELPER_USER)
    assert "Nur wer die Frage gestellt hat" in ephemeral_data(refused)["content"]
    assert not run.fake.calls("DELETE")
    click, accepted = await run.click(answer, delete, account=p.MEMBER_USER)
    assert accepted.json["type"] == DEFERRED_UPDATE  # the button's own message is the "original"
    await run.fake.wait_for(
        lambda r: (
            r.method == "DELETE" and r.path == f"/webhooks/{p.APP_ID}/{click['token']}/messages/@original"
        ),
        what="the answer deleted",
    )


async def test_after_a_restart_old_buttons_still_work_or_say_they_expired(discord_env: DiscordEnv) -> None:
    settings = discord_env.settings()
    first = await discord_env.start(settings)
    answer = await answered(first, NVIDIA_QUESTION)
    unsure = await answered(first, OFF_TOPIC)
    follow_up = await first.mention("und wann?")  # answered with the last subject: no question to ask again
    kept = (await first.reply_to(follow_up)).response
    await discord_env.stop_bot(first)

    run = await discord_env.start(settings, fake=first.fake)  # a new bot, the same Discord and messages
    _, sources = await run.click(answer, one(answer, "dq:src"))
    assert ephemeral_data(sources)["embeds"][0]["fields"], "the question in the id was asked again"
    question = ids(unsure)[0].removeprefix("dq:ask:")
    _, suggestion = await run.click(unsure, ids(unsure)[0], account=p.HELPER_USER)
    assert ephemeral_data(suggestion)["embeds"][0]["title"] == question
    _, expired = await run.click(kept, one(kept, "dq:src"))
    assert "abgelaufen" in ephemeral_data(expired)["content"]
    # A suggestion too long for its id is kept by its place, and that was in the old process's memory.
    long = {**p.buttons(unsure)[0], "custom_id": "dq:sug:0"}
    old = {**unsure, "components": [{"type": 1, "components": [long]}]}
    _, gone = await run.click(old, "dq:sug:0")
    assert "abgelaufen" in ephemeral_data(gone)["content"]
    _, refused = await run.click(answer, one(answer, "dq:del:"), account=p.ADMIN_USER)
    assert "Nur wer" in ephemeral_data(refused)["content"]
    _, deleted = await run.click(answer, one(answer, "dq:del:"), account=p.MEMBER_USER)
    assert deleted.json["type"] == DEFERRED_UPDATE


async def test_long_suggestions_and_questions_still_fit_discords_limits() -> None:
    long = "Wie viel " + "sehr " * 30 + "Geld?"
    cited = [CitationOut(document="d", title="t", quote="q")]
    answer = Answer(
        question=long,
        answered=False,
        answer="-",
        language="de",
        confidence=0,
        suggestions=["Kurz?", long],
        citations=cited,
    )
    view = answer_view(answer, asker_id=p.MEMBER_USER_ID, question=long)
    buttons = [c for row in view.to_components() for c in row["components"]]
    assert [b["custom_id"] for b in buttons] == [
        "dq:ask:Kurz?",
        "dq:sug:1",
        "dq:src",
        f"dq:del:{p.MEMBER_USER_ID}",
    ]
    assert all(len(b["custom_id"]) <= CUSTOM_ID_LIMIT and len(b["label"]) <= LABEL_LIMIT for b in buttons)
    alone = answer_view(answer.model_copy(update={"citations": []}), asker_id=None, question=None)
    assert [b["custom_id"] for row in alone.to_components() for b in row["components"]] == [
        "dq:ask:Kurz?",
        "dq:sug:1",
    ]
