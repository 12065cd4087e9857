"""Staff work from their own chat (the Telegram staff group, the LINE staff group).

A staff member links their chat account to their console account once, with a
one-time code shown in the console (`/link CODE`, or the code alone). From then on,
in a case's Telegram topic or in a reply to a case's alert in the LINE group:

- a linked member who holds the person's conversation talks to the person;
- a linked member who replies while nobody holds it takes it over (and claims the
  case if nobody has) and talks to the person;
- a member who is not linked is told how to link, and the message goes nowhere;
- "/handback" there gives the conversation back to the bot.

Claims tapped there are claimed for the linked account. Everything is audited under
the staff account; chat user ids never become staff names.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import secrets

from bot import people
from bot.cases.errors import WorkflowError
from bot.desk import Actor, Desk, DeskError
from bot.store import Case, StaffAccount
from dialogs.types import ConversationKey

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out, typed on phones
CODE_LENGTH = 8
CODE_TTL = dt.timedelta(minutes=15)
_CODE = re.compile(r"(?:/link(?:@\w+)?\s+)?([A-Za-z2-9]{4})[\s-]?([A-Za-z2-9]{4})")
_HANDBACK = re.compile(r"/handback(?:@\w+)?", re.IGNORECASE)  # give the chat back to the bot
CHAT_NAMES = {"telegram": "Telegram", "line": "LINE"}
HOW_TO_LINK = ("ข้อความนี้ยังไม่ถูกส่งถึงผู้ขอค่ะ: บัญชี {chat} นี้ยังไม่ได้เชื่อมกับบัญชีคอนโซล "
               "เปิดคอนโซล เมนู \"บัญชีของฉัน\" กดขอรหัส แล้วพิมพ์ /link ตามด้วยรหัสในกลุ่มนี้ค่ะ")
BAD_CODE = "รหัสเชื่อมบัญชีไม่ถูกต้องหรือหมดอายุแล้วค่ะ ขอรหัสใหม่ในคอนโซล เมนู \"บัญชีของฉัน\" ค่ะ"


def new_code() -> str:
    """A one-time code as shown: "ABCD-EF23"."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def code_hash(code: str) -> str:
    """What the store keeps of a code: the SHA-256 of its letters, case and dash aside."""
    letters = re.sub(r"[\s-]", "", code).upper()
    return hashlib.sha256(letters.encode()).hexdigest()


def link_code_in(text: str) -> str | None:
    """The code of "/link ABCD-EF23", "/link@bot ABCDEF23" or a message that is only a
    code; None for anything else."""
    match = _CODE.fullmatch(text.strip())
    if match is None:
        return None
    letters = (match.group(1) + match.group(2)).upper()
    if not text.strip().startswith("/link") and not all(c in CODE_ALPHABET for c in letters):
        return None
    return letters


