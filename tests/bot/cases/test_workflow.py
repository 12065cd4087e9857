"""Case workflow: transitions, permissions, labels."""

from __future__ import annotations

import itertools

import pytest

from bot.cases import workflow as wf
from dialogs import replies
from knowledge.errors import NamjaiError

ALLOWED = {
    ("received", "reviewing"), ("received", "rejected"), ("received", "closed"),
    ("reviewing", "awaiting_approval"), ("reviewing", "rejected"), ("reviewing", "closed"),
    ("awaiting_approval", "approved"), ("awaiting_approval", "rejected"),
    ("awaiting_approval", "reviewing"),
    ("approved", "assisted"), ("approved", "closed"),
    ("assisted", "reported"), ("reported", "followed_up"), ("followed_up", "closed"),
    ("rejected", "closed"),
}
ALL_PAIRS = list(itertools.product(wf.STATUSES, wf.STATUSES))


def test_the_manual_order_is_a_path() -> None:
    path = ["received", "reviewing", "awaiting_approval", "approved", "assisted",
            "reported", "followed_up", "closed"]
    for current, target in itertools.pairwise(path):
        wf.check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_transition(current: str, target: str) -> None:
    wf.check_transition(current, target)
    assert target in wf.allowed_next(current)


@pytest.mark.parametrize(("current", "target"),
                         [p for p in ALL_PAIRS if p not in ALLOWED])
def test_refused_transition(current: str, target: str) -> None:
    with pytest.raises(wf.TransitionError) as caught:
        wf.check_transition(current, target)
    error = caught.value
    assert (error.current, error.target) == (current, target)
    assert error.allowed == wf.allowed_next(current)
    message = str(error)
    assert current in message and target in message
    assert wf.STATUS_LABELS[current] in message and wf.STATUS_LABELS[target] in message
    for allowed in error.allowed:
        assert allowed in message


def test_transitions_table_matches_expected_exactly() -> None:
    table = {(c, t) for c, targets in wf.TRANSITIONS.items() for t in targets}
    assert table == ALLOWED
    assert set(wf.TRANSITIONS) == set(wf.STATUSES)


def test_allowed_next_puts_the_next_step_first() -> None:
    assert wf.allowed_next("received") == ("reviewing", "rejected", "closed")
    assert wf.allowed_next("awaiting_approval") == ("approved", "rejected", "reviewing")
    assert wf.allowed_next("approved") == ("assisted", "closed")
    assert wf.goes_back("awaiting_approval", "reviewing")
    assert not wf.goes_back("awaiting_approval", "rejected")
    assert not wf.goes_back("followed_up", "closed")
    assert wf.allowed_next("closed") == ()
    assert wf.allowed_next("nonsense") == ()


def test_closed_is_final_and_says_so() -> None:
    with pytest.raises(wf.TransitionError, match="สิ้นสุด"):
        wf.check_transition("closed", "received")


def test_unknown_statuses_are_refused() -> None:
    with pytest.raises(wf.TransitionError, match="'done'"):
        wf.check_transition("received", "done")
    with pytest.raises(wf.TransitionError, match="'limbo'"):
        wf.check_transition("limbo", "received")


def test_errors_share_the_project_root() -> None:
    for cls in (wf.TransitionError, wf.AmountError, wf.PermissionDenied):
        assert issubclass(cls, wf.WorkflowError)
    assert issubclass(wf.WorkflowError, NamjaiError)


def test_labels_agree_with_what_the_person_sees() -> None:
    assert set(wf.STATUS_LABELS) == set(wf.STATUSES)
    for status, text in wf.STATUS_LABELS.items():
        case = {"id": 1, "ref": "NJ-AAAAAA", "status": status,
                "due_at": "2026-12-01T10:00:00+07:00"}
        assert text in replies.case_status([case]).text
    assert wf.label("mystery") == "mystery"


HOTLINE = {"view", "claim", "release", "takeover", "message", "handback", "resolve_handoff"}
OFFICER = HOTLINE | {"transition", "amounts", "national_id", "report", "letter", "reassign"}
EXPECTED = {"hotline": HOTLINE, "officer": OFFICER, "admin": set(wf.ACTIONS)}


@pytest.mark.parametrize(("role", "action"), list(itertools.product(wf.ROLES, wf.ACTIONS)))
def test_permissions(role: str, action: str) -> None:
    expected = action in EXPECTED[role]
    assert wf.can(role, action) is expected
    if expected:
        wf.require(role, action)
    else:
        with pytest.raises(wf.PermissionDenied) as caught:
            wf.require(role, action)
        assert (caught.value.role, caught.value.action) == (role, action)
        assert wf.ACTION_LABELS[action] in str(caught.value)
        assert wf.ROLE_LABELS[role] in str(caught.value)


def test_actions_are_the_documented_ones() -> None:
    assert set(wf.ACTIONS) == {"view", "claim", "release", "reassign", "takeover", "message",
                               "handback", "resolve_handoff", "transition", "amounts",
                               "national_id", "report", "letter", "manage_staff"}
    assert "manage_staff" not in OFFICER


def test_unknown_role_may_do_nothing() -> None:
    assert not any(wf.can("visitor", a) for a in wf.ACTIONS)
    with pytest.raises(wf.PermissionDenied, match="visitor"):
        wf.require("visitor", "view")


def test_unknown_action_is_a_programming_error() -> None:
    with pytest.raises(wf.WorkflowError, match="approve_all"):
        wf.can("admin", "approve_all")
