"""The LINE rich menu: its four areas, their actions, and its image (Pillow, Thai font).

The persistent menu at the bottom of the LINE chat. Each of the first three areas
is a postback whose data is the dialog's own command (cmd:screen, cmd:help,
cmd:status) and whose display text is the area's words: the person sees
"ขอความช่วยเหลือ" as their message, and the bot gets the exact command in any state
of the conversation (typed text in the middle of the screening would be read as an
answer). "ถามคำถาม" runs the help, which invites the question. The fourth area
dials the 1300 hotline (a tel: URI).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from bot.cases.pdf import TLWG, find_thai_font

WIDTH, HEIGHT = 2500, 843  # LINE's compact full-width size
NAME = "namjai-main"  # our menus carry this name: older ones are replaced
CHAT_BAR = "เมนู"  # the bar's text (LINE: at most 14 characters)
MAX_IMAGE = 1024 * 1024  # LINE's limit for the image, bytes
BOLD = ("Loma-Bold.ttf", "Garuda-Bold.ttf")  # clear sans faces of TLWG for a menu
MARGIN = 60


@dataclass(frozen=True)
class Area:
    title: str  # the big words, also the action's label (LINE: 20 characters)
    subtitle: str
    colour: str
    data: str | None = None  # a postback's data (a dialog command)
    uri: str | None = None

    def action(self) -> dict[str, str]:
        """The area's action as LINE's JSON."""
        if self.uri is not None:
            return {"type": "uri", "label": self.title, "uri": self.uri}
        assert self.data is not None
        return {"type": "postback", "label": self.title, "data": self.data,
                "displayText": self.title}


AREAS = (
    Area("ขอความช่วยเหลือ", "ตรวจสิทธิ์ค่ารถกลับบ้าน", "#0a5244", data="cmd:screen"),
    Area("ถามคำถาม", "บริการของรัฐ", "#1d5f8a", data="cmd:help"),
    Area("เรื่องถึงไหนแล้ว", "ดูสถานะคำขอ", "#7a5200", data="cmd:status"),
    Area("โทร 1300", "สายด่วน 24 ชั่วโมง", "#9b1c1c", uri="tel:1300"),
)


def bounds(index: int) -> dict[str, int]:
    """The area's rectangle on the image: two columns, two rows."""
    col, row = index % 2, index // 2
    x, y = col * WIDTH // 2, row * HEIGHT // 2
    return {"x": x, "y": y, "width": (col + 1) * WIDTH // 2 - x,
            "height": (row + 1) * HEIGHT // 2 - y}


def menu_json() -> dict[str, object]:
    """The rich menu object LINE's create and validate endpoints take."""
    return {"size": {"width": WIDTH, "height": HEIGHT}, "selected": True, "name": NAME,
            "chatBarText": CHAT_BAR,
            "areas": [{"bounds": bounds(i), "action": a.action()}
                      for i, a in enumerate(AREAS)]}


def menu_font() -> Path:
    """A bold sans TLWG face if installed, else the letter's Thai font."""
    for name in BOLD:
        if (TLWG / name).is_file():
            return TLWG / name
    return find_thai_font()


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    engine = (ImageFont.Layout.RAQM if features.check("raqm")  # shapes Thai marks
              else ImageFont.Layout.BASIC)
    return ImageFont.truetype(str(path), size, layout_engine=engine)


def _fitted(draw: ImageDraw.ImageDraw, text: str, path: Path, size: int,
            width: int) -> ImageFont.FreeTypeFont:
    """The font at `size`, or smaller until `text` fits `width`: never cut."""
    while True:
        font = _font(path, size)
        left, _, right, _ = draw.textbbox((0, 0), text, font=font)
        if right - left <= width or size <= 20:
            return font
        size -= 4


def draw_menu(font: Path | None = None) -> bytes:
    """The menu's PNG image."""
    path = font or menu_font()
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    for i, area in enumerate(AREAS):
        b = bounds(i)
        draw.rectangle((b["x"] + 4, b["y"] + 4, b["x"] + b["width"] - 5,
                        b["y"] + b["height"] - 5), fill=area.colour)
        centre = b["x"] + b["width"] // 2
        room = b["width"] - 2 * MARGIN
        title = _fitted(draw, area.title, path, 140, room)
        subtitle = _fitted(draw, area.subtitle, path, 72, room)
        draw.text((centre, b["y"] + b["height"] * 0.42), area.title, font=title,
                  fill="white", anchor="mm")
        draw.text((centre, b["y"] + b["height"] * 0.76), area.subtitle, font=subtitle,
                  fill="#f2f2f2", anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