class StaffRoom:
    def __init__(self, desk: Desk, code_ttl: dt.timedelta = CODE_TTL) -> None:
        self.desk = desk
        self.store = desk.store
        self.code_ttl = code_ttl

    # -- what the channels' StaffDesk needs ------------------------------------------
    async def thread(self, case_ref: str, channel: str) -> str | None:
        return await self.desk.thread(case_ref, channel)

    async def set_thread(self, case_ref: str, channel: str, thread: str) -> None:
        await self.desk.set_thread(case_ref, channel, thread)

    async def held(self, key: ConversationKey) -> bool:
        return await self.desk.held(key)

    async def note_message(self, channel: str, chat_id: str, message_id: str,
                           case_ref: str) -> None:
        """A message the bot sent to a staff chat about a case (replies name the case)."""
        await self.store.note_staff_message(channel, chat_id, message_id, case_ref,
                                            self.desk.clock())

    async def case_of_message(self, channel: str, chat_id: str, message_id: str) -> str | None:
        return await self.store.case_ref_of_message(channel, chat_id, message_id)

    async def case_of_thread(self, channel: str, thread: str) -> str | None:
        return await self.store.case_ref_of_thread(channel, thread)

    # -- linking -----------------------------------------------------------------
    async def issue_code(self, actor: Actor) -> tuple[str, dt.datetime]:
        """A new one-time code for the actor's account (earlier codes end)."""
        code = new_code()
        expires = self.desk.clock() + self.code_ttl
        if not await self.store.add_link_code(actor.username, code_hash(code), expires):
            raise DeskError("ไม่พบบัญชีนี้")
        await self.store.audit("staff_link_code", actor.username, {}, self.desk.clock())
        return code, expires

    async def _link(self, channel: str, user_id: str, code: str) -> str:
        now = self.desk.clock()
        username = await self.store.redeem_link_code(code_hash(code), channel, user_id, now)
        if username is None:
            return BAD_CODE
        await self.store.audit("staff_link", username, {"channel": channel}, now)
        name = people.in_staff_chat(await self.desk.display_name(username), username)
        return (f"เชื่อมบัญชี {CHAT_NAMES.get(channel, channel)} นี้กับบัญชีคอนโซลของ "
                f"{name} แล้วค่ะ ตอบในหัวข้อของเรื่อง (หรือตอบกลับข้อความแจ้งเตือน) "
                "เพื่อคุยกับผู้ขอได้เลยค่ะ")

    async def _account(self, channel: str, user_id: str) -> StaffAccount | None:
        return await self.store.linked_staff(channel, user_id) if user_id else None

    # -- claims and messages from the staff chat ----------------------------------------
    async def claim(self, channel: str, user_id: str, ref: str) -> str:
        """A Claim tapped in a staff chat: claimed for the linked account."""
        account = await self._account(channel, user_id)
        if account is None:
            return HOW_TO_LINK.format(chat=CHAT_NAMES.get(channel, channel)).replace(
                "ข้อความนี้ยังไม่ถูกส่งถึงผู้ขอค่ะ: ", "ยังรับเรื่องไม่ได้ค่ะ: ")
        case = await self.store.case_by_ref(ref)
        if case is None:
            return f"ไม่พบเรื่อง {ref}"
        try:
            await self.desk.claim(Actor(account.username, account.role), case.id)
        except (DeskError, WorkflowError) as exc:
            return str(exc)
        name = people.in_staff_chat(await self.desk.display_name(account.username),
                                    account.username)
        return f"รับเรื่อง {ref} แล้ว: {name}"

    async def from_chat(self, channel: str, user_id: str, text: str,
                        case_ref: str | None) -> str | None:
        """A member's text in the staff chat: a link code, or (about a case) a message
        to the person. What to tell the member, or None (nothing to say)."""
        code = link_code_in(text)
        if code is not None:
            return await self._link(channel, user_id, code)
        if text.strip().lower().startswith("/link"):
            return BAD_CODE  # a mistyped code never reaches a person
        if case_ref is None or not text.strip():
            return None  # staff talking among themselves
        account = await self._account(channel, user_id)
        if account is None:
            return HOW_TO_LINK.format(chat=CHAT_NAMES.get(channel, channel))
        case = await self.store.case_by_ref(case_ref)
        if case is None:
            return f"ไม่พบเรื่อง {case_ref}"
        actor = Actor(account.username, account.role)
        if _HANDBACK.fullmatch(text.strip()):
            try:
                await self.desk.handback(actor, case.id)
            except (DeskError, WorkflowError) as exc:
                return str(exc)
            return "ส่งแชตกลับให้น้ำใจดูแลต่อแล้วค่ะ"
        try:
            await self._talk(actor, case, text.strip())
        except (DeskError, WorkflowError) as exc:
            return f"ข้อความนี้ยังไม่ถูกส่งถึงผู้ขอค่ะ: {exc}"
        await self.store.audit("staff_chat_message", actor.username,
                               {"case_id": case.id, "channel": channel}, self.desk.clock())
        return None

    async def _talk(self, actor: Actor, case: Case, text: str) -> None:
        hold = await self.store.hold(case.key) if case.key.user_id else None
        if hold is None:
            await self.desk.takeover(actor, case.id)  # erased, or someone was faster: raises
            if case.claimed_by is None:
                with contextlib.suppress(DeskError):  # claimed meanwhile: still our chat
                    await self.desk.claim(actor, case.id)
        elif hold.staff != actor.username:
            name = people.in_staff_chat(await self.desk.display_name(hold.staff), hold.staff)
            raise DeskError(f"{name} กำลังคุยกับผู้ขออยู่")
        await self.desk.message(actor, case.id, text)
