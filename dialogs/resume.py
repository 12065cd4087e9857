""""ขอความช่วยเหลือ" said again while screening (dev86: a man asked for his phone at the
summary said it twenty times, and the summary came back each time): the question it
waits for is asked again once; at the summary a second time, the request is sent when
the name is known (the officer writes back in the chat when there is no phone); else, a
third time, a person takes over. Never the same message three times."""

from __future__ import annotations

from dialogs import state as st
from dialogs.state import State

__all__ = ["AGAIN", "PERSON", "SEND", "resumed"]

AGAIN, SEND, PERSON = "again", "send", "person"


def resumed(state: State) -> tuple[State, str]:
    """The state with this resumption counted, and what to do: AGAIN, SEND or PERSON."""
    mark = f"{state.name}:{state.data.get('slot') or ''}"
    said = state.data.get("resumed") or ["", 0]
    times = int(said[1]) + 1 if said[0] == mark else 1
    state = state.with_(resumed=[mark, times])
    if times >= 2 and (state.data.get("answers") or {}).get("name") and state.name == st.CONFIRM:
        return state.with_(resumed=None), SEND
    return (state.with_(resumed=None), PERSON) if times >= 3 else (state, AGAIN)
