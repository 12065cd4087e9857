"""What every `python -m bot` subcommand shares: the exit codes and the usage error."""

from __future__ import annotations

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Bad command-line input (exit code 2)."""
