"""The dashboard and the queue in real Chromium: the SVG charts show the figures
counted here, independently, from the cases the test wrote; the queue, a case and
the dashboard fit a 390 px phone. Screenshots are kept in test-artifacts/ (or
$NAMJAI_TEST_ARTIFACTS) for a person to look at."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import pytest_asyncio
from playwright.async_api import Browser, Page, expect

from bot.passwords import hash_password
from bot.store import CaseEvent, CaseUpdate, Turn
from dialogs.state import State
from dialogs.texts import THAI_TZ
from dialogs.types import ConversationKey

from .conftest import VIEWPORT, LiveApp, artifact

pytestmark = pytest.mark.asyncio(loop_scope="module")

OFFICER, PASSWORD = "kanya", "a-long-staff-password"
HELPED = ("assisted", "reported", "followed_up")


@dataclass(frozen=True)
class Made:
    """A case as the test wrote it: what the dashboard must count."""

    created: dt.datetime
    status: str
    urgent: bool
    current: str
    home: str
    contact_after: dt.timedelta | None
    help_after: dt.timedelta | None
    follow_up: str | None = None  # None: not asked; "": asked, no answer; else the answer


def plan(now: dt.datetime) -> list[Made]:
    day = dt.timedelta(days=1)
    minute, hour = dt.timedelta(minutes=1), dt.timedelta(hours=1)
    return [
        Made(now - 15 * day, "followed_up", True, "ชลบุรี", "ขอนแก่น", 5 * minute, 20 * hour,
             "safe"),
        Made(now - 15 * day, "rejected", False, "ชลบุรี", "อุดรธานี", 2 * hour, None),
        Made(now - 9 * day, "assisted", True, "กรุงเทพมหานคร", "ขอนแก่น", 40 * minute,
             30 * hour, ""),
        Made(now - 8 * day, "closed", False, "ระยอง", "ศรีสะเกษ", None, None),
        Made(now - 2 * day, "reviewing", False, "ชลบุรี", "ขอนแก่น", 3 * hour, None),
        Made(now - 1 * day, "received", True, "ชลบุรี", "นครพนม", 10 * minute, None),
        Made(now - 3 * hour, "received", False, "กรุงเทพมหานคร", "ขอนแก่น", None, None),
    ]


async def write(live_app: LiveApp, made: Made, n: int) -> None:
    store = live_app.store
    key = ConversationKey("web", f"dash-{uuid.uuid4()}")
    case = {"ref": f"NJ-D{n:03d}", "urgent": made.urgent, "status": "received",
            "due_at": (made.created + dt.timedelta(days=1)).isoformat(),
            "current_province": made.current, "home_province": made.home, "name": "ทดสอบ"}
    saved = await store.save_turn(Turn(key, State("done"), made.created, new_case=case))
    assert saved.case_id is not None
    moved: dict[str, object] = {"status": made.status}
    if made.contact_after is not None:
        moved["first_contact_at"] = made.created + made.contact_after
    if made.help_after is not None:
        moved["assisted_at"] = made.created + made.help_after
    data: dict[str, object] = {}
    if made.follow_up is not None:  # as bot/cases/follow_up.py keeps it
        asked = (made.created + dt.timedelta(days=4)).isoformat()
        data["follow_up"] = ({"asked_at": asked, "answer": made.follow_up,
                              "answered_at": asked} if made.follow_up else {"asked_at": asked})
    event = CaseEvent(saved.case_id, "test", "received", made.status, "", made.created)
    assert await store.update_case(CaseUpdate(saved.case_id, event, set=moved,
                                              data=data)) is not None


def monday(moment: dt.datetime) -> str:
    local = moment.astimezone(THAI_TZ).date()
    return (local - dt.timedelta(days=local.weekday())).isoformat()


def outcome(status: str) -> str:
    return "helped" if status in HELPED else status if status in ("rejected", "closed") \
        else "open"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def made(live_app: LiveApp) -> list[Made]:
    await live_app.store.add_staff(OFFICER, "officer", hash_password(PASSWORD),
                                   dt.datetime.now(dt.UTC))
    cases = plan(dt.datetime.now(dt.UTC))
    for n, case in enumerate(cases):
        await write(live_app, case, n)
    return cases


@pytest_asyncio.fixture(loop_scope="module")
async def tabs(browser: Browser) -> AsyncIterator[tuple[Page, Page]]:
    """A desktop tab and a 390 px phone tab, signed in separately."""
    desktop = await browser.new_context(viewport={"width": 1280, "height": 900},
                                        locale="th-TH")
    phone = await browser.new_context(viewport=VIEWPORT, is_mobile=True, has_touch=True,
                                      locale="th-TH")
    try:
        yield await desktop.new_page(), await phone.new_page()
    finally:
        await desktop.close()
        await phone.close()


async def sign_in(page: Page, live_app: LiveApp, target: str) -> None:
    await page.goto(live_app.url + target)
    await page.get_by_label("ชื่อผู้ใช้").fill(OFFICER)
    await page.get_by_label("รหัสผ่าน").fill(PASSWORD)
    await page.get_by_role("button", name="เข้าสู่ระบบ").click()
    await expect(page).to_have_url(live_app.url + target)


async def page_width(page: Page) -> int:
    return int(await page.evaluate("document.documentElement.scrollWidth"))


async def shot(page: Page, name: str) -> None:
    await page.screenshot(path=artifact(name), full_page=True)


async def test_the_charts_show_the_figures_of_the_cases(
        tabs: tuple[Page, Page], live_app: LiveApp, made: list[Made]) -> None:
    desk, _ = tabs
    await sign_in(desk, live_app, "/console/dashboard")
    for chart in ("#weeks", "#current-province", "#home-province"):
        svg = desk.locator(f"{chart} svg")
        await expect(svg).to_have_count(1)
        assert await svg.locator("rect").count() > 0, chart
        box = await svg.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 20, chart

    expected: Counter[tuple[str, str]] = Counter((monday(m.created), outcome(m.status))
                                                 for m in made)
    bars = await desk.locator("#weeks svg rect[data-series]").evaluate_all(
        "els => els.map(e => [e.dataset.column, e.dataset.series, +e.dataset.value])")
    assert {(c, s): v for c, s, v in bars} == dict(expected)
    per_week = Counter(monday(m.created) for m in made)
    for week, total in per_week.items():
        await expect(desk.locator(f'#weeks svg text.total[data-column="{week}"]')
                     ).to_have_text(str(total))

    for chart, counts in (("#current-province", Counter(m.current for m in made)),
                          ("#home-province", Counter(m.home for m in made))):
        shown = await desk.locator(f"{chart} svg rect").evaluate_all(
            "els => els.map(e => [e.dataset.name, +e.dataset.value])")
        assert dict(shown) == dict(counts), chart

    urgent = [m for m in made if m.urgent]
    quick = [m for m in urgent if m.contact_after and m.contact_after <= dt.timedelta(
        minutes=15)]
    tile = desk.locator('[data-figure="total"] .value')
    await expect(tile).to_have_text(f"{len(made)} ราย")
    await expect(desk.locator('[data-figure="urgent_share"] .value')).to_have_text(
        f"{round(100 * len(urgent) / len(made))}%")
    await expect(desk.locator('[data-figure="first_contact"] .value')).to_have_text(
        f"{round(100 * len(quick) / len(urgent))}%")
    met = await desk.locator('[data-figure="first_contact"] rect[data-series="met"]'
                             ).get_attribute("data-value")
    assert met == str(len(quick))
    asked = [m for m in made if m.follow_up is not None]
    answered = [m for m in asked if m.follow_up]
    await expect(desk.locator('[data-figure="follow_ups"] .value')).to_have_text(
        f"{round(100 * len(answered) / len(asked))}%")
    await shot(desk, "dashboard-desktop.png")


async def test_the_queue_case_and_dashboard_fit_a_phone(
        tabs: tuple[Page, Page], live_app: LiveApp, made: list[Made]) -> None:
    _, phone = tabs
    await sign_in(phone, live_app, "/console")
    open_cases = [m for m in made if outcome(m.status) == "open" or m.status in HELPED[:2]]
    await expect(phone.locator("table.queue tbody tr")).to_have_count(len(open_cases))
    assert await page_width(phone) <= VIEWPORT["width"]
    await shot(phone, "queue-phone.png")

    await phone.locator("table.queue a.ref").first.click()
    await expect(phone.locator("h1")).to_contain_text("เรื่อง NJ-D")
    assert await page_width(phone) <= VIEWPORT["width"]
    await shot(phone, "case-phone.png")

    await phone.goto(live_app.url + "/console/dashboard")
    await expect(phone.locator("#weeks svg")).to_be_visible()
    assert await page_width(phone) <= VIEWPORT["width"]
    await shot(phone, "dashboard-phone.png")
