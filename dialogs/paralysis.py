"""Paralysis after a stroke, and whether it is told as an illness or as a disability.

"อัมพฤกษ์" (one side weak) and "อัมพาต" are read as a disability ("เป็นอัมพฤกษ์ครึ่งซีก"),
also as people type them with one hand or by voice ("เปนอัมพฤก", "เปนอำพรึก", dev93, dev104).
Told as an illness ("ป่วยเป็นอัมพฤกษ์", "เปนอัมพฤกษ์ ยังป่วยอยู่"), or with a disability
denied ("พ่อไม่ได้พิการนะคะ หมอว่าทำกายภาพแล้วจะดีขึ้น"), it is the care of one who is
sick, not of one disabled: unless a disability is named all the same (a wheelchair, a
disability card, "พิการ"). Patterns on the cleaned text without spaces.
"""

from __future__ import annotations

__all__ = ["DISABILITY_DENIED", "ILL_SAID", "PARALYSIS"]

# อัมพาต, อัมพฤกษ์ and their misspellings (อำ for อัม; รึ, ริ for ฤ; a last letter dropped)
PARALYSIS = r"(?:อัม|อำ)(?:พาต|พ(?:ฤ|รึ|ริ)ก(?:ษ์|ส์|ข์)?)"
# ill, said of someone ("ป่วยเป็น...", "ยังป่วยอยู่"); never a patient's ward or kin
# ("หอผู้ป่วย", "ญาติคนป่วย"): for dialogs.facts, with its negation guard ("ไม่ได้ป่วย")
ILL_SAID = r"!(?<!ผู้)(?<!คน)(?<!เจ็บ)ป่วย"
# a disability denied outright ("ไม่ได้พิการ", "ไม่ใช่คนพิการ", "ไม่ได้เป็นคนพิการนะคะ")
DISABILITY_DENIED = r"(?:ไม่|บ่)(?:ได้|ใช่)?(?:เป็น)?(?:คน)?พิการ(?!ทาง)"
