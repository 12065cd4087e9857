"""Places from dev9: the real home ("บ้านจริงอยู่", "บ้านผมจริงๆ อยู่") and an old person
naming herself ("บ้านยายอยู่", "ทิ้งยายไว้ที่")."""

from __future__ import annotations

import pytest

from dialogs.facts import extract_facts

STORY = ("สวัสดีครับ ขอเล่ายาวหน่อยนะครับ ผมเคยทำงานโรงงานที่ระยองมาสามปี แล้วย้ายมา"
         "ทำงานก่อสร้างที่กรุงเทพแถวบางนา ตอนนี้บริษัทปิด ไม่จ่ายเงินเดือนสองเดือน "
         "ติดหนี้ค่าห้อง เจ้าของห้องไล่ให้ออกภายในพรุ่งนี้ เมียท้องได้ 7 เดือน "
         "ลูกชายอายุ 5 ขวบ แม่ผมอายุ 60 ก็อยู่ด้วย ญาติเมียอยู่สุรินทร์แต่ไม่ได้ติดต่อกัน "
         "บ้านผมจริงๆ อยู่ชัยภูมิ อยากพาทุกคนกลับบ้าน ไม่มีค่ารถเลยครับ มีบัตรประชาชนครบ")


def _places(text: str) -> tuple[str | None, str | None]:
    facts = extract_facts(text)
    here, home = facts.current_province, facts.home_province
    return (here.name_th if here else None, home.name_th if home else None)


# --- the real home -------------------------------------------------------------------

def test_the_real_home_in_a_long_story() -> None:
    assert _places(STORY) == ("กรุงเทพมหานคร", "ชัยภูมิ")


@pytest.mark.parametrize("text", ["บ้านจริงอยู่หนองบัวลำภู", "บ้านผมจริงๆ อยู่ชัยภูมิ",
                                  "บ้านเดิมอยู่ยโสธร"])
def test_the_real_home_said_plainly(text: str) -> None:
    assert _places(text)[0] is None and _places(text)[1] is not None


def test_staying_somewhere_for_real_is_not_home() -> None:  # negative
    assert _places("ตอนนี้อยู่จริงๆ ที่ระยอง") == ("ระยอง", None)


# --- an old person naming herself ----------------------------------------------------

def test_a_grandmother_left_by_the_tour() -> None:
    text = "ยายมากับคณะทัวร์ไหว้พระ รถทัวร์ทิ้งยายไว้ที่เชียงใหม่ เงินก็ไม่มี บ้านยายอยู่ร้อยเอ็ด"
    assert _places(text) == ("เชียงใหม่", "ร้อยเอ็ด")


def test_grandmother_living_somewhere_is_not_home_or_here() -> None:  # negative
    assert _places("ยายอยู่ที่โคราช ผมอยู่ระยอง") == ("ระยอง", None)


def test_staying_at_an_aunts_house_is_here_not_home() -> None:  # negative
    text = "หนูอยู่บ้านน้าที่พัทยา น้ารับไม่ได้เลยไล่ออกมา"
    assert _places(text) == ("ชลบุรี", None)
