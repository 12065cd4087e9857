"""Dialog benchmark: scripted personas through the real dialog and a real SQLite file.

Each persona opens with its own messages, then answers whatever the bot asks (read
from the stored state, as a person reads the question; the same answer again if the
question comes again).
- A question that asks two things ("where are you, and where is home?", "how many, and
  is it urgent?", "your name and phone", the ID card with the places, a question of
  places with "anyone else who needs care?") gets both in one message, from the
  persona's own answers for them, as the question and its example ask. A `one_part`
  persona, or every persona with `--one-part`, answers only the first.
- The count question invites naming who needs care ("ถ้ามี...คนท้อง... บอกด้วยนะคะ"): a
  persona whose care needs answer names someone says it with the count; one with none
  says nothing of it.
- "Anyone else who needs care?" asked on its own gets the persona's care needs answer;
  "can you travel alone?" (asked of one travelling with a care need) gets it when it
  speaks of that, otherwise "ไปเองได้". An escort invited with the count or urgency ("if
  one cannot travel alone, say so") gets the persona's travel_alone answer along.
- "Anything else?", offered once the request is sent to one not asked the other needs,
  gets the persona's needs answer (not counted, as a fix once sent below; "anything
  more?" after a need added gets the next of a tuple); asked then whether a sensitive
  need may be recorded, the persona's sensitive consent answer.
- Sent with no phone, and another number invited ("ถ้ามีเบอร์ญาติ..."), a persona whose
  phone answers go on (a refusal, then a relative's number) says the next (not counted).
- An answered persona is answered by a reply holding its `answered` piece outside the
  dialog's fixed sentences (the welcome and the consent notice name 1300). What is kept
  is read then, or, while consent is still asked, once the persona has given its own
  consent answer (not counted).
- At a summary that also asks the name, a person who would fix a fact there
  ("confirm") says it first. A fix of the name or phone comes when they are read back,
  once the request is sent (as does `after`; neither is counted); so does a fix the
  reader cannot read that speaks of the name or phone.

Prints, per persona, the turns it took to a sent request or to
a refusal (an ineligible result), and whether the outcome is right: eligibility,
reason, provinces, travellers, urgency, special needs, referrals, name (a leading title
of address aside: "ยายสมศรี" is "สมศรี"; a surname given too is no fault), phone. Then
the median and the worst turns to a sent request and to a refusal, every persona whose
outcome is wrong, and the per-turn processing time including the SQLite commit.
Targets: median <= 6 turns, worst <= 9, every outcome right. It asserts nothing.
Run: .venv/bin/python bench/dialogs.py [--typed] [--one-part] [--personas MODULE]
    [--show NAME]
(--personas: another module with a PERSONAS dict, e.g. bench.dialog_personas_frozen;
--show: print that persona's whole conversation; "*": every one.)
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# This file's own name would shadow the `dialogs` package: import from the root.
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from bench.dialog_personas import Persona  # noqa: E402
from bot.app import runtime  # noqa: E402
from dialogs import state as st  # noqa: E402
from dialogs import texts  # noqa: E402
from dialogs.asking import slot_for  # noqa: E402
from dialogs.care_answers import read_travel_alone  # noqa: E402
from dialogs.parse import extract_facts, parse_count, parse_yes_no  # noqa: E402
from dialogs.questions import is_question  # noqa: E402
from dialogs.readers import read_special  # noqa: E402
from dialogs.slots import BY_KEY, read_sensitive_consent  # noqa: E402
from dialogs.state import State  # noqa: E402
from dialogs.texts import ANYTHING_ELSE, ANYTHING_MORE  # noqa: E402
from dialogs.types import ConversationKey, Inbound  # noqa: E402
from dialogs.understand import CORRECTABLE, read_message  # noqa: E402

MAX_TURNS = 25


def option(name: str) -> str | None:
    """The value after `name` on the command line, if any."""
    args = sys.argv[1:]
    return args[args.index(name) + 1] if name in args[:-1] else None


# the invitation to give another number (absent before 2026-12-06: the bench also plays
# older commits for the figures at a session's start)
OTHER_PHONE = str(getattr(texts, "OTHER_PHONE", "")).strip()
SET = option("--personas") or "bench.dialog_personas"
PERSONAS: dict[str, Persona] = importlib.import_module(SET).PERSONAS
DEFAULTS = {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ", "confirm": "ถูกต้อง",
            "sensitive_consent": "ไม่ยินยอม", "needs": "ไม่มี", "national_id": "ข้าม",
            "special_needs": "ไม่มี", "urgent": "ไม่ด่วน", "travel_alone": "ไปเองได้"}


def confirm_items(persona: Persona) -> tuple[str, ...]:
    said = persona.answers.get("confirm")
    return said if isinstance(said, tuple) else (said,) if said else ()


def fixes_contact(text: str) -> bool | None:
    """Whether a summary answer fixes the name or phone only (True), other facts
    (False), or nothing (None: "ถูกต้อง"). A fix the reader sees nothing in is one of
    other facts when it says so ("ขอแก้", "ไม่ใช่"), and one that
    speaks of the name or phone ("ชื่อผิดครับ ที่ถูกคือ ...") is one of the contact: it
    is said when they are read back."""
    fixed = set(read_message(text)) & set(CORRECTABLE)
    if fixed:
        return fixed <= {"name", "phone"}
    if parse_yes_no(text) is None and re.search("ชื่อ|เบอร์|นามสกุล", text):
        return True
    # a fix the reader sees nothing in is still said ("ขอแก้จังหวัดค่ะ ห้องเพื่อนอยู่ลำพูน
    # ไม่ใช่เชียงใหม่"): the persona's words decide, not what the bot reads in them
    return False if re.search("แก้|ไม่ใช่|บ่แม่น|ผิด", text) else None


def asked_with(state: State, key: str) -> tuple[str, ...]:
    """The other things the question asks along with `key` (the slot's `also`, and
    what it asked this time only, as who else needs care; the phone with the name at
    the summary), not yet known."""
    answers = state.data.get("answers") or {}
    if state.name == st.CONFIRM:
        return ("phone",) if key == "name" and not answers.get("phone") else ()
    slot = slot_for(key, answers) if state.name == st.ASK else None
    also = (*(slot.also if slot else ()), *(state.data.get("also") or ()))
    if slot is not None and slot.key == "travellers":  # "ถ้ามี...คนท้อง... บอกด้วยนะคะ"
        also = (*also, "special_needs")
    return tuple(k for k in also if k not in answers or k == "special_needs")


def said(answer: str | tuple[str, ...], key: str, seen: dict[str, int]) -> str:
    """One answer: the next one of a tuple, the last one again when asked again."""
    if isinstance(answer, tuple):
        seen[key] = seen.get(key, 0) + 1
        return answer[min(seen[key], len(answer)) - 1]
    return answer


def next_message(persona: Persona, state: State, seen: dict[str, int]) -> str:
    """The persona's answer to whatever the bot asks now (the next one of a tuple,
    the last one again when the question comes back). A summary that also asks the
    name or phone still shows the facts: a person who would fix one of them at the
    summary ("confirm") says that first."""
    answers = {**DEFAULTS, **persona.answers}
    if basic_consent(persona, state):
        return "ไม่รวมข้อมูลอ่อนไหว"  # typed: the choice's own words
    slot = state.data.get("slot")  # the summary may ask for the name and phone too
    items, used = confirm_items(persona), seen.get("confirm", 0)
    if state.name == st.CONFIRM and slot and used < len(items) and fixes_contact(
            items[used]) is False:
        seen["confirm"] = used + 1
        return items[used]
    key = str(slot) if state.name == st.ASK or (state.name == st.CONFIRM and slot) else (
        state.name)
    if key == "more_care":  # "anyone else who needs care?": the care needs answer
        key = "special_needs"
    if key == "travel_alone":  # "can you go alone?": the care needs answer, if it says
        care = answers.get("special_needs")
        key = "special_needs" if isinstance(care, str) and read_travel_alone(
            care, None) is not None else key
    answer = said(answers.get(key, "ไม่ทราบ" if state.name == st.ASK else answers["idle"]),
                  key, seen)
    if persona.one_part or "--one-part" in sys.argv:
        return answer
    if state.name == st.CONSENT:  # the first question shown with it: answered along
        return with_preview(persona, state, answer, seen)
    return along(persona, key, answer, asked_with(state, key), seen)


def with_preview(persona: Persona, state: State, answer: str, seen: dict[str, int]) -> str:
    """A yes to the consent question that showed the first question ("ถ้ายินยอม พิมพ์
    "ยินยอม" พร้อมตอบข้อแรกมาได้เลยค่ะ: ...") comes with the answers to it (absent before
    2026-12-06: no preview, nothing along). A no, or a question, comes alone."""
    keys = [str(k) for k in state.data.get("preview") or []]
    if not keys or "ไม่" in answer or is_question(answer):
        return answer
    first, also = keys[0], tuple(keys[1:])
    if first not in persona.answers:
        return answer
    if first == "travellers":  # "ถ้ามี...คนท้อง... บอกด้วยนะคะ", as asked_with
        also = (*also, "special_needs")
    said_first = said(persona.answers[first], first, seen)
    return f"{answer} {along(persona, first, said_first, also, seen)}"


def along(persona: Persona, key: str, answer: str, also_keys: tuple[str, ...],
          seen: dict[str, int]) -> str:
    """`answer`, with the persona's answers to what the question asks along."""
    for also in also_keys:
        care = persona.answers.get(also) if also == "special_needs" else None
        if key == "travellers" and isinstance(care, str) and not read_special(care, None):
            continue  # invited to name who needs care: nothing to name, nothing said
        escort = persona.answers.get(also) if also == "travel_alone" else None
        if key == "travellers" and isinstance(escort, str) and read_travel_alone(
                escort, None) is not False:
            continue  # invited to say who cannot travel alone: one who can says nothing
        if also in persona.answers:
            more = said(persona.answers[also], also, seen)
            answer = answer if more in answer else f"{answer} {more}"
    return answer


