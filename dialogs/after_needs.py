"""Needs told once the request is sent, to "anything else?" (offered then, not asked, to one
neither released nor telling a sensitive need): a plain need ("อยากได้งานทำแถวบ้านครับ", a
tap on "หางานทำ") joins the request sent, with its referral. A sensitive one ("ผมติดเชื้อ HIV
ครับ") is recorded only once the person consents, asked then (`dialogs.record_consent`)."""

from __future__ import annotations

import re
from typing import Any

from dialogs import replies, texts
from dialogs.care import KIN
from dialogs.labels import LABELS
from dialogs.needs import NEEDS, parse_needs, referrals
from dialogs.parse import facts_of
from dialogs.past_needs import ALLOWANCE_HAD
from dialogs.questions import is_question
from dialogs.readers import SPECIAL
from dialogs.record_consent import ask_record_again, bare, record_consent
from dialogs.request import CARE_REFERRED, CARE_TOPICS, plain_titles
from dialogs.slots import BY_KEY, PLAIN_NEEDS
from dialogs.state import State
from dialogs.step import StepResult, respond
from dialogs.types import AddNeeds, Reply
from dialogs.words import words
from knowledge import KnowledgeBase

# "nothing else" to "anything else?": "ไม่มีค่ะ", "ไม่มีแล้วครับ", "พอแล้ว", "แค่นี้ค่ะ"
_NOTHING_MORE = re.compile(r"(?:(?:ไม่|บ่)(?:มี|ต้อง)?(?:อะไร|แล้ว|อีก|อื่น|เพิ่ม)*|พอแล้ว|แค่นี้"
                           r"|no|nothing)(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|\s)*"
                           r"(?:แค่|ขอแค่)?(?:อยาก)?(?:กลับบ้าน|ได้กลับบ้าน)?")  # "ไม่มีค่ะ แค่อยากกลับบ้าน"
# "nothing more for now" read on whole words (the particles left out): nothing else
# ("ไม่มีอย่างอื่นค่ะ"), later ("เดี๋ยวค่อยว่ากันครับ", "ไว้ทีหลัง"), or only the wish to go
# home the request sent is for ("ขอแค่ให้ตาได้กลับบ้าน", "ตอนนี้ขอกลับบ้านก่อน"), in any
# order; never a denial of going home ("ไม่ต้องกลับบ้าน") nor anything else told
_NOTHING_WORDS = (r"(?:ยัง )?(?:ไม่|บ่|ม่าย) (?:มี|ต้อง|ต้องการ|เอา)(?! กลับ)"
                  r"(?: (?:อะไร|หยัง|ไหร่|แล้ว|อีก|อื่น|อย่าง|อย่างอื่น|เพิ่ม|เรื่อง|เรื่องอื่น|ละ|ก่อน"
                  r"|ดอก|หรอก))*"
                  r"|(?:พอ )?(?:แล้ว|แค่นี้|เท่านี้)(?: ก่อน)?|พอ|นึกไม่ออก")
_LATER_WORDS = (r"(?:(?:เดี๋ยว|ไว้|เอาไว้|ตอนนี้|ก็) )*(?:ค่อย (?:ว่า|คุย|บอก)(?: กัน)?|ไว้|เอาไว้|ทีหลัง"
                r"|วันหลัง|คราวหน้า)(?: (?:ทีหลัง|ก่อน|วันหลัง|คราวหน้า|ละ|แล้วกัน))*")
