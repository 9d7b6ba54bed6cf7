#!/usr/bin/env python3
"""Score srccheck's attribution detection on the PolNeAR dev set and its source entities.

Runs the detection engine over every article of ``../shared/bench/polnear/dev.jsonl``,
writes the predicted source spans, and scores them with the shared scorer
(``../shared/tools/score_attribution.py``): exact / overlap / head precision, recall
and F1 per publisher and overall. Cue and content spans are scored here as well
(one-to-one overlap matching, micro F1). Then the entity scorer
(``../shared/tools/score_entities.py``) runs the installed command on the annotated real
articles of ``../shared/bench/entities``: named and vague P/R/F1, kind and affiliation
accuracy, quote linking and duplicate rows. The data is evaluation-only: nothing from it
is stored in the project. ``shared`` is looked for beside the checkout, then one level up
(a git worktree), or where ``SRCCHECK_SHARED`` points.

usage: python bench/accuracy.py [--gold PATH] [--limit N] [--keep DIR] [--no-table]
                                [--no-entities]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _shared() -> Path:
    """The shared evaluation folder: $SRCCHECK_SHARED, else beside the checkout or above it."""
    override = os.environ.get("SRCCHECK_SHARED")
    if override:
        return Path(override)
    for candidate in (REPO.parent / "shared", REPO.parent.parent / "shared"):
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared"


SHARED = _shared()
DEFAULT_GOLD = SHARED / "bench" / "polnear" / "dev.jsonl"
SCORER = SHARED / "tools" / "score_attribution.py"
ENTITY_SCORER = SHARED / "tools" / "score_entities.py"
ENTITY_SET = SHARED / "bench" / "entities"

sys.path.insert(0, str(REPO))

from srccheck.detect import detect  # noqa: E402

Span = tuple[int, int]


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--keep", type=Path, help="write predictions and per-article CSV here")
    parser.add_argument("--no-table", action="store_true", help="detect without the table")
    parser.add_argument("--no-entities", action="store_true", help="skip the entity scorer")
    args = parser.parse_args()
    if not args.gold.is_file():
        print(f"accuracy: no benchmark data at {args.gold}", file=sys.stderr)
        return 2
    articles = _read(args.gold, args.limit)
    table = None
    if not args.no_table:
        from srccheck.table import default_table

        table = default_table()
    started = time.perf_counter()
    predictions = [_predict(article, table) for article in articles]
    elapsed = time.perf_counter() - started
    words = sum(len(a["text"].split()) for a in articles)
    print(
        f"{len(articles)} articles, {words:,} words: detection {elapsed:.2f} s "
        f"({words / elapsed:,.0f} words/s, {1000 * elapsed / len(articles):.1f} ms/article)"
    )
    _score_sources(args, articles, predictions)
    _score_parts(articles, predictions)
    if not args.no_entities:
        _score_entities()
    return 0


def _score_entities() -> None:
    """Run the shared entity scorer on the annotated articles with this checkout's command."""
    print("\nSource entities (shared scorer, real articles):")
    gold = ENTITY_SET / "gold.jsonl"
    if not gold.is_file() or not ENTITY_SCORER.is_file():
        print(f"  no entity benchmark at {ENTITY_SET}")
        return
    command = f"{shlex.quote(sys.executable)} -m srccheck --format json"
    subprocess.run(
        [
            sys.executable,
            str(ENTITY_SCORER),
            str(gold),
            str(ENTITY_SET / "texts"),
            "--cmd",
            command,
        ],
        check=False,
        cwd=REPO,
    )


def _read(path: Path, limit: int) -> list[dict]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                articles.append(json.loads(line))
            if limit and len(articles) >= limit:
                break
    return articles


def _predict(article: dict, table: object) -> dict:
    detection = detect(article["text"], table)  # type: ignore[arg-type]
    sources, cues, contents = [], [], []
    for attribution in detection.attributions:
        if attribution.source_span is not None:
            sources.append(attribution.source_span)
        if attribution.cue is not None:
            cues.append((attribution.cue.start, attribution.cue.end))
        if attribution.content is not None:
            contents.append((attribution.content.start, attribution.content.end))
    unique = {(s.start, s.end): s.text for s in sources}
    return {
        "id": article["id"],
        "sources": [{"start": a, "end": b, "text": t} for (a, b), t in sorted(unique.items())],
        "cues": sorted(set(cues)),
        "contents": sorted(set(contents)),
    }


def _score_sources(args: argparse.Namespace, articles: list[dict], predictions: list[dict]) -> None:
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="srccheck-accuracy-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    pred_path = out_dir / "predictions.jsonl"
    with pred_path.open("w", encoding="utf-8") as handle:
        for prediction in predictions:
            row = {"id": prediction["id"], "sources": prediction["sources"]}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    gold_path = args.gold
    if args.limit:
        gold_path = out_dir / "gold.jsonl"
        with gold_path.open("w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    command = [sys.executable, str(SCORER), str(gold_path), str(pred_path)]
    command += ["--csv", str(out_dir / "per_article.csv")]
    print("\nSource spans (shared scorer):")
    subprocess.run(command, check=False)


def _score_parts(articles: list[dict], predictions: list[dict]) -> None:
    """Cue and content F1 under the overlap rule, one-to-one."""
    print("\nCue and content spans (overlap, one-to-one, micro):")
    for part, key in (("cue", "cues"), ("content", "contents")):
        matched = predicted = expected = 0
        for article, prediction in zip(articles, predictions, strict=True):
            gold = sorted(
                {(a[part]["start"], a[part]["end"]) for a in article["attributions"] if a[part]}
            )
            mine = prediction[key]
            matched += _greedy_matches(mine, gold)
            predicted += len(mine)
            expected += len(gold)
        precision = matched / predicted if predicted else 0.0
        recall = matched / expected if expected else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures = f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
        print(f"  {part:8} {figures}  (pred {predicted}, gold {expected})")


def _greedy_matches(predicted: Iterable[Span], gold: list[Span]) -> int:
    used = [False] * len(gold)
    count = 0
    for start, end in predicted:
        for index, (gold_start, gold_end) in enumerate(gold):
            if not used[index] and start < gold_end and gold_start < end:
                used[index] = True
                count += 1
                break
    return count


if __name__ == "__main__":
    sys.exit(main())
