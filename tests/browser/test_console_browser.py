"""The staff console in real headless Chromium, next to a person on the web chat:
sign in, see the new case arrive live, claim it, take over the chat and talk, hand
back, move the case to followed_up with amounts, download the monthly report; an
admin adds an account, changes its role and removes it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from playwright.async_api import Browser, Page, expect

from bot import people
from bot.passwords import hash_password
from dialogs import texts

from .conftest import LiveApp, artifact
from .test_webchat_browser import STORY, answer_intake, bot_messages, open_chat, tap, type_in

pytestmark = pytest.mark.asyncio(loop_scope="module")

OFFICER, PASSWORD = "somsri", "a-long-staff-password"
# the pages answer a wrong password (401) and refused amounts (400) with that status
EXPECTED_STATUS = re.compile(
    r"^Failed to load resource: the server responded with a status of 40[01] ")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def officer_account(live_app: LiveApp) -> str:
    await live_app.store.add_staff(OFFICER, "officer", hash_password(PASSWORD),
                                   dt.datetime.now(dt.UTC))
    return OFFICER


@pytest_asyncio.fixture(loop_scope="module")
async def desk_page(browser: Browser) -> AsyncIterator[Page]:
    """A desktop-sized tab of the console; fails the test on any JavaScript error."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900},
                                        locale="th-TH", accept_downloads=True)
    tab = await context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text)
           if msg.type == "error" and not EXPECTED_STATUS.match(msg.text) else None)
    try:
        yield tab
    finally:
        await context.close()
    assert not errors, f"errors in the console page: {errors}"


async def sign_in(page: Page, live_app: LiveApp) -> None:
    await page.goto(live_app.url + "/console")
    await expect(page).to_have_url(re.compile(r"/console/login\?next="))
    await page.get_by_label("ชื่อผู้ใช้").fill(OFFICER)
    await page.get_by_label("รหัสผ่าน").fill("wrong password!")
    await page.get_by_role("button", name="เข้าสู่ระบบ").click()
    await expect(page.locator(".notice")).to_have_text("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")
    await page.get_by_label("ชื่อผู้ใช้").fill(OFFICER)
    await page.get_by_label("รหัสผ่าน").fill(PASSWORD)
    await page.get_by_role("button", name="เข้าสู่ระบบ").click()
    await expect(page).to_have_url(live_app.url + "/console")
    await expect(page.locator("h1")).to_have_text("คิวงาน")


async def live_updates_on(page: Page) -> None:
    await expect(page.locator("body")).to_have_attribute("data-live", "on")


async def move_to(page: Page, label: str, note: str = "") -> None:
    if note:
        await page.locator(".workflow textarea[name=note]").fill(note)
    await page.get_by_role("button", name=f"เปลี่ยนเป็น: {label}").click()
    await expect(page.locator("#status")).to_have_text(label)