# (going home in the north, the south and Isan: "ปิ๊กบ้าน", "หลบบ้าน", "เมือบ้าน")
_HOME_WORDS = (r"(?:(?:ตอนนี้|แค่|ขอ|อยาก|ให้|ขอให้|ได้|ผม|หนู|เรา|ฉัน|ดิฉัน|ก็|พอ|เพียง|แก|เขา|ท่าน|"
               + KIN + r") )*(?:กลับบ้าน|ถึง ?บ้าน|(?:กลับ|ปิ๊ก|ปิก|หลบ|เมือ)(?: ไป)?(?: อยู่)? (?:บ้าน|บ้านเกิด"
               r"|บ้าน เกิด)|กลับ (?:ไปหา|ไป หา) (?:" + KIN
               + r")|กลับ ไป (?:บ้าน|เรียน|เรียนต่อ)(?: ต่อ)?)"
               r"(?: (?:ก่อน|เท่านั้น|อย่างเดียว|อย่าง เดียว|พอ|ได้|ก็))*")  # ("...ถึงบ้านก็พอ", dev74)
# only the fare the request is for: "บ่มีครับ ขอแค่ค่ารถ", "ขอค่ารถอย่างเดียว" (never "ไม่มีค่ารถ")
_FARE_ONLY = (r"(?:ขอ )?(?:(?:แค่|เพียง) ค่ารถ(?: กลับ บ้าน| กลับบ้าน)?"
              r"|ค่ารถ(?: กลับ บ้าน| กลับบ้าน)? (?:อย่างเดียว|อย่าง เดียว|เท่านั้น))")
_PART = "(?:" + "|".join((_NOTHING_WORDS, _LATER_WORDS, _HOME_WORDS, _FARE_ONLY)) + ")"
_FOR_NOW = re.compile(_PART + "(?: " + _PART + ")*")
_NOT_HOME = re.compile(r"(?:ไม่|บ่|ม่าย)(?:ได้|อยาก|ต้อง|ต้องการ)?(?:กลับ|ปิ๊ก|ปิก|หลบบ้าน|เมือบ้าน)")
# (thanks as a monk says it too: "ไม่มีอะไรแล้ว ขออนุโมทนา", "สาธุ", dev98: read as a question)
_SKIP = frozenset({"ค่ะ", "ค่า", "คะ", "ครับ", "คับ", "จ้า", "จ้ะ", "นะ", "เด้อ", "เจ้า", "ฮะ", "ขอบคุณ",
                   "ขอบใจ", "มาก", "ๆ", "อนุโมทนา", "ขออนุโมทนา", "สาธุ", "เจริญพร", "🙏", "555",
                   "5555"})


def nothing_more(text: str) -> bool:
    """"ไม่มีค่ะ", "ไม่มีอย่างอื่นค่ะ ขอแค่ให้ตาได้กลับบ้าน", "เดี๋ยวค่อยว่ากันครับ ตอนนี้ขอ
    กลับบ้านก่อน": nothing more for now, to "anything else?" after sending."""
    if _NOT_HOME.search(text.replace(" ", "")):  # "ไม่กลับบ้าน": not going, no "nothing"
        return False
    if text.strip() in _CROSSES:  # "❌": no, nothing more
        return True
    if _NOTHING_MORE.fullmatch(_PARTICLES.sub("", text.strip().lower())):
        return True
    said = _said_words(text)
    return bool(said) and _FOR_NOW.fullmatch(said) is not None


# an elder's word of address after "nothing" ("บ่มีหลาน", "บ่มีหยังดอกลูก"), never the
# one gone home to ("กลับไปหาลูก")
_ADDRESS = frozenset({"ลูก", "หลาน", "ลูกหลาน"})
_BEFORE_ADDRESS = frozenset({"มี", "ดอก", "หรอก", "หยัง", "อะไร", "แล้ว", "เลย", "ก่อน"})
_SPLIT = {"มีลูก": ("มี", "ลูก"), "มีหลาน": ("มี", "หลาน"), "ให้ได้": ("ให้", "ได้")}


def _said_words(text: str) -> str:
    """The words of the answer, without particles and an elder's word of address."""
    kept: list[str] = []
    for word in (part for w in words(text.lower()) for part in _SPLIT.get(w, (w,))):
        if word in _SKIP or (word in _ADDRESS and kept and kept[-1] in _BEFORE_ADDRESS):
            continue
        kept.append(word)
    return " ".join(kept)


