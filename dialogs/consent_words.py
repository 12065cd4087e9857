"""What a message at the consent question tells: facts of the person's own, sensitive data
told in a story, and a yes that leaves the sensitive part out."""

from __future__ import annotations

import re

from dialogs import texts
from dialogs.answering import written_for
from dialogs.consent_yes import consent_word
from dialogs.parse import parse_yes_no
from dialogs.provinces import find_provinces
from dialogs.questions import asks_what_is_meant, is_question, just_asking
from dialogs.understand import read_message
from dialogs.words import words

__all__ = ["APPLY", "BLESSING", "EN_FACT_NOUN", "EN_NO_NOUN", "TOPIC_WORDS", "UNSURE",
           "UNSURE_WORDS", "own_facts", "qualified_yes", "sensitive_told", "story_piece"]

APPLY = re.compile(r"(?:ยื่น|สมัคร)(?:ขอ)?(?:ความช่วยเหลือ|เรื่อง|คำขอ)|ขอความช่วยเหลือ(?:เลย|ด้วย)"
                   # "งั้นขอสมัครเลยค่ะ" (dev8), never one who will not ("ไม่ขอสมัครเลย")
                   r"|(?<!ไม่)(?<!บ่)ขอ(?:ยื่น|สมัคร)(?:เลย|ด้วย|นะ)")
# read from a question's topic ("เบี้ยผู้สูงอายุได้เท่าไหร่"), not the person's own facts
TOPIC_WORDS = frozenset({"special_needs", "need_hints"})
# "ยินยอม แต่ไม่อยากให้เก็บเรื่องติดคุก": yes to the rest, no to the sensitive part
EXCLUSIONS = ("ยกเว้น", "ไม่รวม", "ไม่ต้องเก็บ", "ไม่ต้องบันทึก", "ไม่อยากให้เก็บ",
              "ไม่อยากให้บันทึก", "ไม่เอาเรื่อง", "ไม่ให้เก็บ")  # may be said alone
QUALIFIERS = ("บางส่วน", *EXCLUSIONS)  # only with a yes
# a "but" that limits the yes ("ยินยอมค่ะ แต่ขอไม่ตอบเรื่องสุขภาพ"), never one inside another
# word ("ตั้งแต่", "มีแต่ใบปล่อยตัว", "แต่งงาน", "แต่ละ") nor a story going on ("ยินยอมครับ แต่ไม่มี
# บัตร"; dev51: "ยินยอม บัตรหายตั้งแต่โดนจับ" left a parolee's probation out)
# (a word or two may come between: "แต่ผมขอไม่ตอบเรื่องคดี", "แต่ว่าเรื่องติดคุกไม่อยากเปิดเผย",
# "แต่ถ้าเป็นเรื่องติดยาขอข้าม", "แต่แค่เรื่องกลับบ้านนะ"; never "แต่ขอให้ช่วยเร็วๆ", a plea)
_RECORD_VERB = r"(?:บอก|ตอบ|บันทึก|จด|เปิดเผย|เก็บ|ใส่|รวม|มีประวัติ|ระบุ|พูด(?:ถึง)?|เล่า|รู้)"
_TOPIC = r"(?:คุก|คดี|ประวัติ|โรค|สุขภาพ|เอชไอวี|hiv|ยา|ติด|ป่วย|จิต|พิการ|อ่อนไหว)"
_LIMITING_BUT = re.compile(r"(?<!ตั้ง)(?<!มี)(?<!แค่)(?<!เอา)(?<!เพียง)แต่(?!ง|ละ)"
                           r"(?:ว่า|ผม|หนู|ฉัน|ดิฉัน|พี่|ส่วนตัว|ส่วน|ข่อย|ข้อย|เฮา|กู|เค้า|เรา|ถ้า(?:เป็น)?"
                           r"|แค่|เอาแค่)*"
                           r"(?=ขอ(?:ไม่|ข้าม|เก็บ|งด|ยกเว้น)|(?:ไม่|บ่)(?:อยาก|ต้อง|สะดวก|ขอ)?(?:ให้[ก-๙]{0,8}?)?"
                           + _RECORD_VERB + r"|เรื่อง(?:ของ)?(?:ที่)?(?:เคย)?" + _TOPIC
                           # a topic, then a no to it ("แต่ประวัติคดีขอไม่เปิดเผย", "แต่ HIV ขอไม่บอก")
                           + r"|[ก-๙a-z]{0,12}?" + _TOPIC + r"[ก-๙a-z]{0,15}?(?:ไม่อยาก|ขอไม่|ไม่ขอ"
                           r"|ไม่ให้|ข้าม|ไม่เปิดเผย|ความลับ)|ข้าม|แค่เรื่อง|ข้อมูล(?!ผม|หนู|ฉัน|ของ|อาจ|ไม่ครบ)"
                           r"|ยกเว้น|อย่า(?!บอก|แจ้ง)|ห้าม(?!บอก|แจ้ง)|เฉพาะ"
                           r"|บางเรื่อง|บางข้อ|บางส่วน)", re.IGNORECASE)
