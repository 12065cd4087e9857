
"""Needs told after sending, in answer to "anything else?", on the real store and dialog:
a plain need joins the open request with its referral, an audit event and a notice to
the staff chat; a sensitive one only with consent asked then; a question tells nothing."""

from __future__ import annotations

from dialogs import texts
from dialogs.after_needs import needs_after_sent
from dialogs.request import PLAIN_TITLES
from dialogs.state import State
from dialogs.types import AddNeeds, Inbound
from knowledge import load_knowledge
from tests.bot.desk_world import (
    MONDAY_10,
    PERSON,
    World,
    desk_world,  # noqa: F401 (the `world` fixture)
    screened_case,
)

SENT = State("idle", {"consent": True, "sent": True})


async def referral_ids(world: World, case_id: int) -> list[str]:
    case = await world.store.case(case_id)
    assert case is not None
    return [r["id"] for r in case.data.get("referrals") or ()]


async def test_work_told_after_sending_joins_the_request(world: World) -> None:
    case_id = await screened_case(world)
    assert "job_placement" not in await referral_ids(world, case_id)
    before = await world.to_staff()
    said = await world.say("อยากได้งานทำแถวบ้านครับ ตกงานมา3เดือนแล้ว")  # dev10 evicted tenant
    case = await world.store.case(case_id)
    assert case is not None and "work" in case.data["answers"]["needs"]
    assert {"job_placement", "job_training"} <= set(await referral_ids(world, case_id))
    assert case.data["name"] == "สมชาย" and case.data["eligible"] is True  # rest kept
    events = await world.store.case_events(case_id)
    assert events[-1].actor == "person" and "work" in events[-1].note
    notices = (await world.to_staff())[len(before):]
    assert len(notices) == 1 and case.ref in notices[0]
    assert any("หางานทำ" in s for s in said)
    assert len(await world.store.cases(key=PERSON)) == 1  # no second request


async def test_told_twice_is_referred_once(world: World) -> None:
    case_id = await screened_case(world)
    await world.say("อยากได้งานครับ")
    await world.say("หางานทำครับ")
    ids = await referral_ids(world, case_id)
    assert ids.count("job_placement") == 1


async def test_a_tap_on_an_offered_topic_joins_the_request(world: World) -> None:
    case_id = await screened_case(world)
    outcome = await world.conversations.handle(
        PERSON, Inbound("choice", text="ทำบัตรประชาชน", value="topic:id_card", at=MONDAY_10),
        deliver=True)
    assert "id_card" in await referral_ids(world, case_id)
    kb = load_knowledge()
    assert any(r.text == kb.by_id["id_card"].answer for r in outcome.replies)  # still told


async def test_a_health_word_or_a_question_is_not_added(world: World) -> None:
    case_id = await screened_case(world)
    start = await referral_ids(world, case_id)
    await world.say("หางานได้ที่ไหนคะ")
    await world.say("ผมป่วยเป็นเบาหวานครับ")  # asked consent first
    await world.say("ไม่ยินยอมครับ")
    assert await referral_ids(world, case_id) == start
    case = await world.store.case(case_id)
    assert case is not None and "health" not in (case.data["answers"].get("needs") or ())


def test_the_effect_names_plain_titles_and_only_plain_needs() -> None:
    kb = load_knowledge()
    got = needs_after_sent(kb, SENT, "อยากได้งานกับทำบัตรใหม่ค่ะ", None)
    assert got is not None
    effect = got.effects[0]
    assert isinstance(effect, AddNeeds) and set(effect.needs) == {"work", "id_card"}
    titles = {r["id"]: r["title"] for r in effect.referrals}
    assert titles["job_placement"] == PLAIN_TITLES["job_placement"]
    assert needs_after_sent(kb, SENT, "ขอบคุณค่ะ", None) is None


HIV = "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่ อยากได้ความช่วยเหลือเรื่องยาตอนกลับไปบ้าน"  # dev13


def test_a_sensitive_need_is_asked_consent_before_it_is_recorded() -> None:
    kb = load_knowledge()
    asked = needs_after_sent(kb, SENT, HIV, None)
    assert asked is not None and not asked.effects  # nothing recorded yet
    assert "ยินยอม" in [c.label for c in asked.replies[-1].choices]
    agreed = needs_after_sent(kb, asked.state, "ยินยอมครับ", None)
    assert agreed is not None and "needs_pending" not in agreed.state.data
    effect = agreed.effects[0]
    assert isinstance(effect, AddNeeds) and effect.consented and "hiv" in effect.needs
    assert "hiv_aid" in {r["id"] for r in effect.referrals}


