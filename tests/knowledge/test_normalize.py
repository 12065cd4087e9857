from __future__ import annotations

import pytest

from knowledge import Matcher
from knowledge.normalize import clean


@pytest.mark.parametrize(("raw", "expected"), [
    ("ค่า\u200bรถ", "ค่ารถ"),                 # zero-width space
    ("\ufeffบัตร\u200cหาย\u200d\u2060", "บัตรหาย"),  # BOM, ZWNJ, ZWJ, word joiner
    ("๑๐๐ บาท", "100 บาท"),                   # Thai digits
    ("มากกกกก", "มาก"),                       # repeated characters
    ("เงินนนน", "เงิน"),
    ("ตลกมาก 5555", "ตลกมาก"),                # laughter
    ("55555555", ""),
    ("อายุ ๖๕ ปี โทร ๑๓๐๐", "อายุ 65 ปี โทร 1300"),  # Thai digits in a sentence
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


@pytest.mark.parametrize("particle", ["ครับ", "ค่ะ", "คะ", "จ้า", "เด้อ", "นะ", "ฮะ", "เจ้า", "จ้าว"])
def test_each_particle_dropped(matcher: Matcher, particle: str) -> None:
    tokens = matcher.normalizer.tokens(f"ขอเบี้ยยังชีพ {particle}")
    assert particle not in tokens
    assert "เบี้ยยังชีพ" in tokens


def test_particle_glued_after_a_question_word(matcher: Matcher) -> None:
    # PyThaiNLP's word list has the fragment นคะ: ไหนคะ must still lose its particle.
    assert matcher.normalizer.tokens("ยื่นที่ไหนคะ")[-1] in {"ไหน", "ที่ไหน"}


@pytest.mark.parametrize(("slang", "standard"), [
    ("ตัง", "เงิน"),
    ("บ่", "ไม่"),
    ("โรงบาล", "โรงพยาบาล"),
    ("กทม", "กรุงเทพมหานคร"),
    ("โคราช", "นครราชสีมา"),
    ("ปชช", "ประชาชน"),
    ("บัตรปชช", "บัตรประชาชน"),
    ("เฮือน", "บ้าน"),
    ("จนท", "เจ้าหน้าที่"),
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
    assert a == b


def test_slang_gives_the_words_of_standard_thai(matcher: Matcher) -> None:
    isan = matcher.normalizer.tokens("บ่มีตังกลับเฮือนเด้อ")
    assert isan == matcher.normalizer.tokens("ไม่มีเงินกลับบ้าน")


def test_spaced_word_is_not_taken_for_a_particle(matcher: Matcher) -> None:
    assert "เจ้าหน้าที่" in matcher.normalizer.tokens("คุยกับเจ้า หน้าที่")


def test_english_words_mapped(matcher: Matcher) -> None:
    assert matcher.normalizer.tokens("เช็ค status") == ["เช็ค", "สถานะ"]


def test_latin_and_digits_keep_their_spaces(matcher: Matcher) -> None:
    assert matcher.normalizer.tokens("ขอ e service 1300") == ["ขอ", "e", "service", "1300"]


def test_dictionary_fragments_do_not_break_phrases(matcher: Matcher) -> None:
    # แล้วจะ came out as the fragments แล้ | วจะ, บอกว่า as บอ | กว่า.
    tokens = matcher.normalizer.tokens("กลับถึงบ้านแล้วจะมีใครบอกว่าต้องทำอะไร")
    assert "แล้ว" in tokens and "จะ" in tokens and "บอก" in tokens
    assert not {"แล้", "วจะ", "บอ"} & set(tokens)


def test_compounds_split_to_plain_words(matcher: Matcher) -> None:
    tokens = matcher.normalizer.tokens("คนพิการกู้ยืมเงินทุน")
    assert tokens[-3:] == ["กู้", "ยืม", "ทุน"]


@pytest.mark.parametrize(("text", "elderly"), [
    ("พ่ออายุ๖๕ อยากกู้เงิน", True),
    ("แม่ 70 ปีแล้ว", True),
    ("ผมอายุ 30 ปี", False),
    ("ค่ารถ 100 บาท", False),
])
def test_elderly_age_read_as_elderly(matcher: Matcher, text: str, elderly: bool) -> None:
    assert ("ผู้สูงอายุ" in matcher.normalizer.tokens(text)) is elderly


def test_isan_question_normalised(matcher: Matcher) -> None:
    tokens = matcher.normalizer.tokens("บ่มีตังกลับเฮือนเด้อ")
    assert tokens[:2] == ["ไม่มี", "เงิน"] or tokens[:3] == ["ไม่", "มี", "เงิน"]
    assert "".join(tokens).endswith("กลับบ้าน") and "เด้อ" not in tokens


def test_split_words_file_matches_the_corpus() -> None:
    from knowledge.normalize import SPLIT_WORDS_FILE, split_words_from_corpus

    assert SPLIT_WORDS_FILE.read_text(encoding="utf-8").splitlines() == split_words_from_corpus()


def test_rare_compounds_meet_plain_words(matcher: Matcher) -> None:
    # ใช้เวลานาน is one word of PyThaiNLP's list; split, it meets "ใช้ เวลา นาน".
    assert matcher.normalizer.tokens("ใช้เวลานานไหม")[:3] == ["ใช้", "เวลา", "นาน"]
