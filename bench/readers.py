"""CPU of the free-text readers: every opening and answer of the development persona sets
read as the dialog reads a message (read_message, is_question, and the travellers,
urgency, ID card and care answers), a fresh string each round so that no cache of a
previous round helps; prints the best of the rounds, per text.

Run: .venv/bin/python bench/readers.py [--sets 55-63] [--rounds 5]
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

# bench/dialogs.py would shadow the `dialogs` package: import from the root.
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from dialogs.questions import is_question  # noqa: E402
from dialogs.slots import BY_KEY  # noqa: E402
from dialogs.understand import read_message  # noqa: E402
from dialogs.words import warm  # noqa: E402

KEYS = ("travellers", "urgent", "id_card", "special_needs")


def option(name: str, default: str) -> str:
    args = sys.argv[1:]
    return args[args.index(name) + 1] if name in args[:-1] else default


def texts(first: int, last: int) -> list[str]:
    out: list[str] = []
    for n in range(first, last + 1):
        for persona in importlib.import_module(f"bench.dialog_personas_dev{n}").PERSONAS.values():
            out += persona.opening
            for said in persona.answers.values():
                out += list(said) if isinstance(said, tuple) else [said]
    return out


def main() -> None:
    first, last = (int(n) for n in option("--sets", "55-63").split("-"))
    rounds = int(option("--rounds", "5"))
    warm()
    lines = texts(first, last)
    best = float("inf")
    for n in range(rounds):
        start = time.process_time()
        for line in lines:
            line = line + " " * (n + 1)  # a string no reader has cached
            read_message(line)
            is_question(line)
            for key in KEYS:
                BY_KEY[key].parse(line, None)
        best = min(best, time.process_time() - start)
    print(f"readers over {len(lines)} texts (dev{first} to dev{last}), best of {rounds} rounds:"
          f" {best * 1000 / len(lines):.3f} ms CPU per text")


if __name__ == "__main__":
    main()
