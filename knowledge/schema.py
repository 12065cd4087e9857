"""The shape of the knowledge-base YAML files, validated with pydantic."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]

ANSWER_MAX_CHARS = 350


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Amount(_Strict):
    label: Text
    baht: int = Field(ge=0)
    per: Text


AnswerText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                              max_length=ANSWER_MAX_CHARS)]
Asks = Literal["how", "amount", "where", "documents", "when"]


class Part(_Strict):
    """An answer for one kind of question about a topic ("how do I register" and
    "how much is it" are different questions about the disability allowance)."""

    asks: Annotated[list[Asks], Field(min_length=1)]
    answer: AnswerText


class Entry(_Strict):
    """A knowledge topic: what a person asks about and the answer the bot gives."""

    id: Ident
    title: Text
    agency: Text
    answer: AnswerText
    parts: list[Part] = []
    details: Text
    examples: Annotated[list[Text], Field(min_length=6)]
    aliases: Annotated[list[Text], Field(min_length=1)]
    amounts: list[Amount] = []
    conditions: list[Text] = []
    contact: Text | None = None
    source: Text
    as_of: dt.date


class Intent(_Strict):
    """A conversation intent, recognised like a topic but handled by the dialogs."""

    id: Ident
    title: Text
    examples: Annotated[list[Text], Field(min_length=6)]
    aliases: list[Text] = []


class EntryFile(_Strict):
    entries: Annotated[list[Entry], Field(min_length=1)]


class IntentFile(_Strict):
    intents: Annotated[list[Intent], Field(min_length=1)]


class Lexicon(_Strict):
    """Slang, dialect and abbreviation map, extra dictionary words, words to take out
    of PyThaiNLP's dictionary (fragments that break common phrases), particles to drop."""

    replace: dict[Text, Text] = {}
    words: list[Text] = []
    not_words: list[Text] = []
    particles: list[Text] = []
