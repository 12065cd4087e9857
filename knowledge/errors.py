"""The project's one exception root, and the knowledge base's errors."""

from __future__ import annotations


class NamjaiError(Exception):
    """Root of every error Namjai raises on purpose."""


class KnowledgeError(NamjaiError):
    """The knowledge base could not be loaded; `problems` lists every error found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))
