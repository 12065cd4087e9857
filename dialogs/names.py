"""The name to call the person, read from free Thai text (refusals: dialogs.refusals).

`extract_name` reads the name after a cue ("ดิฉันชื่อมาลี", "เรียกเอกก็ได้ครับ"), or,
with `bare` (the answer to the name question), the message itself ("มาลีค่ะ", "ป้าแดง
0812345678"). A word wrongly taken as a name goes to the officers with the request, so
anything that reads as something else is not a name: a filler or a verb ("เดี๋ยว",
"รอแป๊บ", "อ๋อ", "ใช้เบอร์เพื่อน"), keyboard mash ("ฟหกด"), a sticker, another person's
name ("นายจ้างชื่อสมชาย"). Particles after the name are dropped ("บอยครับผม" -> บอย).

All matching is on whole words (dialogs.words), never inside a word. Whose name a cue
introduces, the writer's or someone else's: dialogs.name_owner.
"""

from __future__ import annotations

import re

from dialogs import name_owner as own
from dialogs import name_words as nw
from dialogs.name_cues import as_cues, not_called, slip_named, slip_part, told_after, with_nickname
from dialogs.name_owner import KIN, MINE, OTHERS, PHONE_MINE, someone_else
from dialogs.name_particles import as_typed, without_particle
from dialogs.parse import parse_yes_no
from dialogs.refusals import is_refusal
from dialogs.words import chunks

__all__ = ["MAX_NAME_CHARS", "extract_name"]

