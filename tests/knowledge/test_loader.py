"""Every kind of knowledge-base YAML error gives one clear line: file, entry, field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from knowledge.schema import ANSWER_MAX_CHARS

TOPIC_IDS = {
    "return_home_aid", "return_home_eligibility", "return_home_documents",
    "return_home_rates", "return_home_timeline", "apply_channels", "service_fee",
    "travel_escort", "medical_care_in_transit", "aid_follow_up", "food_clothing_aid",
    "dsdw_emergency_aid", "hiv_aid", "id_card", "local_gov_support", "elderly_allowance",
    "elderly_hardship_grant", "elderly_loan", "elderly_funeral_aid", "elderly_career_centre",
    "disability_allowance", "disability_family_aid", "disability_loan",
    "disability_employment", "disability_devices", "disability_care_network",
    "job_training", "job_placement", "self_employment_advice", "home_worker_fund",
    "criminal_record", "mental_health_care", "medical_services", "thai_massage_training",
    "bangkok_support", "justice_centre", "probation_support",
}
INTENT_IDS = {"request_help", "talk_to_officer", "case_status", "delete_my_data",
              "greeting", "thanks"}
# Not a conversation intent: the everyday questions the bot must not answer
# (knowledge/out_of_scope.yaml), loaded like an intent so that it can win a match.
PSEUDO_INTENTS = {"out_of_scope"}
TOPICS_COPY = Path(__file__).parent / "data" / "knowledge-topics.md"
SHARED_TOPICS = Path(__file__).resolve().parents[3] / "shared" / "knowledge-topics.md"

GOOD = """\
entries:
  - id: {id}
    title: ค่ารถกลับบ้าน
    agency: กรมพัฒนาสังคมและสวัสดิการ
    answer: ช่วยค่ารถกลับบ้านได้ค่ะ
    details: รายละเอียด
    examples: [ก, ข, ค, ง, จ, ฉ]
    aliases: [เงินกลับบ้าน]
    source: Source B
    as_of: 2000-04-24
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def problems(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory)
    return info.value.problems


def test_real_knowledge_base_has_every_topic(kb: KnowledgeBase) -> None:
    assert {e.id for e in kb.entries} >= TOPIC_IDS
    assert {i.id for i in kb.intents} == INTENT_IDS | PSEUDO_INTENTS


def listed_ids(markdown: str) -> set[str]:
    """Ids in the first column of the topic tables, e.g. "| `greeting`, `thanks` |"."""
    cells = re.findall(r"^\| *((?:`[a-z_]+`[, ]*)+)\|", markdown, re.M)
    return {i for cell in cells for i in re.findall(r"`([a-z_]+)`", cell)}


def test_listed_ids_reads_every_row_shape() -> None:
    text = "| id | covers |\n|---|---|\n| `a_b` | x |\n| `greeting`, `thanks` | y |\n"
    assert listed_ids(text) == {"a_b", "greeting", "thanks"}


def test_topic_list_matches() -> None:
    # The copy kept with the tests is the reference; when the shared topic list is
    # beside this checkout, the copy must still be identical to it.
    copy = TOPICS_COPY.read_text(encoding="utf-8")
    if SHARED_TOPICS.exists():
        assert copy == SHARED_TOPICS.read_text(encoding="utf-8"), "refresh the copy"
    assert listed_ids(copy) == TOPIC_IDS | INTENT_IDS


def test_real_entries_are_complete(kb: KnowledgeBase) -> None:
    for entry in kb.entries:
        assert len(entry.answer) <= ANSWER_MAX_CHARS, entry.id
        assert len(entry.examples) >= 6, entry.id
        if entry.amounts:
            assert "1300" in entry.answer, f"{entry.id}: amount without the 1300 caveat"


def test_good_file_loads(tmp_path: Path) -> None:
    kb = load_knowledge(write(tmp_path, "a.yaml", GOOD.format(id="fare_home")))
    assert [e.id for e in kb.entries] == ["fare_home"]


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD.format(id="fare_home"))
    write(tmp_path, "b.yaml", GOOD.format(id="fare_home"))
    [line] = problems(tmp_path)
    assert line.startswith("b.yaml: entry 'fare_home' (#1): field 'id': duplicate id")
    assert "a.yaml" in line


