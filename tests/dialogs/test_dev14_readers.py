"""dev14 readers: a phone said half in words, karaoke Thai for a night with no bed, a
child's age said with no number."""

from __future__ import annotations

from dialogs.contact import spoken_digits
from dialogs.facts import extract_facts
from dialogs.romanised import thai_from_latin


def test_phone_words_and_digits_mixed() -> None:
    assert spoken_digits("ศูนย์แปดเก้า 123 สี่ห้าหกเจ็ด").strip() == "0891234567"
    assert "0891234567" in spoken_digits("ชื่อสมศักดิ์ครับ สม ศักดิ์ ศูนย์แปดเก้า 123 สี่ห้าหกเจ็ด")


def test_phone_words_only_still_read() -> None:
    assert spoken_digits("ศูนย์ แปด หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด").strip() == "0812345678"


def test_short_counts_are_no_phone() -> None:
    assert spoken_digits("ไป 3 คน สามีกับลูก 2 คน") == "ไป 3 คน สามีกับลูก 2 คน"
    assert spoken_digits("สอง 3 สี่ 5") == "สอง 3 สี่ 5"
    assert spoken_digits("0812345678") == "0812345678"  # digits alone stay as typed


def test_karaoke_night_with_no_bed() -> None:
    text = "kon diew krub keun nee non sathani mochit krub mai mee tee non pai eng dai krub"
    thai = thai_from_latin(text)
    assert "คืนนี้นอน" in thai and "ไม่มีที่นอน" in thai
    assert extract_facts(thai).no_shelter is True


def test_karaoke_lone_word_stays_english() -> None:
    assert thai_from_latin("non stop") == "non stop"
    assert thai_from_latin("nee") == "nee"


def test_child_about_one_year() -> None:
    assert "child" in extract_facts("ลูกแฝดขวบนึงครับ").special_needs
    assert "child" in extract_facts("หลานขวบกว่าค่ะ").special_needs


def test_older_child_half_year_is_no_small_child() -> None:
    assert "child" not in extract_facts("ลูกอายุ 12 ขวบครึ่ง").special_needs
    assert "child" not in extract_facts("ลูกสิบสองขวบครึ่ง").special_needs
    assert "child" not in extract_facts("ลูก 15 ขวบกว่าแล้ว").special_needs


def test_anything_at_all_is_no_question() -> None:
    from dialogs.questions import is_question
    assert not is_question("อยากหางานทำที่อุบลด้วยค่ะ job อะไรก็ได้")
    assert not is_question("งานที่ไหนก็ได้ค่ะ")


def test_asking_with_anything_still_asks() -> None:
    from dialogs.questions import is_question
    assert is_question("งานอะไรก็ได้ไหมคะ")
    assert is_question("หางานอะไรได้บ้างคะ")
