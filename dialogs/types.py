"""Boundary types between channels, the dialog engine and the runtime.

All are small frozen dataclasses; no SDK type ever crosses them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

InboundKind = Literal["text", "choice", "sticker", "media", "location", "follow",
                      "unfollow", "start"]


@dataclass(frozen=True)
class ConversationKey:
    channel: str  # "console", "web", "line", "telegram"
    user_id: str

    def __str__(self) -> str:
        return f"{self.channel}:{self.user_id}"


# a sticker written as text (the console, copied chats): read as the sticker it stands for
STICKER_PLACEHOLDERS = ("[sticker]", "(sticker)", "[สติกเกอร์]", "(สติกเกอร์)")


@dataclass(frozen=True)
class Inbound:
    """One thing a person did: wrote text, tapped a choice, sent a sticker, ..."""

    kind: InboundKind
    text: str = ""
    value: str | None = None  # the payload of a tapped choice
    media_id: str | None = None  # platform message id of an image/audio/video/file
    latitude: float | None = None
    longitude: float | None = None
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @classmethod
    def of_text(cls, text: str, at: dt.datetime | None = None) -> Inbound:
        return cls("text", text=text, at=at or dt.datetime.now(dt.UTC))

    def sticker_typed(self) -> Inbound:
        """A text that only stands for a sticker ("[sticker]") is that sticker."""
        if self.kind == "text" and self.text.strip().lower() in STICKER_PLACEHOLDERS:
            return Inbound("sticker", at=self.at)
        return self


@dataclass(frozen=True)
class Choice:
    label: str  # shown to the person, Thai, short
    value: str  # sent back when tapped


@dataclass(frozen=True)
class Reply:
    """Text plus optional choices; a channel renders choices as buttons or numbers."""

    text: str
    choices: tuple[Choice, ...] = ()
    card: dict[str, Any] | None = None  # structured result (e.g. screening) for rich channels


# Effects: what a step asks the runtime to do. Pure data, carried out by `bot/`.


@dataclass(frozen=True)
class CreateCase:
    case: dict[str, Any]


@dataclass(frozen=True)
class RequestHandoff:
    reason: str


@dataclass(frozen=True)
class UpdateContact:
    """The person fixed the phone or name of the request they sent: the runtime writes
    it into their open request (and tells the officers), or hands them to a person."""

    phone: str | None = None
    name: str | None = None
    surname: str | None = None  # the surname alone fixed: the first name sent is kept


@dataclass(frozen=True)
class AddNeeds:
    """Needs told after the request was sent: the runtime adds them, with their
    referrals, to the person's open request (and tells the officers)."""

    needs: tuple[str, ...]
    referrals: tuple[dict[str, Any], ...] = ()
    consented: bool = False  # sensitive needs among them, with consent given
    care: tuple[str, ...] = ()  # care needs of the travellers ("cannot_travel_alone")
    had: tuple[str, ...] = ()  # referral topics already received ("elderly_allowance"): dropped


@dataclass(frozen=True)
class EraseUserData:
    pass


@dataclass(frozen=True)
class LookupCaseStatus:
    pass


Effect = (CreateCase | RequestHandoff | UpdateContact | AddNeeds | EraseUserData
          | LookupCaseStatus)