_TITLE = re.compile(r"^(?:คุณ|นาย|นางสาว|นาง|น\.ส\.|ยาย|ตา|ลุง|ป้า|น้า|อา|พี่|น้อง|โยม|แม่|พ่อ"
                    r"|ปู่|ย่า|หลวงพี่|บัง|ก๊ะ|เปาะ|เมาะ|โต๊ะ"
                    r"|พระ|พยาบาล|ครู|อส\.?)\s*(?=\S)")  # บัง, ก๊ะ: elder brother, sister;
# เปาะ, เมาะ, โต๊ะ: father, mother, grandparent (Malay-Thai titles of the deep south); a monk,
# a nurse, a teacher, a police volunteer named by their calling ("พยาบาลกานดา", dev58)


def same_name(have: Any, want: Any) -> bool:
    """The same name, a leading title of address aside ("ยายสมศรี" is "สมศรี"): how the
    officer addresses the person, which a persona's writer may or may not have written;
    a surname the person gave too is no fault ("สมศักดิ์ ไชยวงศ์" for "สมศักดิ์"); nor the
    nickname kept beside the real name ("ธนากร (บอย)" for "ธนากร" or for "บอย")."""
    if not isinstance(have, str) or not isinstance(want, str):
        return bool(have == want)
    paired = re.fullmatch(r"(.+) \((\S+)\)", have.strip())
    if paired:
        return same_name(paired.group(1), want) or same_name(paired.group(2), want)
    have, want = _TITLE.sub("", have.strip()), _TITLE.sub("", want.strip())
    return have == want or (" " not in want and have.split(" ")[0] == want)


