"""A name found in a message, as the person typed it and without a polite particle the
word splitter joined to it ("บอยครับผม" -> บอย)."""

from __future__ import annotations

__all__ = ["as_typed", "without_particle"]

# polite particles the word splitter may join to an unknown name ("หมานครับ" as หมา|นคร|ับ:
# the name "หมานค"), cut off the name found
_JOINED_PARTICLES = ("ครับผม", "ครับ", "ครัช", "คับ", "งับ", "เจ้าค่ะ", "ค่ะ", "คะ", "ค่า", "จ้า", "จ้ะ",
                     "เจ้า")


def without_particle(name: str, text: str) -> str:
    """`name` without a polite particle, whole or begun, that the text goes on with."""
    for particle in _JOINED_PARTICLES:
        if name.endswith(particle) and len(name) > len(particle) + 1:
            return name[:-len(particle)]
        for k in range(1, len(particle)):
            if name.endswith(particle[:k]) and len(name) > k + 1 and (
                    name + particle[k:]) in text:
                return name[:-k]
    return name


def as_typed(name: str, text: str) -> str:
    """The name as the person typed it (Latin letters keep their case)."""
    at = text.lower().find(name)
    return text[at:at + len(name)] if at >= 0 else name
