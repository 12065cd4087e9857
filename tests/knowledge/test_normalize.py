from __future__ import annotations

import pytest

from knowledge import Matcher
from knowledge.normalize import clean


@pytest.mark.parametrize(("raw", "expected"), [
    ("ค่า\u200bรถ", "ค่ารถ"),                 # zero-width space
    ("๑๐๐ บาท", "100 บาท"),                   # Thai digits
    ("มากกกกก", "มาก"),                       # repeated characters
    ("เงินนนน", "เงิน"),
    ("ตลกมาก 5555", "ตลกมาก"),                # laughter
    ("ราคา 1000 บาท", "ราคา 1000 บาท"),       # real numbers survive
    ("ช่วยด้วย!!! ???", "ช่วยด้วย"),           # punctuation
    ("เพราะๆ", "เพราะ"),                       # mai yamok
    ("OK", "ok"),
    ("เเปลก", "แปลก"),                         # pythainlp normalize: เ+เ -> แ
])
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_particles_dropped(matcher: Matcher) -> None:
    tokens = matcher.normalizer.tokens("ขอเงินค่ารถหน่อยครับ")
    assert "ครับ" not in tokens
    assert "ขอ" in tokens  # a pythainlp stopword that matters here is kept


@pytest.mark.parametrize(("slang", "standard"), [
    ("ตัง", "เงิน"),
    ("บ่", "ไม่"),
    ("โรงบาล", "โรงพยาบาล"),
    ("กทม", "กรุงเทพมหานคร"),
    ("โคราช", "นครราชสีมา"),
])
def test_slang_mapped(matcher: Matcher, slang: str, standard: str) -> None:
    assert matcher.normalizer.normalize(f"ไป{slang}") .replace(" ", "").endswith(standard)


def test_question_words_kept(matcher: Matcher) -> None:
    text = matcher.normalizer.normalize("ไม่มีบัตรประชาชนยื่นได้ไหม")
    assert "ไม่" in text.split()
    assert "บัตรประชาชน" in text.replace(" ", "")


def test_same_tokens_for_spacing_variants(matcher: Matcher) -> None:
    a = matcher.normalizer.tokens("ค่า รถ กลับ บ้าน")
    b = matcher.normalizer.tokens("ค่ารถกลับบ้าน")
    assert "".join(a) == "".join(b)