_CROSSES = frozenset({"❌", "✖", "✖️", "🙅", "🙅‍♂️", "🙅‍♀️"})
_PARTICLES = re.compile(r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|เจ้า|ขอบคุณ(?:มาก)?ๆ?|ขอบใจ|(?:ขอ)?อนุโมทนา"
                        r"|สาธุ|เจริญพร|\s|🙏)+$")
# needs recorded when told after sending without consent to sensitive data: the plain
# ones, and old age (an age is no health data; dev19: "เบี้ยคนแก่ยังไม่เคยได้สักทีครับ")
TOLD_PLAIN = PLAIN_NEEDS | {"elderly"}
# the topics offered after sending (dialogs.replies.ANYTHING_ELSE_TOPICS), as needs
TOPIC_NEEDS = {"job_placement": "work", "job_training": "training", "id_card": "id_card"}


def told_needs(text: str, value: str | None) -> list[str]:
    """The plain needs a tap on an offered topic or a typed answer tells; a question
    ("หางานได้ที่ไหนคะ") asks, it tells nothing (what is told along with it does)."""
    if value is not None:
        topic = value.removeprefix("topic:")
        return [TOPIC_NEEDS[topic]] if value.startswith("topic:") and topic in TOPIC_NEEDS else []
    return [n for n in parse_needs(statements(text, wishes=True)) if n in TOLD_PLAIN]


# a part of a question that tells of the writer ("ผมติดเชื้อHIVครับ"), never a part of
# the question's own topic ("เงินช่วยผู้ติดเชื้อ HIV ขอได้ไหมคะ")
_ME = frozenset({"ผม", "ฉัน", "หนู", "ดิฉัน", "เรา", "ข้อย", "กู", "ตัวเอง"})
_ENDS = re.compile(r"(?:ค่ะ|ค่า|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|เด้อ|เจ้า|ฮะ)$")
# a wish told beside the question ("กลับไปแล้วอยากหางานทำแถวบ้านครับ มีที่ให้ลงทะเบียนไหม",
# "พ่อเขาอยากหางานทำค่ะ ถามว่ามีที่จัดหางานไหม"): a plain need of the writer's party;
# never a wish to know ("อยากรู้ว่า...", "อยากถาม"), which asks
_WISH = re.compile(r"(?:อยาก|ต้องการ)(?!รู้|ทราบ|ถาม|สอบถาม)")


# a duty of the writer's told beside the question ("แล้วต้องไปรายงานตัวคุมประพฤติที่สุรินทร์
# ด้วย ต้องไปที่ไหนครับ"): it tells (the question part itself is left out)
# how to get a plain thing ("ทำบัตรใหม่ต้องทำไงครับ", "หางานต้องทำยังไง"): a wish for it
# (never for another, nor another card: "หางานให้เพื่อน", "ทำบัตรทอง", "ทำบัตรเอทีเอ็ม")
_HOW_TO_GET = re.compile(r"((?:ทำ|ขอ|หา|สมัคร)(?![ก-๙]*?(?:ให้|เอทีเอ็ม|ทอง|สวัสดิการ|เครดิต|ประกัน"
                         r"|คนจน|นักเรียน|โดยสาร))[ก-๙]+?)(?:ต้อง|ควร|จะ)?(?:ทำ)?(?:ไง|ยังไง|อย่างไร)"
                         r"(?:ดี)?(?:ครับ|คับ|คะ|ค่ะ|จ้า|นะ)*$")
_MUST = re.compile(r"(?:แล้ว|และ|ก็)?(?:ยัง)?(?:ต้อง|จะต้อง)(?:ไป)?(?:รายงานตัว|รายงาน|ไปพบ|พบ|เข้าพบ)")
# what one has already ("เบี้ยคนแก่ผมก็ได้อยู่แล้วทุกเดือน", "ได้รับเบี้ยพิการอยู่แล้ว"): no need
_ALREADY = re.compile(r"(?:ได้|รับ|ได้รับ)(?:อยู่แล้ว|อยู่ทุกเดือน|ทุกเดือน(?:อยู่)?แล้ว|ประจำอยู่แล้ว)"
                      r"|" + ALLOWANCE_HAD)
