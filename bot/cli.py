"""Command line: `python -m bot ask|eval|kb check|chat ...`.

Exit codes: 0 success, 1 bad data, 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Namjai assistant")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="match a question against the knowledge base")
    ask.add_argument("text", nargs="?", help="the question; without it, one per stdin line")
    ask.add_argument("--kb", type=Path, default=None, help="knowledge base directory")
    ev = sub.add_parser("eval", help="measure the matcher on a query<TAB>ids file")
    ev.add_argument("file", type=Path)
    ev.add_argument("--kb", type=Path, default=None)
    kb = sub.add_parser("kb", help="knowledge base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_sub.add_parser("check", help="validate the knowledge base YAML files")
    check.add_argument("dir", nargs="?", type=Path, default=None)
    return parser


def _load_matcher(directory: Path | None) -> object:
    from knowledge import DEFAULT_DIR, Matcher, load_knowledge

    return Matcher(load_knowledge(directory or DEFAULT_DIR))


def _ask_json(matcher: object, text: str) -> str:
    from knowledge import Matcher

    assert isinstance(matcher, Matcher)
    d = matcher.decide(text)
    return json.dumps({
        "query": text,
        "normalized": d.normalized,
        "decision": d.decision,
        "topic": d.topic,
        "candidates": [{"id": h.id, "score": h.score} for h in d.candidates],
    }, ensure_ascii=False)


def _cmd_ask(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    matcher = _load_matcher(args.kb)
    if args.text is not None:
        print(_ask_json(matcher, args.text), file=stdout)
        return EXIT_OK
    for line in stdin:
        text = line.rstrip("\r\n")
        print(_ask_json(matcher, text), file=stdout, flush=True)
    return EXIT_OK


def _cmd_eval(args: argparse.Namespace, stdout: TextIO) -> int:
    from knowledge.evaluate import evaluate, format_report, parse_tsv

    if not args.file.is_file():
        print(f"error: {args.file}: no such file", file=sys.stderr)
        return EXIT_USAGE
    cases = parse_tsv(args.file)
    report = evaluate(_load_matcher(args.kb), cases)  # type: ignore[arg-type]
    print(format_report(report), file=stdout)
    return EXIT_OK


def _cmd_kb_check(args: argparse.Namespace, stdout: TextIO) -> int:
    from knowledge import DEFAULT_DIR, load_knowledge

    directory = args.dir or DEFAULT_DIR
    kb = load_knowledge(directory)
    print(f"ok: {len(kb.entries)} entries, {len(kb.intents)} intents, "
          f"{len(kb.lexicon.replace)} slang words in {len(kb.files)} files ({directory})",
          file=stdout)
    return EXIT_OK


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None,
         stdout: TextIO | None = None) -> int:
    from knowledge.errors import KnowledgeError

    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    try:
        if args.command == "ask":
            return _cmd_ask(args, stdin, stdout)
        if args.command == "eval":
            return _cmd_eval(args, stdout)
        if args.command == "kb":
            return _cmd_kb_check(args, stdout)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_DATA
    return EXIT_USAGE
