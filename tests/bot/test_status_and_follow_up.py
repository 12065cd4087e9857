
"""Status messages and the step-8 follow-up on the real store and dialog: what the
person is told when their case moves, the question days after the help, the answer
(tapped or typed) on the case, and the officers' badge when nobody answers."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.cases import follow_up as fu
from bot.cases.letter import follow_up_letter
from bot.desk import BadInput
from bot.store import OutboxItem
from bot.sweeper import Sweeper
from dialogs.types import Inbound
from tests.bot.desk_world import (
    OFFICER,
    PERSON,
    World,
    desk_world,  # noqa: F401 (the `world` fixture)
    screened_case,
)

DAY = dt.timedelta(days=1)


def texts_of(items: list[OutboxItem]) -> list[str]:
    return [r["text"] for i in items for r in i.payload["replies"]]


async def helped(world: World) -> int:
    case_id = await screened_case(world)
    for status in ("reviewing", "awaiting_approval"):
        await world.desk.transition(OFFICER, case_id, status)
    return case_id


async def test_approved_and_assisted_tell_the_person_with_the_case_number(world: World) -> None:
    case_id = await helped(world)
    before = len(await world.to_person())
    await world.desk.transition(OFFICER, case_id, "approved", place="สำนักงาน พมจ.ชลบุรี",
                            when="พรุ่งนี้ 10.00 น.")
    await world.desk.transition(OFFICER, case_id, "assisted")
    items = (await world.to_person())[before:]
    ref = (await world.desk.get(case_id)).ref
    approved, assisted = texts_of(items)
    assert "อนุมัติ" in approved and ref in approved
    assert "สำนักงาน พมจ.ชลบุรี" in approved and "พรุ่งนี้ 10.00 น." in approved
    assert "ช่วยเหลือแล้ว" in assisted and ref in assisted and "3 วัน" in assisted
    assert [i.origin for i in items] == ["staff", "staff"]  # not silenced by a takeover
    transcript = [m.text for m in await world.store.messages(PERSON)]
    assert approved in transcript and assisted in transcript


async def test_steps_in_between_say_nothing(world: World) -> None:
    case_id = await screened_case(world)
    before = len(await world.to_person())
    await world.desk.transition(OFFICER, case_id, "reviewing")
    assert len(await world.to_person()) == before


async def test_the_officer_edits_or_withholds_the_text(world: World) -> None:
    case_id = await helped(world)
    before = len(await world.to_person())
    await world.desk.transition(OFFICER, case_id, "approved", message="  อนุมัติแล้วค่ะ โทรหาคุณบ่ายนี้  ")
    assert texts_of((await world.to_person())[before:]) == ["อนุมัติแล้วค่ะ โทรหาคุณบ่ายนี้"]
    await world.desk.transition(OFFICER, case_id, "closed", message="")
    assert len(await world.to_person()) == before + 1  # "" sends nothing


async def test_a_refusal_needs_its_reason_and_says_where_else_to_turn(world: World) -> None:
    case_id = await screened_case(world)
    with pytest.raises(BadInput):
        await world.desk.transition(OFFICER, case_id, "rejected")
    assert (await world.desk.get(case_id)).status == "received"  # nothing written
    await world.desk.transition(OFFICER, case_id, "rejected", reason="มีที่พักและค่าเดินทางแล้ว")
    [text] = texts_of((await world.to_person())[-1:])
    assert "ไม่ผ่านการพิจารณา" in text and "มีที่พักและค่าเดินทางแล้ว" in text
    assert "1300" in text and "พมจ." in text
    before = len(await world.to_person())
    await world.desk.transition(OFFICER, case_id, "closed")  # bookkeeping: not told again
    assert len(await world.to_person()) == before


async def test_an_erased_person_is_told_nothing(world: World) -> None:
    case_id = await screened_case(world)
    await world.desk.transition(OFFICER, case_id, "rejected", reason="ข้อมูลไม่ครบ")
    await world.say("ลบข้อมูล")
    await world.say("ใช่")
    await world.desk.transition(OFFICER, case_id, "closed", message="ข้อความที่ไม่ควรถึงใคร")
    everything = await world.store.due_outbox(dt.datetime.now(dt.UTC) + dt.timedelta(days=400))
    assert "ข้อความที่ไม่ควรถึงใคร" not in texts_of(everything)


async def assisted_case(world: World) -> int:
    case_id = await helped(world)
    await world.desk.transition(OFFICER, case_id, "approved")
    await world.desk.transition(OFFICER, case_id, "assisted")
    return case_id


async def test_the_question_comes_after_the_set_days_once(world: World) -> None:
    case_id = await assisted_case(world)
    sweeper = Sweeper(world.desk, dt.timedelta(minutes=30), follow_up_after=3 * DAY)
    world.now[0] += 3 * DAY - dt.timedelta(minutes=1)
    await sweeper.run_once()
    assert not any("ถึงบ้านปลอดภัยไหมคะ" in t for t in texts_of(await world.to_person()))
    world.now[0] += dt.timedelta(minutes=2)
    await sweeper.run_once()
    await sweeper.run_once()
    asked = [i for i in await world.to_person() if "ถึงบ้านปลอดภัยไหมคะ" in texts_of([i])[0]]
    assert len(asked) == 1 and asked[0].origin == "bot"
    choices = asked[0].payload["replies"][0]["choices"]
    assert [c[1] for c in choices] == [f"followup:{a}:{case_id}" for a in fu.ANSWERS]
    case = await world.desk.get(case_id)
    assert fu.record(case.data)["asked_at"] == world.now[0].isoformat()


async def test_a_tapped_answer_is_recorded_and_feeds_the_letter(world: World) -> None:
    case_id = await assisted_case(world)
    world.now[0] += 3 * DAY
    await Sweeper(world.desk, dt.timedelta(minutes=30), follow_up_after=3 * DAY).run_once()
    tap = Inbound("choice", text=fu.LABELS["safe"], value=f"followup:safe:{case_id}")
    outcome = await world.conversations.handle(PERSON, tap, deliver=True)
    assert outcome.replies[0].text == fu.THANKS["safe"]
    case = await world.desk.get(case_id)
    assert fu.record(case.data)["answer"] == "safe"
    letter = follow_up_letter(case.as_dict(), "คุณประเสริฐ", "ชลบุรี", world.now[0].date())
    assert "ถึงบ้านปลอดภัยแล้ว" in letter


@pytest.mark.parametrize(("typed", "answer"), [("ถึงบ้านแล้วค่ะ ขอบคุณมาก", "safe"),
                                               ("ยังไม่ถึงเลยครับ อยู่บนรถ", "not_yet"),
                                               ("ไม่ปลอดภัยค่ะ โดนโกงเงิน", "problem")])
async def test_a_typed_answer_is_understood(world: World, typed: str, answer: str) -> None:
    case_id = await assisted_case(world)
    world.now[0] += 3 * DAY
    await Sweeper(world.desk, dt.timedelta(minutes=30), follow_up_after=3 * DAY).run_once()
    replies = await world.say(typed)
    assert replies == (fu.THANKS[answer],)
    case = await world.desk.get(case_id)
    assert fu.record(case.data)["answer"] == answer
    problem = [t for t in await world.to_staff() if "มีปัญหา" in t]
    assert bool(problem) == (answer == "problem")


async def test_the_same_words_without_a_question_go_to_the_dialog(world: World) -> None:
    await assisted_case(world)  # helped, but not asked yet
    replies = await world.say("ถึงบ้านแล้วค่ะ")
    assert fu.THANKS["safe"] not in replies


async def test_no_answer_in_two_days_reminds_the_officers_and_badges_the_case(
        world: World) -> None:
    case_id = await assisted_case(world)
    sweeper = Sweeper(world.desk, dt.timedelta(minutes=30), follow_up_after=3 * DAY)
    world.now[0] += 3 * DAY
    await sweeper.run_once()
    await world.desk.transition(OFFICER, case_id, "reported")
    await world.desk.transition(OFFICER, case_id, "followed_up")  # out of the open queue
    assert case_id not in [c.id for c in await world.desk.queue(OFFICER)]
    world.now[0] += 2 * DAY
    await sweeper.run_once()
    await sweeper.run_once()
    silent = [t for t in await world.to_staff() if "ไม่ตอบคำถามติดตามผล" in t]
    assert len(silent) == 1
    case = await world.desk.get(case_id)
    assert fu.needs_attention(case.data) == "ผู้ขอไม่ตอบคำถามติดตามผล"
    assert case_id in [c.id for c in await world.desk.queue(OFFICER)]  # back in the queue
    await world.desk.resolve_handoff(OFFICER, case_id, "โทรคุยแล้ว ถึงบ้านแล้ว")
    assert case_id not in [c.id for c in await world.desk.queue(OFFICER)]


async def test_danger_in_a_follow_up_answer_gets_the_safety_line_and_an_alert(
        world: World) -> None:
    """The review: the follow-up answer was read before the dialog, so danger in it was
    thanked ("ดีใจด้วยนะคะ") and nobody was alerted."""
    from bot.alerts import DANGER_HEAD
    from dialogs import texts
    await assisted_case(world)
    world.now[0] += 3 * DAY
    await Sweeper(world.desk, dt.timedelta(minutes=30), follow_up_after=3 * DAY).run_once()
    before = len(await world.to_staff())
    replies = await world.say("ถึงบ้านแล้วค่ะ แต่ผัวกลับมาทำร้ายหนูอีกแล้ว")
    assert replies[0].startswith(texts.DANGER_PEOPLE)
    assert any(a.startswith(DANGER_HEAD) for a in (await world.to_staff())[before:])


@pytest.mark.parametrize(("typed", "kept_out"), [
    ("ไม่ปลอดภัยค่ะ โดนโกงเงิน โทรหาหนูที่ 0812345678", "0812345678"),  # masked
    ("มีปัญหาค่ะ ติดเชื้อ HIV ยาหมดแล้ว", "HIV")])  # no health detail in the staff chat
async def test_a_problem_told_reaches_the_staff_chat_masked(
        world: World, typed: str, kept_out: str) -> None:
    await assisted_case(world)
    world.now[0] += 3 * DAY
    await Sweeper(world.desk, dt.timedelta(minutes=30), follow_up_after=3 * DAY).run_once()
    await world.say(typed)
    problem = [t for t in await world.to_staff() if "มีปัญหา" in t]
    assert problem and all(kept_out not in t for t in problem)
