"""Contract of the people primitives: display names, one-time link codes, linked
staff-chat accounts, and staff-chat messages and threads of a case."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.store import Store

from .conftest import NOW

LATER = NOW + dt.timedelta(minutes=5)


async def two_accounts(store: Store) -> None:
    await store.add_staff("somsri", "hotline", "h1", NOW)
    await store.add_staff("prasert", "officer", "h2", NOW)


async def test_display_names_are_set_per_account(store: Store) -> None:
    await two_accounts(store)
    assert await store.display_name("somsri") == ""
    assert await store.set_display_name("somsri", "คุณสมศรี")
    assert await store.display_name("somsri") == "คุณสมศรี"
    assert await store.display_name("prasert") == ""
    assert not await store.set_display_name("nobody", "x")
    assert await store.display_name("nobody") == ""


async def test_a_code_links_once_and_only_before_it_expires(store: Store) -> None:
    await two_accounts(store)
    assert await store.add_link_code("somsri", "hash-1", NOW + dt.timedelta(minutes=15))
    assert await store.redeem_link_code("hash-x", "telegram", "111", LATER) is None
    assert await store.redeem_link_code("hash-1", "telegram", "111", LATER) == "somsri"
    assert await store.redeem_link_code("hash-1", "telegram", "222", LATER) is None  # used
    linked = await store.linked_staff("telegram", "111")
    assert linked is not None and linked.username == "somsri" and linked.role == "hotline"
    assert await store.linked_staff("telegram", "222") is None
    assert await store.linked_staff("line", "111") is None  # another channel's user
    assert await store.add_link_code("prasert", "hash-2", NOW + dt.timedelta(minutes=1))
    assert await store.redeem_link_code("hash-2", "line", "U1", LATER) is None  # expired
    assert not await store.add_link_code("nobody", "hash-3", LATER)


async def test_a_new_code_replaces_the_old_one_and_relinking_moves_the_chat_user(
        store: Store) -> None:
    await two_accounts(store)
    await store.add_link_code("somsri", "old", LATER)
    await store.add_link_code("somsri", "new", LATER)
    assert await store.redeem_link_code("old", "line", "U1", NOW) is None
    assert await store.redeem_link_code("new", "line", "U1", NOW) == "somsri"
    await store.add_link_code("prasert", "p", LATER)
    assert await store.redeem_link_code("p", "line", "U1", NOW) == "prasert"
    account = await store.linked_staff("line", "U1")
    assert account is not None and account.username == "prasert"
    assert await store.staff_links("somsri") == []
    [link] = await store.staff_links("prasert")
    assert (link.channel, link.user_id, link.linked_at) == ("line", "U1", NOW)


async def test_concurrent_redemptions_of_one_code_link_one_user(store: Store) -> None:
    await two_accounts(store)
    await store.add_link_code("somsri", "c", LATER)
    results = await asyncio.gather(*(store.redeem_link_code("c", "telegram", str(n), NOW)
                                     for n in range(10)))
    assert [r for r in results if r is not None] == ["somsri"]


async def test_unlinking_and_removing_the_account_end_the_link(store: Store) -> None:
    await two_accounts(store)
    for code, user in (("a", "1"), ("b", "2")):
        await store.add_link_code("somsri", code, LATER)
        await store.redeem_link_code(code, "telegram", user, NOW)
    assert not await store.unlink("prasert", "telegram", "1")  # not theirs
    assert await store.unlink("somsri", "telegram", "1")
    assert await store.linked_staff("telegram", "1") is None
    assert await store.staff_remove("somsri")
    assert await store.linked_staff("telegram", "2") is None


async def test_staff_chat_messages_and_threads_name_their_case(store: Store) -> None:
    await store.note_staff_message("line", "C1", "m1", "NJ-AAA", NOW)
    await store.note_staff_message("line", "C1", "m1", "NJ-AAA", NOW)  # a repeat is harmless
    assert await store.case_ref_of_message("line", "C1", "m1") == "NJ-AAA"
    assert await store.case_ref_of_message("line", "C2", "m1") is None
    assert await store.case_ref_of_message("telegram", "C1", "m1") is None
    await store.set_thread("NJ-BBB", "telegram", "77")
    assert await store.case_ref_of_thread("telegram", "77") == "NJ-BBB"
    assert await store.case_ref_of_thread("telegram", "78") is None
    await store.set_thread("NJ-BBB", "telegram", "")  # the topic was deleted
    assert await store.case_ref_of_thread("telegram", "") is None


async def test_follow_up_queries_follow_the_marks(store: Store) -> None:
    from bot.cases import follow_up as fu
    from bot.store import CaseEvent, CaseUpdate, Turn
    from dialogs.state import State

    from .conftest import ALICE, CASE

    saved = await store.save_turn(Turn(ALICE, State("done"), NOW,
                                       new_case={**CASE, "ref": "NJ-FU1"}))
    case_id = saved.case_id
    assert case_id is not None

    async def move(status: str, reminders: str | None = None, **more: object) -> None:
        case = await store.case(case_id)
        assert case is not None
        sets: dict[str, object] = {"status": status, **more}
        if reminders is not None:
            sets["reminders"] = reminders
        event = CaseEvent(case_id, "o", case.status, status, "", NOW)
        assert await store.update_case(CaseUpdate(case_id, event, set=sets)) is not None

    assert await store.follow_up_cases(LATER) == []  # not helped
    await move("assisted", assisted_at=NOW)
    assert [c.id for c in await store.follow_up_cases(LATER)] == [case_id]
    assert await store.follow_up_cases(NOW - dt.timedelta(minutes=1)) == []  # too early
    await move("followed_up", fu.ASKED)
    assert [c.id for c in await store.follow_up_cases(LATER)] == [case_id]  # waits
    assert await store.attention_cases() == []
    await move("followed_up", f"{fu.ASKED},{fu.SILENT}")
    assert await store.follow_up_cases(LATER) == []
    assert [c.id for c in await store.attention_cases()] == [case_id]
    await move("followed_up", f"{fu.ASKED},{fu.SILENT},{fu.CHECKED}")
    assert await store.attention_cases() == []
    await move("followed_up", f"{fu.ASKED},{fu.ANSWERED},{fu.PROBLEM}")
    assert [c.id for c in await store.attention_cases()] == [case_id]
    await move("closed")
    assert await store.attention_cases() == []
