"""The staff console: server-rendered pages at /console and the JSON API at /api/.

Modules: auth (sign-in, sessions, CSRF, lockout), api (JSON), pages (queue, case,
forms), documents (sign-in form, report, letter, static files), me (one's display
name and linked staff chats), staff_admin (the
accounts page: admins add, change, unlock, sign out, remove accounts), stream
(SSE live updates), actions (shared by the API and the forms), html and views_*
(the HTML, every value escaped). `cookie_secure`: True or False forces the
session cookie's Secure flag; None (the default) sets it unless the request is
plain http to a loopback host.
"""

from __future__ import annotations

from collections.abc import Sequence

from aiohttp import web

from bot.console.api import Api
from bot.console.auth import Auth
from bot.console.documents import Documents
from bot.console.me import Me
from bot.console.pages import Pages
from bot.console.signin_links import SignInLinks
from bot.console.staff_admin import StaffAdmin
from bot.console.stream import EventStreams
from bot.desk import Desk
from bot.events import Hub
from bot.staff_room import StaffRoom


class Console:
    def __init__(self, desk: Desk, hub: Hub, *, cookie_secure: bool | None = None,
                 room: StaffRoom | None = None) -> None:
        self.desk = desk
        self.hub = hub
        self.cookie_secure = cookie_secure
        self.auth = Auth(desk.store, desk.clock, cookie_secure)
        self.streams = EventStreams(hub)
        self.api = Api(desk, self.auth, self.streams)
        self.pages = Pages(desk, self.auth)
        self.documents = Documents(desk, self.auth, self.pages)
        self.staff_admin = StaffAdmin(desk, self.auth, self.pages)
        self.me = Me(room or StaffRoom(desk), self.auth, self.pages, self.api)
        self.signin_links = SignInLinks(desk, self.auth)

    def routes(self) -> Sequence[web.AbstractRouteDef]:
        # the documents first: /console/cases/{id}/letter before the pages' patterns
        return [*self.documents.routes(), *self.staff_admin.routes(), *self.me.routes(),
                *self.pages.routes(), *self.signin_links.routes(), *self.api.routes()]

    async def stop(self) -> None:
        """Close live streams."""
        self.streams.stop()
