"""Load and validate the knowledge-base YAML files into an immutable value.

Every problem is reported as one line naming the file, the entry (id or
position) and the field; nothing here ever lets a traceback reach the user.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from pydantic import ValidationError

from knowledge.errors import KnowledgeError
from knowledge.schema import Entry, EntryFile, Intent, IntentFile, Lexicon

DEFAULT_DIR = Path(__file__).resolve().parent
LEXICON_FILE = "lexicon.yaml"


@dataclass(frozen=True)
class KnowledgeBase:
    entries: tuple[Entry, ...]
    intents: tuple[Intent, ...]
    lexicon: Lexicon
    files: tuple[str, ...]

    @property
    def by_id(self) -> Mapping[str, Entry]:
        return MappingProxyType({e.id: e for e in self.entries})

    def title(self, item_id: str) -> str:
        items: tuple[Entry | Intent, ...] = (*self.entries, *self.intents)
        for item in items:
            if item.id == item_id:
                return item.title
        raise KeyError(item_id)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is written twice", mark)
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError([f"{path.name}: cannot read the file: {exc}"]) from exc
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise KnowledgeError([f"{path.name}{where}: broken YAML: {problem}"]) from exc


def _describe(path: Path, raw: Any, err: Mapping[str, Any]) -> str:
    loc = list(err["loc"])
    where = ""
    if len(loc) >= 2 and isinstance(loc[1], int):
        index = loc[1]
        items = raw.get(loc[0]) if isinstance(raw, dict) else None
        item = items[index] if isinstance(items, list) and index < len(items) else None
        ident = item.get("id") if isinstance(item, dict) else None
        kind = "entry" if loc[0] == "entries" else "intent"
        where = f"{kind} {ident!r} (#{index + 1})" if ident else f"{kind} #{index + 1}"
        loc = loc[2:]
    field = ".".join(str(p) for p in loc) or "(top level)"
    message = err["msg"]
    if err["type"] == "extra_forbidden":
        message = "unknown field"
    elif err["type"] == "missing":
        message = "missing field"
    parts = [path.name, where, f"field {field!r}", message]
    return ": ".join(p for p in parts if p)


def _validate(path: Path, raw: Any, model: type[Any]) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeError([_describe(path, raw, e) for e in exc.errors()]) from exc


def _yaml_files(directory: Path) -> Iterator[Path]:
    return iter(sorted(p for p in directory.glob("*.yaml") if p.is_file()))


def load_knowledge(directory: Path | str = DEFAULT_DIR) -> KnowledgeBase:
    """Read every YAML file of `directory`; raise KnowledgeError listing all problems."""
    directory = Path(directory)
    if not directory.is_dir():
        raise KnowledgeError([f"{directory}: no such directory"])
    problems: list[str] = []
    entries: list[Entry] = []
    intents: list[Intent] = []
    lexicon = Lexicon()
    first_seen: dict[str, str] = {}
    files: list[str] = []
    for path in _yaml_files(directory):
        files.append(path.name)
        try:
            raw = _read_yaml(path)
            if path.name == LEXICON_FILE:
                lexicon = _validate(path, raw if raw is not None else {}, Lexicon)
                continue
            if isinstance(raw, dict) and "intents" in raw:
                items: list[Entry | Intent] = list(_validate(path, raw, IntentFile).intents)
            elif isinstance(raw, dict) and "entries" in raw:
                items = list(_validate(path, raw, EntryFile).entries)
            else:
                raise KnowledgeError(
                    [f"{path.name}: field '(top level)': expected a mapping with "
                     "'entries' or 'intents'"])
        except KnowledgeError as exc:
            problems.extend(exc.problems)
            continue
        for position, item in enumerate(items, start=1):
            kind = "intent" if isinstance(item, Intent) else "entry"
            if item.id in first_seen:
                problems.append(
                    f"{path.name}: {kind} {item.id!r} (#{position}): field 'id': "
                    f"duplicate id, first defined in {first_seen[item.id]}")
                continue
            first_seen[item.id] = path.name
            if isinstance(item, Intent):
                intents.append(item)
            else:
                entries.append(item)
    if not files:
        problems.append(f"{directory}: no .yaml files")
    elif not problems and not entries:
        problems.append(f"{directory}: no knowledge entries")
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(tuple(entries), tuple(intents), lexicon, tuple(files))
