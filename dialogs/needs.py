"""Other needs of people released from prison, and the referrals they lead to."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from dialogs.hiv_words import on_arvs, other_infection_only
from dialogs.legal_words import charges_wished
from dialogs.need_asides import denial_starts, set_aside
from dialogs.past_needs import CURES, HAD, PRISON, over_stretches, over_words
from dialogs.types import Choice
from dialogs.words import phrase_words, words
from dialogs.work_words import trade_wished, wages_told, work_wished
from knowledge import KnowledgeBase

# need key -> (button label, knowledge topics to refer to, words that mean it)
NEEDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "id_card": ("ทำบัตรประชาชน", ("id_card",),
                ("บัตรประชาชน", "บัตรปชช", "บัตรหาย", "ทำบัตร", "ไม่มีบัตร", "บัตรประจำตัว")),
    "work": ("หางานทำ", ("job_placement", "job_training"),
             # ("ต้องการงาน" splits as ต้อง|การงาน)
             ("งาน", "หางาน", "ตกงาน", "ว่างงาน", "อาชีพ", "รายได้", "การงาน")),
    "training": ("ฝึกอาชีพ", ("job_training", "self_employment_advice"),
                 ("ฝึกอาชีพ", "เรียน", "อบรม", "ฝึก")),
    # a career loan: the interest-free one of the elderly or of the disabled where the
    # person is one (see `_LOAN_OF`), else the home-workers' group fund
    "loan": ("กู้เงินทุนประกอบอาชีพ", ("home_worker_fund",),
             ("กู้", "กู้เงิน", "เงินกู้", "กู้ยืม", "ยืมทุน", "ยืมเงินทุน", "เงินทุน",
              "ทุนประกอบอาชีพ", "ทุนทำกิน")),
    # goods for the days of waiting ("นมผงลูกใกล้หมดค่ะ", dev79): never food alone, the
    # hardship the aid itself meets; rice and dry food are goods given in kind
    # ("ขอข้าวสารอาหารแห้งด้วยได้ไหมครับ", dev48, dev101)
    "goods": ("ของใช้จำเป็น", ("food_clothing_aid",),
              ("นมผง", "นมเด็ก", "นมลูก", "ผ้าอ้อม", "แพมเพิส", "แพมเพิร์ส", "เสื้อผ้า", "ผ้าห่ม",
               "ของใช้", "ถุงยังชีพ", "ข้าวสาร", "อาหารแห้ง")),
    "massage": ("นวดแผนไทย", ("thai_massage_training",), ("นวด", "หมอนวด", "นวดแผนไทย")),
    "disability": ("ความพิการ", ("disability_allowance", "disability_devices"),
                   ("พิการ", "คนพิการ", "ผู้พิการ", "วีลแชร์", "ขาขาด", "ตาบอด", "หูหนวก",
                    "รถเข็น", "ขาเทียม", "เครื่องช่วยฟัง")),  # "อยากได้รถเข็นคันใหม่"
    "elderly": ("ผู้สูงอายุ", ("elderly_allowance", "elderly_hardship_grant"),
                ("สูงอายุ", "ผู้สูงอายุ", "คนแก่", "คนเฒ่า", "ผู้เฒ่า", "ชรา", "คนชรา", "อายุเยอะ")),
    # the button keeps both; read from words, an illness or medicine is medical care
    # only, the mind or an addiction mental health only
    "health_all": ("สุขภาพ/สุขภาพจิต", ("medical_services", "mental_health_care"), ()),
    "health": ("สุขภาพ", ("medical_services",),
               ("ป่วย", "ป่วยหนัก", "คนป่วย", "ผู้ป่วย", "ไม่สบาย", "สุขภาพ", "โรค", "หมอ",
                "โรงพยาบาล", "โรงบาล", "ยา", "กินยา", "ยากิน", "เบาหวาน", "ความดัน",
                "ความดันสูง", "มะเร็ง", "หอบหืด", "ไตวาย", "ฟอกไต", "ฝากครรภ์", "ฝากท้อง",
                # (never ผ่าตัด, อัมพาต alone: "เคยผ่าตัดไส้ติ่งตอนเด็ก ตอนนี้แข็งแรงดี" is
                # no need, and a false health need is false sensitive data)
                "วัณโรค", "ล้างไต", "ฟอกเลือด", "คีโม", "ลมชัก", "ล้างแผล", "ทำแผล")),
    "mental": ("สุขภาพจิต", ("mental_health_care",),
               ("สุขภาพจิต", "จิต", "จิตเวช", "ซึมเศร้า", "เครียด", "ติดยา", "ติดยาเสพติด",
                "ยาเสพติด", "ยาบ้า", "เลิกยา", "ติดเหล้า", "เลิกเหล้า", "บำบัด", "จิตเภท",
                "โรคจิตเภท", "ไบโพลาร์", "จิตแพทย์", "นักจิตวิทยา", "ฝันร้าย",  # (nightmares: dev108)
                # (dev70, dev73: "อาการทางจิตกำเริบ หูแว่ว", the psychiatric hospital)
                "ทางจิต", "หูแว่ว", "ประสาทหลอน", "ศรีธัญญา")),  # (never "โรคจิต": a pervert)
    "hiv": ("HIV/เอดส์", ("hiv_aid",), ("hiv", "เอดส์", "เอชไอวี", "ติดเชื้อ")),
    # a trade of one's own wished for ("อยากขายหมูปิ้งหน้าบ้าน", dev91; read by dialogs.work_words):
    # advice on the place and the costing, and an elder's or a disabled person's career loan
    "trade": ("ค้าขาย/ทำกิจการ", ("self_employment_advice",), ()),
    # wages unpaid or a scam told (read by dialogs.work_words): legal advice, no sensitive data
    "wages": ("ค่าแรงค้าง/ถูกโกง", ("justice_centre",), ()),
    # (a loan shark's debt too: "หนี้นอกระบบ ... เขาโทรมาทวงทุกวัน", dev86; "แนะนำทางกฎหมาย")
    "legal": ("ปรึกษากฎหมาย", ("justice_centre",),
              ("กฎหมาย", "ทางกฎหมาย", "ทนาย", "คดี", "ฟ้อง", "ศาล", "หนี้นอกระบบ", "ทวงหนี้")),
    # a criminal record in the way ("อยากรู้เรื่องตรวจประวัติอาชญากร ว่าจะทำยังไงให้สมัครงาน
    # ได้"): read from words only, always with "legal" (sensitive, named so at consent)
    "record": ("ประวัติอาชญากร", ("criminal_record",),
               ("ประวัติอาชญากร", "ประวัติอาชญากรรม", "ทะเบียนประวัติอาชญากร", "ล้างประวัติ")),
    "probation": ("เพิ่งพ้นโทษ", ("probation_support", "local_gov_support"),
                  ("คุมประพฤติ", "พ้นโทษ", "ออกจากคุก", "ออกจากเรือนจำ",
                   "ออกจากทัณฑสถาน", "ติดคุก", "พักโทษ", "ออกมาจากคุก",
                   "ออกมาจากเรือนจำ", "ออกมาจากทัณฑสถาน",
                   # the prisons known by name ("ข้อยเพิ่งออกจากคลองเปรม", dev76)
                   "ออกจากคลองเปรม", "ออกจากบางขวาง", "ออกจากลาดยาว", "ปล่อยตัว")),
}
NONE = "none"
PREFER_NOT = "prefer_not"
# words that deny what follows: "ไม่ได้ติดคุก", "ไม่มีใครป่วย" are no need (a false
# criminal history or health need would be false sensitive data); "ไม่มีงาน" is one
_NEGATORS = ("ไม่", "ไม่ได้", "ไม่เคย", "ไม่ใช่", "ไม่ใช่คน", "ไม่มีใคร", "ไม่ได้เป็น", "ไม่เป็น",
             "ไม่เคยเป็น", "ไม่ได้มีใคร", "ไม่มีคน", "ไม่ได้มีคน", "บ่มีไผ", "บ่มีใผ", "ไม่มีไผ",
             "ไม่ต้อง", "บ่ต้อง", "ไม่ต้องการ", "บ่ต้องการ", "ไม่อยากได้", "ไม่ขอ")  # "ไม่ต้องการงาน":
# ไม่|ต้อง|การงาน; "ไม่ต้องการของใช้ค่ะ อยากได้ค่ารถ": ไม่|ต้องการ|ของใช้ (review 1)
# "ไม่มี" before these denies them: nobody ("ไม่มีคนป่วย"), no debt, no case, no disease
# ("แม่แข็งแรงดีไม่มีโรคอะไร", dev106); never a thing lacked ("ไม่มียากิน": a need)
_NONE_OF = ("คน", "ผู้", "หนี้", "คดี", "โรค")
_KEEPS = frozenset({"ยา", "กินยา"})  # "ไม่ได้กินยา": going without medicine is a need
# a word that is no need after these: "เลิกยา" is an addiction (mental), not medicine;
# "นวดที่โรงพยาบาล", "ทำงานโรงพยาบาล" is a workplace, not care
_WORK = frozenset({"งาน", "ทำงาน", "นวด", "ฝึกงาน", "สมัครงาน", "หมอนวด"})
# a loan owed is a debt, no wish for one ("เป็นหนี้เงินกู้นอกระบบ", "ติดหนี้กู้นอกระบบ")
_DEBT = frozenset({"หนี้", "เป็นหนี้", "ติดหนี้", "ใช้หนี้"})
_ASIDE: dict[str, frozenset[str]] = {
    # ("คดียา ติดไป6ปี", dev86: a drug case, no medicine)
    "ยา": frozenset({"เลิก", "บำบัด", "ติด", "เสพ", "คดี"}), "โรงพยาบาล": _WORK, "โรงบาล": _WORK,
    "ยาบ้า": frozenset({"คดี", "ค้า", "ขาย"}), "กู้": _DEBT, "เงินกู้": _DEBT,
    "ยาเสพติด": frozenset({"คดี", "ค้า", "ขาย"}),  # a drug case, no addiction (dev62)
    "ฝันร้าย": frozenset({"เหมือน", "ราวกับ", "ยังกับ", "อย่างกับ", "เหมือนกับ"})}  # "เหมือนฝันร้าย"
_LINKS = frozenset({"ที่", "ใน", "ของ", "กับ"})
# a word that is no need before these: "เรียนเจ้าหน้าที่ครับ" opens a letter (Dear officer)
_ADDRESSED = frozenset({"เจ้าหน้าที่", "จนท", "ท่าน", "คุณ", "ผู้อำนวยการ", "หัวหน้า", "พี่",
                        "แอดมิน", "ผู้เกี่ยวข้อง"})
# "กู้ภัย" cut as กู้/ภัย, "กู้ชีพ" (rescue), "กู้คืน" (restore) are no loan, nor northern
# "กู้คน" (ทุกคน: "มีกู้คนเจ้า", dev61; a loan from others is "กู้คนอื่น", one word after)
_BEFORE: dict[str, frozenset[str]] = {  # (a vendor's cart or a pram: "รถเข็นขายของ", "รถเข็นเด็ก")
    "เรียน": _ADDRESSED, "กู้": frozenset({"ภัย", "ชีพ", "คืน", "ข้อมูล", "ชาติ", "คน"}),
    "ทำแผล": frozenset({"ให้"}), "ล้างแผล": frozenset({"ให้"}),  # ("ทำแผลให้คนไข้")
    "รถเข็น": frozenset({"ขาย", "ขายของ", "ขายผลไม้", "ขายอาหาร", "เด็ก", "ของ", "สินค้า", "ส่งของ"})}
_NO_BUTTON = frozenset({"health", "mental", "massage", "wages", "loan", "record", "trade"})  # words
_LOAN_OF = {"elderly": "elderly_loan", "disability": "disability_loan"}
# work asked by one with a disability: the hiring quota too ("งาน อยากได้ บริษัท รับ คนพิการ")
# a new ID card wished for (dev20: "อยากได้บัตรใหม่เจ้า"), not one had ("ได้บัตรใหม่แล้ว")
# or a card spoilt, to be made anew ("บัตรไหม้ อยากทำใหม่ครับ"; not "ไม่อยากทำใหม่")
_NEW_CARD = re.compile(r"(?<!ไม่)(?<!บ่)(?:อยาก|ขอ|ต้องการ|ทำ|ออก)(?:ได้)?(?:ทำ)?บัตร(?:ประชาชน|ปชช)?ใหม่"
                       # the card wanted back ("อยากได้บัตรคืน", dev53; not "ได้บัตรคืนแล้ว")
                       r"|(?<!ไม่)(?<!บ่)(?<!ไม่ได้)(?:อยาก|ต้องการ)(?:ได้)?บัตร(?:ประชาชน|ปชช)?คืน(?!แล้ว|ให้แล้ว)"
                       r"|บัตร(?:ประชาชน|ปชช)?(?:ก็)?(?:หาย|ไหม้|หัก|ชำรุด|หมดอายุ|เก่า|แตก|พัง|เปียก|ขาด"
                       r"|โดนยึด|ถูกยึด)(?:แล้ว|ไป|มัน|ก็|ครับ|คับ|ค่ะ|คะ|จ้า|เจ้า|เลย)*"
                       r"(?<!ไม่)(?<!บ่)(?:อยาก|ขอ|ต้องการ)(?:ได้)?(?:ทำ|ออก)?ใหม่")
# a disability card is no ID card: read as the disability registered ("ไม่มีบัตรคนพิการ")
_DISABILITY_CARD = re.compile(r"บัตร\s*(?:ประจำตัว\s*)?(?:คน|ผู้)\s*พิการ")


def need_choices() -> tuple[Choice, ...]:
    choices = [Choice(label, f"need:{key}") for key, (label, _, _) in NEEDS.items()
               if key not in _NO_BUTTON]
    choices.append(Choice("ไม่มี", f"need:{NONE}"))
    choices.append(Choice("ไม่ขอตอบ", f"need:{PREFER_NOT}"))
    return tuple(choices)


# each phrase's words, whether it stays a need after a denial, and the kind of telling
# that makes it over, if any (dialogs.past_needs: "เคยเป็นมะเร็ง หายแล้ว", "เคยติดคุก นานแล้ว")
Said = tuple[tuple[tuple[str, ...], bool, str], ...]
_OVER_KIND = {"health": CURES, "mental": CURES, "legal": CURES, "probation": PRISON,
              "disability": HAD, "elderly": HAD}


@cache
def _need_words() -> tuple[tuple[str, frozenset[str], Said], ...]:
    """Per need: the first words of its phrases, and each phrase's words with whether
    it stays a need after a denial and what makes it over (tokenised once, on first
    use)."""
    out = []
    for key, (_, _, phrases) in NEEDS.items():
        said = tuple((phrase_words(p), p in _KEEPS, _OVER_KIND.get(key, ""))
                     for p in phrases if phrase_words(p))
        out.append((key, frozenset(w[0] for w, _, _ in said), said))
    return tuple(out)


# a bare "จิต" is the mind only beside these ("ป่วยจิต", "จิตใจไม่ดี"); alone, a name cut in two
_MIND_BEFORE = frozenset({"ป่วย", "ทาง", "เรื่อง", "ปัญหา", "อาการ", "สุขภาพ", "หมอ", "รักษา"})
_MIND_AFTER = ("ไม่", "ตก", "เสีย", "ป่วย", "ใจไม่", "ผิดปกติ", "เวช", "เภท")  # ("สม|จิต", dev73)


def _aside(tokens: tuple[str, ...], at: int) -> bool:
    """The word at `at` is no need where it stands (see `_ASIDE`, `_BEFORE`)."""
    if at + 1 < len(tokens) and tokens[at + 1] in _BEFORE.get(tokens[at], ()):
        return True
    if tokens[at] == "จิต":
        after_it = tokens[at + 1] if at + 1 < len(tokens) else ""
        return not ((at > 0 and tokens[at - 1] in _MIND_BEFORE) or after_it.startswith(_MIND_AFTER))
    after = _ASIDE.get(tokens[at])
    if not after or at == 0:
        return False
    before = tokens[at - 1]
    if before in _LINKS and at > 1:
        before = tokens[at - 2]
    return before in after


_DENIAL_LINKS = frozenset({"ป่วย", "เป็น", "อาการ", "โรค", "โดน"})  # between a denial and the need


def _said(tokens: tuple[str, ...], wanted: tuple[str, ...], keep: bool,
          over: frozenset[int] = frozenset()) -> bool:
    """`wanted` occurs as whole words, at least once not right after a denial, nor
    said as over (at an index in `over`), nor as the end of an unknown word cut into
    letters ("นิตยา" as นิ/ต/ยา: a name, no ยา)."""
    n = len(wanted)
    at = 0
    while True:
        try:
            at = tokens.index(wanted[0], at)
        except ValueError:
            return False
        fragment = n == 1 and len(wanted[0]) <= 2 and at > 0 and len(tokens[at - 1]) == 1
        k = at
        while k > 0 and tokens[k - 1] in _DENIAL_LINKS:  # "ไม่ได้ป่วย|ทางจิต", "ไม่มีอาการ|ทางจิต"
            k -= 1
        before = "".join(tokens[max(0, k - 4):k])
        denied = (before.endswith(_NEGATORS) or (  # "ไม่มีคนป่วย": nobody is; "ไม่มีหนี้"
            (wanted[0].startswith(_NONE_OF) or k < at) and before.endswith("ไม่มี"))
        ) and denial_starts(tokens, k, at, wanted[0])
        if tokens[at:at + n] == wanted and not fragment and (keep or not denied) and (
                n > 1 or not _aside(tokens, at)) and at not in over:
            return True
        at += 1


def _mentions(tokens: tuple[str, ...], token_set: frozenset[str], firsts: frozenset[str],
              said: Said, over: dict[str, frozenset[int]] | None = None) -> bool:
    return not firsts.isdisjoint(token_set) and any(
        w[0] in token_set and _said(tokens, w, keep, (over or {}).get(kind, frozenset()))
        for w, keep, kind in said)


# places whose words hold a need word ("ศาลา|ยา", dev70: a false health need): the districts
# of dialogs.district_table so cut (a test checks them all), the subdistrict ศาลายา
# (never the doctor or the medicine after a word run on: "กลับบ้านหมอนัด", "นอนศาลายาหมด")
_PLACES = re.compile(r"ศาลายา(?!(?:ก็)?(?:หมด|ขาด))|บ้านหมอ(?!นัด|บอก|ให้|สั่ง|ว่า|ตรวจ|เขา|เค้า)"
                     r"|สรรพยา|วังสามหมอ|หมอชิ[ตด]|ยาลา")  # (Bangkok's terminal; Yala voice-typed)
# a hospital as a workplace ("อยากได้งานนวดแผนไทยในโรงพยาบาล", dev76; "เป็นแม่บ้านโรงพยาบาล"):
# no medical care wanted (never one who must go there: "งานหายต้องไปโรงพยาบาล", nor one
# hurt or put in it: "ทำงานตกนั่งร้านเข้าโรงพยาบาล", "ตกงานเพราะนอนโรงพยาบาลนาน": review 1)
_WORKPLACE = re.compile(r"((?:งาน|แม่บ้าน|พนักงาน|ยาม|รปภ)(?:(?!ไป|หา|ต้อง|ป่วย|เข้า|นอน|แอดมิท|จน|เพราะ"
                        r"|ตก|ล้ม|ชน|เจ็บ|ศพ|ไล่|ส่ง)[ก-๙]){0,14}?(?:ใน|ที่)?)(?:โรงพยาบาล|โรงบาล|รพ)")
# studying now or done: no wish to train, in a story ("หนูเรียนอยู่กทม.", dev78)
STUDYING = re.compile(r"(?<!อยาก)(?<!จะ)(?:กำลัง)?เรียน(?:อยู่|จบ)|กำลังเรียน")
# the northern "ยะ" (do) of work, which the word splitter cuts as งา|นยะ ("อยากหางานยะครับ",
# "ใคร่ได้งานยะ", dev94): spelt ทำ (never Yala's places: "ทำงานยะลา", "ยะหริ่ง", "ยะรัง", "ยะหา")
_NORTHERN_DO = re.compile(r"(?<=งาน)ยะ(?!ลา|หริ่ง|รัง|หา)|(?:(?<![ก-๙])|(?<=อยาก)|(?<=ใคร่))ยะ(?=งาน)")


def parse_needs(text: str) -> list[str]:
    """Need keys mentioned in free text, in a stable order. Matched on whole words:
    "อยากได้งานทำ" is work, never health ("ยา" is not a word of "อยาก"); a denied
    word is no need ("ไม่ได้ป่วย")."""
    text = set_aside(_DISABILITY_CARD.sub("ทะเบียนคนพิการ", _NORTHERN_DO.sub("ทำ", text)))
    text = _WORKPLACE.sub(r"\1 ", _PLACES.sub(" ", text))  # "ศาลายา": a place, no medicine
    tokens = words(text)
    token_set = frozenset(tokens)
    compact = text.replace(" ", "")
    wages, trade = wages_told(compact), trade_wished(compact)
    new_card = _NEW_CARD.search(compact) is not None
    other_infection = other_infection_only(compact)
    over = over_words(tokens)
    found = [key for key, firsts, said in _need_words()
             if (_mentions(tokens, token_set, firsts, said, over) and not (
                 key == "hiv" and other_infection))
             or (key == "wages" and wages) or (key == "id_card" and new_card)
             or (key == "trade" and trade) or (key == "work" and work_wished(compact))
             or (key == "probation" and _released_said(compact))
             or (key == "hiv" and on_arvs(compact)) or (key == "legal" and charges_wished(compact))]
    if "record" in found and "legal" not in found:  # a record is sensitive: named as a case
        found.insert(found.index("record"), "legal")
    return found


# "พ้นโทษ" however the word splitter cuts it ("พ้นโทษมา": "พ้น โท ษมา"): the writer's, just
# done, with no denial, no one else and no time to come in the words around it ("ยังไม่
# พ้นโทษ", "ไม่ใช่คนพ้นโทษ", "ผัวหนูเพิ่งพ้นโทษมา", "ที่พ้นโทษมาคือพี่ชาย", "อีก 2 เดือนจะพ้นโทษ")
_RELEASED_WORD = re.compile(r"พ้นโทษ")
_NOT_MINE_BEFORE = re.compile(r"ไม่|บ่|จะ|รอ|พ่อ|แม่|ผัว|สามี|แฟน|เมีย|ลูก|พี่ชาย|น้องชาย|พี่สาว"
                              r"|น้องสาว|เพื่อน|ญาติ|เขา|เค้า|ที่")
_NOT_MINE_AFTER = re.compile(r"^(?:มา)?(?:แล้ว)?(?:คือ|เป็น|ของ)")


def _released_said(compact: str) -> bool:
    past = over_stretches(compact)[PRISON]  # "พ้นโทษมาหลายปีแล้ว": long past
    return any(not _NOT_MINE_BEFORE.search(compact, max(0, m.start() - 14), m.start())
               and not _NOT_MINE_AFTER.match(compact[m.end():])
               and not any(a <= m.start() < b for a, b in past)
               for m in _RELEASED_WORD.finditer(compact))


def released_from_prison(text: str) -> bool:
    """The person says they were just released (the probation need's words, not
    denied: "ไม่เคยติดคุก" is not, nor long past: "เคยติดคุก แต่นานแล้ว")."""
    tokens = words(set_aside(text))
    _, firsts, said = next(n for n in _need_words() if n[0] == "probation")
    return _mentions(tokens, frozenset(tokens), firsts, said, over_words(tokens)) or (
        _released_said(text.replace(" ", "")))


def referrals(kb: KnowledgeBase, needs: Iterable[str],
              extra_topics: Iterable[str] = ()) -> list[dict[str, Any]]:
    """A referral per knowledge topic: agency and what to ask for."""
    needs = list(needs)
    topics: list[str] = []
    for key in needs:
        loans = [_LOAN_OF[k] for k in needs if k in _LOAN_OF] if key in ("loan", "trade") else []
        topics.extend((loans if key == "loan" else []) or (NEEDS[key][1] if key in NEEDS else ()))
        topics.extend(loans if key == "trade" else ())  # a shop of an elder's: the loan too
        if key == "work" and "disability" in needs:
            topics.append("disability_employment")
    topics.extend(extra_topics)
    by_id = kb.by_id
    out = []
    for topic in dict.fromkeys(topics):
        entry = by_id.get(topic)
        if entry is not None:
            out.append({"id": entry.id, "title": entry.title, "agency": entry.agency})
    return out
