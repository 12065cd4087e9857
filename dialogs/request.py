"""What a screening ends with: the request sent to the officers' queue (the data of
the CreateCase effect, which bot/ stores) with the replies that tell the person, or,
for a refusal, the agencies to refer them to."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dialogs import replies
from dialogs.eligibility import assess, due_at, estimate
from dialogs.needs import referrals
from dialogs.slots import PLAIN_NEEDS
from dialogs.types import Reply
from knowledge import KnowledgeBase

__all__ = ["REFER_ALWAYS_IF_INELIGIBLE", "refusal_referrals", "sent_request"]

REFER_ALWAYS_IF_INELIGIBLE = ("dsdw_emergency_aid", "justice_centre")
# Topics written for released prisoners, named plainly for anyone else: the referral
# must not say (to the person, or to an officer reading the case) "for released
# prisoners" of someone who never said so, or chose to keep it out.
PLAIN_TITLES = {"job_placement": "หางาน ลงทะเบียนที่สำนักงานจัดหางาน",
                "id_card": "ทำบัตรประชาชนใหม่ ที่อำเภอหรือสำนักงานเขต"}


def plain_titles(refs: list[dict[str, Any]], answers: dict[str, Any]) -> list[dict[str, Any]]:
    """`refs`, with the released-prisoner titles made plain unless the person is one."""
    if answers.get("released"):
        return refs
    return [{**r, "title": PLAIN_TITLES.get(r["id"], r["title"])} for r in refs]


def refusal_referrals(kb: KnowledgeBase, answers: dict[str, Any]) -> list[dict[str, Any]]:
    """Where to turn when the aid is refused: emergency aid for people who are not
    Thai; otherwise also the justice centre, and the ID card office without a card."""
    if answers.get("thai") is False:
        return referrals(kb, (), ("dsdw_emergency_aid",))
    return plain_titles(referrals(kb, (), REFER_ALWAYS_IF_INELIGIBLE + (
        ("id_card",) if answers.get("id_card") is False else ())), answers)


def consented_needs(answers: dict[str, Any]) -> list[str]:
    """The needs to refer: without consent to sensitive data only the plain ones (work,
    training, a card); a referral from the prison history or health would record it."""
    needs = list(answers.get("needs") or [])
    if answers.get("sensitive_consent") is False:
        return [n for n in needs if n in PLAIN_NEEDS]
    return needs


# care needs of the travellers that lead to services of their own: an elder to the
# old-age allowance and hardship grant, a disabled person to the disability allowance
CARE_REFERRED = {"elderly": "elderly", "disabled": "disability"}
# and one who cannot travel alone to the officer who may travel along (Source B); one
# sick now to treatment while waiting or travelling (state hospital, outpatient, the
# actual cost paid: 002 rates art. 4)
CARE_TOPICS = {"cannot_travel_alone": "travel_escort", "sick": "medical_care_in_transit"}


def care_referred(answers: dict[str, Any]) -> list[str]:
    """The needs the travellers' care needs refer (recorded already, with the consent
    the care needs were given under: nothing more is recorded by referring them)."""
    return [CARE_REFERRED[k] for k in answers.get("special_needs") or () if k in CARE_REFERRED]


def care_topics(answers: dict[str, Any]) -> list[str]:
    """The topics the care needs refer directly (no need of their own): the escort,
    care on the way."""
    return [CARE_TOPICS[k] for k in answers.get("special_needs") or () if k in CARE_TOPICS]


# one just released whose home is Bangkok: its social development office counsels released
# prisoners and helps their families who live there, with short courses (Source A 6)
BANGKOK = "TH-10"


def home_topics(needs: list[str], answers: dict[str, Any]) -> list[str]:
    """The topics of the place gone home to: Bangkok's own help for one released."""
    home = (answers.get("home_province") or {}).get("code")
    return ["bangkok_support"] if "probation" in needs and home == BANGKOK else []


def sent_request(kb: KnowledgeBase, answers: dict[str, Any], now: dt.datetime,
                 phone_given: bool = False) -> tuple[dict[str, Any], list[Reply]]:
    """The confirmed answers as a request for the queue, and the replies saying so."""
    verdict = assess(answers)
    travellers = int(answers.get("travellers") or 1)
    aid = estimate(travellers)
    due = due_at(verdict.urgent, now)
    needs = consented_needs(answers)
    refs = plain_titles(referrals(kb, [*needs, *care_referred(answers)],
                                  [*care_topics(answers), *home_topics(needs, answers)]), answers)
    case = {
        "status": "received",
        "urgent": verdict.urgent,
        "due_at": due.isoformat(),
        "eligible": True,
        "reasons": verdict.reasons,
        "answers": answers,
        "referrals": refs,
        "estimated_aid": aid,
        "current_province": (answers.get("current_province") or {}).get("name"),
        "home_province": (answers.get("home_province") or {}).get("name"),
        "travellers": travellers,
        "special_needs": answers.get("special_needs") or [],
        "name": answers.get("name"),
        "phone": answers.get("phone"),
        "national_id": answers.get("national_id") or None,
    }
    out = replies.result_eligible(answers, verdict, aid, due, refs, phone_given)
    if not answers.get("released"):  # never asked the other needs (only told of some)
        out.append(replies.anything_else())
    return case, out