_SURNAME = "นามสกุล"
_TITLES = frozenset({"นาย", "นาง", "นางสาว", "น.ส.", "น.ส", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ."})
_AFTER_CUE = frozenset({"ว่า", "คือ", "เล่น", "จริง", "ผม", "หนู", "ฉัน", "ดิฉัน", "เรา", "ของ", "ผิด",
                        "แก้", "ใหม่", "ถูก", "เป็น", "คุณ"}) | _TITLES
_PRONOUNS = frozenset({"ผม", "ดิฉัน", "ฉัน", "หนู", "เรา", "กระผม", "ข้า", "ชื่อ", "เรียก",
                       "ว่า", "เล่น", "ชื่อเล่น"}) | _TITLES  # "นางสาว มาลี": มาลี
_PARTICLES = frozenset({
    "ครับ", "ค่ะ", "คะ", "ค่า", "คับ", "จ้า", "จ้ะ", "จ๊ะ", "จ่ะ", "นะ", "นะคะ", "นะครับ", "นะจ๊ะ",
    "นะจ้ะ", "น่ะ", "ครับผม", "คร้าบ", "ค้าบ", "ฮะ", "ฮ่ะ", "ฮับ", "เอง", "ก็ได้", "ก็", "ได้",
    "เลย", "เบอร์", "โทร", "เบอร์โทร", "ละ", "นี่", "นี้", "ย่ะ", "แล้ว", "คือ", "บ",
    "เจ้า", "หนิ", "เด้อ", "เน้อ",  # northern, southern and north-eastern particles
    "พอ", "เฉย", "เฉยๆ", "นี่แหละ", "แหละ", "ล่ะ"})  # "เรียกบอยพอครับ", "บอยนี่แหละ": just บอย
MAX_NAME_CHARS = 30
_CONTACT = frozenset({"ติดต่อ", "โทรหา", "ติดต่อกลับ"})  # "ติดต่อหนูนะคะ" before the name
# "ด.ช.ต้น", "น.ส.มาลี": a title with dots (cleaning would leave ด and ช as the name)
_SHORT_TITLE = re.compile(r"(?:ด\.\s*ช|ด\.\s*ญ|น\.\s*ส)\.?\s*")
# never a name, nor a name's second part ("ขอบคุณค่ะ", "เด็กหญิงฝน ลูกสาว")
_NOT_NAMES = frozenset({"ขอบคุณ", "สวัสดี", "ด่วน", "ไม่ด่วน", "โอเค", "ok", "ลูก", "ลูกสาว",
                        "ผู้ชาย", "ผู้หญิง",  # "ชื่อในบัตรเป็นชื่อผู้ชาย": no name
                        "เขา", "เค้า",  # "(ชื่อเขานะคะ)": whose name it is
                        "ลูกชาย", "แม่", "พ่อ", "แฟน", "เมีย", "สามี", "ภรรยา", "หลาน", _SURNAME,
                        # the start of a name too ("รอฮานา", "พิมพ์ชนก"), alone none
                        "รอ", "หา", "หาย", "ส่ง", "อ่า", "หะ", "รูป", "ภาพ", "ดู",
                        # consent typed again at the name ("ยินยอม" became a name)
                        "ยินยอม", "ไม่ยินยอม", "ยอมรับ", "ตกลง", "รับทราบ"}) | own.KIN_ONLY
# before the name, said only to be polite ("ขอบคุณค่ะ แดง 0812345678", "ได้ค่ะ ต้อย")
_COUNTERS = frozenset({"คน", "ท่าน", "ขวบ", "ปี", "บาท", "วัน"})  # words counted after a number
_COURTESY = frozenset({"ขอบคุณ", "ขอบใจ", "สวัสดี", "ได้", "โอเค", "ok", "ค่ะ", "คะ", "ครับ",
                       "คับ", "ค่า", "จ้า", "จ้ะ", "นะคะ", "นะครับ", "มาก", "ขอบคุณมาก", "เลย",
                       "hello", "hi", "thanks", "thank", "you"})


# after "ชื่อ" alone, whose name it is, never a name ("อาแซ สะมะแอ ค่ะ (ชื่อโต๊ะ)")
_WHOSE = frozenset({"โต๊ะ", "เปาะ", "เมาะ", "ลุง", "ป้า", "ยาย", "ตา", "ปู่", "ย่า", "แม่", "พ่อ", "อุ๊ย"})
_HIS = frozenset({"เขา", "เค้า", "แก", "ท่าน"})
_NAME_ENDS = frozenset({"เรียน"})  # ending names as often as a need: "บัวเรียน" (dev42)
# where the name is or what it is like ("ชื่ออยู่ข้างบนแล้ว", "ชื่อจะยาว"): no name after the cue
_NOT_NAME_END = re.compile(r"ข้าง|ด้าน|ตรง|หลัง|ใน|บน|ล่าง|ยาว|จำ|ซ้ำ|เหมือน|เยอะ|เขียน")
_LATER = re.compile(r"(?:จะ|ไว้|เดี๋ยว|ขอ|ค่อย)+(?:แจ้ง|บอก|ส่ง|พิมพ์)")  # after the cue: told later


def _name_from(tokens: tuple[str, ...]) -> str | None:
    tokens = nw.from_name_start(tokens)
    name: list[str] = []
    cap = 6 if nw.syllables_only(tokens, _PARTICLES) else 3  # "อับ|ดุล|รอ|แม": one name
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        ends_name = not following or following in _PARTICLES
        if token == "นี่" and name and name[-1].endswith("น") and ends_name and following not in (
                "ละ", "ล่ะ", "แหละ", "เอง", "นะ"):  # "เจนนี่ค่ะ", "วินนี่" (dev108): a -nny name's
            name.append(token)  # end; never "this" after another ("ชื่อแดงนี่ค่ะ", review rev3)
            break
        if (token in _PARTICLES or any(ch.isdigit() for ch in token)
                or (token in nw.STARTERS and not (name and ends_name)
                    and not (token == "มี" and _has_inside(name, tokens[i + 1:])))):
            break
        if name and cap == 3 and len(token) > 3 and not (token in _NAME_ENDS and ends_name) and (
                nw.tells(token)):
            break  # "ชื่อสมชายตกงานครับ": สมชาย, out of work
        if name and nw.starter_cut(token, following):
            break  # "ชื่อสมศักดิ์ทำงานก่อสร้าง": ทำ|งานก่อสร้าง is ทำงาน cut (dev97)
        name.append(token)
        if len(name) == cap:
            break
    joined = "".join(name)
    if any(w in nw.NEVER_IN for w in name):  # "รอแป๊บ", "โทรศัพท์หาย"
        return None
    if len(name) > 1 and name[0] in nw.VERBS and name[1] in nw.VERBS:
        return None  # "คนไป", "ไปหา": words of a sentence (not "ไป|ร|ยา", "คน|อง|ศักดิ์")
    if (not 0 < len(joined) <= MAX_NAME_CHARS or parse_yes_no(joined) is not None
            or joined.lower() in _NOT_NAMES or nw.mashed(joined)):
        return None
    return None if is_refusal(joined) else joined


def _has_inside(name: list[str], rest: tuple[str, ...]) -> bool:
    """"กา|มี|ลา", "อา|มี|นะห์" (dev67): one syllable, "มี" and a short syllable ending the
    words are one name (Kamila, Aminah); never one who has something ("แดงมีตังค์")."""
    after = rest[1] if len(rest) > 1 else ""
    return (len(name) == 1 and len(name[0]) <= 2 and bool(rest) and len(rest[0]) <= 4
            and not any(rest[0] in ws for ws in (nw.HAD, nw.VERBS, nw.STARTERS, nw.NEVER_FIRST,
                                                 nw.NEVER_IN, _NOT_NAMES, _PARTICLES, OTHERS, KIN))
            and (not after or after in _PARTICLES or after[:1].isdigit())
            and not nw.tells(rest[0]))  # "ดามีพี่", "ดามีแมว", "นกมียา"


def _with_surname(name: str, following: tuple[tuple[str, ...], ...]) -> str:
    """"ชื่อ ซัว แซ่ย่าง", "ชื่อนายประเสริฐ ทองดี", "ชื่อ สมศรี นามสกุล ใจดี": the next
    chunk is the surname when it is a name and nothing else (not "ชื่อต้น อยู่ชลบุรี",
    "ชื่อต้น ตกงานครับ")."""
    if following and following[0][:1] == (_SURNAME,):
        following = ((following[0][1:],) if following[0][1:] else ()) + following[1:]
    if not following:
        return name
    surname = None if following[0][:1] and following[0][0] in nw.AFTER_NAME else (
        _surname_from(following[0])
        or nw.yes_like_surname(following, _PARTICLES | _NOT_NAMES))
    if not surname or surname != "".join(w for w in following[0] if w not in _PARTICLES):
        return name
    return name if nw.tells(surname) else f"{name} {surname}"


def _surname_from(tokens: tuple[str, ...]) -> str | None:
    """A surname: a name ("บุตรวงศ์", "หมัดอะหลี"), or one starting like a word, of two
    ("มีสุข", "อยู่เย็น"; not "มีแฟน", "มีลูก", "มีตังค์", "อยู่คนเดียว")."""
    core = [w for w in tokens if w not in _PARTICLES]
    if len(core) == 1:  # "มีลูก", "มีเงิน": one word to the tokeniser
        core = next(([w, core[0][len(w):]] for w in nw.NAME_STARTS
                     if core[0].startswith(w) and len(core[0]) > len(w)), core)
    if len(core) != 2 or core[0] not in nw.NAME_STARTS:
        return _name_from(tokens)
    if any(core[1] in ws for ws in (nw.VERBS, nw.STARTERS, nw.NEVER_FIRST, nw.HAD, OTHERS,
                                    _NOT_NAMES, _PRONOUNS)):
        return None
    return _name_from(("".join(core),))


def _after_cue(pieces: tuple[tuple[str, ...], ...], n: int, i: int,
               bare: bool) -> str | None:
    """The name after the cue at word `i` of chunk `n`, with its surname when told; after
    "ชื่อจริง" (the real name, the full one) a name chunk next is the surname ("ขอใส่ชื่อจริง
    ครับ ธนวัฒน์ แก้วมณี")."""
    chunk = pieces[n]
    rest, at = list(chunk[i + 1:]), n
    titled = (bool(rest) and rest[0] in _TITLES) or chunk[i] == "ชื่อจริง"
    if (rest[:1] and rest[0] in KIN and n + 1 < len(pieces)
            and all(w in _PARTICLES or w in _HIS for w in rest[1:])):
        rest = []  # "ชื่อน้อง ชัยวัฒน์", "ชื่อพี่เค้า สมศักดิ์" (dev79): the name follows
    elif rest[:1] and rest[0] in KIN and rest[1:2] and rest[1] in _HIS and rest[2:3] == ["คือ"]:
        del rest[:3]  # "ชื่อพี่เค้าคือสมศักดิ์"
    else:  # "ชื่อน้องชายธนพล", "ชื่อน้องที่จะกลับคือปิยะนุช": the kin's name follows
        del rest[:own.kin_first(rest, _PARTICLES | _HIS)]
    if rest[:1] in (["ใน"], ["ตาม"]) and rest[1:2] in (["บัตร"], ["บัตรประชาชน"], ["ทะเบียน"],
                                                      ["ทะเบียนบ้าน"]):
        del rest[:2]  # "ชื่อในบัตร ธนากร", "ชื่อตามบัตรประชาชน สมชาย": the name follows
        if rest[:1] in (["ประชาชน"], ["บ้าน"]):
            rest.pop(0)
    if n and not i and own.whose_only(rest, _WHOSE, _PARTICLES | _HIS) and _bare(pieces[:n]):
        return None  # "...สะมะแอ ค่ะ (ชื่อโต๊ะ)", "ธนพลค่ะ ชื่อน้องชายนะคะ" (dev73, dev96)
    while rest and (rest[0] in _AFTER_CUE or rest[0] in _PARTICLES):
        rest.pop(0)  # "ชื่อเล่นค่ะ ต้อย"
    if not rest and n + 1 < len(pieces):
        rest, at = list(pieces[n + 1]), n + 1  # "ผมชื่อ ต้น", "ชื่อคือ ต้น"
        titled = titled or (bool(rest) and rest[0] in _TITLES)
    while rest and rest[0] in _AFTER_CUE:
        rest.pop(0)
    if _LATER.match("".join(rest)):
        return None  # "ชื่อจะแจ้งทีหลัง": the name comes later
    found = _name_from(tuple(rest)) or (  # "ชื่อจะแฮค่ะ" (dev71), not "ชื่ออยู่ข้างบน"
        None if rest[1:2] and _NOT_NAME_END.match(rest[1]) else _starts_name(rest, ()))
    if not found:
        return None
    after = rest[len(nw.found_words(rest, found)):]
    while after and after[0] in _PARTICLES:
        after.pop(0)
    if after[:1] == [_SURNAME]:  # "ชื่อสมศรีนามสกุลใจดี"
        tail = tuple(after[1:])
        surname = _name_from(tail) if tail else None
        if tail and surname and not nw.tells(surname):
            return f"{found} {surname}"
        return _with_surname(found, pieces[at + 1:]) if not tail else found
    if (bare or titled or told_after(pieces, at + 2, _PARTICLES)) and found == "".join(rest):
        return _with_surname(found, pieces[at + 1:])  # "ชื่อสมศรี ใจดี เบอร์ 08...": told
    if not after and pieces[at + 1:][:1] and pieces[at + 1][:1] == (_SURNAME,):
        return _with_surname(found, pieces[at + 1:])  # "ชื่อ สมศรี นามสกุล ใจดี"
    return found


def _by_cue(pieces: tuple[tuple[str, ...], ...],
            bare: bool) -> tuple[int, str | None, int, int]:
    """(the first chunk telling someone else's name or -1, the writer's name after a cue,
    the chunk of a nickname's cue or -1, the chunk of the real name's cue or -1). The real
    name comes first ("ชื่อเล่นต้น ชื่อจริงธนากร ศรีสุข": ธนากร ศรีสุข), as officers need it
    for the ticket; extract_name keeps the nickname beside it. A cue
    opening its chunk after a relative names the relative ("โทรหาลูกสาวได้ครับ ชื่อแก้ว")."""
    seen = -1
    for cues in (("ชื่อจริง",), ("ชื่อ",), ("ชื่อเล่น", "เรียก")):
        for n, chunk in enumerate(pieces):
            for i, token in enumerate(chunk):
                if token not in cues:
                    continue
                before, start = chunk[:i], n
                if n and all(w in _PARTICLES for w in before):
                    before, start = pieces[n - 1] + before, n - 1
                if nw.refused_before(chunk[:i]) or not_called(token, chunk[:i]):
                    continue  # "ไม่อยากบอกชื่อจริงค่ะ กลัวเขาตามเจอ เรียกหนูว่ามายด์"
                if someone_else(before, bare and start == 0, _PARTICLES):  # "แก้วค่ะ ... แม่ชื่อมาลี"
                    seen = start if seen < 0 else min(seen, start)
                    continue
                found = _after_cue(pieces, n, i, bare)
                if found:
                    return (0, found, n if token != "ชื่อ" and token != "ชื่อจริง" else -1,
                            n if token == "ชื่อจริง" else -1)
    return seen, None, -1, -1


def _starts_name(rest: list[str], later: tuple[tuple[str, ...], ...]) -> str | None:
    """A whole answer that is a name starting like a word ("จะหวะครับ 0843216789",
    "อยู่เย็นค่ะ"), not a verb ("จะกลับค่ะ", "อยู่ชลบุรี")."""
    if (len(rest) < 2 or rest[0] not in nw.NAME_STARTS or rest[1] in nw.VERBS
            or rest[1].startswith(("กลับ", "ไป", "มา", "ทำ", "หา", "ขอ"))  # "จะกลับบ้าน"
            or rest[1] in nw.STARTERS or rest[1] in nw.NEVER_FIRST or rest[1] in _PARTICLES
            or any(w not in _PARTICLES for w in rest[2:])
            or any(not w[:1].isdigit() and w not in _PARTICLES for c in later for w in c)):
        return None
    name = _name_from((rest[0] + rest[1], *rest[2:]))
    return None if not name or nw.tells(name) else name


def _bare(pieces: tuple[tuple[str, ...], ...]) -> str | None:
    """The message itself as the name ("มาลีค่ะ", "ป้าแดง 0812345678"), with its surname
    when the next chunk is one ("สมศรี ใจดีค่ะ"; not "โยมสมบัติ โยมไม่มีโทรศัพท์")."""
    for n, chunk in enumerate(pieces):
        rest = list(chunk)
        if nw.asks_of_name(chunk) and n + 1 < len(pieces):
            continue  # "ต้องชื่อจริงด้วยเหรอครับ... เอกชัยครับ"
        if rest and (all(w in _COURTESY for w in rest) or (rest[0] in _CONTACT and all(
                w in MINE or w in _PARTICLES for w in rest[1:]))):
            continue  # "ขอบคุณค่ะ แดง 0812345678", "ติดต่อหนูนะคะ พี่ติ๋ม"
        while rest and rest[0] in _PRONOUNS:
            rest.pop(0)
        if own.kin_clause(rest) is not None:
            continue  # "(ชื่อน้องที่จะกลับ)": whose name it is, never a name
        if not rest or any(ch.isdigit() for ch in rest[0]) or (
                rest[0] in _COUNTERS and n and pieces[n - 1][-1].isdigit()
                and len(pieces[n - 1][-1]) <= 3):
            continue  # (a count's word: "4 คนนะครับ ไม่ใช่ 5", dev54, was the name "คน")
        name = _name_from(tuple(rest)) or _starts_name(rest, pieces[n + 1:])
        if not name or name != "".join(nw.from_name_start(tuple(rest))):
            return name
        return _with_surname(name, pieces[n + 1:])
    return None


def extract_name(text: str, bare: bool = False) -> str | None:
    """The name after "ชื่อ" or "เรียก" ("ดิฉันชื่อมาลี" -> มาลี, "เรียกเอกก็ได้ครับ" ->
    เอก). With `bare` (the answer to the name question), a message without those
    words is read as the name itself ("มาลีค่ะ", "ป้าแดง 0812345678"); a name before
    a nickname's cue wins ("ธนากร ครับ เรียกกรก็ได้": ธนากร). A name said wrong gives
    the right one, and none for a surname alone ("นามสกุลผิด ต้องเป็น จันทร์หอมศรี")."""
    english = next((m for m in nw.ENGLISH_CUE.finditer(text)
                    if not m.group(1) or m.group(2).lower() not in nw.NOT_NAMES_EN), None)
    if english:
        return english.group(2)
    text = as_cues(text, bare)  # "ข้อยซื่อ สมพร", "ลุงบอกชื่อ บุญส่ง", "เอิ้นว่าแป้งกะได้ค่ะ"
    text = nw.without_spelling(text)  # "สมพงศ์ ศ.ศาลา": a letter spelt out, no surname
    fix = nw.fixed_part(text) or (slip_part(text) if bare else None)  # "ชื่อผิด ต้องเป็น ..."
    fixed = extract_name(fix[0], bare=True) if fix and fix[0] else None
    if fix is not None and (fix[1] is not None or slip_named(fix[0], fixed)):  # (a slip: a name)
        return None if fixed and fix[1] and " " not in fixed else fixed  # a surname alone
    text = _SHORT_TITLE.sub(" ", text)
    pieces = chunks(text)
    seen, found, nick_at, real_at = _by_cue(pieces, bare)
    if found and bare and nick_at > 0:  # "สมศรีค่ะ เรียกแดงก็ได้": สมศรี (แดง)
        named, called = _bare(pieces[:nick_at]), without_particle(as_typed(found, text), text)
        found = with_nickname(named, called) if named else found
    if found and real_at >= 0:  # "บอยค่ะ ชื่อจริงธนากร", "ชื่อเล่นแบงค์ ชื่อจริงอนุรักษ์"
        nick = (_by_cue(pieces[:real_at], False)[1] or _by_cue(pieces[real_at + 1:], False)[1]
                or (_bare(pieces[:real_at]) if bare and real_at else None))
        return with_nickname(without_particle(as_typed(found, text), text),
                             nick and without_particle(as_typed(nick, text), text))
    if found:
        return without_particle(as_typed(found, text), text)
    if not bare:
        return None
    # "นายจ้างชื่อสมชาย": someone else's name; "ลุงเสริมครับ โทรหาลูกสาวได้ครับ ชื่อแก้ว": ลุงเสริม
    parts = _bare(pieces if seen < 0 else pieces[:seen])
    if not parts and seen >= 0 and PHONE_MINE.search(text.replace(" ", "")):
        parts = next((_after_cue(pieces, n, i, bare) for n, c in enumerate(pieces)
                      for i, w in enumerate(c) if w == "ชื่อ" and i and c[i - 1] in KIN), None)
    return without_particle(as_typed(parts, text), text) if parts else None
