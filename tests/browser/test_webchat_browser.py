"""The web chat in real headless Chromium: a person taps and types through a screening."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Locator, Page, expect

from dialogs import texts
from dialogs.types import ConversationKey, Inbound

from .conftest import LiveApp

pytestmark = pytest.mark.asyncio(loop_scope="module")

STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"
SCREENSHOT = "/tmp/webchat.png"
BOT = ".log > .bubble.bot:not(.typing), .log > .card"


def bot_messages(page: Page) -> Locator:
    return page.locator(BOT)


def choice(page: Page, label: str) -> Locator:
    return page.locator(".choices button").filter(has_text=re.compile(f"^{re.escape(label)}$"))


async def settled(page: Page, before: int) -> None:
    """Wait until the bot has answered: more bot messages, no typing indicator."""
    await expect(bot_messages(page)).not_to_have_count(before)
    await expect(page.locator(".typing")).to_have_count(0)


async def tap(page: Page, label: str) -> None:
    before = await bot_messages(page).count()
    button = choice(page, label)
    await expect(button).to_be_visible()
    await button.tap()
    await settled(page, before)


async def type_in(page: Page, text: str) -> None:
    before = await bot_messages(page).count()
    await page.get_by_label("พิมพ์ข้อความ").fill(text)
    await page.get_by_role("button", name="ส่ง", exact=True).tap()
    await settled(page, before)


# What is still asked after the story, in the order it is asked: a cue in the question,
# and the answer, tapped or typed as a person would.
INTAKE = (
    ("กี่คน", tap, "1 คน"),
    ("ดูแลเป็นพิเศษ", tap, "ไม่มี"),
    ("เร่งด่วนไหม", tap, "ด่วน"),
    ("อ่อนไหว", tap, "ไม่ยินยอม"),
    ("ชื่อที่ให้เจ้าหน้าที่เรียก", type_in, "สมชาย"),
    ("เบอร์โทร", type_in, "0812345678"),
    ("ถูกต้องไหม", tap, "ถูกต้อง ส่งเรื่อง"),
)


async def answer_intake(page: Page) -> set[str]:
    """Answer each question the bot asks until the result card shows; the answers given."""
    answered: set[str] = set()
    for _ in range(len(INTAKE) + 2):
        if await page.locator(".card").count():
            return answered
        question = (await bot_messages(page).last.inner_text()).splitlines()[-1]
        step = next(((act, a) for cue, act, a in INTAKE if cue in question), None)
        assert step is not None, f"unexpected question: {question}"
        act, answer = step
        assert answer not in answered, f"asked again: {question}"
        await act(page, answer)
        answered.add(answer)
    raise AssertionError("the screening did not finish")


async def open_chat(page: Page, live_app: LiveApp) -> str:
    await page.goto(live_app.url + "/")
    await expect(choice(page, "ยินยอม")).to_be_visible()
    session: str = await page.evaluate("localStorage.getItem('namjai.session')")
    assert re.fullmatch(r"[0-9a-f-]{36}", session)
    return session


async def test_screening_to_a_case_by_typing_and_tapping(page: Page, live_app: LiveApp) -> None:
    session = await open_chat(page, live_app)
    await expect(page).to_have_title("น้ำใจ — ผู้ช่วยสายด่วน 1300")
    await expect(page.get_by_text("โทร 1300 ได้ตลอด 24 ชั่วโมง", exact=True)).to_be_visible()
    await expect(bot_messages(page).first).to_have_text(texts.WELCOME)

    await tap(page, "ยินยอม")
    await type_in(page, STORY)
    await expect(page.locator(".log")).to_contain_text("ขอนแก่น")
    answered = await answer_intake(page)
    # a name without a phone: the summary asks for it, and typing it sends
    assert {"1 คน", "สมชาย", "0812345678"} <= answered and "ถูกต้อง ส่งเรื่อง" not in answered
    assert "ไม่ยินยอม" not in answered  # no other need told: the sensitive block is not asked

    card = page.locator(".card.eligible")
    await expect(card).to_be_visible()
    await expect(card.locator(".badge")).to_have_text("เข้าเกณฑ์")
    await expect(card).to_contain_text("เข้าเกณฑ์ขอเงินช่วยเหลือกลับภูมิลำเนา")
    await expect(card.locator(".case .ref")).to_have_text(re.compile(r"^NJ-[A-Z0-9]{6}$"))
    ref = await card.locator(".case .ref").inner_text()

    [case] = await live_app.store.cases(key=ConversationKey("web", session))
    assert case.data["ref"] == ref and case.urgent is True
    assert case.data["name"] == "สมชาย" and case.data["eligible"] is True

    await card.scroll_into_view_if_needed()
    await page.screenshot(path=SCREENSHOT)
    await assert_fits(page, 390)


async def assert_fits(page: Page, width: int) -> None:
    scroll_width = await page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"the page scrolls sideways: {scroll_width}px > {width}px"
    for button in await page.locator(".choices button, #send").all():
        box = await button.bounding_box()
        assert box is not None and box["height"] >= 44, "tap targets must be large"


async def test_layout_fits_a_small_phone(page: Page, live_app: LiveApp) -> None:
    await page.set_viewport_size({"width": 360, "height": 640})
    await open_chat(page, live_app)
    await page.screenshot(path="/tmp/webchat-welcome.png")
    await assert_fits(page, 360)
    font_size = await page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.bubble.bot')).fontSize)")
    assert font_size >= 17
    bot_box = await bot_messages(page).first.bounding_box()
    await tap(page, "ยินยอม")
    user_box = await page.locator(".bubble.user").last.bounding_box()
    assert bot_box and user_box
    assert bot_box["x"] < 30 and user_box["x"] + user_box["width"] > 330  # left / right
    await page.screenshot(path="/tmp/webchat-360.png")


async def test_reload_resumes_the_conversation(page: Page, live_app: LiveApp) -> None:
    session = await open_chat(page, live_app)
    await tap(page, "ยินยอม")
    await type_in(page, "ขอความช่วยเหลือ")
    question = (await bot_messages(page).last.inner_text()).splitlines()[-1]
    await page.reload()
    await expect(page.locator(".log")).to_contain_text(texts.WELCOME_BACK)
    await expect(page.locator(".bubble.user").first).to_have_text("ยินยอม")  # kept in the tab
    await expect(bot_messages(page).last).to_contain_text(question)
    await expect(page.locator(".choices button").first).to_be_visible()
    assert await page.evaluate("localStorage.getItem('namjai.session')") == session


async def test_text_is_shown_as_text_never_as_html(page: Page, live_app: LiveApp) -> None:
    await open_chat(page, live_app)
    await tap(page, "ไม่ยินยอม")
    attack = '<img src=x onerror="document.title=\'pwned\'"><b>ตัวหนา</b>'
    await type_in(page, attack)
    await expect(page.locator(".bubble.user").last).to_have_text(attack)
    assert await page.locator(".log img, .log b").count() == 0
    await expect(page).to_have_title("น้ำใจ — ผู้ช่วยสายด่วน 1300")


async def test_a_pushed_message_appears_in_the_open_page(page: Page, live_app: LiveApp) -> None:
    """Replies written to the outbox (as staff replies will be) reach the page over SSE,
    and the buttons stay under the last message."""
    session = await open_chat(page, live_app)
    for _ in range(100):
        if live_app.web.open_streams(session):
            break
        await page.wait_for_timeout(50)
    assert live_app.web.open_streams(session), "the page did not open its events stream"
    before = await bot_messages(page).count()
    key = ConversationKey("web", session)
    await live_app.conversations.handle(key, Inbound("sticker"), deliver=True)
    live_app.pipeline.wake()
    await expect(bot_messages(page)).not_to_have_count(before)
    await expect(page.locator(".log")).to_contain_text("ขอบคุณสำหรับสติกเกอร์")
    last_child = page.locator(".log > :last-child")
    await expect(last_child).to_have_class(re.compile("choices"))


async def test_erasing_data_clears_the_page_and_the_session(page: Page,
                                                            live_app: LiveApp) -> None:
    session = await open_chat(page, live_app)
    await tap(page, "ยินยอม")
    await type_in(page, "ลบข้อมูล")
    await tap(page, "ใช่")
    await expect(bot_messages(page)).to_have_count(1)
    await expect(bot_messages(page)).to_have_text(texts.ERASE_DONE)
    await expect(page.locator(".bubble.user")).to_have_count(0)
    fresh = await page.evaluate("localStorage.getItem('namjai.session')")
    assert fresh != session and re.fullmatch(r"[0-9a-f-]{36}", fresh)
    assert await page.evaluate("sessionStorage.getItem('namjai.transcript')") is not None
    await page.reload()
    await expect(bot_messages(page).first).to_have_text(texts.ERASE_DONE)
    await expect(choice(page, "ยินยอม")).to_be_visible()  # the new session starts afresh
