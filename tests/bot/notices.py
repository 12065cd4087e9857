"""The consent notice as a first message gets it: the privacy notice, then the first
question shown with it, to be answered with the yes (dialogs.consent_preview)."""

from __future__ import annotations

from dialogs import texts

FIRST_NOTICE = f"{texts.PRIVACY}\n{texts.CONSENT_PREVIEW.format('ตอนนี้เดือดร้อนเรื่องไหนคะ')}"
