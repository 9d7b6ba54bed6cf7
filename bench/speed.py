#!/usr/bin/env python3
"""Measure how fast srccheck's detection engine is, in process.

Prints, as medians of repeated runs with min-max:
- analysis time per article for PolNeAR dev articles near 600 words, and for the example article;
- batch throughput over all dev texts (words/s, MB/s, articles/s) on one core, against a
  one-pass regular-expression scan of the same texts as the reference;
- the growth of analysis time on hostile inputs (1x, 10x, 100x), which must stay linear.

usage: python bench/speed.py [--runs N] [--no-table]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "bench" / "polnear" / "dev.jsonl"
EXAMPLE = REPO / "examples" / "ministry-and-channels.txt"

sys.path.insert(0, str(REPO))

from srccheck.detect import detect  # noqa: E402

# The reference: one pass of a plain "name next to a speech verb" regular expression.
_REFERENCE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:said|says|told|wrote)|according to")


def main() -> int:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-table", action="store_true")
    args = parser.parse_args()
    table = None
    if not args.no_table:
        from srccheck.table import default_table

        table = default_table()
        detect("warm-up: Reuters said so.", table)  # builds the table's indexes once
    texts = _dev_texts()
    print(f"runs per figure: {args.runs}; table: {'none' if table is None else 'default'}\n")
    _per_article(texts, table, args.runs)
    _throughput(texts, table, max(3, args.runs // 3))
    _hostile(table, max(3, args.runs // 3))
    return 0


def _dev_texts() -> list[str]:
    if not DEV.is_file():
        print(f"(no benchmark data at {DEV}; using the example article only)")
        return [EXAMPLE.read_text(encoding="utf-8")]
    with DEV.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _timed(function: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def _summary(times: list[float], scale: float = 1000.0, unit: str = "ms") -> str:
    median = statistics.median(times) * scale
    return f"{median:.2f} {unit} ({min(times) * scale:.2f}-{max(times) * scale:.2f})"


def _per_article(texts: list[str], table: object, runs: int) -> None:
    near_600 = sorted(texts, key=lambda t: abs(len(t.split()) - 600))[:20]
    per_text = [statistics.median(_timed(lambda t=t: detect(t, table), runs)) for t in near_600]
    words = statistics.median(len(t.split()) for t in near_600)
    print(
        f"analysis per article, 20 dev articles of ~{words:.0f} words (median of {runs} runs each):"
    )
    print(f"  {_summary(per_text)}    target <= 10 ms")
    example = EXAMPLE.read_text(encoding="utf-8")
    times = _timed(lambda: detect(example, table), runs)
    print(f"  example article ({len(example.split())} words): {_summary(times)}\n")


def _throughput(texts: list[str], table: object, runs: int) -> None:
    words = sum(len(t.split()) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    engine = _timed(lambda: [detect(t, table) for t in texts], runs)
    reference = _timed(lambda: [_REFERENCE.findall(t) for t in texts], runs)
    median = statistics.median(engine)
    print(f"batch, {len(texts)} articles, {words:,} words, {size / 1e6:.1f} MB, one core:")
    print(
        f"  srccheck   {words / median:,.0f} words/s, {size / 1e6 / median:.2f} MB/s, "
        f"{len(texts) / median:,.0f} articles/s   total {_summary(engine, 1.0, 's')}"
        "    target >= 100,000 words/s"
    )
    reference_median = statistics.median(reference)
    print(
        f"  one-pass regex reference {words / reference_median:,.0f} words/s "
        f"(srccheck takes {median / reference_median:.0f}x the time)\n"
    )


def _hostile(table: object, runs: int) -> None:
    units = {
        "quotation marks": '" “ « „ ',
        "capitalised words": "Ivan Petrov Olga Smirnova Reuters Kremlin ",
        "'said' only": "said said said ",
        "commas and cues": "Ivan, a man, said, according to, citing, ",
        "mixed prose": "Officials said, “the front” is holding, according to TASS. He added: ",
        "one endless sentence": "Mr. Ivan Petrov, who said, according to the , citing: ",
        "quotes and speakers": '"We hold the line," Officials said that. "Another one here." ',
    }
    print("hostile input, time at 1x / 10x / 100x the size (10x should cost about 10x):")
    for name, unit in units.items():
        medians = []
        for factor in (1, 10, 100):
            text = unit * (200 * factor)
            medians.append(statistics.median(_timed(lambda text=text: detect(text, table), runs)))
        ratios = f"x{medians[1] / medians[0]:.1f} / x{medians[2] / medians[1]:.1f}"
        print(f"  {name:18} {medians[0] * 1000:8.1f} ms at 1x; growth per 10x: {ratios}")


if __name__ == "__main__":
    sys.exit(main())