# unsure, anywhere after a yes ("ครับ ยังไม่แน่ใจ", "ค่ะ ขอถามลูกก่อน"): no yes yet
UNSURE_WORDS = r"ไม่แน่ใจ|บ่แน่ใจ|ขอ(?:คิด|ดู|อ่าน|ถาม[ก-๙]{0,8}?)ก่อน|ขอเวลา"
# unsure in a short answer too ("อืม ไม่แน่ใจ", "ไม่รู้", "เดี๋ยว"): no yes however short
UNSURE = re.compile(UNSURE_WORDS + r"|ไม่รู้|ขอคิด|เดี๋ยว|รอก่อน")
# what "no" before it makes a fact, not a refusal: "no ID card", "no money", "no idea",
# "no บัตรค่ะ"
EN_FACT_NOUN = (r"(?:(?:thai\s*)?(?:id\b|id\s*card|card)|money|cash|job|work|food|home|house|place"
                r"|room|shelter|ticket|fare|income|passport|bag|wallet|idea"
                r"|บัตร|เงิน|ตัง|งาน|ที่นอน|ที่พัก|ค่ารถ|ข้าว|บ้าน)")
# English "no" before such a noun: a fact or a doubt, not a refusal ("no", "no thanks", "no
# way", "no I don't want" still are)
EN_NO_NOUN = re.compile(r"^\W*no\s+" + EN_FACT_NOUN, re.IGNORECASE)


def own_facts(text: str) -> bool:
    """The message tells something of the person's own: any fact in a statement ("ผม
    พิการขา ต้องนั่งวีลแชร์"); in a question, more than its topic ("เบี้ยผู้สูงอายุได้
    เท่าไหร่" is about elderly people, not a fact about the writer); whom one writes for
    ("หนูพิมพ์แทนพ่อนะคะ": the parent's card answers the card question later), not in a
    question only asked for them ("ถามให้พ่อครับ")."""
    if is_question(text) and _SUPPOSED.match(text) and _SELF.isdisjoint(words(text)) and not (
            read_message(_ASKED_THEN.split(text)[-1])):  # (then one's own: "...ขอได้มั้ยคะ ตอนนี้
        return False  # ไม่มีตังเลย", review 4) a case supposed ("ถ้าคนที่จะขอ...กี่วันครับ"), nobody's own
    asked = is_question(text)
    facts = set(read_message(_asked_if_left_out(text) if asked else text))
    # (never whom one only asks for: "ไม่ครับ แค่ถามแทนเพื่อน", dev108)
    whom = bool(written_for(text)) and not just_asking(text)
    if asked:  # (whom one writes for, asked: "ช่วยส่งพ่อกลับได้ไหมครับ", dev50)
        return bool(facts - TOPIC_WORDS) or (bool(facts) and _said_of_self(text)) or (
            whom and (bool(written_for(_ASKED_FOR.sub(" ", text))) or bool(
                _MAY_ASK_FOR.search(text.replace(" ", "")))))
    return bool(facts) or whom


