"""Every choice label the dialogs can produce fits LINE's 20 characters and is whole."""

from __future__ import annotations

from dialogs import replies
from dialogs.labels import LABELS, MAX_LABEL, topic_label
from dialogs.needs import need_choices
from dialogs.retries import which_one
from dialogs.slots import SLOTS, TRAVELLERS_URGENT
from dialogs.types import Choice
from dialogs.words import words
from knowledge import load_knowledge


def every_label() -> list[str]:
    kb = load_knowledge()
    choices: list[Choice] = [c for slot in (*SLOTS, TRAVELLERS_URGENT) for c in slot.choices]
    every_set = [v for k, v in vars(replies).items() if k.endswith("_CHOICES")]  # each one
    assert len(every_set) >= 8
    choices += [c for kind in every_set for c in kind] + [*need_choices(), replies.ASK_ELSE]
    choices += [*replies.edit_menu({}).choices, *replies.anything_else().choices]
    choices += [c for said in ("นคร", "สมุทร") for c in (which_one(said) or ("", ()))[1]]
    labels = [c.label for c in choices]
    labels += [topic_label(kb, item.id) for item in (*kb.entries, *kb.intents)]
    return labels


def test_every_label_fits() -> None:
    labels = every_label()
    assert len(labels) > 60
    too_long = [label for label in labels if len(label) > MAX_LABEL]
    assert too_long == []


def test_topic_labels_are_written_not_cut() -> None:
    kb = load_knowledge()
    for item in (*kb.entries, *kb.intents):
        label = topic_label(kb, item.id)
        whole = {item.title, *item.aliases, LABELS.get(item.id)}
        assert label in whole, (item.id, label)
        if label != item.title and item.title.startswith(label):
            # a prefix of the title only on a word boundary, never mid-word
            assert words(item.title)[:len(words(label))] == words(label), (item.id, label)


def test_a_cut_label_would_be_caught() -> None:
    title = "ขอความช่วยเหลือเสียเงินไหม"
    cut = title[:19]
    assert words(title)[:len(words(cut))] != words(cut)