def test_a_sensitive_need_refused_is_not_recorded() -> None:
    kb = load_knowledge()
    asked = needs_after_sent(kb, SENT, HIV, None)
    assert asked is not None
    refused = needs_after_sent(kb, asked.state, "ไม่ยินยอม", "no")
    assert refused is not None and not refused.effects
    # not recorded, and still told where to go (nothing of it kept)
    assert refused.replies[0].text == texts.NEEDS_NOT_RECORDED_WHERE
    assert kb.by_id["hiv_aid"].title.split()[0] in refused.replies[1].text


async def test_consented_hiv_need_joins_the_request(world: World) -> None:
    case_id = await screened_case(world)
    await world.say(HIV)
    assert "hiv_aid" not in await referral_ids(world, case_id)  # asked first
    await world.say("ยินยอมครับ")
    assert "hiv_aid" in await referral_ids(world, case_id)
    case = await world.store.case(case_id)
    assert case is not None and case.data["answers"]["sensitive_consent"] is True


def test_nothing_else_is_understood() -> None:
    # dev9: "ไม่มีค่ะ" to "anything else?" got "หมายถึงเรื่องไหนคะ"
    kb = load_knowledge()
    for text in ("ไม่มีค่ะ", "ไม่มีแล้วครับ ขอบคุณครับ", "ไม่ค่ะ", "พอแล้วค่ะ",
                 "ไม่มีค่ะ แค่อยากกลับบ้าน"):  # dev12
        got = needs_after_sent(kb, SENT, text, None)
        assert got is not None and got.replies[0].text == texts.AFTER_SENT_OK and not got.effects
    assert needs_after_sent(kb, SENT, "ไม่มีที่นอนค่ะ", None) is None  # a fact: dialogs.contact


def test_a_plain_need_told_with_a_refused_sensitive_one_is_still_added() -> None:
    # dev11 boy: "อยากหางานทำครับ อยากเลิกยาด้วย", then "...ไม่ยินยอม"
    kb = load_knowledge()
    asked = needs_after_sent(kb, SENT, "อยากหางานทำครับ อยากเลิกยาด้วย", None)
    assert asked is not None and not asked.effects
    refused = needs_after_sent(kb, asked.state, "ไม่อยากให้บันทึกเรื่องคดีเรื่องยาครับ ไม่ยินยอม", None)
    assert refused is not None and refused.replies[0].text in (
        texts.NEEDS_NOT_RECORDED, texts.NEEDS_NOT_RECORDED_WHERE)
    effect = refused.effects[0]
    assert isinstance(effect, AddNeeds) and effect.needs == ("work",) and not effect.consented


async def test_an_allowance_already_received_drops_its_referral(world: World) -> None:
    # dev24, dev55: an elder referred to the old-age allowance at sending says he gets it
    await world.say("สวัสดีครับ")
    await world.say("ยินยอม")
    await world.say("ผมอายุ 70 อยู่นนทบุรี ไม่มีค่ารถกลับบ้านลำปาง มีบัตรประชาชน นอนบ้านลูกได้")
    for answer in ("คนเดียว ไม่ด่วน", "ไปเองได้", "จันทร์ 0857729310", "ถูกต้อง"):
        if any("เลขที่เรื่อง" in r for r in await world.say(answer)):
            break
    [case] = await world.store.cases(key=PERSON)
    assert "elderly_allowance" in await referral_ids(world, case.id)
    said = await world.say("ไม่มีครับ เบี้ยคนแก่ผมก็ได้อยู่แล้วทุกเดือน")
    ids = await referral_ids(world, case.id)
    assert "elderly_allowance" not in ids and "elderly_hardship_grant" in ids  # the rest kept
    after = await world.store.case(case.id)
    assert after is not None and after.data["special_needs"] == ["elderly"]
    events = await world.store.case_events(case.id)  # the audit says what changed
    assert "referral dropped: elderly_allowance" in events[-1].note
    assert said and not any("ยังไม่เข้าใจ" in s for s in said)
