"""Phone numbers and national ID numbers, and their masked forms (dialogs.parse_phone_id)."""

from __future__ import annotations

import pytest

from dialogs.parse_phone_id import (
    NationalId,
    mask_national_id,
    mask_phone,
    parse_national_id,
    parse_phone,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("081-234-5678", "0812345678"),
    ("081 234 5678", "0812345678"),
    ("0812345678", "0812345678"),
    ("๐๘๑๒๓๔๕๖๗๘", "0812345678"),
    ("+66 81 234 5678", "0812345678"),
    ("+66812345678", "0812345678"),
    ("(+66) 92 345 6789", "0923456789"),
    ("66812345678", "0812345678"),
    ("+66 0812345678", "0812345678"),
    ("เบอร์ 061.234.5678 ค่ะ", "0612345678"),
    ("02-123-4567", "021234567"),
    ("+6621234567", "021234567"),
    ("053 123 456", "053123456"),
    ("0812345678 หรือ 0898765432", "0812345678"),
    ("0812345678 0898765432", "0812345678"),
])
def test_phone_valid(text: str, expected: str) -> None:
    assert parse_phone(text) == expected


@pytest.mark.parametrize("text", [
    "", "โทรไม่ได้", "12345", "1300", "081-234-567", "081-234-56789", "0112345678",
    "1812345678", "01-123-4567", "1103700123458", "+1 415 555 0100", "0812345678901",
])
def test_phone_invalid(text: str) -> None:
    assert parse_phone(text) is None


@pytest.mark.parametrize(("phone", "masked"), [
    ("0812345678", "xxx-xxx-5678"),
    ("081-234-5678", "xxx-xxx-5678"),
    ("021234567", "xx-xxx-4567"),
])
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


def _check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return str((11 - total % 11) % 10)


@pytest.mark.parametrize("digits", [
    "1103700123458", "3101400123457", "5600100456788", "8999999999996",
])
def test_national_id_valid_checksum(digits: str) -> None:
    assert _check_digit(digits[:12]) == digits[12]  # the fixture itself is right
    assert parse_national_id(digits) == NationalId(digits, True, False)


@pytest.mark.parametrize("text", [
    "1-1037-00123-45-8", "1 1037 00123 45 8", "๑๑๐๓๗๐๐๑๒๓๔๕๘", "เลขบัตร 1103700123458 ค่ะ",
    "1-1037-00123-45-8.",
])
def test_national_id_formats(text: str) -> None:
    assert parse_national_id(text) == NationalId("1103700123458", True, False)


@pytest.mark.parametrize("digits", ["1103700123456", "1103700123459", "3101400123450"])
def test_national_id_bad_checksum(digits: str) -> None:
    nid = parse_national_id(digits)
    assert nid is not None and nid.digits == digits
    assert nid.checksum_ok is False


@pytest.mark.parametrize(("digits", "ok"), [("0123456789016", True), ("0000000000019", True),
                                            ("0123456789010", False)])
def test_national_id_leading_zero(digits: str, ok: bool) -> None:
    assert parse_national_id(digits) == NationalId(digits, ok, True)


@pytest.mark.parametrize("text", [
    "", "ไม่มีบัตร", "110370012345", "11037001234589", "1-1037-00123-45", "0812345678",
])
def test_national_id_wrong_length(text: str) -> None:
    assert parse_national_id(text) is None


@pytest.mark.parametrize(("digits", "masked"), [
    ("1103700123458", "x-xxxx-xxxx3-45-8"),
    ("1-1037-00123-45-8", "x-xxxx-xxxx3-45-8"),
    ("0123456789016", "x-xxxx-xxxx9-01-6"),
])
def test_mask_national_id(digits: str, masked: str) -> None:
    assert mask_national_id(digits) == masked