# a case supposed and asked about in one piece ("แล้วถ้าบัตรประชาชนหายต้องใช้อะไรแทน", dev36: read
# as the writer's lost card, so the question was kept as a story and never answered); never
# one's own told, then asked apart ("ถ้าอยากกลับบ้านแต่ไม่มีเงิน ขอให้ช่วยได้ไหมคะ")
_IF_PIECE = re.compile(r"(?:แล้ว)?(?:ก็)?(?:ถ้า|หาก|สมมติ|สมมุติ)")


def _asked_if_left_out(text: str) -> str:
    return " ".join(p for p in text.split() if not (_IF_PIECE.match(p) and is_question(p)))


# a question asked for someone ("...เท่าไหร่ ครับ ถามให้พ่อครับ", dev110): whom it is asked
# for, nothing of theirs told (a plea for them still is: "ช่วยส่งพ่อกลับได้ไหมครับ")
_ASKED_FOR = re.compile(r"(?:ขอ)?(?:สอบ)?ถาม\s*(?=แทน|ให้)")
# whether one may ask for them is whom one writes for ("สอบถามแทนพ่อแม่ได้ไหมคะ", dev75)
_MAY_ASK_FOR = re.compile(r"ถาม(?:แทน|ให้)[ก-๙]{1,12}?ได้(?:ไหม|มั้ย|มั๊ย|บ่|ป่ะ|ปะ|หรือเปล่า)")


# a question of another's case supposed, said first ("ถ้าคนที่จะขอ...", "หากมีใคร..."); never one's
# own ("ถ้าอยากกลับบ้านแต่ไม่มีเงิน ขอให้ช่วยได้ไหมคะ": the writer's)
_ASKED_THEN = re.compile(r"(?:ไหม|มั้ย|มั๊ย|เปล่า|ป่าว|เท่าไหร่|เท่าไร|กี่วัน|ยังไง|อย่างไร|บ้าง)"
                         r"(?:คะ|ค่ะ|ครับ|คับ|จ๊ะ|จ้า|นะ)*")  # the question's end: what follows is told
_SUPPOSED = re.compile(r"\s*(?:สวัสดี(?:ค่ะ|คะ|ครับ|คับ)?\s*|เจริญพร\s*)?(?:ถ้า|หาก|สมมติ|สมมุติ)"
                       r"(?:ว่า)?(?:มี)?(?:คน|ใคร|โยม|ผู้|เขา|เค้า|ชาวบ้าน)")
_PARTICLES = frozenset({"ค่ะ", "คะ", "ค่า", "ครับ", "คับ", "จ้า", "จ้ะ", "นะ", "เด้อ", "เจ้า", "น้า"})
# how a yes (or a muddle) begins, never a piece of story ("ได้ลูก", "อืม ก็ได้")
_YES_START = ("ได้", "โอเค", "ok", "ตกลง", "ใช่", "อืม", "เออ", "จ้ะ", "ครับ", "ค่ะ", "ยอม")


# not following the notice, said as a statement: "หนูอ่านไม่ออก", "ยังไม่พร้อม"
# (nor the phone, the buttons, the notice itself; a refusal, a wait or a wish to talk)
_CANNOT_FOLLOW = re.compile(r"อ่าน|(?:ไม่|บ่)(?:ค่อย)?(?:พร้อม|เข้าใจ|รู้หนังสือ|รู้เรื่อง)|มองไม่|ตาไม่ดี"
                            r"|ปุ่ม|กด|มือถือ|โทรศัพท์|ตัวหนังสือ|ยาว|ข้อมูล|(?:ไม่|บ่)(?:ต้อง|อยาก|ให้|สะดวก|ขอ)"
                            r"|กลัว|เปลี่ยนใจ|ไว้ก่อน|ยังไม่(?:ตัดสินใจ|แน่ใจ|พร้อม|สะดวก)|ปรึกษา|ถาม|ส่งต่อ|โทร"
                            r"|ขอโทษ|พิมพ์ผิด|รอ(?!ง)|เจ้าหน้าที่|ช่วยด้วย|เอาไง|ทำไง|ยังไงดี|บอท|หุ่นยนต์|คนจริง")


_SLIP_FIX = re.compile(r"เอ้ย|เอ๊ย|(?<!พ่อ)(?<!แม่)อุ[๊้]ย|พิมพ์ผิด|ขอแก้|ที่ถูก(?:คือ|เป็น)?")


