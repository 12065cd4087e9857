"""Sensitive data told without consent to record it is not kept in the transcript, nor
its echo (the consent asked, where to get help), on the real store and dialog; plain
talk still is."""

from __future__ import annotations

from dialogs.transcript import NOT_KEPT
from dialogs.types import Inbound
from tests.bot.desk_world import (
    MONDAY_10,
    PERSON,
    World,
    desk_world,  # noqa: F401 (the `world` fixture)
    screened_case,
)

HIV = "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่"


async def transcript(world: World) -> list[str]:
    return [m.text for m in await world.store.messages(PERSON)]


async def test_a_sensitive_need_declined_leaves_no_trace_in_the_transcript(
        world: World) -> None:
    await screened_case(world)
    await world.say(HIV)
    said = await world.say("ไม่ยินยอม")
    assert any("ไม่บันทึก" in s for s in said)  # the person still told where to go
    kept = await transcript(world)
    assert not any("HIV" in t or "เอดส์" in t or "สุขภาพ" in t for t in kept)
    assert kept.count(NOT_KEPT) == 2  # the need told, and the answer to recording it
    await world.say("อยากได้งานทำครับ")  # plain talk: kept as said
    assert "อยากได้งานทำครับ" in await transcript(world)


async def test_a_sensitive_need_agreed_is_recorded_in_the_request_not_the_transcript(
        world: World) -> None:
    case_id = await screened_case(world)
    await world.say(HIV)
    await world.say("ยินยอมครับ")
    case = await world.store.case(case_id)
    assert case is not None and "hiv" in case.data["answers"]["needs"]
    assert not any("HIV" in t for t in await transcript(world))


async def test_prison_told_after_a_no_to_recording_it_is_not_kept(world: World) -> None:
    await world.say("เพิ่งออกจากคุกค่ะ ไม่มีเงินกลับบ้าน")
    await world.say("ยินยอม แต่ไม่รวมเรื่องคุก")  # the second button, typed
    await world.say("หนูเพิ่งพ้นโทษมาเมื่อวานค่ะ อยู่ชลบุรี")
    kept = await transcript(world)
    assert NOT_KEPT in kept and not any("พ้นโทษ" in t for t in kept)


async def test_danger_beside_a_sensitive_word_is_kept_for_staff(world: World) -> None:
    await screened_case(world)
    await world.say("ผมเพิ่งออกจากคุก แฟนเก่าขู่จะฆ่าผม")
    assert "ผมเพิ่งออกจากคุก แฟนเก่าขู่จะฆ่าผม" in await transcript(world)


async def test_a_no_reaches_back_over_what_was_told_before_it_was_asked(
        world: World) -> None:
    """Sensitive data told in the screening, before the question to record it: a no
    then takes it (and the replies that echo it) out of the transcript already kept."""
    await world.say("สวัสดีครับ")
    await world.say("ยินยอม")
    await world.say("ผมเพิ่งพ้นโทษออกมาครับ ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี บ้านอยู่ขอนแก่น")
    assert any("พ้นโทษ" in t for t in await transcript(world))  # kept while not refused
    for _ in range(8):  # answer until the consent to record it is asked
        state = await world.store.load(PERSON)
        assert state is not None
        if state.data.get("slot") == "sensitive_consent":
            break
        await world.say({"id_card": "มีบัตรครับ", "travellers": "คนเดียว ไม่ด่วน"}.get(
            str(state.data.get("slot")), "ไม่ด่วนครับ"))
    else:
        raise AssertionError(f"never asked to record it: {await transcript(world)}")
    await world.say("ไม่ยินยอมครับ")
    kept = await transcript(world)
    assert not any("พ้นโทษ" in t for t in kept)
    assert NOT_KEPT in kept and "ไม่ยินยอมครับ" in kept


async def test_a_no_to_the_sensitive_part_at_the_notice_forgets_the_story_s_event(
        world: World) -> None:
    """The review: prison told before consent, then "ยินยอม แต่ไม่รวมเรื่องคุก": nothing
    was in the transcript to take back, so the webhook event that carried the story
    stayed for days, though the notice promises it goes. Its id stays, without the
    words, so a redelivery is not read again."""
    story = "เพิ่งออกจากคุกค่ะ ไม่มีเงินกลับบ้าน"
    event = await world.store.accept("ev-story", PERSON, {"text": story}, MONDAY_10)
    await world.conversations.handle(PERSON, Inbound.of_text(story, MONDAY_10), deliver=True,
                                     inbox_id=event)
    assert await world.store.accept("ev-story", PERSON, {}, MONDAY_10) is None  # kept
    await world.say("ยินยอม แต่ไม่รวมเรื่องคุก")
    rows = await world.store.sql.all(  # type: ignore[attr-defined]
        "SELECT payload FROM inbox WHERE event_id = 'ev-story'")
    assert rows == [("{}",)]  # the words gone, the id known
    assert await world.store.accept("ev-story", PERSON, {}, MONDAY_10) is None


async def test_staff_words_stay_when_a_no_reaches_back(world: World) -> None:
    from bot.store import Message

    await world.say("สวัสดีครับ")
    await world.say("ยินยอม")
    await world.say("ผมเพิ่งพ้นโทษออกมาครับ ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี บ้านอยู่ขอนแก่น")
    await world.store.write(PERSON, MONDAY_10, (
        Message("out", "สวัสดีค่ะ เจ้าหน้าที่สมศรีนะคะ", MONDAY_10, {"staff": "somsri"}),))
    for _ in range(8):
        state = await world.store.load(PERSON)
        assert state is not None
        if state.data.get("slot") == "sensitive_consent":
            break
        await world.say({"id_card": "มีบัตรครับ", "travellers": "คนเดียว ไม่ด่วน"}.get(
            str(state.data.get("slot")), "ไม่ด่วนครับ"))
    await world.say("ไม่ยินยอมครับ")
    kept = await transcript(world)
    assert "สวัสดีค่ะ เจ้าหน้าที่สมศรีนะคะ" in kept and not any("พ้นโทษ" in t for t in kept)
