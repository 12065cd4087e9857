"""dev28/dev29 names: the name said after a question of the name ("ต้องชื่อจริงด้วยเหรอครับ...
เอกชัยครับ"), an elder's name with the word of address and the phone after it."""

from __future__ import annotations

import pytest

from dialogs.names import extract_name


@pytest.mark.parametrize(("text", "name"), [
    # dev29 robbed man suspicious of every question
    ("ต้องชื่อจริงด้วยเหรอครับ... เอกชัยครับ มือถือผมโดนขโมยไปแล้ว ใช้เบอร์พี่ที่ทำงานได้ไหมครับ "
     "0817770213", "เอกชัย"),
    ("ต้องชื่อจริงด้วยเหรอครับ... เอกชัยครับ", "เอกชัย"),
    ("พ่อใหญ่ชื่อ เคน บุญมา ลูก เบอร์นี้หลานสาวซื้อให้ตอนสงกรานต์ เบอร์ 080-771-6245", "เคน บุญมา"),
    ("ชื่อ คำ ใจมา ครับ 089 514 2276", "คำ ใจมา"),
])
def test_name_read(text: str, name: str) -> None:
    assert extract_name(text, bare=True) == name


@pytest.mark.parametrize("text", ["ต้องบอกชื่อด้วยเหรอ", "ต้องใช้ชื่อจริงไหมคะ ไม่อยากบอก"])
def test_a_question_of_the_name_is_no_name(text: str) -> None:
    assert extract_name(text, bare=True) is None
