"""The district table written at build time (dialogs.district_build) and the tokeniser
dictionary that shares the main one (dialogs.joined_trie)."""

from __future__ import annotations

import pytest
from pythainlp.tokenize import word_dict_trie, word_tokenize
from pythainlp.util import Trie, dict_trie

from dialogs.district_build import TABLE_FILE, render, rows
from dialogs.districts import _index, _tokenizer_dict, _words
from dialogs.joined_trie import JoinedTrie


def test_committed_table_is_what_the_build_writes() -> None:
    # if this fails: .venv/bin/python -m dialogs.district_build, and commit the table
    assert TABLE_FILE.read_text(encoding="utf-8") == render(rows())


def test_table_marks() -> None:
    table = {name: (code, marks) for name, code, marks, _ in rows()}
    assert table["โกสุมพิสัย"] == ("44", "")  # Maha Sarakham only
    assert "s" in table["หนองบัว"][1]  # a subdistrict of other provinces too
    assert "p" in table["ท่าแพ"][1]  # ท่า+แพ
    assert "จอมทอง" not in table  # a district of two provinces


def test_joined_trie_cuts_as_one_trie_would() -> None:
    main = ["ตา", "ตาก", "ลม", "ผ้า", "ตากผ้า", " ลม ", "ผ้าตากตาก"]
    more = ["ตากลม", "กลม", " ผ้าตาก", "ตา"]  # ผ้าตาก is shorter than ผ้าตากตาก: in order
    joined, whole = JoinedTrie(Trie(main), more), Trie(main + more)
    assert len(joined) == len(whole) == 9
    text = "ตากลมผ้าตากตากผ้า"
    for start in range(len(text) + 1):
        assert joined.prefixes(text, start) == whole.prefixes(text, start)
    assert (word_tokenize(text, custom_dict=joined, engine="newmm")
            == word_tokenize(text, custom_dict=whole, engine="newmm"))
    assert "ผ้าตาก" in joined and "ตากลม" in joined and "ลมผ้า" not in joined
    with pytest.raises(TypeError):
        joined.add("ลมผ้า")


@pytest.mark.parametrize("text", [
    "ลุงอยู่อำเภอพานทองครับ", "ตอนนี้อยู่โกสุมพิสัยค่ะ", "ผมอยู่หนองบัวลำภู",
    "อยากปิ๊กบ้านฝางเจ้า", "หลังสวนค่ะ", "บ้านอยู่อำเภอสันป่าตองค่ะ", "สมศรีอยู่ท่าแพ",
])
def test_district_tokens_as_with_a_whole_dictionary(text: str) -> None:
    whole = dict_trie(set(_words()) | set(_index()[0]))  # what the module built before
    assert (word_tokenize(text, custom_dict=_tokenizer_dict(), engine="newmm")
            == word_tokenize(text, custom_dict=whole, engine="newmm"))
    assert len(_tokenizer_dict()) == len(whole) and len(word_dict_trie()) < len(whole)
