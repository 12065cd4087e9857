"""Start-up costs of the dialog: resident memory and wall time of building
`dialogs.engine.Dialog` (its word lists, tokeniser and district index: `words.warm`) the
way bot/app.py does, after the knowledge base and the matcher are loaded.

Each run is a fresh process (`--once` prints its own figures as one line); the report is
the median of the runs.
Run: .venv/bin/python bench/dialog_costs.py [--runs N]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

# bench/dialogs.py would shadow the `dialogs` package: import from the root.
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def once() -> str:
    """One process: RSS before and after the Dialog, its build time, the peak RSS."""
    from dialogs.engine import Dialog
    from knowledge import Matcher, load_encoder, load_knowledge

    kb = load_knowledge()
    matcher = Matcher(kb, encoder=load_encoder())
    before = _rss_mb()
    t = time.perf_counter()
    Dialog(kb, matcher)
    took = time.perf_counter() - t
    after = _rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return f"{before:.1f} {after:.1f} {took:.3f} {peak:.1f}"


def main() -> None:
    if "--once" in sys.argv:
        print(once())
        return
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--once"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
        rows.append([float(x) for x in out])
    before, after, took, peak = (statistics.median(col) for col in zip(*rows, strict=True))
    print(f"RSS before the Dialog {before:.0f} MB, after {after:.0f} MB "
          f"(+{after - before:.0f} MB), peak {peak:.0f} MB; "
          f"Dialog() {took:.2f} s wall (median of {runs})")


if __name__ == "__main__":
    main()