# the allowance said received, by its kind ("ลุงได้เบี้ยคนพิการอยู่แล้ว", dev55): its referral,
# given with the request for the care need, is dropped
_HAD_TOPICS = (("พิการ", "disability_allowance"), ("สูงอายุ", "elderly_allowance"),
               ("คนแก่", "elderly_allowance"), ("ชรา", "elderly_allowance"))


def allowances_had(text: str) -> tuple[str, ...]:
    """The allowances the text says are already received, as referral topics."""
    said = [m.group() for m in re.finditer(ALLOWANCE_HAD, text.replace(" ", ""))]
    return tuple(dict.fromkeys(t for m in said for w, t in _HAD_TOPICS if w in m))


def wished_head(part: str) -> str:
    """The wish a question is about, said before its "ว่า" ("แล้วก็อยากปรึกษากฎหมายว่า
    เจ้าหนี้ยึดบัตรได้ไหม" -> "แล้วก็อยากปรึกษากฎหมาย"): a need told; "" when there is
    none (never a wish to know: "อยากรู้ว่า...")."""
    tokens = words(part)
    if "ว่า" not in tokens:
        return ""
    head = "".join(tokens[:tokens.index("ว่า")])
    return head if _WISH.search(head) and not is_question(head) else ""


def statements(text: str, wishes: bool = False) -> str:
    """The parts of a message that tell, not ask: "ผมติดเชื้อHIVครับ" of "ผมติดเชื้อHIVครับ
    อยากรู้ว่ามีเงินช่วยเหลือผู้ติดเชื้อไหม" (a question alone tells nothing: ""); with
    `wishes`, also a wish beside the question ("อยากหางานทำแถวบ้านครับ"), for plain needs
    only (a sensitive need is the writer's own, said so)."""
    if not is_question(text):
        return text
    kept: list[str] = []
    telling = False  # within a part of the writer's that goes on to its particle
    matter = False  # right after a part kept: "เรื่อง..." tells what it is about
    for part in text.split():
        if is_question(part):
            telling = matter = False
            head = wished_head(part)  # "อยากปรึกษากฎหมายว่าเจ้าหนี้ยึดบัตรได้ไหม"
            how = _HOW_TO_GET.match(part) if wishes else None  # "ทำบัตรใหม่ต้องทำไงครับ" (dev68)
            if head or how is not None:
                kept.append(head or (how[1] if how is not None else ""))
            continue
        first = words(part)[:1]  # a word, never a prefix: "กู" is not "กู้ภัย"
        # ("อยากปรึกษากฎหมายครับ เรื่องโดนโกง จะเอาเงินคืนได้ไหม", dev94: the scam, told)
        matter = bool(telling or (first and first[0] in _ME) or (wishes and _WISH.search(part))
                      or _MUST.match(part) or (matter and part.startswith("เรื่อง")))
        if matter:
            kept.append(part)
            # "ผมเป็น HIV ครับ": the writer's part runs on to its particle
            telling = not _ENDS.search(part)
    return " ".join(kept)


