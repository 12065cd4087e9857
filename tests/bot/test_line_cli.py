"""`python -m bot line rich-menu` against the fake LINE API: the menu is created with
its image and becomes the default; running it again replaces ours; each area does
what it says (the dialog runs its command, the last one dials 1300); the image is
drawn in Thai, each area in its colour."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from PIL import Image

from bot.cli import main
from bot.line_cli import data_host, rich_menu
from bot.line_menu import AREAS, HEIGHT, NAME, WIDTH, bounds, draw_menu
from bot.settings import Settings
from dialogs import texts
from dialogs.engine import Dialog
from dialogs.state import State
from dialogs.types import Inbound
from knowledge import Matcher, load_knowledge

from .channels.line_fake import TOKEN, FakeLine, fake_line_api  # noqa: F401 (fixture)


def line_settings(url: str, token: str = TOKEN) -> Settings:
    return Settings(line_access_token=token, line_api_base_url=url)


async def run(settings: Settings, save: Path | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = await asyncio.to_thread(rich_menu, settings, save, out, err)  # its own loop
    return code, out.getvalue(), err.getvalue()


async def test_the_menu_is_uploaded_and_made_the_default(fake: FakeLine,
                                                         tmp_path: Path) -> None:
    code, out, err = await run(line_settings(fake.url), tmp_path / "menu.png")
    assert code == 0, err
    menus = fake.rich_menus
    [menu_id] = menus.created
    assert menus.default == menu_id and f"rich menu {menu_id} is the default" in out
    menu = menus.menus[menu_id]
    assert menu.image_type == "image/png" and menu.image == (tmp_path / "menu.png").read_bytes()
    assert menu.body["size"] == {"width": WIDTH, "height": HEIGHT}
    assert menu.body["name"] == NAME and menu.body["chatBarText"] == "เมนู"
    actions = [a["action"] for a in menu.body["areas"]]
    assert [a.get("label") for a in actions] == ["ขอความช่วยเหลือ", "ถามคำถาม",
                                                 "เรื่องถึงไหนแล้ว", "โทร 1300"]
    assert actions[3] == {"type": "uri", "label": "โทร 1300", "uri": "tel:1300"}
    for action in actions[:3]:
        assert action["type"] == "postback" and action["displayText"] == action["label"]
    kinds = [c.kind for c in fake.calls]
    assert kinds[:2] == ["/v2/bot/richmenu/validate", "/v2/bot/richmenu"]
    upload = next(c for c in fake.calls if c.kind.endswith("/content"))
    assert upload.headers["Authorization"] == f"Bearer {TOKEN}"


async def test_running_it_again_replaces_our_menu(fake: FakeLine) -> None:
    assert (await run(line_settings(fake.url)))[0] == 0
    first = fake.rich_menus.default
    code, out, _ = await run(line_settings(fake.url))
    assert code == 0 and "replaced 1 older menu" in out
    menus = fake.rich_menus
    assert menus.deleted == [first] and list(menus.menus) == [menus.default]


async def test_a_refusal_is_said_in_one_line(fake: FakeLine) -> None:
    code, out, err = await run(line_settings(fake.url, token="wrong-token"))
    assert code == 1 and out == ""
    assert err.startswith("error: LINE answered 401") and "Authentication failed" in err
    assert fake.rich_menus.created == []
    code, _, err = await run(Settings(line_api_base_url=fake.url))
    assert code == 1 and "LINE_CHANNEL_ACCESS_TOKEN is not set" in err


async def test_the_command_line_runs_it(fake: FakeLine, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("LINE_API_BASE_URL", fake.url)
    out = io.StringIO()
    target = tmp_path / "menu.png"
    code = await asyncio.to_thread(main, ["line", "rich-menu", "--save", str(target)], None,
                                   out)
    assert code == 0 and out.getvalue().startswith("ok: rich menu ")
    assert Image.open(target).size == (WIDTH, HEIGHT)
    assert fake.rich_menus.default is not None


def test_each_area_runs_what_it_says() -> None:
    kb = load_knowledge()
    dialog = Dialog(kb, Matcher(kb))
    idle = State("idle", {"consent": True})
    by_label = {a.title: a for a in AREAS}
    screening = dialog.step(idle, Inbound("choice", value=by_label["ขอความช่วยเหลือ"].data))
    assert screening.state.name == "ask"
    assert screening.replies[0].text.startswith(texts.START_SCREENING)
    asking = dialog.step(idle, Inbound("choice", value=by_label["ถามคำถาม"].data))
    assert asking.replies[0].text.startswith("วิธีใช้: พิมพ์คำถาม")
    # in the middle of the screening too: the status, not an answer to the question
    status = dialog.step(screening.state,
                         Inbound("choice", value=by_label["เรื่องถึงไหนแล้ว"].data))
    assert any(type(e).__name__ == "LookupCaseStatus" for e in status.effects), status
    for area in AREAS:
        assert len(area.title) <= 20  # LINE's label limit, never cut


def test_the_image_has_four_coloured_areas_with_white_words() -> None:
    image = Image.open(io.BytesIO(draw_menu())).convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    for i, area in enumerate(AREAS):
        b = bounds(i)
        cell = image.crop((b["x"] + 10, b["y"] + 10, b["x"] + b["width"] - 10,
                           b["y"] + b["height"] - 10))
        colours = cell.getcolors(maxcolors=1_000_000) or []
        background = max(colours)[1]
        assert "#{:02x}{:02x}{:02x}".format(*background) == area.colour
        white = sum(n for n, c in colours if min(c) > 230)
        assert white > 0.03 * cell.width * cell.height, area.title  # the words are there


def test_images_go_to_the_data_api_of_line() -> None:
    assert data_host("https://api.line.me/") == "https://api-data.line.me"
    assert data_host("http://127.0.0.1:9000") == "http://127.0.0.1:9000"
