"""A name after "contact me" ("ติดต่อหนูนะคะ พี่ติ๋ม", dev20: not understood twice, then
skipped) is the name; "contact my daughter" names no one of the writer's."""

from __future__ import annotations

import pytest

from dialogs.names import extract_name


@pytest.mark.parametrize("text", ["ติดต่อหนูนะคะ พี่ติ๋ม", "ติดต่อหนูนะคะ พี่ติ๋ม 081 660 2294"])
def test_the_name_after_contact_me(text: str) -> None:
    assert extract_name(text, bare=True) == "พี่ติ๋ม"


@pytest.mark.parametrize("text", ["ติดต่อลูกสาวนะคะ แก้ว", "ติดต่อไม่ได้ค่ะ"])
def test_no_name_of_the_writer(text: str) -> None:
    assert extract_name(text, bare=True) is None