def story_piece(text: str) -> bool:
    """A piece of a story told in short messages before consent ("มีลูกสองคน", "แม่ก็อยู่
    ด้วย", "แต่เงินไม่พอค่ะ"): a statement of two words or more (particles aside), neither
    a yes or no, a doubt, a question, nor a question of what is meant. Kept with the story,
    and not taken as being stuck (dev48: a mother's six short messages met a person)."""
    compact = text.strip().lower()
    if _SLIP_FIX.search(compact) and find_provinces(text):  # "เอ้ย ไม่ใช่ ชัยภูมิครับ พิมพ์ผิด"
        return True  # a place taken back is the story's (dev57: its home was kept wrong)
    if (not compact or compact.startswith(_YES_START) or "ยินยอม" in compact or is_question(text)
            or parse_yes_no(text) is not None or UNSURE.search(compact)
            or asks_what_is_meant(text) or _CANNOT_FOLLOW.search(compact) or just_asking(text)):
        return False
    return len([w for w in words(text) if w.strip() and w not in _PARTICLES]) >= 2


_SELF = frozenset({"ฉัน", "ผม", "หนู", "ดิฉัน", "เรา", "กู", "ข้า", "ข้อย", "เค้า"})
_BEING = frozenset({"เป็น", "ก็", "ได้", "ยัง", "กำลัง"})


def _said_of_self(text: str) -> bool:
    """A care need said of oneself beside the question ("ฉัน หูหนวก ช่วย ได้ไหม", "ผม
    เป็นคนพิการ ..."): "I" then the need (a "เป็น" between), never a topic asked of
    ("ผมอยากรู้ว่าคนพิการได้เบี้ยเท่าไหร่")."""
    said = words(text)
    for i, word in enumerate(said[:-1]):
        if word in _SELF:
            rest = [w for w in said[i + 1:i + 3] if w not in _BEING][:1]
            if rest and read_message(rest[0]).get("special_needs"):
                return True
    return False


def sensitive_told(text: str) -> str:
    """The sensitive data a story holds, named for the notice ("เรื่องพ้นโทษ"), or ""."""
    if not text:
        return ""
    hints = set(read_message(text).get("need_hints") or ())
    names = texts.SENSITIVE_NAMES
    return ", ".join(dict.fromkeys(name for key, name in names.items() if key in hints))


# a yes said first ("ได้ครับ แต่ไม่เอาเรื่องคุก"), and an exclusion said alone
# (a whole word, not denied nor another word: "ยอมไม่ได้", "ได้ยินมาว่า...", "ได้เงินแล้ว")
_LEADING_YES = re.compile(r"(?:ได้|โอเค|ตกลง|ok|ยอม|ยินยอม)(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ)*"
                          r"(?=แต่|$|\s)", re.IGNORECASE)
# the exclusion said alone names what is left out ("ไม่รวมเรื่องคุก"); "ไม่ให้เก็บข้อมูลค่ะ",
# "ไม่ต้องเก็บอะไรทั้งนั้น" refuse it all
_EXCLUDED = re.compile(r"(?:" + "|".join(EXCLUSIONS) + r")(?:ข้อมูล)?(?:เรื่อง|อ่อนไหว|ประวัติ|คุก"
                       r"|ติดคุก|คดี|สุขภาพ|โรค|hiv|เอชไอวี|ความพิการ|พ้นโทษ)", re.IGNORECASE)


# asked not to write a sensitive topic down, the verb beside the topic, in either order:
# "ถ้าไม่เก็บเรื่องคุก", "ขอไม่ระบุเรื่องคุก", "เรื่องคุกไม่ต้องจด", "ตัดเรื่องคุกออก" (never a word
# that only begins so, "ไม่ใส่ใจเรื่องประวัติ", nor a topic of no care, "เรื่องลูกไม่ต้องเขียน")
_SENSITIVE_TOPIC = (r"(?:ข้อมูล)?(?:เรื่อง|ประวัติ)?(?:ที่)?(?:ติด)?(?:คุก|ตะราง|เรือนจำ|ทัณฑ\S{0,5}"
                    r"|คดี|พ้นโทษ|ประวัติ(?:อาชญากรรม)?|สุขภาพ|โรค|hiv|เอชไอวี|เอดส์|(?:ความ)?พิการ"
                    r"|อ่อนไหว|ยาเสพติด)")