# what the bench reads of a refusal: its eligibility and reasons (a refusal decides no
# urgency nor travellers; the referrals it gives are not collected, so not checked)
REFUSAL_KEYS = ("eligible", "reason")


# what a conversation keeps of what the bot showed or asked, not of what the person told:
# the questions previewed with the notice, whether the person answered one there, and how
# often consent was asked (the choices offered are left out of "stored" already)
SHOWN = frozenset({"preview", "asked", "again"})


def wrong(persona: Persona, got: dict[str, Any]) -> list[str]:
    """What differs from the persona's expected outcome (of a refusal: eligibility and
    the reason only)."""
    out = []
    for key, want in persona.expect.items():
        if got.get("eligible") is False and key not in REFUSAL_KEYS:
            continue
        have = got.get(key)
        if key == "referrals":
            if not set(want) <= set(have or ()):
                lack = sorted(set(want) - set(have or ()))
                out.append(f"referrals {sorted(have or ())} lack {lack}")
        elif key == "no_referrals":
            if set(want) & set(got.get("referrals") or ()):
                out.append(f"unwanted referrals {sorted(set(want) & set(got['referrals']))}")
        elif key == "stored" and want is False:  # nothing the person told is kept
            told = sorted(set(have or ()) - SHOWN - {"consent"})  # (the refusal itself)
            if told:
                out.append(f"stored: {told}, expected nothing the person told")
        elif key == "reason":
            if not any(want in r for r in got.get("reasons") or ()):
                out.append(f"no reason with {want!r}: {got.get('reasons')}")
        elif (key == "name" and same_name(have, want)) or (
                key == "special" and have == sorted(want)):  # care needs in any order
            continue
        elif have != want:
            out.append(f"{key}: {have!r}, expected {want!r}")
    return out


BASIC = "consent:basic"  # consent without the sensitive data the notice names


