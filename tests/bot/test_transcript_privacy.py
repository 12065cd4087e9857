"""Sensitive data told without consent to record it is not kept in the transcript, nor
its echo (the consent asked, where to get help), on the real store and dialog; plain
talk still is."""

from __future__ import annotations

from dialogs.transcript import NOT_KEPT
from tests.bot.desk_world import (
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
