"""Eligibility for the return-home aid (Source B) and the estimated aid.

Rules (regulation of 2000 and its rates notice):
- hardship: at least one of no shelter / no food or income / no fare home;
- away from home: the aid takes a person back to their former domicile (ภูมิลำเนาเดิม),
  so one already in their home province is not helped by it, nor one whose home is
  abroad (it takes Thai people home within Thailand);
- Thai nationality, shown by a Thai ID card, or without papers by a letter
  certifying Thai nationality and residence;
- food at most 100 baht a day a person while waiting and travelling; other
  costs at most 100 baht a person; the fare at the cheapest rate, set by the officer;
- urgent requests are handled within 24 hours, others within 15 days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

FOOD_PER_DAY_PERSON = 100
OTHER_PER_PERSON = 100
ASSUMED_FOOD_DAYS = 2  # one day waiting, one day travelling; the officer sets the real count
URGENT_WITHIN = dt.timedelta(hours=24)
NORMAL_WITHIN = dt.timedelta(days=15)

HARDSHIP = {
    "no_shelter": "ไม่มีที่พัก/ถูกทอดทิ้ง/ไม่มีผู้ดูแล",
    "no_food": "ขาดอาหารหรือเครื่องนุ่งห่ม/ไม่มีรายได้",
    "no_fare": "ไม่มีค่าพาหนะกลับภูมิลำเนา",
}


ID_CARD_MET = {
    "expired": "มีบัตรประจำตัวประชาชน แต่หมดอายุ (เจ้าหน้าที่ตรวจตอนนัดพบ)",
    "damaged": "มีบัตรประจำตัวประชาชน แต่ชำรุด (เจ้าหน้าที่ตรวจตอนนัดพบ)",
}


@dataclass(frozen=True)
class Assessment:
    eligible: bool
    met: tuple[str, ...]
    not_met: tuple[str, ...]
    urgent: bool

    @property
    def reasons(self) -> list[str]:
        return [f"✓ {r}" for r in self.met] + [f"✗ {r}" for r in self.not_met]


def assess(answers: dict[str, Any]) -> Assessment:
    met: list[str] = []
    not_met: list[str] = []
    hardship = [HARDSHIP[k] for k in HARDSHIP if answers.get(k) is True]
    if hardship:
        met.extend(hardship)
    # (at home, the trouble never asked is no reason: dev88, asked first whether at home)
    elif any(k in answers for k in HARDSHIP) or not already_home(answers):
        not_met.append("ไม่เข้าเกณฑ์ความเดือดร้อนข้อใดเลย (ที่พัก อาหาร/รายได้ ค่าพาหนะ)")
    if already_home(answers):
        not_met.append(AT_HOME)
    if answers.get("home_abroad") is True:
        not_met.append(ABROAD)
    if answers.get("thai") is False:
        not_met.append("ไม่มีสัญชาติไทย (เงินนี้สำหรับคนสัญชาติไทย)")
    elif answers.get("id_card") is True:
        met.append(ID_CARD_MET.get(str(answers.get("id_card_state")), "มีบัตรประจำตัวประชาชน"))
    elif answers.get("nationality_letter") is True:
        met.append("มีหนังสือรับรองสัญชาติไทยและถิ่นที่อยู่")
    elif "id_card" in answers and answers["id_card"] is None:
        met.append("เอกสาร: ยังไม่ทราบ เจ้าหน้าที่จะตรวจบัตรตอนนัดพบ")
    elif answers.get("id_card") is False and "nationality_letter" in answers and (
            answers["nationality_letter"] is None):
        met.append("หนังสือรับรองสัญชาติ: ยังไม่ทราบ เจ้าหน้าที่จะตรวจตอนนัดพบ")
    elif "id_card" not in answers:
        pass  # never asked (no hardship ended screening first): no reason either way
    else:
        not_met.append("ไม่มีบัตรประชาชนหรือหนังสือรับรองสัญชาติไทย")
    return Assessment(not not_met, tuple(met), tuple(not_met), answers.get("urgent") is True)


ABROAD = "บ้านที่จะกลับอยู่ต่างประเทศ (เงินนี้ช่วยคนสัญชาติไทยกลับภูมิลำเนาในประเทศไทยเท่านั้น)"
AT_HOME = "อยู่ในจังหวัดภูมิลำเนาแล้ว (เงินนี้ช่วยให้กลับภูมิลำเนาเดิม ไม่ใช่ไปที่อื่น)"


def already_home(answers: dict[str, Any]) -> bool:
    """Where the person is now is their home province ("อยู่บ้านตัวเองนี่แหละ")."""
    home = answers.get("home_province")
    return bool(home) and home == answers.get("current_province") and not answers.get(
        "home_far")  # home in another district of the province: the officer decides


def ends_early(answers: dict[str, Any]) -> bool:
    """A refusal known before the rest is asked: no card and no letter, or no hardship
    at all (being at home is checked with the person first: dialogs.at_home)."""
    return ((answers.get("id_card") is False and answers.get("nationality_letter") is False)
            or answers.get("home_abroad") is True or all(answers.get(k) is False for k in HARDSHIP))


def estimate(travellers: int) -> dict[str, Any]:
    """Estimated aid by the rates, without the fare (set by the officer)."""
    food = FOOD_PER_DAY_PERSON * ASSUMED_FOOD_DAYS * travellers
    other = OTHER_PER_PERSON * travellers
    return {
        "travellers": travellers,
        "food_per_day": FOOD_PER_DAY_PERSON * travellers,
        "food_days_assumed": ASSUMED_FOOD_DAYS,
        "food": food,
        "other_max": other,
        "fare": None,
        "total_without_fare": food + other,
    }


def due_at(urgent: bool, now: dt.datetime) -> dt.datetime:
    return now + (URGENT_WITHIN if urgent else NORMAL_WITHIN)