def needs_after_sent(kb: KnowledgeBase, state: State, text: str,
                     value: str | None) -> StepResult | None:
    """The needs told after sending added to the request (`AddNeeds`), with where to ask; a
    sensitive one once consent to record it is given; None when no need is told."""
    pending = state.data.get("needs_pending")  # sensitive needs told, awaiting consent
    if pending:  # "ขอบันทึก...ไหมคะ" asked: the answer
        new = bool(told_needs(text, value))  # a bare "ค่ะ": asked once more (record_consent)
        if (agreed := record_consent(state, text, value, new)) is None and bare(text, value, new):
            return ask_record_again(state, pending)
        if agreed is not None:
            care = list(state.data.get("care_pending") or ())  # told with it: kept with it
            state = state.with_(needs_pending=None, care_pending=None, record_asked_again=None)
            if agreed:
                return _added(kb, state, list(pending), None, consented=True, care=care)
            plain = [n for n in pending if n in TOLD_PLAIN]  # work, a card: still added
            declined = _not_recorded(kb, [n for n in pending if n not in TOLD_PLAIN])
            if not plain:
                return respond(state, *declined)
            added = _added(kb, state, plain, None)
            return respond(added.state, *declined, *added.replies, effects=added.effects)
    had: list[str] = []  # what one already has is no need told; an age told by it is care
    dropped = allowances_had(text) if value is None else ()
    if value is None and _ALREADY.search(text.replace(" ", "")):
        had = told_care(" ".join(p for p in text.split() if _ALREADY.search(p)), None)
        text = " ".join(p for p in text.split() if not _ALREADY.search(p)) or "ไม่มี"
    if value is None and nothing_more(text):
        # "ไม่มีค่ะ": nothing else; "ไม่มีครับ เบี้ยคนแก่ผมก็ได้อยู่แล้วทุกเดือน": the elder's
        # care recorded, no referral to what he already gets
        return respond(state, Reply(texts.AFTER_SENT_OK), effects=(
            AddNeeds((), (), False, tuple(had), dropped),) if had or dropped else ())
    needs = told_needs(text, value)
    sensitive = [] if value is not None else [
        n for n in parse_needs(statements(text))
        if n in texts.SENSITIVE_NAMES and n != "disability"]
    if sensitive:  # "ผมติดเชื้อ HIV ครับ กินยาต้านอยู่": asked before it is recorded
        names = list(dict.fromkeys(texts.SENSITIVE_NAMES[n] for n in sensitive))
        told = [NEEDS[n][0] for n in needs] + names
        ask = texts.SENSITIVE_RECORD.format(", ".join(told), ", ".join(names))
        # the care need the same words tell ("ยาเบาหวาน": sick) waits for the consent too
        return respond(state.with_(needs_pending=[*needs, *sensitive],
                                   care_pending=told_care(text, value) or None),
                       Reply(ask, BY_KEY["sensitive_consent"].choices))
    care, devices = told_care(text, value), told_devices(text, value)
    if needs or care or devices:
        return _added(kb, state, needs, value, care=care, topics=devices, had=dropped)
    return respond(state, Reply(texts.AFTER_SENT_OK),
                   effects=(AddNeeds((), (), False, (), dropped),)) if dropped else None


def told_care(text: str, value: str | None) -> list[str]:
    """The travellers' care needs told after sending ("อยากให้มีเจ้าหน้าที่ไปส่งด้วยค่ะ":
    cannot travel alone), never in a question, nor beside a sensitive need (which
    is recorded only with consent: "ผมติดเชื้อ HIV" is no care need told)."""
    if value is not None:
        return []
    told = statements(text)  # (a wish beside a question: "อยากได้เงินช่วยผู้ติดเชื้อ HIV
    # ขอได้ไหม" asks of a topic, tells no care need)
    care = set(facts_of(told).special_needs)
    if "disability" in parse_needs(_DEVICE.sub(" ", told)):  # "ผมพิการครับ": the traveller's own
        care.add("disabled")
    return sorted(care)


# an aid for the body wished for ("อยากได้รถเข็นคันใหม่ครับ", "รถเข็นครับ"): its referral,
# no disability recorded by it (dev4: a wheelchair after leg surgery, for a while only)
_DEVICE = re.compile(r"รถเข็น|วีลแชร์|ขาเทียม|แขนเทียม|เครื่องช่วยฟัง")
DEVICES = "disability_devices"


