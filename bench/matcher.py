"""Matcher benchmark: accuracy, latency (without and with the encoder, CPU and
wall, of questions never seen before: the encoder's memo is emptied before each),
the encoder memo's savings, CPU burnt by other threads, memory, cold start, build
time, baseline, and scaling.

Run: `.venv/bin/python bench/matcher.py [--no-scaling]` (or `make bench`). Prints figures;
it asserts nothing. The frozen report set is measured in aggregate only. The
machine may be shared: the load average is printed next to the timings, and CPU
time per message is steadier than wall time.
"""

from __future__ import annotations

import math
import os
import random
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from matcher_costs import cold_start, load, rss_mb, serve_rss  # bench/, beside this script
from pythainlp.tokenize import word_tokenize

from knowledge import KnowledgeBase, Matcher, load_encoder, load_knowledge
from knowledge.evaluate import Case, evaluate, parse_tsv

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "dev": ROOT / "tests/knowledge/data/faq-dev.tsv",
    "held-out": ROOT / "tests/knowledge/data/faq-heldout.tsv",
    "tune": ROOT / "tests/knowledge/data/faq-tune.tsv",
    "frozen": ROOT / "tests/knowledge/data/faq-frozen.tsv",
}


class PlainBM25:
    """Baseline: one document per item (all its texts), newmm tokens, Okapi BM25."""

    def __init__(self, kb: KnowledgeBase, k1: float = 1.5, b: float = 0.75) -> None:
        items = [(e.id, [e.title, *e.aliases, *e.examples]) for e in kb.entries]
        items += [(i.id, [i.title, *i.aliases, *i.examples]) for i in kb.intents]
        self.ids = [i for i, _ in items]
        self.docs = [Counter(self.tok(" ".join(texts))) for _, texts in items]
        self.lens = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.lens) / len(self.lens)
        df: Counter[str] = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self.k1, self.b = k1, b

    @staticmethod
    def tok(text: str) -> list[str]:
        return [w for w in word_tokenize(text, engine="newmm") if w.strip()]

    def rank(self, text: str) -> list[tuple[str, float]]:
        q = set(self.tok(text))
        scores = []
        for i, d in enumerate(self.docs):
            s = 0.0
            norm = self.k1 * (1 - self.b + self.b * self.lens[i] / self.avg)
            for t in q:
                tf = d.get(t, 0)
                if tf:
                    s += self.idf[t] * tf * (self.k1 + 1) / (tf + norm)
            scores.append((self.ids[i], s))
        return sorted(scores, key=lambda x: -x[1])


def baseline_figures(model: PlainBM25, cases: list[Case]) -> str:
    top1 = top3 = rej_out = n_in = n_out = 0
    lat: list[float] = []
    for c in cases:
        t = time.perf_counter()
        ranked = model.rank(c.query)
        lat.append((time.perf_counter() - t) * 1000)
        ids = [i for i, s in ranked[:3] if s > 0]
        if not c.in_scope:
            n_out += 1
            rej_out += not ids
            continue
        n_in += 1
        top1 += bool(ids) and ids[0] in c.ids
        top3 += bool(c.ids.intersection(ids))
    return (f"top-1 {top1 / n_in:.3f}  top-3 {top3 / n_in:.3f}  "
            f"out-of-scope rejected {rej_out / max(n_out, 1):.3f}  "
            f"p50 {pct(lat, .5):.2f} ms  p99 {pct(lat, .99):.2f} ms")


