"""The 77 provinces, their nicknames and typos, and false-positive guards."""

from __future__ import annotations

import random

import pytest

from dialogs.fuzzy import best_substring, osa_distance
from dialogs.province_types import PROVINCES, Province
from dialogs.provinces import find_provinces, match_province, province_mentions

BY_EN = {p.name_en: p for p in PROVINCES}
ISO_CODES = {*range(10, 28), *range(30, 50), *range(50, 59), *range(60, 68), *range(70, 78),
             *range(80, 87), *range(90, 97)} - {28, 29}


def by_en(name: str) -> Province:
    return BY_EN[name]


def test_seventy_seven_provinces_with_iso_codes() -> None:
    assert len(PROVINCES) == 77
    assert {p.code for p in PROVINCES} == {f"TH-{n}" for n in ISO_CODES}
    assert len({p.name_th for p in PROVINCES}) == 77
    assert len({p.name_en for p in PROVINCES}) == 77


@pytest.mark.parametrize(("code", "th", "en"), [
    ("TH-10", "กรุงเทพมหานคร", "Bangkok"), ("TH-30", "นครราชสีมา", "Nakhon Ratchasima"),
    ("TH-50", "เชียงใหม่", "Chiang Mai"), ("TH-40", "ขอนแก่น", "Khon Kaen"),
    ("TH-38", "บึงกาฬ", "Bueng Kan"), ("TH-14", "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"),
    ("TH-96", "นราธิวาส", "Narathiwat"), ("TH-20", "ชลบุรี", "Chon Buri"),
])
def test_known_codes(code: str, th: str, en: str) -> None:
    assert Province(code, th, en) in PROVINCES


def test_names_agree_with_pythainlp() -> None:
    from pythainlp.corpus import provinces

    details: list[dict[str, str]] = provinces(details=True)  # type: ignore[assignment]
    theirs = {(d["name_th"], d["name_en"]) for d in details}
    assert {(p.name_th, p.name_en) for p in PROVINCES} == theirs


@pytest.mark.parametrize("province", PROVINCES, ids=lambda p: p.code)
def test_official_thai_name(province: Province) -> None:
    assert match_province(province.name_th) == province
    assert find_provinces(f"ตอนนี้ผมอยู่จังหวัด{province.name_th} ครับ") == [province]


@pytest.mark.parametrize("province", PROVINCES, ids=lambda p: p.code)
def test_english_name(province: Province) -> None:
    assert match_province(province.name_en) == province
    assert match_province(province.name_en.upper().replace(" ", "")) == province
    assert find_provinces(f"I am stuck in {province.name_en} now") == [province]


