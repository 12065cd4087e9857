"""What every channel's tests expect of the first screening turn, written once."""

from __future__ import annotations

from dialogs import replies, texts
from dialogs.slots import BY_KEY

# consent after a bare greeting (or a follow): the first screening question
CONSENTED = f"{texts.OPEN_SCREENING}\n{BY_KEY['hardship'].question}"
FIRST_CHOICES = [c.value for c in (*BY_KEY["hardship"].choices, replies.ASK_ELSE)]
AGAIN = f"{texts.RESUME}\n{BY_KEY['hardship'].question}"  # asked again after an aside
