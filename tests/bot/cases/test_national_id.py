"""The officer's optional national ID field: what is accepted, refused and noted."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.alerts import Alerts, AlertTargets
from bot.cases.errors import NationalIdError, WorkflowError
from bot.cases.letter import follow_up_letter
from bot.cases.national_id import (
    NOTE_ZERO,
    NOTE_ZERO_CHECK,
    check_national_id,
    id_note,
    masked,
    shown_to,
)
from bot.cases.report import monthly_report_csv
from dialogs.parse_phone_id import id_checksum_ok
from dialogs.types import ConversationKey

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


def _case_with_id() -> dict[str, object]:
    return {"id": 7, "ref": "NJ-7", "kind": "screening", "channel": "web", "status": "assisted",
            "name": "สมชาย ใจดี", "phone": "0812345678", "national_id": VALID,
            "current_province": "ระยอง", "home_province": "ยโสธร", "travellers": 1,
            "urgent": False, "created_at": "2026-11-02T09:00:00+07:00",
            "due_at": "2026-11-17T09:00:00+07:00", "assisted_at": "2026-11-03T10:00:00+07:00",
            "amounts": {"food_days": 1, "food": 150, "fare": 500}}


def test_alerts_letter_and_report_never_carry_the_number() -> None:
    """The manual (Source B) asks the follow-up letter of step 8 only to reach the
    destination province about the person helped: it names them and the case. The card
    is shown at the application (เงื่อนไข ๑) and recorded on the department's own form
    (the regulation's ข้อ 6 (1)), not in this letter, so the number stays out of it."""
    case = _case_with_id()
    alerts = Alerts(AlertTargets(chats=(ConversationKey("telegram", "-100"),)))
    made = [*alerts.new_case(case), *alerts.handoff(case), *alerts.reminder(case, "ครบกำหนด"),
            *alerts.relay(case, f"เลขบัตร {VALID}"), *alerts.notice(case, "รับคุยแล้ว")]
    assert made and all(VALID not in str(o.payload) for o in made)
    letter = follow_up_letter(case, "เจ้าหน้าที่", "ระยอง", dt.date(2026, 11, 5))
    assert "สมชาย ใจดี" in letter and VALID not in letter and "0-70-8" not in letter
    report = monthly_report_csv([case], 2026, 11)
    assert "NJ-7" in report and VALID not in report and "0-70-8" not in report


def test_only_roles_that_set_the_number_see_it_in_full() -> None:
    case = _case_with_id()
    assert shown_to("officer", case)["national_id"] == VALID
    assert shown_to("admin", case)["national_id"] == VALID
    assert shown_to("hotline", case)["national_id"] == "x-xxxx-xxxx0-70-8"
    assert shown_to("someone", case)["national_id"] == "x-xxxx-xxxx0-70-8"
    assert masked(case)["national_id"] == "x-xxxx-xxxx0-70-8"
    assert case["national_id"] == VALID  # the stored case is not changed
    assert "national_id" not in shown_to("hotline", {"ref": "NJ-8"})