async def test_a_case_from_the_web_chat_to_followed_up(
        desk_page: Page, page: Page, live_app: LiveApp, officer_account: str,
        tmp_path: Path) -> None:
    desk, person = desk_page, page
    await sign_in(desk, live_app)
    await live_updates_on(desk)

    # a person screens on the web chat; the case appears in the open queue by itself
    await open_chat(person, live_app)
    await tap(person, "ยินยอม")
    await type_in(person, STORY)
    await answer_intake(person)
    ref = await person.locator(".card .case .ref").inner_text()
    row = desk.locator("tr", has_text=ref)
    await expect(row).to_be_visible()
    await expect(row.locator(".badge")).to_contain_text("ติดต่อแรก")
    await expect(row.locator(".claimed")).to_have_text("ยังไม่มีผู้รับ")
    await desk.screenshot(path=artifact("console-queue-desktop.png"))

    # claim it
    await row.get_by_role("link", name=ref).click()
    await expect(desk.locator("h1")).to_have_text(f"เรื่อง {ref}")
    await desk.get_by_role("button", name="รับเรื่อง", exact=True).click()
    await expect(desk.locator(".facts").first).to_contain_text(OFFICER)
    await expect(desk.get_by_role("button", name="คืนเรื่อง")).to_be_visible()

    # take over and talk with the person, both ways, live
    await desk.get_by_role("button", name="รับช่วงการสนทนา").click()
    await expect(desk.locator("#hold")).to_contain_text("คุณกำลังคุยกับผู้ขอ")
    await expect(person.locator(".log")).to_contain_text(people.joined(""))
    await live_updates_on(desk)
    await desk.get_by_label("ข้อความถึงผู้ขอ").fill("สวัสดีค่ะ เจ้าหน้าที่สมศรีค่ะ")
    await desk.get_by_role("button", name="ส่ง", exact=True).click()
    await expect(person.locator(".log")).to_contain_text("สวัสดีค่ะ เจ้าหน้าที่สมศรีค่ะ")
    await expect(desk.locator("#transcript .msg.staff").last).to_contain_text("สมศรี")
    await expect(desk.get_by_label("ข้อความถึงผู้ขอ")).to_have_value("")

    before = await bot_messages(person).count()
    await person.get_by_label("พิมพ์ข้อความ").fill("ขอบคุณค่ะ รอสายอยู่นะคะ")
    await person.get_by_role("button", name="ส่ง", exact=True).tap()
    await expect(desk.locator("#transcript .msg.in").last).to_contain_text("รอสายอยู่")
    # it came live (no reload), with its time in Thai, as the server writes it
    live_in = desk.locator("#transcript .msg.in.live").last
    await expect(live_in.locator("time")).to_have_text(
        re.compile(rf"^\d{{1,2}} \S+ {dt.datetime.now(texts.THAI_TZ).year + 543} "
                   r"เวลา \d\d:\d\d น\.$"))
    await expect(person.locator(".typing")).to_have_count(0)
    await person.wait_for_timeout(300)
    assert await bot_messages(person).count() == before  # the bot said nothing

    # hand back: the bot resumes with the person
    await desk.get_by_role("button", name="ส่งกลับให้บอท").click()
    await expect(desk.locator("#hold")).to_have_text("บอทกำลังดูแลแชตนี้")
    await expect(person.locator(".log")).to_contain_text(texts.HANDED_BACK)
    await type_in(person, "เรื่องถึงไหนแล้ว")
    await expect(bot_messages(person).last).to_contain_text(ref)

    # move it through the workflow, with the approved amounts on the way
    await move_to(desk, "กำลังพิจารณา", "ตรวจบัตรประชาชนแล้ว")
    await move_to(desk, "รออนุมัติ")
    await move_to(desk, "อนุมัติแล้ว")
    amounts = desk.locator(".amounts")
    await amounts.get_by_label("ค่าอาหาร", exact=True).fill("300")
    await amounts.get_by_label("จำนวนวันค่าอาหาร").fill("2")
    await amounts.get_by_role("button", name="บันทึกจำนวนเงิน").click()
    await expect(desk.locator(".notice")).to_contain_text("ค่าอาหารเกินอัตรา")
    await amounts.get_by_label("ค่าอาหาร", exact=True).fill("200")
    await amounts.get_by_label("ค่าพาหนะ").fill("480")
    await amounts.get_by_role("button", name="บันทึกจำนวนเงิน").click()
    await expect(desk.locator(".notice")).to_have_count(0)
    await expect(amounts.get_by_label("ค่าพาหนะ")).to_have_value("480")
    await move_to(desk, "ช่วยเหลือแล้ว")
    await move_to(desk, "รายงานผลแล้ว")
    await move_to(desk, "ติดตามผลแล้ว")
    await expect(desk.locator(".timeline")).to_contain_text("ตรวจบัตรประชาชนแล้ว")
    await desk.screenshot(path=artifact("console-case-followed-up.png"), full_page=True)

    # the monthly report, downloaded as a file
    await desk.get_by_role("link", name="รายงานประจำเดือน").click()
    today = dt.datetime.now(texts.THAI_TZ)
    await desk.get_by_label("ปี (พ.ศ.)").fill(str(today.year + 543))
    await desk.get_by_label("เดือน").fill(str(today.month))
    async with desk.expect_download() as info:
        await desk.get_by_role("button", name="ดาวน์โหลด CSV").click()
    download = await info.value
    assert download.suggested_filename == f"namjai-report-{today.year + 543}-{today.month:02d}.csv"
    target = tmp_path / download.suggested_filename
    await download.save_as(target)
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    [line] = [r for r in rows if r[1] == ref]
    assert line[5:8] == ["ชลบุรี", "ขอนแก่น", "1"]
    assert line[8:15] == ["2", "200", "480", "0", "0", "0", "680"]
    assert line[15] == "ติดตามผลแล้ว"


