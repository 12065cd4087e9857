"""The rich menu endpoints of the fake LINE API, with LINE's rules and bodies.

Create and validate check the object as LINE does (size, aspect ratio, name, chat
bar text, areas inside the image, action types and their limits); the image must be
a PNG or JPEG of the menu's exact size, at most 1 MB, uploaded once; a menu becomes
the default only with its image. Answers are LINE's bodies (the SDK parses them):
{"richMenuId": ...} on create, {"richmenus": [...]} on list, {} otherwise.
"""

from __future__ import annotations

import io
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

MENU_PATH = re.compile(r"/v2/bot/richmenu/(richmenu-[0-9a-f]{32})")
CONTENT_PATH = re.compile(r"/v2/bot/richmenu/(richmenu-[0-9a-f]{32})/content")
DEFAULT_PATH = re.compile(r"/v2/bot/user/all/richmenu/(richmenu-[0-9a-f]{32})")
IMAGE_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG"}
SCHEMES = ("http:", "https:", "line:", "tel:")


class MenuRefused(Exception):
    def __init__(self, status: int, message: str, prop: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.prop = status, message, prop


@dataclass
class Menu:
    body: dict[str, Any]
    image: bytes | None = None
    image_type: str | None = None


def _text(obj: dict[str, Any], key: str, limit: int, where: str,
          required: bool = True) -> None:
    value = obj.get(key)
    if value is None and not required:
        return
    if not isinstance(value, str) or not value or len(value) > limit:
        raise MenuRefused(400, f"Must be 1-{limit} characters", f"{where}.{key}")


def check_action(action: Any, where: str) -> None:
    if not isinstance(action, dict):
        raise MenuRefused(400, "May not be empty", where)
    kind = action.get("type")
    if kind == "postback":
        _text(action, "data", 300, where)
        _text(action, "displayText", 300, where, required=False)
        _text(action, "label", 20, where, required=False)
    elif kind == "message":
        _text(action, "text", 300, where)
        _text(action, "label", 20, where, required=False)
    elif kind == "uri":
        _text(action, "uri", 1000, where)
        if not str(action["uri"]).startswith(SCHEMES):
            raise MenuRefused(400, "Invalid uri scheme", f"{where}.uri")
        _text(action, "label", 20, where, required=False)
    else:
        raise MenuRefused(400, "Invalid action type", f"{where}.type")


def check_menu(body: dict[str, Any]) -> None:
    """LINE's rules for a rich menu object; MenuRefused names the property."""
    size = body.get("size") or {}
    width, height = size.get("width"), size.get("height")
    if not isinstance(width, int) or not 800 <= width <= 2500:
        raise MenuRefused(400, "Must be between 800 and 2500", "size.width")
    if not isinstance(height, int) or height < 250 or width / height < 1.45:
        raise MenuRefused(400, "Height must be at least 250 and width/height at least 1.45",
                          "size.height")
    if not isinstance(body.get("selected"), bool):
        raise MenuRefused(400, "Must be a boolean", "selected")
    _text(body, "name", 300, "menu")
    _text(body, "chatBarText", 14, "menu")
    areas = body.get("areas")
    if not isinstance(areas, list) or not 1 <= len(areas) <= 20:
        raise MenuRefused(400, "Must have 1-20 areas", "areas")
    for i, area in enumerate(areas):
        b = area.get("bounds") or {}
        x, y, w, h = (b.get(k) for k in ("x", "y", "width", "height"))
        if not all(isinstance(v, int) and v >= 0 for v in (x, y, w, h)) or \
                x + w > width or y + h > height or not w or not h:
            raise MenuRefused(400, "The area is outside the rich menu", f"areas[{i}].bounds")
        check_action(area.get("action"), f"areas[{i}].action")


@dataclass
class FakeRichMenus:
    menus: dict[str, Menu] = field(default_factory=dict)
    default: str | None = None
    created: list[str] = field(default_factory=list)  # ids, in order
    deleted: list[str] = field(default_factory=list)

    def handles(self, path: str) -> bool:
        return path.startswith(("/v2/bot/richmenu", "/v2/bot/user/all/richmenu"))

    def answer(self, method: str, path: str, body: dict[str, Any], raw: bytes,
               content_type: str) -> dict[str, Any]:
        """LINE's answer body; MenuRefused for its errors."""
        if method == "POST" and path == "/v2/bot/richmenu/validate":
            check_menu(body)
            return {}
        if method == "POST" and path == "/v2/bot/richmenu":
            check_menu(body)
            menu_id = f"richmenu-{uuid.uuid4().hex}"
            self.menus[menu_id] = Menu(body)
            self.created.append(menu_id)
            return {"richMenuId": menu_id}
        if method == "GET" and path == "/v2/bot/richmenu/list":
            return {"richmenus": [{"richMenuId": i, **m.body} for i, m in self.menus.items()]}
        if method == "GET" and path == "/v2/bot/user/all/richmenu":
            if self.default is None:
                raise MenuRefused(404, "no default richmenu")
            return {"richMenuId": self.default}
        content = CONTENT_PATH.fullmatch(path)
        if method == "POST" and content is not None:
            self._upload(self._menu(content.group(1)), raw, content_type)
            return {}
        default = DEFAULT_PATH.fullmatch(path)
        if method == "POST" and default is not None:
            if self._menu(default.group(1)).image is None:
                raise MenuRefused(400, "must upload richmenu image before applying it to user")
            self.default = default.group(1)
            return {}
        menu = MENU_PATH.fullmatch(path)
        if menu is not None and method in ("GET", "DELETE"):
            found = self._menu(menu.group(1))
            if method == "GET":
                return {"richMenuId": menu.group(1), **found.body}
            del self.menus[menu.group(1)]
            self.deleted.append(menu.group(1))
            if self.default == menu.group(1):
                self.default = None
            return {}
        raise MenuRefused(404, "Not found")

    def _menu(self, menu_id: str) -> Menu:
        if menu_id not in self.menus:
            raise MenuRefused(404, "Not found")
        return self.menus[menu_id]

    @staticmethod
    def _upload(menu: Menu, raw: bytes, content_type: str) -> None:
        kind = IMAGE_TYPES.get(content_type.split(";")[0].strip())
        if kind is None:
            raise MenuRefused(415, "Unsupported Media Type")
        if menu.image is not None:
            raise MenuRefused(400, "An image has already been uploaded to the richmenu")
        if len(raw) > 1024 * 1024:
            raise MenuRefused(413, "Request Entity Too Large")
        try:
            image = Image.open(io.BytesIO(raw))
            image.verify()
        except (OSError, SyntaxError, ValueError):  # what Pillow raises for a broken image
            raise MenuRefused(400, "Invalid image") from None
        size = menu.body["size"]
        if image.format != kind or image.size != (size["width"], size["height"]):
            raise MenuRefused(400, "Image size or format doesn't match the richmenu")
        menu.image, menu.image_type = raw, content_type
