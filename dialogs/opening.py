"""What is typed at the first question right after consent ("what trouble are you in?"):
an answer to it, or something to handle as at the menu (a question, a known topic, a
request). Pure: the matcher's decision is given."""

from __future__ import annotations

from dialogs.readers import read_hardship
from dialogs.understand import read_message
from knowledge import Decision

__all__ = ["SCREENING_FACTS", "opening_answer"]

# what a message tells that answers the screening (dev41: "ผมอยู่หมอชิตครับ มากับครอบครัว"
# got the answer on falling ill on the way, and the screening was dropped)
SCREENING_FACTS = frozenset({"current_province", "home_province", "travellers", "id_card",
                             "thai", "urgent", "no_shelter", "no_food", "no_fare"})
# requests carried out even beside facts ("อยู่ขอนแก่นค่ะ อยากคุยกับเจ้าหน้าที่", "...ขอลบ
# ข้อมูล", "...อยากทราบความคืบหน้า"); help asked for is the screening itself
_REQUESTS = frozenset({"talk_to_officer", "case_status", "delete_my_data"})


def opening_answer(text: str, decision: Decision, asked: bool) -> bool:
    """Whether `text` answers the first question (`decision`: the matcher's; `asked`: it
    asks something): a hardship or other facts told (unless with a request), help asked
    for again ("เดือดร้อนค่ะ": asked another way), or anything the matcher is unsure of.
    A question told with facts is screened too: the screening answers it and keeps the
    facts ("อยู่ชลบุรีค่ะ พมจ.อยู่ตรงไหนคะ"); a question alone is handled as at the menu."""
    sure = decision.decision == "answer"
    if read_hardship(text, None) is not None:  # a trouble told is screened ("คืนนี้นอน
        return True  # ข้างถนน อยากคุยกับคนจริงๆ": as before, urgent)
    if sure and decision.topic in _REQUESTS:
        return False
    told = not SCREENING_FACTS.isdisjoint(read_message(text))
    return told or (not asked and (not sure or decision.topic == "request_help"))
