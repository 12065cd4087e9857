"""The officer's optional national ID field: what is accepted, refused and noted."""

from __future__ import annotations

import pytest

from bot.cases.errors import NationalIdError, WorkflowError
from bot.cases.national_id import NOTE_ZERO, NOTE_ZERO_CHECK, check_national_id, id_note
from dialogs.parse import id_checksum_ok

VALID = "1101700230708"  # check digit right


def test_a_valid_number_is_kept_as_13_digits_whatever_the_layout() -> None:
    assert id_checksum_ok(VALID)
    for typed in (VALID, "1-1017-00230-70-8", "1 1017 00230 70 8", "๑๑๐๑๗๐๐๒๓๐๗๐๘"):
        stored = check_national_id(typed)
        assert stored.digits == VALID and stored.note == "", typed
    assert check_national_id(VALID).masked == "x-xxxx-xxxx0-70-8"


@pytest.mark.parametrize(("typed", "words"), [
    ("110170023070", "13 หลัก (พิมพ์มา 12 หลัก)"),
    ("11017002307085", "13 หลัก (พิมพ์มา 14 หลัก)"),
    ("1101700230706", "เลขตรวจสอบ"),  # last digit wrong
    ("11017OO230705", "ตัวเลข"),  # letters O for zeros
])
def test_impossible_numbers_are_refused_saying_why(typed: str, words: str) -> None:
    with pytest.raises(NationalIdError) as caught:
        check_national_id(typed)
    assert words in str(caught.value)
    assert isinstance(caught.value, WorkflowError)  # the officers' error family


def test_numbers_starting_with_0_are_accepted_with_a_note() -> None:
    # Stateless people's numbers begin with 0; python-stdnum refuses them all.
    passing = next(f"00{n:010d}{c}" for n in range(1000, 2000) for c in "0123456789"
                   if id_checksum_ok(f"00{n:010d}{c}"))
    failing = passing[:12] + str((int(passing[12]) + 1) % 10)
    assert check_national_id(passing).note == NOTE_ZERO
    stored = check_national_id(failing)
    assert stored.digits == failing and stored.note == NOTE_ZERO_CHECK
    assert "ไม่มีสัญชาติไทย" in stored.note


def test_empty_removes_and_the_audit_note_is_masked() -> None:
    for empty in ("", "   ", None):
        assert check_national_id(empty).digits == ""
    assert id_note(check_national_id("")) == "national_id: removed"
    note = id_note(check_national_id(VALID))
    assert VALID not in note and note.endswith("x-xxxx-xxxx0-70-8")
    with pytest.raises(NationalIdError):
        check_national_id(1101700230708)
