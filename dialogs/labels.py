"""Short labels for the knowledge topics, for choice buttons: written to fit LINE's
20 characters, never cut. A title that fits is its own label."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.schema import Entry, Intent

MAX_LABEL = 20

LABELS = {
    "id_card": "ทำบัตรประชาชน",
    "local_gov_support": "อำเภอ/ท้องถิ่นช่วย",
    "elderly_allowance": "เบี้ยผู้สูงอายุ",
    "elderly_hardship_grant": "เงินช่วยผู้สูงอายุ",
    "elderly_loan": "กู้เงินผู้สูงอายุ",
    "elderly_funeral_aid": "ช่วยค่าจัดการศพ",
    "elderly_career_centre": "อาชีพผู้สูงอายุ",
    "disability_allowance": "เบี้ยความพิการ",
    "disability_family_aid": "เงินช่วยบ้านคนพิการ",
    "disability_loan": "กู้เงินคนพิการ",
    "disability_devices": "กายอุปกรณ์คนพิการ",
    "disability_care_network": "อาสาดูแลคนพิการ",
    "job_training": "ฝึกอาชีพ",
    "job_placement": "หางานทำ",
    "self_employment_advice": "อาชีพอิสระ ค้าขาย",
    "home_worker_fund": "รับงานไปทำที่บ้าน",
    "criminal_record": "ประวัติอาชญากร",
    "mental_health_care": "สุขภาพจิต",
    "medical_services": "รักษาพยาบาล",
    "thai_massage_training": "ฝึกนวดแผนไทย",
    "bangkok_support": "ความช่วยเหลือ กทม.",
    "probation_support": "กรมคุมประพฤติ",
    "return_home_aid": "เงินช่วยกลับบ้าน",
    "return_home_eligibility": "ใครขอได้บ้าง",
    "return_home_documents": "เอกสารที่ต้องใช้",
    "return_home_rates": "ได้เงินเท่าไหร่",
    "return_home_timeline": "ใช้เวลากี่วัน",
    "apply_channels": "ยื่นขอได้ที่ไหน",
    "service_fee": "เสียเงินไหม",
    "travel_escort": "มีคนไปส่งไหม",
    "medical_care_in_transit": "ป่วยระหว่างเดินทาง",
    "aid_follow_up": "ติดตามผลหลังกลับบ้าน",
    "food_clothing_aid": "ขออาหาร เสื้อผ้า",
    "dsdw_emergency_aid": "เงินช่วยเฉพาะหน้า",
    "hiv_aid": "ช่วยผู้ติดเชื้อ HIV",
    "out_of_scope": "เรื่องอื่น",
}


def topic_label(kb: KnowledgeBase, item_id: str) -> str:
    """The button label of a knowledge topic or intent (at most 20 characters)."""
    if item_id in LABELS:
        return LABELS[item_id]
    title = kb.title(item_id)
    if len(title) <= MAX_LABEL:
        return title
    items: tuple[Entry | Intent, ...] = (*kb.entries, *kb.intents)
    aliases: list[str] = next((list(i.aliases) for i in items if i.id == item_id), [])
    return next((a for a in aliases if len(a) <= MAX_LABEL), "เรื่องนี้")