def test_missing_field(tmp_path: Path) -> None:
    text = GOOD.format(id="fare_home").replace("    agency: กรมพัฒนาสังคมและสวัสดิการ\n", "")
    [line] = problems(write(tmp_path, "a.yaml", text))
    assert line == "a.yaml: entry 'fare_home' (#1): field 'agency': missing field"


def test_empty_field(tmp_path: Path) -> None:
    text = GOOD.format(id="fare_home").replace("title: ค่ารถกลับบ้าน", "title: '  '")
    [line] = problems(write(tmp_path, "a.yaml", text))
    assert line.startswith("a.yaml: entry 'fare_home' (#1): field 'title':")


def test_wrong_type(tmp_path: Path) -> None:
    text = GOOD.format(id="fare_home").replace("aliases: [เงินกลับบ้าน]", "aliases: 12")
    [line] = problems(write(tmp_path, "a.yaml", text))
    assert line.startswith("a.yaml: entry 'fare_home' (#1): field 'aliases':")
    assert "list" in line


def test_unknown_key(tmp_path: Path) -> None:
    text = GOOD.format(id="fare_home") + "    colour: red\n"
    [line] = problems(write(tmp_path, "a.yaml", text))
    assert line == "a.yaml: entry 'fare_home' (#1): field 'colour': unknown field"


def test_entry_without_examples(tmp_path: Path) -> None:
    text = GOOD.format(id="fare_home").replace("examples: [ก, ข, ค, ง, จ, ฉ]", "examples: []")
    [line] = problems(write(tmp_path, "a.yaml", text))
    assert line.startswith("a.yaml: entry 'fare_home' (#1): field 'examples':")


def test_answer_too_long(tmp_path: Path) -> None:
    text = GOOD.format(id="fare_home").replace("ช่วยค่ารถกลับบ้านได้ค่ะ", "ก" * 400)
    [line] = problems(write(tmp_path, "a.yaml", text))
    assert "field 'answer'" in line and "350" in line


def test_entry_without_id_named_by_position(tmp_path: Path) -> None:
    second = GOOD.format(id="b").replace("entries:\n", "")
    text = GOOD.format(id="a") + second.replace("  - id: b\n    title:", "  - title:")
    [line] = problems(write(tmp_path, "a.yaml", text))
    assert line == "a.yaml: entry #2: field 'id': missing field"


def test_broken_yaml(tmp_path: Path) -> None:
    [line] = problems(write(tmp_path, "a.yaml", "entries:\n  - id: [unclosed\n"))
    assert re.match(r"a\.yaml:\d+:\d+: broken YAML: ", line)


def test_key_written_twice(tmp_path: Path) -> None:
    text = GOOD.format(id="fare_home") + "    title: อีกครั้ง\n"
    [line] = problems(write(tmp_path, "a.yaml", text))
    assert "a.yaml:" in line and "'title' is written twice" in line


def test_every_error_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "entries: [\n")
    write(tmp_path, "b.yaml", GOOD.format(id="x") + "    colour: red\n")
    found = problems(tmp_path)
    assert len(found) == 2
    assert found[0].startswith("a.yaml") and found[1].startswith("b.yaml")


def test_wrong_top_level(tmp_path: Path) -> None:
    [line] = problems(write(tmp_path, "a.yaml", "- just a list\n"))
    assert line.startswith("a.yaml: field '(top level)'")


def test_bad_lexicon(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD.format(id="fare_home"))
    write(tmp_path, "lexicon.yaml", "replace: [ตัง]\n")
    [line] = problems(tmp_path)
    assert line.startswith("lexicon.yaml: field 'replace':")


def test_missing_directory(tmp_path: Path) -> None:
    [line] = problems(tmp_path / "nope")
    assert "no such directory" in line


def test_bad_lexicon_not_words(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD.format(id="fare_home"))
    write(tmp_path, "lexicon.yaml", "not_words: วจะ\n")
    [line] = problems(tmp_path)
    assert line.startswith("lexicon.yaml: field 'not_words':")