_NOT_WRITE = (r"(?:ไม่ต้อง|ไม่อยากให้|ไม่ให้|ขอไม่|ขออย่า|อย่า|ห้าม|ไม่)(?:ลง)?"
              r"(?:บันทึก|เก็บ|จด|ใส่|เขียน|ระบุ|ลง)(?!ใจ|กด|เงิน|ตัง)")
_DONT_RECORD = re.compile(_NOT_WRITE + r"(?:ไว้)?" + _SENSITIVE_TOPIC
                          + r"|" + _SENSITIVE_TOPIC + r"(?:นี้|นั้น)?(?:ก็)?" + _NOT_WRITE
                          + r"|(?:ตัด|เว้น)" + _SENSITIVE_TOPIC, re.IGNORECASE)


def qualified_yes(text: str) -> bool:
    """A typed yes that leaves the sensitive part out ("ยินยอมค่ะ แต่ไม่รวมเรื่องคุก",
    "ไม่รวมข้อมูลอ่อนไหว", "ยินยอม เรื่องคุกไม่ต้องจด"), never a no ("ไม่ยินยอม") nor a story
    with a "but" in it (dev26: "บัตรประชาชนก็หาย แต่ผู้ใหญ่บ้านทำหนังสือรับรอง..." was taken
    as consent)."""
    compact = text.replace(" ", "")
    if "ไม่ยินยอม" in compact:
        return False
    yes = consent_word(text) is True or bool(_LEADING_YES.match(text.strip()))
    if yes and _DONT_RECORD.search(compact):
        return True
    if not any(q in compact for q in QUALIFIERS) and not _LIMITING_BUT.search(compact):
        return False
    if yes:
        return True
    return bool(_EXCLUDED.match(compact)) and not is_question(text)  # "ไม่รวมเรื่องคุก"

# a blessing or thanks said with a yes: "ได้ครับ อินชาอัลลอฮ์", "ได้ค่ะ สาธุ ขอบคุณมาก"
BLESSING = re.compile(r"\s*(?:อินชา ?อัลลอ[ฮห]์?|อินชาอัลเลาะห์|สาธุ(?:ๆ|\s*สาธุ)*|ขอบคุณ(?:มาก)?(?:ๆ)?"
                       r"(?:ครับ|ค่ะ|คะ|นะ)*|ขอบใจ(?:จ้า|นะ)*)\s*")


# after a no, whether help is still possible without consent ("ถ้าไม่ยินยอมจะช่วยได้ไหมคะ",
# dev53: it was taken for a wish to erase everything)
_WITHOUT_CONSENT = re.compile(r"(?:ไม่|บ่)(?:ยินยอม|ยอม|ให้เก็บ(?:ข้อมูล)?)(?:แล้ว)?(?:จะ|ก็|ยัง)*"
                              r"(?:ช่วย|ได้รับ(?:ความ)?ช่วยเหลือ|ขอ(?:ความ)?ช่วยเหลือ|ได้เงิน|ส่งเรื่อง)")


def help_without_consent(text: str) -> bool:
    """A question whether help comes without consent to keep data."""
    compact = text.replace(" ", "")
    return is_question(text) and bool(_WITHOUT_CONSENT.search(compact)) and not re.search(
        r"ลบ|ทิ้งข้อมูล|ถอน(?:ความ)?ยินยอม|ยกเลิก(?:ข้อมูล|การยินยอม)", compact)  # erasure asked


MAX_PENDING = 3000  # characters of a story kept before consent: three long messages


def joined(pending: str, more: str) -> str:
    """A story kept before consent with `more` told after it, its last MAX_PENDING
    characters only (one who writes on and on is read from what they said last; every
    reading of the story stays bounded)."""
    story = f"{pending} {more}".strip()
    if len(story) <= MAX_PENDING:
        return story
    cut = story[-MAX_PENDING:]
    return cut.split(" ", 1)[1] if " " in cut else cut
