"""The JSON API over HTTP on the real app: every error code, roles, the workflow from
received to followed_up, amounts against the rates, concurrent claims."""

from __future__ import annotations

import asyncio
import datetime as dt

import aiohttp

from bot.cases.workflow import FOOD_PER_DAY_PERSON

from .conftest import Live

PATH = ["reviewing", "awaiting_approval", "approved", "assisted", "reported", "followed_up"]


async def test_not_logged_in_is_401_everywhere(live: Live) -> None:
    http = live.session()
    for method, path in [("GET", "/api/cases"), ("GET", "/api/cases/1"), ("GET", "/api/me"),
                         ("POST", "/api/cases/1/claim"), ("POST", "/api/cases/1/transition"),
                         ("POST", "/api/conversations/1/takeover"), ("GET", "/api/events")]:
        async with http.request(method, live.url + path, json={}) as resp:
            assert resp.status == 401, path
            body = await resp.json()
            assert body["error"] == "unauthorized" and body["detail"]


async def test_missing_or_wrong_csrf_is_403(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    for token in ("", "x" * 43, officer.csrf[:-1]):
        status, body = await officer.post(f"/api/cases/{case_id}/claim", csrf=token)
        assert status == 403 and body["error"] == "csrf", token
    other = await live.login("officer2")  # another session's token does not count
    status, body = await officer.post(f"/api/cases/{case_id}/claim", csrf=other.csrf)
    assert status == 403 and body["error"] == "csrf"
    assert (await live.store.case(case_id)).claimed_by is None  # type: ignore[union-attr]


async def test_unknown_ids_are_404(live: Live) -> None:
    officer = await live.login("officer1")
    for method, path in [("GET", "/api/cases/999"), ("GET", "/api/cases/abc"),
                         ("POST", "/api/cases/999/claim"),
                         ("POST", "/api/conversations/999/takeover"),
                         ("GET", "/api/events?case=999")]:
        status, body = await officer.call(method, path)
        assert status == 404 and body["error"] == "not_found", path


async def test_bad_bodies_are_400_with_a_message(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    status, body = await officer.post(f"/api/cases/{case_id}/transition", {"note": "x"})
    assert status == 400 and "to must be a status" in body["detail"]
    status, body = await officer.post(f"/api/cases/{case_id}/transition", [1, 2])
    assert status == 400 and "JSON object" in body["detail"]
    async with officer.http.post(live.url + f"/api/cases/{case_id}/notes", data=b"{nope",
                                 headers={"X-CSRF-Token": officer.csrf,
                                          "Content-Type": "application/json"}) as resp:
        assert resp.status == 400 and "not valid JSON" in (await resp.json())["detail"]
    status, body = await officer.post(f"/api/cases/{case_id}/notes", {"text": 5})
    assert status == 400 and body["detail"] == "text must be a string"
    status, body = await officer.post(f"/api/conversations/{case_id}/messages", {})
    assert status == 400 and body["error"] == "bad_request"
    status, body = await officer.get("/api/cases?status=lost")
    assert status == 400 and "unknown status" in body["detail"]
    status, body = await officer.post(f"/api/cases/{case_id}/transition", {"to": "flying"})
    assert status == 400 and body["error"] == "bad_transition" and "flying" in body["detail"]


async def test_hotline_may_claim_but_not_move_or_fund_a_case(live: Live) -> None:
    hotline = await live.login("hotline1")
    _, case_id = await live.new_case()
    status, body = await hotline.post(f"/api/cases/{case_id}/claim")
    assert status == 200 and body["case"]["claimed_by"] == "hotline1"
    status, body = await hotline.post(f"/api/cases/{case_id}/transition", {"to": "reviewing"})
    assert status == 403 and body["error"] == "forbidden"
    assert "ไม่มีสิทธิ์เปลี่ยนสถานะเรื่อง" in body["detail"]
    status, body = await hotline.post(f"/api/cases/{case_id}/amounts", {"fare": 300})
    assert status == 403 and body["action"] == "amounts"
    status, body = await hotline.post(f"/api/cases/{case_id}/reassign", {"to": "officer1"})
    assert status == 403
    case = await live.store.case(case_id)
    assert case is not None and case.status == "received" and "amounts" not in case.data


async def test_a_second_claim_is_409_naming_the_holder(live: Live) -> None:
    first, second = await live.login("officer1"), await live.login("hotline1")
    _, case_id = await live.new_case()
    assert (await first.post(f"/api/cases/{case_id}/claim"))[0] == 200
    status, body = await second.post(f"/api/cases/{case_id}/claim")
    assert status == 409 and body["error"] == "conflict" and "officer1" in body["detail"]
    status, body = await first.post(f"/api/cases/{case_id}/claim")  # the holder again
    assert status == 200 and body["case"]["claimed_by"] == "officer1"
    status, body = await second.post(f"/api/cases/{case_id}/release")
    assert status == 403  # only officers release someone else's claim
    status, body = await first.post(f"/api/cases/{case_id}/reassign", {"to": "hotline1"})
    assert status == 200 and body["case"]["claimed_by"] == "hotline1"
    status, body = await first.post(f"/api/cases/{case_id}/reassign", {"to": "nobody"})
    assert status == 400 and "nobody" in body["detail"]


async def test_twenty_concurrent_claims_have_exactly_one_winner(live: Live,
                                                                password_hash: str) -> None:
    _, case_id = await live.new_case()
    names = [f"staff{i:02d}" for i in range(20)]
    for name in names:
        await live.store.add_staff(name, "hotline", password_hash, dt.datetime.now(dt.UTC))
    clients = await asyncio.gather(*(live.login(name) for name in names))
    results = await asyncio.gather(*(c.post(f"/api/cases/{case_id}/claim") for c in clients))
    statuses = sorted(status for status, _ in results)
    assert statuses == [200] + [409] * 19
    [winner] = [body["case"]["claimed_by"] for status, body in results if status == 200]
    case = await live.store.case(case_id)
    assert case is not None and case.claimed_by == winner and winner in names
    assert all(winner in body["detail"] for status, body in results if status == 409)
    events = [e for e in await live.store.case_events(case_id) if e.note == "claimed"]
    assert len(events) == 1 and events[0].actor == winner


async def test_an_officer_moves_a_case_to_followed_up(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    await officer.post(f"/api/cases/{case_id}/claim")
    status, body = await officer.post(f"/api/cases/{case_id}/transition", {"to": "assisted"})
    assert status == 400 and body["error"] == "bad_transition"
    assert body["allowed"] == ["reviewing", "rejected", "closed"]
    for target in PATH:
        if target == "assisted":
            status, body = await officer.post(f"/api/cases/{case_id}/amounts",
                                              {"food_days": 2, "food": 200, "fare": 450})
            assert status == 200, body
        status, body = await officer.post(f"/api/cases/{case_id}/transition",
                                          {"to": target, "note": f"to {target}"})
        assert status == 200, body
        assert body["case"]["status"] == target
    status, view = await officer.get(f"/api/cases/{case_id}")
    assert status == 200
    assert view["case"]["status"] == "followed_up"
    assert view["case"]["amounts"]["fare"] == 450 and view["case"]["assisted_at"]
    moves = [(e["from"], e["to"], e["actor"]) for e in view["events"]
             if e["from"] is not None and e["from"] != e["to"]]
    assert moves == [(a, b, "officer1") for a, b in zip(["received", *PATH[:-1]], PATH,
                                                        strict=True)]
    assert [a["status"] for a in view["case"]["allowed_next"]] == ["closed"]
    assert view["transcript"] and view["hold"] is None


async def test_a_stale_status_is_409(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    status, _ = await officer.post(f"/api/cases/{case_id}/transition",
                                   {"to": "reviewing", "from": "received"})
    assert status == 200
    status, body = await officer.post(f"/api/cases/{case_id}/transition",
                                      {"to": "reviewing", "from": "received"})
    assert status == 409 and body["current"] == "reviewing"


async def test_amounts_over_the_rate_are_400_naming_the_item_and_limit(live: Live) -> None:
    officer = await live.login("officer1")
    _, case_id = await live.new_case()
    status, body = await officer.post(f"/api/cases/{case_id}/amounts",
                                      {"food_days": 2, "food": 250})
    assert status == 400 and body["error"] == "bad_amount"
    assert body["item"] == "food" and body["limit"] == 2 * FOOD_PER_DAY_PERSON
    assert "ค่าอาหารเกินอัตรา" in body["detail"] and "200 บาท" in body["detail"]
    status, body = await officer.post(f"/api/cases/{case_id}/amounts", {"other": 101})
    assert status == 400 and body["item"] == "other" and body["limit"] == 100
    status, body = await officer.post(f"/api/cases/{case_id}/amounts", {"fare": "ห้าร้อย"})
    assert status == 400 and body["item"] == "fare"
    assert "amounts" not in ((await live.store.case(case_id)).data)  # type: ignore[union-attr]


async def test_the_queue_and_a_case_view_which_is_audited(live: Live) -> None:
    hotline = await live.login("hotline1")
    _, first = await live.new_case()
    _, second = await live.new_case()
    status, body = await hotline.get("/api/cases")
    assert status == 200
    rows = {r["id"]: r for r in body["cases"]}
    assert set(rows) == {first, second}
    assert rows[first]["phone"] == "xxx-xxx-5678" and rows[first]["badge"]["class"] == "soon"
    assert "national_id" not in rows[first] and "answers" not in rows[first]
    status, body = await hotline.get("/api/cases?status=closed")
    assert status == 200 and body["cases"] == []
    status, view = await hotline.get(f"/api/cases/{first}")
    assert status == 200 and view["case"]["phone"] == "0812345678"
    views = [a for a in await live.store.audit_log() if a["action"] == "view_case"]
    assert views[0]["actor"] == "hotline1" and views[0]["detail"] == {"case_id": first}


async def test_notes_are_kept_in_the_events(live: Live) -> None:
    hotline = await live.login("hotline1")
    _, case_id = await live.new_case()
    status, _ = await hotline.post(f"/api/cases/{case_id}/notes", {"text": "โทรแล้ว ไม่รับสาย"})
    assert status == 200
    status, body = await hotline.post(f"/api/cases/{case_id}/notes", {"text": "   "})
    assert status == 400 and body["detail"] == "text is empty"
    events = await live.store.case_events(case_id)
    assert any(e.note == "note: โทรแล้ว ไม่รับสาย" and e.actor == "hotline1" for e in events)


async def test_json_errors_keep_the_security_headers(live: Live) -> None:
    async with aiohttp.ClientSession() as http, http.get(live.url + "/api/cases") as resp:
        assert resp.status == 401
        assert resp.headers["Cache-Control"] == "no-store"
        assert resp.headers["X-Content-Type-Options"] == "nosniff"


async def test_a_request_for_a_human_is_a_handoff_in_the_queue(live: Live) -> None:
    hotline = await live.login("hotline1")
    person = live.person()
    await person.send(start=True)
    await person.answer("ยินยอม")
    replies = await person.answer("คุยกับเจ้าหน้าที่")
    assert replies
    status, body = await hotline.get("/api/cases")
    assert status == 200
    [row] = body["cases"]
    assert row["kind"] == "handoff" and row["status"] == "received"
    status, html = await hotline.call("GET", "/console")
    assert status == 200 and "ขอคุยกับเจ้าหน้าที่" in html
    status, body = await hotline.post(f"/api/conversations/{row['id']}/takeover")
    assert status == 200 and body["hold"]["case_id"] == row["id"]


async def test_hotline_staff_close_an_answered_request_for_a_human(live: Live) -> None:
    hotline = await live.login("hotline1")
    person = live.person()
    await person.send(start=True)
    await person.answer("ยินยอม")
    await person.answer("คุยกับเจ้าหน้าที่")
    _, body = await hotline.get("/api/cases")
    [row] = body["cases"]
    status, _ = await hotline.post(f"/api/cases/{row['id']}/transition", {"to": "closed"})
    assert status == 403  # the workflow is the officers'
    status, body = await hotline.post(f"/api/cases/{row['id']}/resolve", {"note": "โทรแล้ว"})
    assert status == 200 and body["case"]["status"] == "closed"
    status, _ = await hotline.post(f"/api/cases/{row['id']}/resolve", {"note": 5})
    assert status == 400