def basic_consent(persona: Persona, state: State) -> bool:
    """A notice that names sensitive data told in the story offers consent without it
    ("ไม่รวมข้อมูลอ่อนไหว"): one who consents but would refuse the sensitive part takes
    that choice."""
    answers = {**DEFAULTS, **persona.answers}
    consent, sensitive = answers.get("consent"), answers.get("sensitive_consent")
    return (state.name == st.CONSENT and isinstance(consent, str) and isinstance(sensitive, str)
            and any(value == BASIC for _, value in state.data.get("offered") or [])
            and read_sensitive_consent(consent, None) is True
            and read_sensitive_consent(sensitive, None) is False)


def tap(persona: Persona, state: State) -> Inbound | None:
    """A person taps a button when one says exactly their answers: at the travellers
    question that also asks urgency, "1 คน ไม่ด่วน" for "คนเดียว" and "ไม่ด่วน"; at a
    notice naming sensitive data, "ไม่รวมข้อมูลอ่อนไหว" for one who would refuse it. One
    who tells more (an age, a child, a care need to name, an escort needed), answers
    indirectly or is unsure types, as before.
    `--typed`: nobody taps (every answer typed, one question at a time)."""
    if basic_consent(persona, state) and "--typed" not in sys.argv:
        return Inbound("choice", text="ไม่รวมข้อมูลอ่อนไหว", value=BASIC,
                       at=dt.datetime.now(dt.UTC))
    if "--typed" in sys.argv or state.name != st.ASK or state.data.get("slot") != "travellers":
        return None
    if "urgent" in (state.data.get("answers") or {}):
        return None
    answers = {**DEFAULTS, **persona.answers}
    count, urgent = answers.get("travellers"), answers.get("urgent")
    if not isinstance(count, str) or not isinstance(urgent, str) or "ด่วน" not in urgent:
        return None  # "มีที่พักค่ะ", "แล้วแต่": said in words, typed
    care = answers.get("special_needs")  # a care need to name with the count: typed
    escort = answers.get("travel_alone")  # "ไม่กล้าไปคนเดียว": said along, typed
    named = isinstance(care, str) and bool(read_special(care, None))
    escorted = isinstance(escort, str) and read_travel_alone(escort, None) is False
    if (named or escorted) and not (persona.one_part or "--one-part" in sys.argv):
        return None
    n = BY_KEY["travellers"].parse(count, None)
    if n is None or extract_facts(count).special_needs or (
            parse_count(count) is None and "คนเดียว" not in count):
        return None
    flag = {True: "yes", False: "no"}.get(BY_KEY["urgent"].parse(urgent, None))
    for label, value in state.data.get("offered") or []:
        if flag and value == f"n:{n}:{flag}":
            return Inbound("choice", text=str(label), value=str(value),
                           at=dt.datetime.now(dt.UTC))
    return None


# The dialog's own fixed sentences (the welcome, the consent notice, "call 1300"): an
# answer is read in what is left of a reply without them, so an answered persona
# expecting "1300" is not answered by the welcome.
FIXED_TEXTS = sorted((v for v in vars(texts).values() if isinstance(v, str) and len(v) > 20),
                     key=len, reverse=True)


def own_words(text: str) -> str:
    """A reply without the dialog's fixed sentences in it."""
    for fixed in FIXED_TEXTS:
        text = text.replace(fixed, " ")
    return text


