"""Whole-word phrase search (dialogs.words) and the needs it finds."""

from __future__ import annotations

from dialogs.needs import parse_needs, released_from_prison
from dialogs.words import has_phrase, has_words, words


def test_has_words_finds_a_run_after_a_false_start() -> None:
    tokens = ("ออก", "ไป", "ออก", "จาก", "คุก")
    assert has_words(tokens, ("ออก", "จาก"))
    assert not has_words(tokens, ("จาก", "ออก"))
    assert has_words(tokens, ("คุก",))
    assert not has_words(tokens, ())
    assert not has_words((), ("ออก",))


def test_has_phrase_matches_whole_words_only() -> None:
    tokens = words("อยากได้งานทำค่ะ")
    assert has_phrase(tokens, "งาน")
    assert not has_phrase(tokens, "ยา")  # inside อยาก
    assert not has_phrase(tokens, "")


def test_needs_by_one_word_and_by_several() -> None:
    assert parse_needs("อยากได้งานทำ") == ["work"]
    assert "health" not in parse_needs("อยากได้งานทำ")
    assert parse_needs("เพิ่งออกจากเรือนจำ ไม่มีบัตรประชาชน") == ["id_card", "probation"]
    assert released_from_prison("ผมเพิ่งออกจากคุกเมื่อวาน")
    assert not released_from_prison("ผมออกไปจากบ้านแล้ว")
