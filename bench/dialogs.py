"""Dialog benchmark: scripted personas through the real dialog and a real SQLite file.

Each persona opens with its own messages, then answers whatever the bot asks
(read from the stored state, as a person reads the question). Prints, per
persona, the turns it took to a completed intake (a case created),
then the median, and the per-turn processing time including the SQLite commit
(p50 and p99). Targets: median turns <= 8, p99 <= 20 ms. It asserts nothing.
Run: .venv/bin/python bench/dialogs.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# This file's own name would shadow the `dialogs` package: import from the root.
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from bot.app import runtime  # noqa: E402
from dialogs import state as st  # noqa: E402
from dialogs.state import State  # noqa: E402
from dialogs.types import ConversationKey, Inbound  # noqa: E402

MAX_TURNS = 25

STORY = "ผมอยู่ชลบุรี ไม่มีค่ารถกลับบ้านที่ขอนแก่น มีบัตรประชาชน คืนนี้ไม่มีที่นอน"


@dataclass(frozen=True)
class Persona:
    """What a person writes first, then how they answer each question asked."""

    opening: tuple[str, ...]
    answers: dict[str, str]


DEFAULTS = {"consent": "ยินยอม", "idle": "ขอความช่วยเหลือ", "confirm": "ถูกต้อง",
            "sensitive_consent": "ไม่ยินยอม", "needs": "ไม่มี", "national_id": "ข้าม",
            "special_needs": "ไม่มี", "urgent": "ไม่ด่วน"}
PERSONAS: dict[str, Persona] = {
    "stranded worker, whole story at once": Persona(
        ("สวัสดีครับ", "ยินยอม", STORY),
        {"travellers": "คนเดียว", "name": "สมชาย 0812345678"}),
    "story before consent": Persona(
        ("ติดอยู่หมอชิต ไม่มีตังกลับบ้านที่อุดร มีบัตรปชช คืนนี้ไม่มีที่นอน", "ยินยอม"),
        {"travellers": "1 คน", "name": "นิด 089-999-9999", "confirm": "ใช่"}),
    "mother with a child": Persona(
        ("ขอความช่วยเหลือค่ะ", "ยินยอม",
         "อยู่ระยองค่ะ ไม่มีเงินค่ารถพาลูกกลับบ้านที่ศรีสะเกษ มีบัตรประชาชน"),
        {"travellers": "2 คน ลูกอายุ 3 ขวบ", "name": "แม่ปุ้ย ๐๘๖๑๒๓๔๕๖๗"}),
    "released prisoner, lost ID, wants work": Persona(
        ("เพิ่งพ้นโทษ ไม่มีค่ารถกลับบ้าน อยู่นครปฐม บ้านอยู่สุรินทร์", "ยินยอม"),
        {"id_card": "บัตรหาย", "nationality_letter": "มีหนังสือรับรองสัญชาติ",
         "travellers": "คนเดียว", "sensitive_consent": "ยินยอม", "needs": "บัตรหาย อยากได้งาน",
         "name": "เอก 0823456789"}),
    "elderly man, step by step": Persona(
        ("สวัสดี", "ยินยอม", "ขอความช่วยเหลือ"),
        {"hardship": "3", "id_card": "มี", "current_province": "กทม",
         "home_province": "โคราช", "travellers": "คนเดียว อายุ 72", "name": "ตาสม",
         "phone": "02-123-4567"}),
    "Isan speaker": Persona(
        ("บ่มีค่ารถกลับเฮือนที่อุบล อยู่ชลบุรี มีบัตรปชช", "แม่นแล้ว"),
        {"travellers": "คนเดียว", "urgent": "บ่ด่วน", "sensitive_consent": "บ่",
         "name": "บุญมี 0834567890", "confirm": "แม่น"}),
    "woman fleeing, urgent": Persona(
        ("สวัสดีค่ะ", "ยินยอม",
         "หนีสามีออกมา ไม่ปลอดภัย ไม่มีที่นอนคืนนี้ อยู่พัทยา อยากกลับบ้านที่เชียงราย "
         "มีบัตรประชาชน"),
        {"travellers": "3 คน มีลูกเล็ก 2 คน", "name": "ฝน 0845678901", "confirm": "ใช่ค่ะ"}),
    "asks a question mid-screening": Persona(
        ("สวัสดี", "ยินยอม", "ไม่มีค่ารถกลับบ้าน มีบัตรประชาชน",
         "ค่าอาหารได้วันละเท่าไหร่คะ"),
        {"current_province": "สระบุรี", "home_province": "เลย", "travellers": "คนเดียว",
         "name": "จันทร์ 0856789012"}),
    "typos and English province": Persona(
        ("ไม่มีค่ารถกลับบ้านครับ", "ok"),
        {"id_card": "มีบัตรประชาชนครับ", "current_province": "Chiang Mai",
         "home_province": "โคราด", "travellers": "1", "urgent": "ด่วน",
         "name": "Tom +66 81 234 5678", "confirm": "yes"}),
    "family of four": Persona(
        ("สวัสดีครับ", "ยินยอม",
         "ตกงาน ไม่มีข้าวกิน ไม่มีค่ารถกลับบ้านที่นครศรีธรรมราช อยู่สมุทรปราการ มีบัตรประชาชน"),
        {"travellers": "4 คน", "name": "พ่อบ้าน 0867890123"}),
}


def next_message(persona: Persona, state: State) -> str:
    """The persona's answer to whatever the bot asks now."""
    answers = {**DEFAULTS, **persona.answers}
    if state.name == st.ASK:
        return answers.get(str(state.data.get("slot")), "ไม่ทราบ")
    return answers.get(state.name, answers["idle"])


async def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with runtime(Path(tmp) / "bench.db") as rt:
            timings: list[float] = []
            turns_to_case: list[int] = []
            for n, (name, persona) in enumerate(PERSONAS.items()):
                key = ConversationKey("bench", f"persona-{n}")
                done = None
                for turn in range(1, MAX_TURNS + 1):
                    if turn <= len(persona.opening):
                        line = persona.opening[turn - 1]
                    else:
                        line = next_message(persona, await rt.store.load(key) or State())
                    start = time.perf_counter()
                    outcome = await rt.conversations.handle(key, Inbound.of_text(line))
                    timings.append((time.perf_counter() - start) * 1000)
                    if outcome.case_id is not None:
                        done = turn
                        break
                status = f"{done} turns" if done else "NO CASE"
                print(f"  {name:<42} {status}")
                if done:
                    turns_to_case.append(done)
            ordered = sorted(timings)
            p50 = ordered[len(ordered) // 2]
            p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
            print(f"personas: {len(PERSONAS)}, completed: {len(turns_to_case)}")
            if turns_to_case:
                print(f"turns to a completed intake: median {statistics.median(turns_to_case)} "
                      f"(min {min(turns_to_case)}, max {max(turns_to_case)}; target <= 8)")
            print(f"per-turn processing incl. SQLite commit over {len(timings)} turns: "
                  f"p50 {p50:.2f} ms, p99 {p99:.2f} ms (target p99 <= 20 ms)")


if __name__ == "__main__":
    asyncio.run(run())