async def play(rt: Any, key: ConversationKey, persona: Persona, timings: list[float],
               show: bool = False) -> tuple[str, int, dict[str, Any]]:
    """Plays one persona: (outcome, turns, what was decided); `show` prints it."""
    seen: dict[str, int] = {}
    for turn in range(1, MAX_TURNS + 1):
        inbound = None
        if turn <= len(persona.opening):
            line = persona.opening[turn - 1]
        else:
            state = await rt.store.load(key) or State()
            inbound = tap(persona, state)
            line = next_message(persona, state, seen)
        start = time.process_time()
        outcome = await rt.conversations.handle(key, inbound or Inbound.of_text(line))
        timings.append((time.process_time() - start) * 1000)
        if show:
            print(f"  {turn}> {line}" + (f"  [tapped {inbound.value}]" if inbound else ""))
            for reply in outcome.replies:
                labels = " | ".join(c.label for c in reply.choices)
                said = reply.text.replace("\n", " / ")
                print(f"     {said}" + (f"  [{labels}]" if labels else ""))
        # danger told: staff are alerted and the dialog goes on (any other handoff ends
        # the play as a sent request, as before)
        opened = await rt.store.case(outcome.case_id) if outcome.case_id is not None else None
        danger = opened is not None and opened.kind == "handoff" and bool(opened.data.get("danger"))
        if outcome.case_id is not None and not danger:
            later = tuple(t for t in confirm_items(persona)[seen.get("confirm", 0):]
                          if fixes_contact(t))  # the name or phone read back: fixed then
            offered = any(r.text == ANYTHING_ELSE for r in outcome.replies)
            needs = persona.answers.get("needs")  # "anything else?": the needs answer
            told = needs if isinstance(needs, tuple) else (needs,)
            more = [str(n) for n in told] if offered and needs else []
            phone = persona.answers.get("phone")  # sent with none, another number invited:
            other = (phone[seen["phone"]:seen["phone"] + 1] if isinstance(phone, tuple)  # the next
                     and 0 < seen.get("phone", 0) < len(phone) and any(  # phone answer, if any
                         OTHER_PHONE in r.text for r in outcome.replies) else ())
            lines = [*other, *more[:1], *later, *persona.after]
            more = more[1:]  # "anything more?" after a need added: the next, if any
            consents = 0  # the sensitive consent said at most twice (never a loop)
            while lines:  # once sent: not counted as a turn
                line = lines.pop(0)
                fixed = await rt.conversations.handle(key, Inbound.of_text(line))
                if show:
                    print(f"  +> {line}\n" + "\n".join(f"     {r.text}" for r in fixed.replies))
                if more and any(r.text == ANYTHING_MORE for r in fixed.replies):
                    lines.insert(0, str(more.pop(0)))
                after_state = await rt.store.load(key) or State()
                if after_state.data.get("needs_pending") and consents < 2:  # may it be recorded?
                    consents += 1
                    lines.insert(0, str({**DEFAULTS, **persona.answers}["sensitive_consent"]))
            stored = await rt.store.case(outcome.case_id)
            case = stored.as_dict() if stored is not None else {}
            answers = case.get("answers") or {}
            return "case", turn, {
                "eligible": True, "reasons": case.get("reasons"),
                "current": case.get("current_province"), "home": case.get("home_province"),
                "travellers": case.get("travellers"), "urgent": case.get("urgent"),
                "special": sorted(case.get("special_needs") or []),
                "referrals": [r["id"] for r in case.get("referrals") or []],
                "needs": answers.get("needs"), "name": case.get("name"),
                "phone": case.get("phone"), "id_card_state": answers.get("id_card_state")}
        cards = [r.card for r in outcome.replies if r.card]
        if cards and cards[0].get("eligible") is False:
            return "refused", turn, {"eligible": False, "reasons": cards[0]["reasons"]}
        if persona.answered and any(persona.answered in own_words(r.text)
                                    for r in outcome.replies):
            state = await rt.store.load(key) or State()
            said = persona.answers.get("consent")  # consent still asked: its own answer
            if state.name == st.CONSENT and said:  # (not counted), then what is kept
                line = said[0] if isinstance(said, tuple) else said
                await rt.conversations.handle(key, Inbound.of_text(line))
                if show:
                    print(f"  +> {line}")
                state = await rt.store.load(key) or State()
            return "answered", turn, {"stored": sorted(k for k in state.data if k != "offered")}
    return "stuck", MAX_TURNS, {}


async def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with runtime(Path(tmp) / "bench.db") as rt:
            timings: list[float] = []
            turns: dict[str, list[int]] = {"case": [], "refused": []}
            failures: list[str] = []
            for n, (name, persona) in enumerate(PERSONAS.items()):
                key = ConversationKey("bench", f"persona-{n}")
                outcome, count, got = await play(rt, key, persona, timings,
                                                 show=option("--show") in (name, "*"))
                problems = ([] if outcome == persona.outcome
                            else [f"outcome {outcome}, expected {persona.outcome}"])
                problems += wrong(persona, got) if outcome == persona.outcome else []
                turns.setdefault(outcome, []).append(count)
                mark = "ok" if not problems else "WRONG"
                print(f"  {name:<44} {outcome:<8} {count:>2} turns  {mark}")
                failures += [f"{name}: {p}" for p in problems]
            print(f"personas: {len(PERSONAS)} ({SET})")
            for outcome, label in (("case", "a sent request"), ("refused", "a refusal")):
                got = turns.get(outcome) or []
                if got:
                    print(f"turns to {label}: median {statistics.median(got)}, worst {max(got)}"
                          f" over {len(got)} personas (target median <= 6, worst <= 9)")
            print(f"wrong outcomes: {len(failures)}")
            for line in failures:
                print(f"  {line}")
            ordered = sorted(timings)
            p50 = ordered[len(ordered) // 2]
            p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
            print(f"CPU per turn incl. SQLite commit over {len(timings)} turns: "
                  f"p50 {p50:.2f} ms, p99 {p99:.2f} ms; load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    asyncio.run(run())
