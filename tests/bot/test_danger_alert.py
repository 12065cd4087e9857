"""Danger told before consent, on the real store and dialog: the staff chat gets an
urgent alert at once, due now, with nothing of what the person wrote."""

from __future__ import annotations

import datetime as dt

from bot.alerts import DANGER_HEAD
from dialogs import texts
from tests.bot.desk_world import (
    PERSON,
    SATURDAY,
    World,
    desk_world,  # noqa: F401 (the `world` fixture)
)


async def test_danger_alerts_the_staff_at_once_with_nothing_of_the_story(world: World) -> None:
    said = await world.say("หนีผัวออกมาค่ะ โดนซ้อมทุกวัน ไม่มีเงินกลับบ้าน", at=SATURDAY)
    assert said[0] == f"{texts.DANGER_PEOPLE} {texts.DANGER_TOLD}"
    [case] = await world.store.cases(key=PERSON)
    assert case.kind == "handoff" and case.urgent is True and case.data["danger"] is True
    assert case.due_at <= SATURDAY + dt.timedelta(hours=1)  # due now, not on Monday
    alerts = await world.to_staff()
    assert len(alerts) == 1 and alerts[0].startswith(DANGER_HEAD) and "[ด่วน]" in alerts[0]
    assert "ซ้อม" not in alerts[0] and "ผัว" not in alerts[0]
    await world.say("กลัวเขาตามมาทำร้ายอีก", at=SATURDAY)
    assert len(await world.to_staff()) == 1  # told once: no second alert


async def test_no_danger_no_alert_before_consent(world: World) -> None:
    await world.say("ไม่มีเงินกลับบ้านค่ะ อยู่ชลบุรี", at=SATURDAY)
    assert await world.store.cases(key=PERSON) == [] and await world.to_staff() == []


async def test_danger_told_with_the_message_that_sends_makes_the_request_urgent(
        world: World) -> None:
    """The review: the request sent by the same message took the alert, as an ordinary one."""
    await world.say("สวัสดีค่ะ")
    await world.say("ยินยอม")
    await world.say("ไม่มีค่ารถกลับบ้าน อยู่ชลบุรี จะกลับขอนแก่น มีบัตรประชาชน ไปคนเดียว ไม่ด่วน")
    before = len(await world.to_staff())
    said = await world.say("ชื่อแดง เบอร์ 0812345678 ผัวซ้อมหนูทุกวัน")
    if not any("เลขที่เรื่อง" in s for s in said):  # the summary first: sent on confirming
        said = await world.say("ถูกต้อง")
    [case] = await world.store.cases(key=PERSON)
    assert case.urgent is True and case.data["danger"] is True
    alerts = (await world.to_staff())[before:]
    assert alerts and alerts[0].startswith(DANGER_HEAD)


async def test_another_kind_of_danger_alerts_on_the_open_case(world: World) -> None:
    """A wish to die told after fleeing violence: the staff hear of it on the case open
    already (no second case), and the person gets the mental health line."""
    await world.say("หนีผัวออกมาค่ะ โดนซ้อมทุกวัน ไม่มีเงินกลับบ้าน", at=SATURDAY)
    said = await world.say("เหนื่อยมากค่ะ อยากตาย", at=SATURDAY)
    assert said[0] == f"{texts.DANGER_SELF} {texts.DANGER_TOLD}"
    assert len(await world.store.cases(key=PERSON)) == 1
    alerts = await world.to_staff()
    assert len(alerts) == 2 and all("ตาย" not in a for a in alerts)
