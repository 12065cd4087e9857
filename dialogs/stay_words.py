"""A place to sleep still usable, read in words (dialogs.urgency): a verb of staying, then
"ได้" a few words on, the place named between in as many words as people use ("ยังนอนที่
แคมป์ในสวนได้ค่ะ", "นอนเถียงนาของเถ้าแก่ได้อยู่", "พี่สาวให้นอนห้องเขาได้อีกสองสามคืน"); never
a stay denied or asked about between or right after ("นอนที่นี่ไม่ได้", "นอนวัดได้ไหม", "พักที่
ไหนได้บ้าง"), nor one that ends today ("นอนได้แค่คืนนี้", "พักได้ถึงเย็นนี้")."""

from __future__ import annotations

from dialogs.words import words

__all__ = ["stay_words_end"]

_STAY = frozenset({"นอน", "พัก", "อาศัย"})  # (never ค้าง: also "owe", "ค้างค่าห้อง")
# a stay denied, asked about or wished between the verb and its "ได้"
_BETWEEN = frozenset({"ไม่", "บ่", "ไม่ได้", "บ่ได้", "ไม่มี", "บ่มี", "ห้าม", "อย่า", "ไหน", "ไส",
                      "ที่ไหน", "ใด", "ถ้า", "หาก", "อยาก", "จะ", "ขอ"})
# ...or right after it: "ได้ไหม", "ได้บ่", "ได้แค่คืนนี้", northern "ได้ก่อ"
_AFTER = frozenset({"ไม่", "บ่", "ไหม", "มั้ย", "มั๊ย", "หรือ", "รึ", "ป่ะ", "เปล่า", "ก่อ", "แค่", "เพียง",
                    "ยิน"})
_TODAY = ("วันนี้", "คืนนี้", "เย็นนี้", "ค่ำนี้", "เที่ยง")
_GAP = 6  # the words a place is named in, at most


def stay_words_end(text: str) -> str | None:
    """The words said after a stay still usable ("" when nothing is), joined without
    spaces, for the caller to weigh ("...แต่เจ้าของให้ออกพรุ่งนี้"); None when no such stay
    is said."""
    if "นอน" not in text and "พัก" not in text and "อาศัย" not in text:
        return None  # (no verb of staying: not tokenised, CPU)
    tokens = words(text)
    for i, word in enumerate(tokens):
        if word not in _STAY or (i and tokens[i - 1] in ("ไม่", "บ่", "อยาก", "ขอ", "จะ")):
            continue
        for j in range(i + 1, min(len(tokens), i + 2 + _GAP)):
            if tokens[j] in _BETWEEN or tokens[j] in _STAY:
                break
            if tokens[j] != "ได้":
                continue
            after = tokens[j + 1:j + 2]
            if after and (after[0] in _AFTER or (after[0] == "ถึง" and "".join(
                    tokens[j + 2:j + 4]).startswith(_TODAY))):
                break
            return "".join(tokens[j + 1:])
    return None
