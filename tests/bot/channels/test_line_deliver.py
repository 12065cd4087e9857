"""LINE delivery on its own: LineChannel.deliver() and its rendering (line-bot-sdk v3
against the fake LINE API on 127.0.0.1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from linebot.v3.messaging import Configuration  # type: ignore[import-untyped]

from bot.channels.base import BadRequest, Blocked, RateLimited, Unavailable
from bot.channels.line import LineChannel
from bot.channels.line_errors import DEFAULT_RETRY_AFTER
from bot.channels.line_http import use_env_proxy
from bot.channels.line_render import MAX_TEXT
from bot.store import OutboxItem
from bot.wire import reply_to_json
from dialogs import eligibility, replies
from dialogs.types import Choice, ConversationKey, Reply
from tests.bot.channels.line_fake import (
    TOKEN,
    USER,
    FakeLine,
    NoIntake,
    fake_line_api,  # noqa: F401 (the `fake` fixture)
    line_channel,  # noqa: F401 (the `channel` fixture)
    settings,
)
from tests.bot.channels.line_fake_checks import line_len


def item(*reply: Reply, token: str | None = None, attempts: int = 0, parts_sent: int = 0,
         to: str = USER, retry_key: str = "retry-1") -> OutboxItem:
    payload = {"replies": [reply_to_json(r) for r in reply], "reply_token": token}
    return OutboxItem(1, ConversationKey("line", to), retry_key, payload, attempts, parts_sent)


class Progress:
    def __init__(self) -> None:
        self.calls: list[int] = []

    async def __call__(self, parts: int) -> None:
        self.calls.append(parts)


SEVEN = tuple(Reply(f"ข้อความที่ {n}") for n in range(1, 8))


async def test_five_messages_per_request_reply_first_then_push(channel: LineChannel,
                                                               fake: FakeLine) -> None:
    progress = Progress()
    await channel.deliver(item(*SEVEN, token=fake.issue_token(USER)), progress)
    assert [(c.kind, len(c.body["messages"])) for c in fake.calls] == [("reply", 5), ("push", 2)]
    # the last batch is not reported: the sender records the whole item as sent
    assert fake.texts(USER) == [r.text for r in SEVEN] and progress.calls == [5]


async def test_a_retry_pushes_only_what_is_left_with_the_same_retry_key(
        channel: LineChannel, fake: FakeLine) -> None:
    fake.fail_next("push", status=502, after=1)
    progress = Progress()
    with pytest.raises(Unavailable):
        await channel.deliver(item(*SEVEN, *SEVEN), progress)  # 14 parts: 5 + 5 + 4
    assert progress.calls == [5]
    await channel.deliver(item(*SEVEN, *SEVEN, attempts=1, parts_sent=5), progress)
    assert progress.calls == [5, 10]
    pushes = fake.of("push")
    assert [c.status for c in pushes] == [200, 502, 200, 200]
    assert pushes[1].retry_key == pushes[2].retry_key  # the same batch, the same key
    assert len({pushes[0].retry_key, pushes[2].retry_key, pushes[3].retry_key}) == 3
    assert fake.texts(USER) == [r.text for r in SEVEN * 2]  # each exactly once


async def test_a_409_for_an_accepted_retry_key_counts_as_sent(channel: LineChannel,
                                                              fake: FakeLine) -> None:
    await channel.deliver(item(*SEVEN), Progress())
    progress = Progress()
    await channel.deliver(item(*SEVEN, attempts=1), progress)  # e.g. after a lost answer
    assert [c.status for c in fake.of("push")] == [200, 200, 409, 409]
    assert progress.calls == [5] and fake.texts(USER) == [r.text for r in SEVEN]


async def test_the_reply_token_is_not_used_on_a_retry(channel: LineChannel,
                                                      fake: FakeLine) -> None:
    token = fake.issue_token(USER)
    await channel.deliver(item(Reply("สวัสดีค่ะ"), token=token, attempts=1), Progress())
    assert [c.kind for c in fake.calls] == ["push"] and fake.texts(USER) == ["สวัสดีค่ะ"]


async def test_a_group_id_is_pushed_to_the_same_way(channel: LineChannel,
                                                    fake: FakeLine) -> None:
    group = "Ca56f94637cc4347f90a25382909b24b9"
    await channel.deliver(item(Reply("แจ้งเจ้าหน้าที่ค่ะ"), to=group), Progress())
    assert fake.texts(group) == ["แจ้งเจ้าหน้าที่ค่ะ"]


async def test_long_text_is_split_and_the_quick_reply_goes_on_the_last_part(
        channel: LineChannel, fake: FakeLine) -> None:
    text = ("บรรทัดยาวมาก " * 500 + "\n") * 2  # about 13,000 characters
    await channel.deliver(item(Reply(text, replies.YES_NO_CHOICES), Reply("จบค่ะ")), Progress())
    sent = fake.delivered(USER)
    assert len(sent) == 4 and all(line_len(m["text"]) <= MAX_TEXT for m in sent)
    assert "".join(m["text"] for m in sent[:3]).replace(" ", "").replace("\n", "") == \
        text.replace(" ", "").replace("\n", "")
    assert ["quickReply" in m for m in sent] == [False, False, True, False]


async def test_quick_replies_are_capped_at_13_with_valid_labels(channel: LineChannel,
                                                                fake: FakeLine) -> None:
    long_label = "ไม่มีค่ารถกลับบ้านและไม่มีที่พักเลยค่ะ"  # 36 characters
    choices = (Choice(long_label, "no_fare"), Choice("ข้อมูลยาว", "x" * 301),
               *(Choice(f"ตัวเลือก {n}", f"c:{n}") for n in range(1, 15)))
    await channel.deliver(item(Reply("เลือกได้เลยค่ะ", choices)), Progress())
    [message] = fake.delivered(USER)  # the fake applies LINE's limits: it was accepted
    actions = [i["action"] for i in message["quickReply"]["items"]]
    assert len(actions) == 13
    assert all(1 <= line_len(a["label"]) <= 20 for a in actions)
    assert actions[0] == {"type": "postback", "label": long_label[:19] + "…",
                          "data": "no_fare", "displayText": long_label}
    assert [a["data"] for a in actions[1:]] == [f"c:{n}" for n in range(1, 13)]


async def test_screening_result_is_a_flex_card(channel: LineChannel, fake: FakeLine) -> None:
    verdict = eligibility.Assessment(True, ("ไม่มีค่าพาหนะกลับภูมิลำเนา", "มีสัญชาติไทย"), (),
                                     True)
    due = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    out = replies.result_eligible({}, verdict, eligibility.estimate(2), due, [])
    await channel.deliver(item(*out), Progress())
    card, *rest = fake.delivered(USER)
    assert card["type"] == "flex" and card["altText"] == out[0].text
    bubble = card["contents"]
    assert bubble["type"] == "bubble"
    [heading] = bubble["header"]["contents"]
    assert heading["text"] == "✅ ผลตรวจสิทธิ์: เข้าเกณฑ์ขอเงินช่วยเหลือกลับภูมิลำเนาค่ะ"
    assert [t["text"] for t in bubble["body"]["contents"]] == verdict.reasons
    assert [m["text"] for m in rest] == [r.text for r in out[1:]]
    assert [i["action"]["data"] for i in rest[-1]["quickReply"]["items"]] == [
        c.value for c in out[-1].choices]


async def test_not_eligible_card_carries_its_quick_reply(channel: LineChannel,
                                                         fake: FakeLine) -> None:
    verdict = eligibility.Assessment(False, ("มีสัญชาติไทย",), ("มีที่พักและค่ารถกลับบ้าน",),
                                     False)
    [reply] = replies.result_not_eligible(verdict, [])
    await channel.deliver(item(reply), Progress())
    [card] = fake.delivered(USER)
    assert card["contents"]["header"]["contents"][0]["text"].startswith("📋 ")
    assert card["contents"]["header"]["backgroundColor"] != "#1E8E3E"
    lines = [t["text"] for t in card["contents"]["body"]["contents"]]
    assert lines[:2] == verdict.reasons and lines[-1].startswith("แต่ยังมีทางช่วยค่ะ")
    assert [i["action"]["data"] for i in card["quickReply"]["items"]] == [
        c.value for c in reply.choices]


@pytest.mark.parametrize(("status", "error"), [(403, Blocked), (400, BadRequest),
                                               (404, BadRequest), (401, Unavailable),
                                               (500, Unavailable), (502, Unavailable),
                                               (429, RateLimited)])
async def test_api_errors_are_mapped(channel: LineChannel, fake: FakeLine, status: int,
                                     error: type[Exception]) -> None:
    fake.fail_next("push", status=status, after=1)
    progress = Progress()
    with pytest.raises(error) as info:
        await channel.deliver(item(*SEVEN), progress)
    assert progress.calls == [5]  # the first batch is remembered before the failure
    assert TOKEN not in str(info.value)
    if isinstance(info.value, RateLimited):
        assert info.value.retry_after == DEFAULT_RETRY_AFTER  # no Retry-After given


async def test_retry_after_header_is_honoured(channel: LineChannel, fake: FakeLine) -> None:
    fake.fail_next("push", status=429, retry_after=7)
    with pytest.raises(RateLimited) as info:
        await channel.deliver(item(Reply("สวัสดีค่ะ")), Progress())
    assert info.value.retry_after == 7.0


async def test_an_unreachable_api_is_unavailable(tmp_path: Path) -> None:
    line = LineChannel(settings(tmp_path, "http://127.0.0.1:9"), NoIntake())
    await line.start()
    try:
        with pytest.raises(Unavailable):
            await line.deliver(item(Reply("สวัสดีค่ะ")), Progress())
    finally:
        await line.stop()


async def test_a_malformed_outbox_item_is_a_bad_request(channel: LineChannel) -> None:
    broken = OutboxItem(1, ConversationKey("line", USER), "k", {"replies": [{"x": 1}]}, 0)
    with pytest.raises(BadRequest):
        await channel.deliver(broken, Progress())
    other = OutboxItem(2, ConversationKey("telegram", "5"), "k", {"replies": []}, 0)
    with pytest.raises(BadRequest):
        await channel.deliver(other, Progress())


@pytest.mark.parametrize(("env", "proxy"), [
    ({"HTTP_PROXY": "http://squid.example:3128", "NO_PROXY": ""}, "http://squid.example:3128"),
    ({"HTTP_PROXY": "http://squid.example:3128", "NO_PROXY": "line.example"}, None),
    ({"NO_PROXY": ""}, None)])
def test_the_proxy_of_the_environment_is_read_once(monkeypatch: pytest.MonkeyPatch,
                                                  env: dict[str, str],
                                                  proxy: str | None) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy",
                 "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    config = Configuration(host="http://line.example", access_token="t")
    use_env_proxy(config)
    assert config.proxy == proxy


def test_proxy_credentials_go_in_a_header(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://namjai:s3cret@squid.example:3128")
    monkeypatch.setenv("NO_PROXY", "")
    monkeypatch.delenv("no_proxy", raising=False)
    config = Configuration(host="http://line.example", access_token="t")
    use_env_proxy(config)
    assert config.proxy == "http://squid.example:3128"
    assert config.proxy_headers == {"Proxy-Authorization": "Basic bmFtamFpOnMzY3JldA=="}