# the aid for a disabled person's family asked for by name ("อยากขอเงินช่วยครอบครัวคนพิการคะ",
# dev93): its own topic (never "ไม่ขอ...", nor the family only told: "ครอบครัวคนพิการค่ะ")
# (never thanks, "ขอบคุณที่ช่วยครอบครัวคนพิการ", nor a wish denied, "ไม่อยากขอ...", review rev2)
# (or named first, its money, then asked for: "ได้ยินว่าครอบครัวคนพิการที่เดือดร้อนมีเงินช่วย
# ครั้งละ 3,000 อยากขอค่ะ", dev104; the wish last, never "...ได้เงินช่วยแล้ว ขอค่ารถ", rev2)
_FAMILY_AID = re.compile(r"(?<!ไม่)(?<!บ่)(?<!ไม่อยาก)(?<!บ่อยาก)(?<!ไม่ได้)(?:อยาก|ขอ(?!บคุณ|โทษ)|ต้องการ)"
                         r"[ก-๙]{0,16}?(?:ครอบครัว|บ้าน)(?:ที่มี)?"
                         r"(?:คน|ผู้)พิ(?:การ|กาน)"
                         r"|(?:ครอบครัว|บ้าน)(?:ที่มี)?(?:คน|ผู้)พิ(?:การ|กาน)[ก-๙]{0,16}?เงิน(?:ช่วย)?"
                         r"[ก-๙\d,.]{0,24}?(?<!ไม่)(?<!บ่)(?<!ไม่อยาก)(?<!บ่อยาก)(?:อยาก|ขอ(?!บคุณ|โทษ)|ต้องการ)"
                         r"(?:ขอ|ได้|สมัคร|รับ)?(?:บ้าง|ด้วย)?(?=ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|$)")


def told_devices(text: str, value: str | None) -> list[str]:
    """The devices' topic, when an aid is wished for (not a vendor's cart, "รถเข็นขายของ");
    the family aid's, when asked for."""
    told = statements(text, wishes=True) if value is None else ""
    wished = _DEVICE.search(told) and "disability" in parse_needs(told)
    family = ["disability_family_aid"] if _FAMILY_AID.search(told.replace(" ", "")) else []
    return [DEVICES, *family] if wished and "disability" not in parse_needs(
        _DEVICE.sub(" ", told)) else family


def _not_recorded(kb: KnowledgeBase, needs: list[str]) -> tuple[Reply, ...]:
    """Not recorded, as asked: where to get help with `needs` is still said (nothing of
    it is kept: the person may go there alone), or 1300."""
    refs = plain_titles(referrals(kb, needs, []), {})
    if not refs:
        return (Reply(texts.NEEDS_NOT_RECORDED),)
    return Reply(texts.NEEDS_NOT_RECORDED_WHERE), Reply(replies.referral_text(refs))


def _added(kb: KnowledgeBase, state: State, needs: list[str], value: str | None,
           consented: bool = False, care: tuple[str, ...] | list[str] = (),
           topics: tuple[str, ...] | list[str] = (), had: tuple[str, ...] = ()) -> StepResult:
    """`needs` (and the travellers' `care` needs) added to the request, the person told
    so, with the topic tapped or where to ask."""
    refs: list[dict[str, Any]] = plain_titles(referrals(
        kb, [*needs, *(CARE_REFERRED[c] for c in care if c in CARE_REFERRED)],
        [*(CARE_TOPICS[c] for c in care if c in CARE_TOPICS), *topics]), {})
    said = ", ".join(dict.fromkeys([*(NEEDS[n][0] for n in needs), *(SPECIAL[c] for c in care),
                                    *(LABELS[t] for t in topics)]))  # "ผู้สูงอายุ" once
    out = [Reply(texts.NEEDS_ADDED.format(said))]
    if value is not None and value.removeprefix("topic:") in kb.by_id:
        out.append(Reply(kb.by_id[value.removeprefix("topic:")].answer, replies.MENU_CHOICES))
    elif refs:
        out.append(Reply(replies.referral_text(refs)))
    more = Reply(texts.ANYTHING_MORE, replies.anything_else().choices)  # one at a time
    return respond(state, *out, more, effects=(AddNeeds(tuple(needs), tuple(refs), consented,
                                                         tuple(care), had),))
