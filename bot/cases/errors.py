"""Errors of the officers' side: workflow, amounts, permissions, calendar, report, letter."""

from __future__ import annotations

from knowledge.errors import NamjaiError


class WorkflowError(NamjaiError):
    """A case operation that the manual's workflow does not allow."""


class TransitionError(WorkflowError):
    """A status change that is not one of the allowed next steps."""

    def __init__(self, current: str, target: str, allowed: tuple[str, ...],
                 message: str) -> None:
        self.current = current
        self.target = target
        self.allowed = allowed
        super().__init__(message)


class AmountError(WorkflowError):
    """Approved amounts that are malformed or over the rate; names the (first) item and
    its limit; `problems` holds every problem found, (item, limit, message), in the
    order of the form, and the message says them all, one a line."""

    def __init__(self, item: str, limit: int | None, message: str,
                 problems: tuple[tuple[str, int | None, str], ...] = ()) -> None:
        self.item = item
        self.limit = limit
        self.problems = problems or ((item, limit, message),)
        super().__init__(message)


class NationalIdError(WorkflowError):
    """A national ID number that cannot be right (length, characters, check digit)."""


class PermissionDenied(WorkflowError):
    """The staff member's role may not do this."""

    def __init__(self, role: str, action: str, message: str) -> None:
        self.role = role
        self.action = action
        super().__init__(message)


class CalendarError(NamjaiError):
    """The office calendar's extra days off are invalid, or a time is naive."""


class ReportError(NamjaiError):
    """The monthly report cannot be made from the given input."""


class LetterError(NamjaiError):
    """The follow-up letter cannot be written or rendered."""


class ThaiFontMissing(LetterError):
    """No TrueType font with Thai glyphs was found for the PDF."""