def decisions(matcher: Matcher, cases: list[Case]) -> str:
    """How the answer policy treats the in-scope questions."""
    right = wrong = clarified = 0
    for c in (c for c in cases if c.in_scope):
        d = matcher.decide(c.query)
        right += d.decision == "answer" and d.topic in c.ids
        wrong += d.decision == "answer" and d.topic not in c.ids
        clarified += d.decision == "clarify"
    n = max(sum(c.in_scope for c in cases), 1)
    return (f"in scope: answered right {right / n:.3f}, answered wrong {wrong / n:.3f}, "
            f"clarified {clarified / n:.3f}")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def synthetic(kb: KnowledgeBase, size: int, seed: int = 7) -> KnowledgeBase:
    """Grow the knowledge base to `size` items with perturbed copies of real entries."""
    rng = random.Random(seed)
    vocab = sorted({w for e in kb.entries for x in e.examples for w in PlainBM25.tok(x)})
    entries = list(kb.entries)
    n = 0
    while len(entries) + len(kb.intents) < size:
        base = kb.entries[n % len(kb.entries)]
        n += 1

        def mutate(text: str) -> str:
            words = PlainBM25.tok(text)
            words[rng.randrange(len(words))] = rng.choice(vocab)
            return "".join(words) + rng.choice(vocab)

        entries.append(base.model_copy(update={
            "id": f"{base.id}_copy{n}",
            "examples": [mutate(x) for x in base.examples],
            "aliases": [mutate(x) for x in base.aliases]}))
    return KnowledgeBase(tuple(entries), kb.intents, kb.lexicon, kb.files)


def latency(matcher: Matcher, queries: list[str], rounds: int = 3) -> tuple[float, float]:
    lat = []
    for _ in range(rounds):
        for q in queries:
            matcher.clear_decision_memo()  # each question computed, not remembered
            t = time.perf_counter()
            matcher.decide(q)
            lat.append((time.perf_counter() - t) * 1000)
    return pct(lat, .5), pct(lat, .99)


def thread_cpu_ms() -> dict[str, float]:
    """CPU time so far of each thread of this process (ms, by thread id)."""
    tick = 1000 / os.sysconf("SC_CLK_TCK")
    out = {}
    for tid in os.listdir("/proc/self/task"):
        fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
        out[tid] = (int(fields[11]) + int(fields[12])) * tick
    return out


def split_latency(matcher: Matcher, queries: list[str]) -> None:
    """Wall and CPU time per question, apart for questions the lexical index
    answers alone and for those that consult the encoder (CPU time is steadier
    on a shared machine). Each question once, with the encoder's memo emptied
    before it: the figures are those of a question never seen before."""
    queries = list(dict.fromkeys(queries))
    walls: dict[bool, list[float]] = {False: [], True: []}
    cpus: dict[bool, list[float]] = {False: [], True: []}
    threads_before, main = thread_cpu_ms(), str(threading.get_native_id())
    for q in queries:
        matcher.clear_encoder_memo()
        matcher.clear_decision_memo()
        t, c = time.perf_counter(), time.process_time()
        d = matcher.decide(q)
        cpus[d.semantic].append((time.process_time() - c) * 1000)
        walls[d.semantic].append((time.perf_counter() - t) * 1000)
    threads_after = thread_cpu_ms()
    others = sum(v - threads_before.get(k, 0.0) for k, v in threads_after.items() if k != main)
    every, every_cpu = walls[False] + walls[True], cpus[False] + cpus[True]
    print(f"latency at real size ({matcher.size} items, {len(every)} distinct questions, "
          f"memo emptied before each, {load()}):")
    print(f"  all: wall p50 {pct(every, .5):.2f} ms  p99 {pct(every, .99):.2f} ms; "
          f"CPU p50 {pct(every_cpu, .5):.2f} ms  p99 {pct(every_cpu, .99):.2f} ms  "
          f"mean {statistics.mean(every_cpu):.2f} ms  (target: p50 <= 2 ms)")
    for semantic, label in ((False, "without the encoder"), (True, "with the encoder")):
        w, c = walls[semantic], cpus[semantic]
        if w:
            print(f"  {label} ({len(w)} questions, {len(w) / len(every):.0%}): wall p50 "
                  f"{pct(w, .5):.2f} ms  p99 {pct(w, .99):.2f} ms  mean "
                  f"{statistics.mean(w):.2f} ms; CPU p50 {pct(c, .5):.2f} ms  p99 "
                  f"{pct(c, .99):.2f} ms  mean {statistics.mean(c):.2f} ms"
                  + ("  (target: p99 <= 60 ms)" if semantic else ""))
    print(f"  CPU of threads other than the caller's during these questions: {others:.0f} ms "
          f"(of {sum(every_cpu):.0f} ms; {len(threads_after)} threads)")


