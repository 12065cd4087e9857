"""Already at home: where the person is now is their home province.

The aid takes a person back to their former domicile (ภูมิลำเนาเดิม), so one already in
their home province is not helped by it. Places are often misread or mixed up ("ร้อยเอ็ด
ค่ะ เสลภูมิ" said where the bot asked where they are now), so the refusal never comes
straight away: the summary is shown, the person is asked whether they are home, and a
province fixed there goes on as usual; only a yes refuses. Home in another district of
the same province (far from the provincial town, say) goes on: the officer decides.
"""

from __future__ import annotations

import re
from typing import Any

from dialogs.eligibility import AT_HOME, Assessment
from dialogs.parse import parse_yes_no
from dialogs.replies import summary_lines
from dialogs.types import Choice, Reply

AT_HOME_ASK = ("ตอนนี้อยู่จังหวัดเดียวกับบ้านใช่ไหมคะ เงินนี้ช่วยให้กลับภูมิลำเนาค่ะ "
               "ถ้าจังหวัดไม่ถูก พิมพ์แก้ได้เลยค่ะ เช่น \"ตอนนี้อยู่ระยอง\"")
AT_HOME_CHOICES = (Choice("ใช่ อยู่จังหวัดบ้าน", "home:yes"),
                   Choice("บ้านอยู่อีกอำเภอ", "home:away"), Choice("แก้ไข", "confirm:edit"))
# "บ้านอยู่คนละอำเภอ", "อีกอำเภอค่ะ ไกลมาก": home elsewhere in the province
_OTHER_DISTRICT = re.compile(r"(?:คนละ|อีก|ต่าง)(?:อำเภอ|อ\.)|อำเภออื่น|ไกลจากตัวเมือง")


def home_answer(text: str, value: str | None) -> bool | None:
    """At home (True), home in another district (False), or not said (None). The send
    words ("ส่งเลย") say nothing of it."""
    if value in ("home:yes", "home:away"):
        return value == "home:yes"
    if _OTHER_DISTRICT.search(text.replace(" ", "")):
        return False
    return True if parse_yes_no(text) is True else None


def only_at_home(verdict: Assessment) -> bool:
    """Refused only for being at home (every other rule met)."""
    return verdict.not_met == (AT_HOME,)


def check_home_now(verdict: Assessment, answers: dict[str, Any], screening_done: bool) -> bool:
    """Whether to ask now if the person is at home: only being at home stands in the way,
    and all that decides the aid is known (the trouble, the card or letter, both places);
    or both places are told to be one, before anything else is asked (at home, nothing
    else matters: "กลับมาบ้านแม่ที่อุบลเมื่อวานค่ะ", dev88, had been asked the trouble
    twice). The travellers, the care and the urgency change nothing then, so they wait:
    one who says "อุดร บ้านอยู่นี่แหละ" is asked at once, not after three more questions."""
    here, home = answers.get("current_province"), answers.get("home_province")
    # both places told to be one, and not said since to be another district: asked first
    told_home = bool(here) and here == home and "home_far" not in answers
    return (only_at_home(verdict) and (screening_done or "id_card" in answers)) or (
        told_home and AT_HOME in verdict.not_met)


def home_check(answers: dict[str, Any]) -> Reply:
    """The summary, asking whether the person is at home (no name asked yet; asked
    before the travellers and the urgency when only being home is in the way)."""
    lines = [line for line in summary_lines(answers)  # nor what is not asked yet
             if not line.startswith(("ชื่อ:", "เบอร์โทร:")) and not line.endswith(": -")
             and not (line.startswith("บัตรประชาชน:") and "id_card" not in answers)
             and not (line.startswith("ดูแลพิเศษ:") and "special_needs" not in answers)]
    return Reply("ตรวจข้อมูลก่อนนะคะ\n" + "\n".join(lines) + "\n" + AT_HOME_ASK,
                 AT_HOME_CHOICES)


AT_HOME_AGAIN = ("ขอถามอีกครั้งนะคะ ตอนนี้อยู่จังหวัดเดียวกับบ้านไหมคะ "
                 "ถ้าบ้านอยู่อีกอำเภอ หรือจังหวัดไม่ถูก กดปุ่มได้เลยค่ะ")


def home_again(answers: dict[str, Any], tries: int) -> Reply | None:
    """The at-home question after an answer not understood (`tries` so far): the summary
    again, then the question alone, worded otherwise, with its buttons; then None (a
    person takes the chat over), never the same sentence a third time."""
    if tries >= 3:
        return None
    return home_check(answers) if tries == 1 else Reply(AT_HOME_AGAIN, AT_HOME_CHOICES)
