"""Care needs and counts from the dev19/dev20 sets: a total said as such, an escort
wished for, care needs told after sending."""

from __future__ import annotations

from dialogs.after_needs import told_care
from dialogs.parse import facts_of
from dialogs.travellers import people_and_ages


def test_total_counting_someone_in_wins() -> None:
    said = "ลืมบอก หลานมีสามคนเด้อ คนกลางอีกคน รวมยายเป็น4คน".replace(" ", "")
    assert people_and_ages(said)[0] == 4


def test_count_without_total_stays() -> None:
    assert people_and_ages("หลานมีสามคนรวมยาย")[0] == 3  # no number after: no total


def test_escort_wished_is_cannot_travel_alone() -> None:
    assert "cannot_travel_alone" in facts_of("อยากให้มีเจ้าหน้าที่ไปส่งด้วยค่ะ").special_needs


def test_no_escort_wished_is_not() -> None:
    assert "cannot_travel_alone" not in facts_of("ไม่อยากให้มีคนไปส่งค่ะ").special_needs


def test_care_told_after_sending() -> None:
    assert told_care("อยากให้มีเจ้าหน้าที่ไปส่งด้วยค่ะ", None) == ["cannot_travel_alone"]
    assert told_care("เบี้ยคนแก่ยังไม่เคยได้สักทีครับ", None) == ["elderly"]


def test_no_care_after_sending_from_a_question_or_tap() -> None:
    assert told_care("มีเจ้าหน้าที่ไปส่งไหมคะ", None) == []
    assert told_care("ไม่มีค่ะ ขอบคุณค่ะ", None) == []
    assert told_care("อยากให้มีเจ้าหน้าที่ไปส่งด้วยค่ะ", "topic:job_placement") == []


def test_no_care_from_a_wish_beside_a_question() -> None:
    assert told_care("อยากได้เงินช่วยผู้ติดเชื้อ HIV ครับ ขอได้ไหม", None) == []
