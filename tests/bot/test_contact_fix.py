
"""A phone fixed after sending, on the real store and dialog: written into the
person's open request with an audit event and a masked notice to the staff chat;
with no open request, a person is asked to fix it (a handoff)."""

from __future__ import annotations

from bot.store import CaseEvent, CaseUpdate
from tests.bot.desk_world import (
    MONDAY_10,
    PERSON,
    World,
    desk_world,  # noqa: F401 (the `world` fixture)
    screened_case,
)


async def test_the_new_phone_goes_into_the_open_request(world: World) -> None:
    case_id = await screened_case(world)
    before = await world.to_staff()
    said = await world.say("เบอร์ผิดค่ะ 089-123-4567")
    case = await world.store.case(case_id)
    assert case is not None and case.data["phone"] == "0891234567"
    assert case.data["answers"]["phone"] == "0891234567"
    assert case.data["name"] == "สมชาย" and case.data["eligible"] is True  # rest kept
    events = await world.store.case_events(case_id)
    assert events[-1].actor == "person" and events[-1].note == "phone fixed by the person"
    notices = (await world.to_staff())[len(before):]
    assert len(notices) == 1 and case.ref in notices[0] and "เบอร์" in notices[0]
    assert "0891234567" not in notices[0] and "089-123-4567" not in notices[0]
    assert any("089-123-4567" in s for s in said)
    assert len(await world.store.cases(key=PERSON)) == 1  # no second request


async def test_with_no_open_request_a_person_is_asked_to_fix_it(world: World) -> None:
    case_id = await screened_case(world)
    case = await world.store.case(case_id)
    assert case is not None
    closed = await world.store.update_case(CaseUpdate(
        case_id, CaseEvent(case_id, "officer", case.status, "closed", "done", MONDAY_10),
        set={"status": "closed"}))
    assert closed is not None
    before = await world.to_staff()
    await world.say("เบอร์ผิดค่ะ 0891234567")
    after = await world.store.case(case_id)
    assert after is not None and after.data["phone"] == "0812345678"  # closed: untouched
    alerts = (await world.to_staff())[len(before):]
    assert alerts and "ขอคุยกับเจ้าหน้าที่" in alerts[0]


async def test_a_name_fixed_goes_into_the_open_request(world: World) -> None:
    case_id = await screened_case(world)
    await world.say("ขอแก้ชื่อเป็น ต้อย")
    case = await world.store.case(case_id)
    assert case is not None and case.data["name"] == "ต้อย"
    assert case.data["phone"] == "0812345678"  # the phone untouched
    events = await world.store.case_events(case_id)
    assert events[-1].note == "name fixed by the person"


async def test_a_fact_told_after_sending_reaches_the_staff_with_the_request(world: World) -> None:
    case_id = await screened_case(world)
    before = await world.to_staff()
    await world.say("อ้าว จะกลับอุบลค่ะ ไม่ใช่ขอนแก่น")
    notices = (await world.to_staff())[len(before):]
    case = await world.store.case(case_id)
    assert case is not None and len(notices) == 1 and case.ref in notices[0]
    assert "ข้อมูลเพิ่ม" in notices[0]
    assert len(await world.store.cases(key=PERSON)) == 1  # no second request


async def test_a_surname_fixed_alone_keeps_the_first_name_sent(world: World) -> None:
    """dev24: the name sent lives in the request, not in the conversation: a surname
    fixed alone after sending is put after the first name there (it was asked in full)."""
    case_id = await screened_case(world)
    before = await world.store.case(case_id)
    assert before is not None and before.data["name"].split()[0] == "สมชาย"
    said = await world.say("นามสกุลพิมพ์ผิดค่ะ ที่ถูกคือ ศรีบุญเรือง นอกนั้นถูกแล้วค่ะ")
    case = await world.store.case(case_id)
    assert case is not None and case.data["name"] == "สมชาย ศรีบุญเรือง"
    assert case.data["answers"]["name"] == "สมชาย ศรีบุญเรือง"
    assert case.data["phone"] == "0812345678"
    assert any("ศรีบุญเรือง" in s for s in said)
    events = await world.store.case_events(case_id)
    assert events[-1].note == "name fixed by the person"


async def test_a_surname_fixed_with_a_new_phone_keeps_both(world: World) -> None:
    """A surname fixed in the same message as a new phone: the phone used to end the
    surname ("ศรีบุญเรือง เบอร์ใหม่ 0891234567" is no surname), so only the phone was kept."""
    case_id = await screened_case(world)
    await world.say("นามสกุลผิดค่ะ ที่ถูกคือ ศรีบุญเรือง เบอร์ใหม่ 0891234567")
    case = await world.store.case(case_id)
    assert case is not None and case.data["name"] == "สมชาย ศรีบุญเรือง"
    assert case.data["phone"] == "0891234567"


async def test_a_name_fix_whose_name_holds_a_need_word_is_a_fix(world: World) -> None:
    """dev42: "ชื่อพิมพ์ผิดค่ะ ชื่อ บัวเรียน" was read as a wish to study (เรียน), added to
    the request as a need, and the name stayed wrong."""
    case_id = await screened_case(world)
    await world.say("ชื่อพิมพ์ผิดค่ะ ชื่อ บัวเรียน น.หนู")
    case = await world.store.case(case_id)
    assert case is not None and case.data["name"] == "บัวเรียน"
    assert not case.data.get("referrals")


async def test_a_name_fix_with_a_need_beside_it_keeps_both(world: World) -> None:
    """The third review: "ขอแก้ชื่อค่ะ ชื่อ บุญเรียน อยากได้งานทำด้วย" fixed the name and
    dropped the wish for work."""
    case_id = await screened_case(world)
    await world.say("ขอแก้ชื่อค่ะ ชื่อ บุญเรียน อยากได้งานทำด้วย")
    case = await world.store.case(case_id)
    assert case is not None and case.data["name"] == "บุญเรียน"
    assert "job_placement" in [r["id"] for r in case.data.get("referrals") or []]
