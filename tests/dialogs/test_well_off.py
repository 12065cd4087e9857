"""No hardship told as means had (dev19: a salaried mother answered "what hardship?" with
"มีเงินอยู่ค่ะ ทำงานมีเงินเดือน แต่อยากประหยัด ค่ารถแพง", was not understood three times
and the screening paused): money, a salary or an income had, or a job with a wish to
save, is none of the three hardships; never when a lack is said too."""

from __future__ import annotations

import pytest

from dialogs.engine import Dialog
from dialogs.means import well_off
from dialogs.readers import read_hardship

from .test_engine import consented

NONE = dict.fromkeys(("no_shelter", "no_food", "no_fare"), False)
STORY = "มีเงินอยู่ค่ะ ทำงานมีเงินเดือน แต่อยากประหยัด ค่ารถแพง"


@pytest.mark.parametrize("text", [
    STORY, "มีเงินอยู่ค่ะ", "มีเงินเดือนค่ะ", "ทำงานมีเงินเดือน", "มีงานทำค่ะ อยากประหยัด",
    "มีเงินเก็บอยู่ ไม่อยากเสียเงินค่ารถ", "มีรายได้ค่ะ"])
def test_means_had_is_no_hardship(text: str) -> None:
    assert well_off(text)
    assert read_hardship(text, None) == NONE


@pytest.mark.parametrize("text", [
    "มีเงินเดือนแต่โดนขโมยหมด", "มีงานแต่ยังไม่ได้เงินเดือน ไม่มีค่ารถ", "มีงานแต่ยังไม่ได้เงินเดือน",
    "มีเงินนิดหน่อย", "มีเงินไม่พอ", "มีเงินเดือน แต่ค่ารถแพง", "มีงานทำค่ะ", "ไม่มีเงิน",
    "มีเงินค่ารถแล้วค่ะ", "มีเงินเหลือ 50 บาท", "มีเงินเดือนแต่ส่งให้แม่หมด",
    "มีเงินแต่นอนข้างถนน"])
def test_a_lack_a_little_or_the_fare_only_is_not_well_off(text: str) -> None:
    assert not well_off(text)
    assert read_hardship(text, None) != NONE


def test_the_salaried_mother_is_refused_kindly_at_once(dialog: Dialog) -> None:
    chat = consented(dialog)
    result = chat.say(STORY)
    card = next(r.card for r in result.replies if r.card)
    assert card["eligible"] is False
    text = "\n".join(r.text for r in result.replies)
    assert "ไม่เข้าเกณฑ์ความเดือดร้อน" in text and "1300" in text
