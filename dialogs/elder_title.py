"""An elder known by the title they give themselves.

A person who gives their name as "ยายจันทร์" or "ตาสม" (grandmother, grandfather) is an
elder: people call themselves so only when old. Told at the very end, with the name, it
is still recorded for the officer (the care of an elder travelling), never asked. "ลุง"
and "ป้า" (uncle, aunt) are said from middle age on, so they say nothing of age; nor
do nicknames that begin like a title ("ตาหวาน", "ตาแป๋ว").
"""

from __future__ import annotations

import re
from typing import Any

# a title of old age before a name of two letters or more ("ตาล" is a name, not ตา + ล)
_ELDER_TITLE = re.compile(r"^(?:ยาย|ตา|ปู่|ย่า|ทวด)\s?(?=[ก-ฮเ-ไ][ก-\u0e4e])")


_NICKNAMES = ("ตาหวาน", "ตาแป๋ว", "ตาต้า", "ตาโต")


def elder_by_title(answers: dict[str, Any]) -> dict[str, Any]:
    """`answers` with "elderly" among the care needs when the name is an elder's."""
    name = str(answers.get("name") or "").strip()
    needs = list(answers.get("special_needs") or ())
    if not _ELDER_TITLE.match(name) or name.startswith(_NICKNAMES) or "elderly" in needs:
        return answers
    return {**answers, "special_needs": sorted({*needs, "elderly"})}