@pytest.mark.parametrize(("text", "en"), [
    ("กทม", "Bangkok"), ("กทม.", "Bangkok"), ("กรุงเทพ", "Bangkok"), ("กรุงเทพฯ", "Bangkok"),
    ("บางกอก", "Bangkok"), ("หมอชิต", "Bangkok"), ("bkk", "Bangkok"), ("Bangkock", "Bangkok"),
    ("โคราช", "Nakhon Ratchasima"), ("โคราด", "Nakhon Ratchasima"), ("โคราฃ", "Nakhon Ratchasima"),
    ("korat", "Nakhon Ratchasima"), ("อุดร", "Udon Thani"), ("อุบล", "Ubon Ratchathani"),
    ("ชม", "Chiang Mai"), ("Chiang Mai", "Chiang Mai"), ("chiangmai", "Chiang Mai"),
    ("chaing mai", "Chiang Mai"), ("เชียง ใหม่", "Chiang Mai"), ("เชียงใหม", "Chiang Mai"),
    ("ศรีษะเกษ", "Si Sa Ket"), ("ศรีสะเกษ", "Si Sa Ket"), ("sisaket", "Si Sa Ket"),
    ("สุราษ", "Surat Thani"), ("สุราษฎร์", "Surat Thani"), ("นครศรี", "Nakhon Si Thammarat"),
    ("อยุธยา", "Phra Nakhon Si Ayutthaya"), ("ayutthaya", "Phra Nakhon Si Ayutthaya"),
    ("กาญ", "Kanchanaburi"), ("ปราจีน", "Prachin Buri"), ("แปดริ้ว", "Chachoengsao"),
    ("ปากน้ำ", "Samut Prakan"), ("ปากน้ำโพ", "Nakhon Sawan"), ("ขอนแกน", "Khon Kaen"),
    ("ขอนเเก่น", "Khon Kaen"), ("หาดใหญ่", "Songkhla"), ("พัทยา", "Chon Buri"),
    ("โคราชค่ะ", "Nakhon Ratchasima"), ("อยู่ขอนแก่นครับ", "Khon Kaen"), ("จังหวัดเลย", "Loei"),
    ("เลย", "Loei"), ("เลยค่ะ", "Loei"), ("ตาก", "Tak"), ("น่าน", "Nan"),
    ("นครราชสีมา", "Nakhon Ratchasima"), ("นครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"),
    ("บุรีรัม", "Buri Ram"),
    # towns people name instead of their province
    ("สุไหงโกลกค่ะ", "Narathiwat"), ("อยู่เบตง", "Yala"), ("ชะอำ", "Phetchaburi"),
    ("ปากช่องครับ", "Nakhon Ratchasima"), ("เกาะสมุย", "Surat Thani"), ("สัตหีบ", "Chon Buri"),
    ("เมืองคอน", "Nakhon Si Thammarat"),
])
def test_nicknames_and_typos(text: str, en: str) -> None:
    assert match_province(text) == by_en(en)


@pytest.mark.parametrize("text", [
    "ไม่มีที่เลย", "กลับบ้านเลย", "ไปเลยค่ะ", "ดีมากเลย", "ไม่ได้กินอะไรเลย", "อยู่เลยไม่ได้แล้ว",
    "นอนตากฝนมาสองคืน", "ไม่มีที่ตากผ้า", "ฝากตากผ้าหน่อย", "ไปตลาด", "เดินตรงไป", "รอนานมาก",
    "ดื่มสุราแล้ว", "เผยแพร่ข่าว", "กลัวแพร่เชื้อ", "น่านน้ำไทย", "ผมชื่อกาญจนา", "เรียบร้อยแล้ว",
    "ภาพวิจิตรมาก", "ติดต่อราชการ", "สวัสดีค่ะ", "ขอความช่วยเหลือหน่อย",
    "I need help please", "ประจวบเหมาะพอดี", "เขื่อนอุบลรัตน์", "ชื่ออรัญญาค่ะ", "ชื่อมุกดาค่ะ",
    # only the left-edge rule for short names keeps these out (no cue, no space before)
    "ข่าวถูกเผยแพร่แล้ว", "คุณนราธิปช่วยด้วย", "ดอกปทุมสวย", "ห้ามเอาตากลับ",
])
def test_ordinary_words_are_not_provinces(text: str) -> None:
    assert find_provinces(text) == []


@pytest.mark.parametrize(("text", "ens"), [
    ("อยู่ชลบุรี กลับขอนแก่น ชลบุรีอีกครั้ง", ["Chon Buri", "Khon Kaen"]),
    ("จากโคราชไปอุดรแล้วไปหนองคาย", ["Nakhon Ratchasima", "Udon Thani", "Nong Khai"]),
    ("ผมอยู่ตาก", ["Tak"]), ("อยู่ จ.ตาก ค่ะ", ["Tak"]), ("อยู่ที่เลยค่ะ", ["Loei"]),
    ("บ้านอยู่เลย", ["Loei"]), ("อ.เมือง จ.เลย", ["Loei"]), ("ตอนนี้ที่ขนส่งหมอชิต", ["Bangkok"]),
    ("from bangkok to khon kaen", ["Bangkok", "Khon Kaen"]),
    ("กรุงเทพ bangkok กทม", ["Bangkok"]),
])
def test_find_in_order_without_duplicates(text: str, ens: list[str]) -> None:
    assert find_provinces(text) == [by_en(en) for en in ens]