async def test_an_admin_adds_changes_and_removes_an_account(
        desk_page: Page, live_app: LiveApp) -> None:
    desk = desk_page
    await live_app.store.add_staff("boss", "admin", hash_password(PASSWORD),
                                   dt.datetime.now(dt.UTC))
    await desk.goto(live_app.url + "/console/login")
    await desk.get_by_label("ชื่อผู้ใช้").fill("boss")
    await desk.get_by_label("รหัสผ่าน").fill(PASSWORD)
    await desk.get_by_role("button", name="เข้าสู่ระบบ").click()
    await desk.get_by_role("link", name="บัญชีเจ้าหน้าที่").click()
    await expect(desk.locator("h1")).to_have_text("บัญชีเจ้าหน้าที่")

    add = desk.get_by_role("form", name="เพิ่มบัญชี")
    await add.get_by_label("ชื่อผู้ใช้").fill("malee")
    await add.get_by_label("บทบาท").select_option(label="เจ้าหน้าที่สายด่วน")
    await add.get_by_label("รหัสผ่าน (อย่างน้อย").fill("malee-long-password")
    await add.get_by_label("รหัสผ่านอีกครั้ง").fill("malee-other-password")
    await add.get_by_role("button", name="เพิ่มบัญชี").click()
    await expect(desk.locator(".notice.error")).to_have_text("รหัสผ่านสองช่องไม่ตรงกัน")
    add = desk.get_by_role("form", name="เพิ่มบัญชี")
    await expect(add.get_by_label("ชื่อผู้ใช้")).to_have_value("malee")  # kept, not passwords
    await add.get_by_label("รหัสผ่าน (อย่างน้อย").fill("malee-long-password")
    await add.get_by_label("รหัสผ่านอีกครั้ง").fill("malee-long-password")
    await add.get_by_role("button", name="เพิ่มบัญชี").click()
    await expect(desk.locator(".notice.ok")).to_have_text("เพิ่มบัญชีแล้วค่ะ")
    row = desk.locator('tr[data-staff="malee"]')
    await expect(row).to_contain_text("เจ้าหน้าที่สายด่วน")

    role = desk.get_by_role("form", name="เปลี่ยนบทบาทของ malee")
    await role.get_by_label("บทบาท").select_option("officer")
    await role.get_by_role("button", name="เปลี่ยนบทบาท").click()
    await expect(desk.locator(".notice.ok")).to_have_text("เปลี่ยนบทบาทแล้วค่ะ")
    await expect(row).to_contain_text("เจ้าหน้าที่ พมจ.")
    await desk.screenshot(path=artifact("console-staff.png"), full_page=True)

    remove = desk.get_by_role("form", name="ลบบัญชี malee")
    await remove.get_by_label("ยืนยันการลบบัญชี malee").check()
    await remove.get_by_role("button", name="ลบบัญชี").click()
    await expect(desk.locator(".notice.ok")).to_have_text("ลบบัญชีแล้วค่ะ")
    await expect(row).to_have_count(0)
    assert await live_app.store.staff("malee") is None
