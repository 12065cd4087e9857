"""`python -m bot ask|eval|kb check|kb embed`: the knowledge base's tools."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from bot.cli.common import EXIT_DATA, EXIT_OK, EXIT_USAGE, UsageError

ASK_USAGE = ('usage: python -m bot ask "question"  (or one question per line on '
             "standard input: python -m bot ask < questions.txt)")


def _load_matcher(directory: Path | None) -> object:
    from knowledge import DEFAULT_DIR, Matcher, load_encoder, load_knowledge

    return Matcher(load_knowledge(directory or DEFAULT_DIR), encoder=load_encoder())


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
        "second": d.second.id if d.second is not None else None,
        "semantic": d.semantic,
    }, ensure_ascii=False)


def cmd_ask(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    if args.text is None and stdin.isatty():
        raise UsageError(ASK_USAGE)
    matcher = _load_matcher(args.kb)
    if args.text is not None:
        print(_ask_json(matcher, args.text), file=stdout)
        return EXIT_OK
    for line in stdin:
        text = line.rstrip("\r\n")
        print(_ask_json(matcher, text), file=stdout, flush=True)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, stdout: TextIO) -> int:
    from knowledge.evaluate import evaluate, format_report, parse_tsv

    if not args.file.is_file():
        print(f"error: {args.file}: no such file", file=sys.stderr)
        return EXIT_USAGE
    cases = parse_tsv(args.file)
    report = evaluate(_load_matcher(args.kb), cases)  # type: ignore[arg-type]
    print(format_report(report, summary=args.summary), file=stdout)
    return EXIT_OK


def cmd_kb_check(args: argparse.Namespace, stdout: TextIO) -> int:
    from knowledge import DEFAULT_DIR, load_knowledge

    directory = args.dir or DEFAULT_DIR
    kb = load_knowledge(directory)
    print(f"ok: {len(kb.entries)} entries, {len(kb.intents)} intents, "
          f"{len(kb.lexicon.replace)} slang words in {len(kb.files)} files ({directory})",
          file=stdout)
    return EXIT_OK


def cmd_kb_embed(stdout: TextIO) -> int:
    from knowledge import load_encoder, load_knowledge
    from knowledge.encoder import embed_texts, read_cache, text_key, write_cache

    encoder = load_encoder()
    if encoder is None:
        print("error: the semantic encoder is not installed (the 'semantic' extra)",
              file=sys.stderr)
        return EXIT_DATA
    kb = load_knowledge()
    texts = list(dict.fromkeys(t for item in kb.entries
                               for t in (item.title, *item.aliases, *item.examples)))
    texts += [t for item in kb.intents for t in (item.title, *item.aliases, *item.examples)
              if t not in texts]
    cache = read_cache()
    _, fresh = embed_texts(encoder, texts, cache)
    keep = {text_key(t) for t in texts}
    write_cache({k: v for k, v in cache.items() if k in keep})
    print(f"ok: {len(texts)} texts, {fresh} embedded now", file=stdout)
    return EXIT_OK