@pytest.mark.parametrize("text", [
    "", "ไม่รู้", "ตลาด", "ใช่ค่ะ", "อยู่ชลบุรี แต่บ้านอยู่ขอนแก่น", "กลับบ้านเลย", "นาน", "1234",
])
def test_match_province_none(text: str) -> None:
    assert match_province(text) is None


@pytest.mark.parametrize("typo", ["จนทบุรี", "นครปนม"])
def test_typo_equally_close_to_two_provinces_is_dropped(typo: str) -> None:
    assert find_provinces(f"อยู่{typo}") == []
    assert match_province(typo) is None


def test_short_name_after_a_space_or_cue() -> None:
    assert find_provinces("ข่าว แพร่") == [by_en("Phrae")]
    assert find_provinces("อยู่แพร่") == [by_en("Phrae")]
    assert find_provinces("ข่าวแพร่") == []


def test_mentions_have_spans_in_the_space_free_text() -> None:
    [mention] = province_mentions("อยู่ ชล บุรี")
    assert (mention.province.name_en, mention.start, mention.end, mention.exact) == (
        "Chon Buri", 4, 10, True)
    [fuzzy] = province_mentions("อยู่ขอนแกน")
    assert fuzzy.exact is False and fuzzy.province == by_en("Khon Kaen")


@pytest.mark.parametrize(("a", "b", "distance"), [
    ("", "", 0), ("abc", "abc", 0), ("abc", "acb", 1), ("abc", "", 3), ("kitten", "sitting", 3),
    ("chiangmai", "chaingmai", 1), ("โคราช", "โคราด", 1),
])
def test_osa_distance(a: str, b: str, distance: int) -> None:
    assert osa_distance(a, b) == distance
    assert osa_distance(a, b, 1) == min(distance, 2)


def test_best_substring() -> None:
    assert best_substring("ชลบุรี", "อยู่ชลบุรีครับ", 1) == (0, 4, 10)
    assert best_substring("ชลบุรี", "อยู่ชลบุร", 1) == (1, 4, 9)
    assert best_substring("ชลบุรี", "อยู่ระยอง", 1) is None


def _levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def test_best_substring_agrees_with_brute_force() -> None:
    rng = random.Random(7)
    letters = "กขคงจ"
    for _ in range(400):
        pattern = "".join(rng.choice(letters) for _ in range(rng.randint(1, 6)))
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 10)))
        brute = min(_levenshtein(pattern, text[i:j]) for i in range(len(text) + 1)
                    for j in range(i, len(text) + 1))
        hit = best_substring(pattern, text, 2)
        if brute > 2:
            assert hit is None
        else:
            assert hit is not None and hit[0] == brute
            assert _levenshtein(pattern, text[hit[1]:hit[2]]) == brute


def test_a_district_is_its_own_province_never_a_near_name() -> None:
    # เชียงคาน is a district of Loei: never Chiang Mai or Chiang Rai by a near spelling
    assert find_provinces("ไปเที่ยวเชียงคาน") == [by_en("Loei")]


@pytest.mark.parametrize(("text", "en"), [
    ("บ้านอยู่ห้างฉัตรครับ", "Lampang"), ("แจ้ห่มค่ะ", "Lampang"),
    ("วารินชำราบ", "Ubon Ratchathani"), ("ตากใบค่ะ", "Narathiwat"),
    ("นอนอยู่ที่ศิริราช", "Bangkok"),
])
def test_districts_and_landmarks_are_their_province(text: str, en: str) -> None:
    assert find_provinces(text) == [by_en(en)]