def memo_figures(matcher: Matcher, queries: list[str]) -> None:
    """The encoder's query memo on its own: how many encoder calls it saves on
    the question sets asked once each, in order (a set's repeats and questions
    shared between sets), and the CPU of a question asked again."""
    if matcher.encoder_memo() is None:
        return
    matcher.clear_encoder_memo()
    consulted = []
    for q in queries:
        matcher.clear_decision_memo()  # the encoder's memo alone
        if matcher.decide(q).semantic:
            consulted.append(q)
    hits, misses, size = matcher.encoder_memo() or (0, 0, 0)
    cpu = []
    for q in list(dict.fromkeys(consulted))[:100]:
        matcher.clear_decision_memo()
        c = time.process_time()
        matcher.decide(q)
        cpu.append((time.process_time() - c) * 1000)
    print(f"encoder memo: {len(queries)} questions asked once each consulted the encoder "
          f"{hits + misses} times and called it {misses} times ({hits} repeats); "
          f"a repeated question costs CPU p50 {pct(cpu, .5):.2f} ms  p99 "
          f"{pct(cpu, .99):.2f} ms ({len(cpu)} asked again, {size} vectors kept)")


def main() -> None:
    t = time.perf_counter()
    kb = load_knowledge()
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    lexical = Matcher(kb)
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    encoder = load_encoder()
    matcher = Matcher(kb, encoder=encoder)
    enc_s = time.perf_counter() - t
    print(f"knowledge base: {len(kb.entries)} entries + {len(kb.intents)} intents; "
          f"load+validate {load_s * 1000:.0f} ms, index build {build_s * 1000:.0f} ms, "
          f"encoder load + stored vectors {enc_s * 1000:.0f} ms "
          f"({'on' if matcher.has_encoder else 'not installed'}); "
          f"RSS after loading {rss_mb():.0f} MB")
    baseline = PlainBM25(kb)
    all_queries: list[str] = []
    for name, path in SETS.items():
        if not path.exists():
            continue
        cases = parse_tsv(path)
        all_queries += [c.query for c in cases]
        print(f"[{name}: {len(cases)} questions]")
        for label, m in (("namjai  ", matcher), ("lexical ", lexical)):
            r = evaluate(m, cases)
            print(f"  {label} top-1 {r.top1_accuracy:.3f}  top-3 {r.top3_accuracy:.3f}  "
                  f"out-of-scope rejected {r.out_rejected:.3f}  "
                  f"in-scope wrongly rejected {r.in_rejected:.3f}")
        print(f"  namjai   {decisions(matcher, cases)}")
        print(f"  baseline {baseline_figures(baseline, cases)}  (plain BM25 over newmm)")
    memo_figures(matcher, all_queries)
    split_latency(matcher, all_queries)
    p50, p99 = latency(lexical, all_queries)
    print(f"lexical only at real size: p50 {p50:.2f} ms  p99 {p99:.2f} ms")
    for size in () if "--no-scaling" in sys.argv else (1_000, 10_000):
        big = synthetic(kb, size)
        t = time.perf_counter()
        m = Matcher(big)
        built = time.perf_counter() - t
        p50, p99 = latency(m, all_queries, rounds=1)
        print(f"lexical at {m.size} items: p50 {p50:.2f} ms  p99 {p99:.2f} ms  "
              f"(index build {built:.1f} s)")
    print(f"cold start `python -m bot ask x`: {cold_start()} ({load()}; target <= 3 s)")
    print(f"RSS of `python -m bot serve` after start: {serve_rss()} (target <= 300 MB)")


if __name__ == "__main__":
    main()
