"""A reviewer's misreading: the home of a child a teacher writes for ("บ้านเด็กอยู่ สระแก้ว")."""

from __future__ import annotations

import pytest

from dialogs.parse import facts_of


@pytest.mark.parametrize("text", ["บ้านเด็กอยู่ สระแก้ว", "บ้านเด็กอยู่สระแก้ว", "บ้านของน้องอยู่ สระแก้ว"])
def test_a_childs_home(text: str) -> None:
    facts = facts_of(text)
    assert facts.home_province is not None and facts.home_province.name_th == "สระแก้ว"
    assert facts.current_province is None
    assert "child" not in facts.special_needs


@pytest.mark.parametrize("text", ["เด็กอยู่สระแก้ว", "ตอนนี้อยู่สระแก้ว กับเด็ก"])
def test_where_a_child_is_is_no_home(text: str) -> None:
    assert facts_of(text).home_province is None


def test_bare_village_is_no_province() -> None:
    # "บ้านไผ่" alone is a village name in many provinces (dialogs.towns)
    assert facts_of("กลับบ้านไผ่").home_province is None
