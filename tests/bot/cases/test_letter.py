"""The follow-up letter (step 8): text and PDF."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any, cast

import pytest
from fpdf import FPDF
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from bot.cases import pdf as pdf_module
from bot.cases.errors import LetterError, ThaiFontMissing
from bot.cases.letter import follow_up_letter, letter_pdf, office_of, thai_long_date
from bot.store.base import Case
from dialogs.types import ConversationKey
from knowledge.errors import NamjaiError

UTC = dt.UTC
TODAY = dt.date(2026, 12, 1)


def make_case(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ref": "NJ-7K3QX2", "name": "สมศรี", "travellers": 3, "home_province": "เชียงใหม่",
        "current_province": "จันทบุรี", "phone": "0812345678",
        "national_id": "1101700203451", "special_needs": ["sick"],
        "amounts": {"food_days": 2, "food": 600, "fare": 1350, "lodging": 0,
                    "medical": 250, "other": 300},
    }
    data.update(changes)
    created = dt.datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
    assisted = dt.datetime(2026, 11, 29, 18, 30, tzinfo=UTC)  # 30 Nov, Thai time
    return Case(7, ConversationKey("line", "U1"), "assisted", False,
                created + dt.timedelta(days=15), created, data,
                assisted_at=assisted).as_dict()


def letter(**changes: Any) -> str:
    return follow_up_letter(make_case(**changes), "นางสาวใจดี มีน้ำใจ", "จันทบุรี", TODAY)


def test_letter_text() -> None:
    text = letter()
    assert "เรื่อง  ขอให้ติดตามผลการช่วยเหลือผู้ตกทุกข์ได้ยาก" in text
    assert "เรียน  พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่" in text
    assert "มอบหมายให้สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่" in text
    assert "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดจันทบุรี" in text
    assert "1 ธันวาคม 2569" in text  # today, Buddhist era
    assert "28 พฤศจิกายน 2569" in text  # request
    assert "30 พฤศจิกายน 2569" in text  # help, in Thai time
    assert "สมศรี" in text and "NJ-7K3QX2" in text
    assert "รวมผู้เดินทาง 3 คน" in text
    assert "1. ค่าอาหาร 2 วัน เป็นเงิน 600 บาท" in text
    assert "2. ค่าพาหนะ เป็นเงิน 1,350 บาท" in text
    assert "ค่าที่พัก" not in text  # nothing paid for lodging
    assert "เป็นเงินรวมทั้งสิ้น 2,500 บาท" in text
    assert "(นางสาวใจดี มีน้ำใจ)" in text
    assert not re.search("[๐-๙]", text)  # Arabic digits only


def test_no_sensitive_data_in_the_letter() -> None:
    text = letter()
    for secret in ("0812345678", "1101700203451", "sick", "ป่วย"):
        assert secret not in text


def test_one_traveller_and_nothing_paid() -> None:
    text = letter(travellers=1, amounts=None)
    assert "เดินทางคนเดียว" in text
    assert "ไม่มีการจ่ายเงิน" in text and "เป็นเงินรวมทั้งสิ้น 0 บาท" in text


def test_bangkok_is_the_bma_office() -> None:
    text = letter(home_province="กรุงเทพมหานคร")
    assert "เรียน  ผู้อำนวยการสำนักพัฒนาสังคม กรุงเทพมหานคร" in text
    assert "ภูมิลำเนาเดิมที่กรุงเทพมหานคร" in text
    assert "จังหวัดกรุงเทพมหานคร" not in text
    assert office_of("จังหวัดระยอง") == "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดระยอง"


def test_long_date() -> None:
    assert thai_long_date(dt.date(2027, 1, 9)) == "9 มกราคม 2570"


def test_missing_facts_are_refused() -> None:
    with pytest.raises(LetterError, match="ภูมิลำเนา"):
        letter(home_province=None)
    no_help = make_case()
    no_help["assisted_at"] = None
    with pytest.raises(LetterError, match="วันที่ให้ความช่วยเหลือ"):
        follow_up_letter(no_help, "ก", "จันทบุรี", TODAY)
    with pytest.raises(LetterError, match="จังหวัดของสำนักงานผู้ส่ง"):
        follow_up_letter(make_case(), "ก", " ", TODAY)
    with pytest.raises(LetterError):
        letter(amounts={"fare": "a lot"})
    assert issubclass(LetterError, NamjaiError)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "".join(page.extract_text() for page in reader.pages)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pdf_renders_the_thai_text() -> None:
    text = letter()
    data = letter_pdf(text)
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1  # a letter fits on one A4 page
    extracted = squeeze(pdf_text(data))
    for words in ("ขอให้ติดตามผลการช่วยเหลือผู้ตกทุกข์ได้ยาก",
                  "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่",
                  "1ธันวาคม2569", "NJ-7K3QX2", "สมศรี", "1,350บาท", "ขอแสดงความนับถือ"):
        assert squeeze(words) in extracted
    resources = cast(DictionaryObject, reader.pages[0]["/Resources"].get_object())
    fonts = cast(DictionaryObject, resources["/Font"].get_object())
    names = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    assert any(pdf_module.find_thai_font().stem in name for name in names)


def test_pdf_keeps_stacked_marks() -> None:
    # a vowel and a tone mark over one consonant, and marks below
    text = "ที่นี่ ผู้ใหญ่ ปั้น กิ่ง ฏุ ญู ฐู สิ้น\nเรื่องเลขที่ NJ-ABC234"
    extracted = pdf_text(letter_pdf(text))
    for word in ("ที่นี่", "ผู้ใหญ่", "ปั้น", "กิ่ง", "ญู", "NJ-ABC234"):
        assert word in extracted


def test_long_lines_wrap_at_words() -> None:
    pdf = FPDF()
    pdf.add_font("thai", fname=str(pdf_module.find_thai_font()))
    pdf.set_font("thai", size=15)
    pdf.set_text_shaping(True)
    line = "ขอให้ติดตามผลการช่วยเหลือผู้ตกทุกข์ได้ยากในประเทศให้กลับภูมิลำเนาเดิม " * 3
    pieces = pdf_module.wrap(pdf, line, 80)
    assert len(pieces) > 2
    assert "".join(pieces).replace(" ", "") == line.replace(" ", "")
    for piece in pieces:
        assert pdf.get_string_width(piece) <= 80
        assert piece[0] not in "ัิีึืุู่้๊๋์ำ"  # no line starts with a mark


def test_a_word_wider_than_the_line_is_cut_between_characters() -> None:
    pdf = FPDF()
    pdf.add_font("thai", fname=str(pdf_module.find_thai_font()))
    pdf.set_font("thai", size=15)
    pieces = pdf_module.wrap(pdf, "ผู้ตกทุกข์ได้ยาก" * 4, 20)
    assert len(pieces) > 1
    assert all(p[0] not in "ัิีึืุู่้๊๋์ำ" for p in pieces)
    assert "".join(pieces) == "ผู้ตกทุกข์ได้ยาก" * 4


def test_font_override_and_missing_font(monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    found = pdf_module.find_thai_font()
    assert found.suffix == ".ttf" and found.is_file()
    monkeypatch.setenv(pdf_module.FONT_ENV, str(tmp_path / "nothing.ttf"))
    with pytest.raises(ThaiFontMissing, match=r"nothing\.ttf"):
        letter_pdf("ทดสอบ")
    monkeypatch.setenv(pdf_module.FONT_ENV, str(found))
    assert letter_pdf("ทดสอบ").startswith(b"%PDF-")


def test_no_font_anywhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(pdf_module.FONT_ENV, raising=False)
    monkeypatch.setattr(pdf_module, "TLWG", tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-list either
    with pytest.raises(ThaiFontMissing, match="fonts-thai-tlwg"):
        letter_pdf("ทดสอบ")


def test_marks_are_positioned_by_the_shaper() -> None:
    # unshaped, fpdf2 writes a word as one run of glyphs and Thai marks collide; shaped
    # (HarfBuzz), it moves the text matrix to place each mark over its consonant
    page = PdfReader(io.BytesIO(letter_pdf("ปั้น"))).pages[0]
    content = page.get_contents()
    assert content is not None
    assert b" Tm " in content.get_data()