@pytest.mark.parametrize("text", ["ไปห้างแล้วฉัตรหาย", "ตากใบไม้ไว้", "ตากใบ้"])
def test_near_spellings_of_districts_are_no_place(text: str) -> None:
    assert by_en("Narathiwat") not in find_provinces(text)
    assert by_en("Lampang") not in find_provinces(text)


def test_no_near_name_starts_inside_a_short_name_left_out() -> None:
    # มหาชัย without a cue before it is left out; ชัยนา... after it is no Chai Nat
    assert by_en("Chai Nat") not in find_provinces("เรือมหาชัยนายจ้างไม่จ่าย")
    assert find_provinces("ติดอยู่ชัยนาทค่ะ") == [by_en("Chai Nat")]


def test_a_misspelt_long_name_after_a_non_cue_is_still_found() -> None:
    assert find_provinces("เรือนจำกาญจนบุลี") == [by_en("Kanchanaburi")]


@pytest.mark.parametrize(("text", "en"), [
    # dev13: home named with its district, Si Chiang Mai, which holds "เชียงใหม่"
    ("หนองคาย ศรีเชียงใหม่", "Nong Khai"),
    ("บ้านอยู่อำเภอศรีเชียงใหม่", "Nong Khai"),
    ("อำเภอตากฟ้า", "Nakhon Sawan"),
    ("ร้อยเอ็ด ปทุมรัตต์", "Roi Et"),
    ("อ.ปทุมราชวงศา", "Amnat Charoen"),
])
def test_a_district_holding_another_province_name_is_its_own_province(text: str, en: str) -> None:
    assert find_provinces(text) == [by_en(en)]
    assert match_province(text) == by_en(en)


def test_the_province_itself_is_still_read_beside_such_a_district() -> None:
    assert match_province("เชียงใหม่ค่ะ") == by_en("Chiang Mai")
    assert find_provinces("ตาก แม่สอด") == [by_en("Tak")]
    assert find_provinces("เชียงใหม่ ศรีเชียงใหม่") == [by_en("Chiang Mai"), by_en("Nong Khai")]


def test_terengganu_in_malaysia_is_no_trang() -> None:
    assert find_provinces("ไปทำงานที่ตรังกานูมา") == []
    assert find_provinces("บ้านอยู่ตรังค่ะ") == [by_en("Trang")]


@pytest.mark.parametrize("text", [
    # dev18 "already home in ubon": เลย is "indeed", said of the place just named
    "มีจ้า อุบลฯ อยู่บ้านตัวเอง อ.วารินชำราบ อุบลนี่ล่ะ บ้านเกิดเลย", "อุบลนี่ล่ะ บ้านเกิดเลย",
    "ที่นี่แหละบ้านเกิดผมเลย", "อยู่บ้านเกิดเลยค่ะ", "ขอนแก่นก็บ้านเกิดเลย",
    "ไม่มีเงินเลย หมดเลย", "เอาไปทั้งหมดเลย",
])
def test_birthplace_indeed_is_not_loei(text: str) -> None:
    assert by_en("Loei") not in find_provinces(text)


@pytest.mark.parametrize("text", [
    "บ้านเกิดเลยค่ะ", "ผมอยู่ชลบุรี บ้านเกิดเลยครับ", "บ้านเกิดอยู่เลย", "อยู่ชลบุรีค่ะ บ้านเกิดที่เลย",
    "บ้านเกิดที่จังหวัดเลยครับ", "อ.เมืองเลย", "ตอนนี้อยู่บ้านเกิดที่เลย",
])
def test_loei_after_a_birthplace_cue(text: str) -> None:
    assert by_en("Loei") in find_provinces(text)


@pytest.mark.parametrize(("text", "en"), [
    ("อุบลนี่ล่ะ บ้านเกิดเลย", "Ubon Ratchathani"), ("ด่านซ้าย เลย", "Loei"),
    ("เลยค่ะ", "Loei"), ("บ้านเกิดเลย", "Loei"),
])
def test_whole_answer_with_loei_or_indeed(text: str, en: str) -> None:
    assert match_province(text) == by_en(en)
