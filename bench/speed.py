#!/usr/bin/env python3
"""Measure how fast srccheck is, from a cold start to a 100,000-entry table.

Prints, as medians of repeated runs with (min-max):
1. cold start of the CLI in fresh processes (wall clock), next to bare Python and to importing
   click + rich.console, for `--version` and for one ~600-word article in two formats;
2. in-process analysis time per article, batch throughput over all PolNeAR dev texts (words/s,
   MB/s, articles/s) against a one-pass regular-expression scan, and the growth of analysis time
   on hostile inputs (1x, 10x, 100x), which must stay linear;
3. table scaling with synthetic tables of 1k / 10k / 100k entries: load (read + validate +
   merge + index), exact and fuzzy look-up per query, and detection on an article;
4. peak memory (max RSS) of each scenario, each in a fresh process;
5. a Markdown summary (metric | measured | target | met?) for the README.

usage: python bench/speed.py [--runs N] [--quick] [--no-table] [--hostile] [--instructions]

``--hostile`` runs only the hostile-input table (issue 14's shapes at 1x / 10x / 100x, and one
single-line article of 1 MiB, 4 MiB and the default size limit, the last also of the denser
example).

``--instructions`` counts the cold starts of section 1 in machine instructions under valgrind:
the same on a quiet or a busy machine, so a change to the start-up path can be judged at once.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "bench" / "polnear" / "dev.jsonl"
EXAMPLE = REPO / "examples" / "ministry-and-channels.txt"
#: The example with the most detection work per character (about a fifth more than `EXAMPLE`).
DENSE_EXAMPLE = REPO / "examples" / "sound-report.txt"
SIZES = (1_000, 10_000, 100_000)

sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _synthetic  # noqa: E402

from srccheck.detect import detect  # noqa: E402
from srccheck.table import (  # noqa: E402
    DEFAULT_ORIGIN,
    SourceTable,
    default_table,
    default_table_path,
    merge_layers,
    read_layer,
)
from srccheck.table.schema import ParsedTable  # noqa: E402

# The reference: one pass of a plain "name next to a speech verb" regular expression.
_REFERENCE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:said|says|told|wrote)|according to")


@dataclass(slots=True)
class Row:
    """One line of the closing summary."""

    metric: str
    measured: str
    target: str
    met: bool | None  # None: no target, shown for context


@dataclass(slots=True)
class Bench:
    """Settings and results shared by the sections."""

    runs: int
    quick: bool
    workdir: Path
    article: Path
    rows: list[Row] = field(default_factory=list)
    rss: dict[str, float] = field(default_factory=dict)  # scenario -> peak RSS in MiB

    def row(self, metric: str, measured: str, target: str, met: bool | None) -> None:
        """Add a row to the summary."""
        self.rows.append(Row(metric, measured, target, met))


def main() -> int:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=None, help="runs per figure [10; 3 quick]")
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 100k table")
    parser.add_argument("--no-table", action="store_true", help="in-process figures without table")
    parser.add_argument(
        "--hostile", action="store_true", help="only the hostile inputs (issue 14's table)"
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="only the cold starts, in machine instructions (needs valgrind; load-independent)",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)  # a memory scenario
    args = parser.parse_args()
    if args.child:
        return _child(args.child)
    runs = args.runs or (3 if args.quick else 10)
    started = time.perf_counter()
    texts = _dev_texts()
    with tempfile.TemporaryDirectory(prefix="srccheck-bench-") as tmp:
        workdir = Path(tmp)
        article = workdir / "article.txt"
        article.write_text(_article_text(texts), encoding="utf-8")
        bench = Bench(runs, args.quick, workdir, article)
        print(
            f"srccheck speed bench: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
            f"{runs} runs per figure unless marked; medians with (min-max)"
        )
        print(f"default table: {_default_table_size()}\n")
        if args.instructions:
            _instructions(bench)
            return 0
        if args.hostile:
            print("hostile inputs (default table)")
            _hostile(bench, _warm_table())
            _long_line(bench)
            _summary_table(bench)
            print(f"\n(bench took {time.perf_counter() - started:.0f} s)")
            return 0
        _cold_start(bench)
        table = None
        if not args.no_table:
            table = default_table()
            detect("warm-up: Reuters said so.", table)  # builds the table's indexes once
        print(f"in-process analysis (table: {'none' if table is None else 'default'})")
        _per_article(bench, texts, table)
        _throughput(bench, texts, table)
        _hostile(bench, table)
        _long_line(bench)
        _table_scaling(bench)
        _memory(bench)
        _summary_table(bench)
    print(f"\n(bench took {time.perf_counter() - started:.0f} s)")
    return 0


def _warm_table() -> SourceTable:
    """The default table with its indexes built."""
    table = default_table()
    detect("warm-up: Reuters said so.", table)
    return table


# -- data ------------------------------------------------------------------------------------


def _default_table_size() -> str:
    """How big the default table the cold starts load is: hand-written and generated layers."""
    table = default_table()
    generated = len(table.base) if table.base is not None else 0
    return (
        f"{len(table.entries):,} hand-written entries over {generated:,} generated ones "
        "(the generated layer is read lazily from its index, see srccheck/table/bulk.py)"
    )


def _dev_texts() -> list[str]:
    if not DEV.is_file():
        print(f"(no benchmark data at {DEV}; using the example article only)")
        return [EXAMPLE.read_text(encoding="utf-8")]
    with DEV.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _article_text(texts: list[str]) -> str:
    """The dev text nearest 600 words (the median news article), or the example."""
    if not DEV.is_file():
        return EXAMPLE.read_text(encoding="utf-8")
    return min(texts, key=lambda t: abs(len(t.split()) - 600))


# -- timing helpers --------------------------------------------------------------------------


def _timed(
    function: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> list[float]:
    times = []
    for _ in range(runs):
        started = clock()
        function()
        times.append(clock() - started)
    return times


def _summary(times: Sequence[float], scale: float = 1000.0, unit: str = "ms") -> str:
    median = statistics.median(times) * scale
    return f"{median:.2f} {unit} ({min(times) * scale:.2f}-{max(times) * scale:.2f})"


def _yes(met: bool | None) -> str:
    return {True: "yes", False: "**no**", None: "-"}[met]


# -- 1. cold start ---------------------------------------------------------------------------


def _installed_copy(workdir: Path) -> tuple[Path, str]:
    """srccheck as a user installs it: the checkout built into a wheel and unpacked.

    The wheel carries what a checkout lacks (the default table already parsed, see
    srccheck/table/compiled.py). Falls back to the checkout when no wheel can be built.
    """
    wheels, site = workdir / "wheel", workdir / "site"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    found = sorted(wheels.glob("srccheck-*.whl"))
    if built.returncode != 0 or not found:
        return REPO, "the checkout (no wheel could be built)"
    with zipfile.ZipFile(found[0]) as wheel:
        wheel.extractall(site)
    return site, f"an installed wheel ({found[0].name})"


def _child_env(workdir: Path, site: Path = REPO) -> dict[str, str]:
    """The environment of every child process: an installed user's, isolated from this one."""
    env = {
        key: value
        for key, value in os.environ.items()
        # The machine sets PYTHONDONTWRITEBYTECODE, which no installed user has (pip compiles
        # bytecode on install): without a cache every run would recompile srccheck.
        if key not in ("PYTHONDONTWRITEBYTECODE", "XDG_CONFIG_HOME", "PYTHONSTARTUP")
        and not key.startswith("SRCCHECK_")
    }
    home = workdir / "home"
    home.mkdir(exist_ok=True)
    env.update(
        HOME=str(home),
        NO_COLOR="1",
        PYTHONPATH=str(site),  # this build of srccheck, not whatever is installed
        PYTHONPYCACHEPREFIX=str(workdir / "pycache"),  # bytecode cached outside the checkout
    )
    return env


def _run_child(command: Sequence[str], env: dict[str, str], cwd: Path) -> tuple[float, int]:
    """Run ``command`` once with all output to DEVNULL: (wall seconds, exit status)."""
    started = time.perf_counter()
    completed = subprocess.run(
        command,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - started, completed.returncode


def _peak_rss(command: Sequence[str], env: dict[str, str], cwd: Path) -> float:
    """The peak RSS of one run of ``command``, in MiB."""
    return _peak_rss_and_cpu(command, env, cwd)[0]


def _peak_rss_and_cpu(
    command: Sequence[str], env: dict[str, str], cwd: Path
) -> tuple[float, float | None]:
    """The peak RSS of one run of ``command`` in MiB (of the largest of its processes), and
    the CPU seconds it and the worker processes it waited for took (None where GNU time is
    missing).

    Not `os.wait4` on our own child: Linux carries the high-water mark of the address space a
    child was forked or spawned from across `exec`, so every child of this (large) process would
    report at least this process's RSS. GNU time is small and forks the command itself.
    """
    out = cwd / "rss.txt"
    if Path("/usr/bin/time").is_file():
        launcher = ["/usr/bin/time", "-f", "%M %U %S", "-o", str(out)]
    else:  # a small Python in between; its own ~9 MiB then is the floor of every figure
        script = (
            "import os, sys; _, s, r = os.wait4(os.spawnv(os.P_NOWAIT, sys.argv[1], "
            "sys.argv[1:]), 0); open(os.environ['RSS_OUT'], 'w')"
            ".write(str(r.ru_maxrss)); sys.exit(os.waitstatus_to_exitcode(s))"
        )
        launcher = [sys.executable, "-S", "-c", script]
        env = {**env, "RSS_OUT": str(out)}
    _, status = _run_child([*launcher, *command], env, cwd)
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited {status} (peak RSS run)")
    figures = out.read_text(encoding="utf-8").splitlines()[-1].split()
    cpu = float(figures[1]) + float(figures[2]) if len(figures) == 3 else None
    return int(figures[0]) / 1024, cpu  # KiB


def _cold_commands(article: Path) -> dict[str, list[str]]:
    """The cold-start commands: the references, then srccheck's."""
    python = sys.executable
    cli = [python, "-m", "srccheck"]
    return {
        "python -c pass": [python, "-c", "pass"],
        "python -c 'import click, rich.console'": [python, "-c", "import click, rich.console"],
        "srccheck --version": [*cli, "--version"],
        "srccheck ARTICLE --format line": [
            *cli, str(article), "--format", "line", "--exit-zero", "--isolated",
        ],
        "srccheck ARTICLE --format terminal": [
            *cli, str(article), "--format", "terminal", "--color", "never", "--exit-zero",
            "--isolated",
        ],
    }  # fmt: skip


def _cold_start(bench: Bench) -> None:
    site, what = _installed_copy(bench.workdir)
    env = _child_env(bench.workdir, site)
    python = sys.executable
    words = len(bench.article.read_text(encoding="utf-8").split())
    commands = _cold_commands(bench.article)
    print(
        f"1. cold start, fresh processes, wall clock ({bench.runs} runs, round robin, output to "
        f"DEVNULL)\n   ARTICLE: {words} words; child env: PYTHONDONTWRITEBYTECODE dropped, "
        "PYTHONPYCACHEPREFIX=<temp dir>\n   (2 warm-up runs each, so bytecode is cached as "
        f"for an installed user), HOME=<temp dir>, NO_COLOR=1,\n   srccheck from {what}, "
        "cwd=<temp dir>, --isolated on the article runs"
    )
    checked = subprocess.run(
        [python, "-c", "import srccheck; print(srccheck.__file__)"],
        env=env,
        cwd=bench.workdir,
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"   children import {checked.stdout.strip()}")
    for command in commands.values():
        for _ in range(2):
            _, status = _run_child(command, env, bench.workdir)
            if status != 0:
                failed = subprocess.run(command, env=env, cwd=bench.workdir, capture_output=True)
                raise SystemExit(f"{command} exited {status}: {failed.stderr.decode()[-500:]}")
    times: dict[str, list[float]] = {name: [] for name in commands}
    # Round robin, so a noisy minute of the shared machine hits every command alike.
    for _ in range(bench.runs):
        for name, command in commands.items():
            times[name].append(_run_child(command, env, bench.workdir)[0])
    # Peak memory in separate runs, so the timed ones carry no extra process in between.
    rss = {
        name: statistics.median(_peak_rss(command, env, bench.workdir) for _ in range(3))
        for name, command in commands.items()
    }
    bare = statistics.median(times["python -c pass"])
    imports = statistics.median(times["python -c 'import click, rich.console'"])
    print(f"   {'command':38} {'wall ms':>22} {'/ pass':>7} {'/ click+rich':>12} {'RSS MiB':>8}")
    for name in commands:
        median = statistics.median(times[name])
        print(
            f"   {name:38} {_summary(times[name]):>22} {median / bare:6.1f}x "
            f"{median / imports:11.2f}x {rss[name]:8.1f}"
        )
    version = statistics.median(times["srccheck --version"]) * 1000
    line = statistics.median(times["srccheck ARTICLE --format line"]) * 1000
    terminal = statistics.median(times["srccheck ARTICLE --format terminal"]) * 1000
    print(
        f"   targets: --version <= 80 ms ({version:.0f}), article <= 150 ms "
        f"({line:.0f} line, {terminal:.0f} terminal)\n"
    )
    bench.row("`srccheck --version`, cold start", f"{version:.0f} ms", "<= 80 ms", version <= 80)
    bench.row(
        "`srccheck --version` / `python -c 'import click, rich.console'`",
        f"{version / imports / 1000:.2f}x",
        "<= 2x",
        version / imports / 1000 <= 2,
    )
    for label, value in (("line", line), ("terminal", terminal)):
        bench.row(
            f"`srccheck ARTICLE --format {label}` ({words} words, default table)",
            f"{value:.0f} ms",
            "<= 150 ms",
            value <= 150,
        )
    bench.rss["python -c pass"] = rss["python -c pass"]
    bench.rss["python -c 'import click, rich.console'"] = rss[
        "python -c 'import click, rich.console'"
    ]
    bench.rss["CLI, one article, default table (line)"] = rss["srccheck ARTICLE --format line"]
    bench.rss["CLI, one article, default table (terminal)"] = rss[
        "srccheck ARTICLE --format terminal"
    ]


def _instructions(bench: Bench) -> None:
    """The cold starts counted in machine instructions (valgrind), which a busy or throttled
    host does not change: wall-clock figures on this shared machine move by a factor of two
    with the neighbours, so a change is judged by these, the milliseconds confirmed quiet."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("(valgrind is not installed: no instruction counts)")
        return
    site, what = _installed_copy(bench.workdir)
    env = _child_env(bench.workdir, site)
    commands = _cold_commands(bench.article)
    counts: dict[str, int] = {}
    for name, command in commands.items():
        _run_child(command, env, bench.workdir)  # bytecode cached first, as for a user
        out = bench.workdir / "callgrind.out"
        done = subprocess.run(
            [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", *command],
            env=env,
            cwd=bench.workdir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None:
            raise SystemExit(f"{name}: valgrind failed: {done.stderr[-500:]}")
        counts[name] = int(found.group(1))
    reference = counts["python -c 'import click, rich.console'"]
    print(f"cold starts in machine instructions (valgrind callgrind), srccheck from {what}")
    print(f"   {'command':38} {'instructions':>14} {'/ click+rich':>12}")
    for name, count in counts.items():
        print(f"   {name:38} {count / 1e6:12.0f} M {count / reference:11.2f}x")
    print()


# -- 2. in-process analysis ------------------------------------------------------------------


def _per_article(bench: Bench, texts: list[str], table: object) -> None:
    runs = bench.runs
    near_600 = sorted(texts, key=lambda t: abs(len(t.split()) - 600))[:20]
    per_text = [statistics.median(_timed(lambda t=t: detect(t, table), runs)) for t in near_600]
    words = statistics.median(len(t.split()) for t in near_600)
    print(
        f"2. analysis per article, 20 dev articles of ~{words:.0f} words (median of {runs} runs "
        "each; min-max over the 20):"
    )
    print(f"   {_summary(per_text)}    target <= 10 ms")
    example = EXAMPLE.read_text(encoding="utf-8")
    times = _timed(lambda: detect(example, table), runs)
    print(f"   example article ({len(example.split())} words): {_summary(times)}\n")
    median = statistics.median(per_text) * 1000
    bench.row(
        f"warm analysis per article (~{words:.0f} words, in process)",
        f"{median:.1f} ms",
        "<= 10 ms",
        median <= 10,
    )


def _throughput(bench: Bench, texts: list[str], table: object) -> None:
    runs = bench.runs
    words = sum(len(t.split()) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    engine = _timed(lambda: [detect(t, table) for t in texts], runs)
    reference = _timed(lambda: [_REFERENCE.findall(t) for t in texts], runs)
    median = statistics.median(engine)
    per_second = words / median
    megabytes = size / 1e6 / median
    articles = len(texts) / median
    print(
        f"   batch, {len(texts)} articles, {words:,} words, {size / 1e6:.1f} MB, one core "
        f"({runs} runs):"
    )
    print(
        f"   srccheck   {per_second:,.0f} words/s, {megabytes:.2f} MB/s, "
        f"{articles:,.0f} articles/s   total {_summary(engine, 1.0, 's')}"
    )
    print("              target >= 100,000 words/s, >= 0.6 MB/s, >= 100 articles/s")
    reference_median = statistics.median(reference)
    print(
        f"   one-pass regex reference {words / reference_median:,.0f} words/s "
        f"(srccheck takes {median / reference_median:.0f}x the time)\n"
    )
    bench.row(
        "batch throughput, one core (PolNeAR dev)",
        f"{per_second:,.0f} words/s, {megabytes:.2f} MB/s, {articles:.0f} articles/s",
        ">= 100,000 words/s, 0.6 MB/s, 100 articles/s",
        per_second >= 100_000 and megabytes >= 0.6 and articles >= 100,
    )


def _distinct_speakers(count: int) -> str:
    """``count`` sentences, each quoting a person no other sentence names: every one is a
    new source row, the shape where work per source meets the number of sources.

    The names are taken across all of the syllable combinations, a fixed stride apart, not
    in order: in order, the first hundred all begin "Kaka" and the last of ten thousand
    begin otherwise, and names with other beginnings cost the table's fuzzy look-up more
    or less, so the cost per name changed with the count and looked like growth.
    """
    syllables = ("ka", "lo", "mi", "ren", "tus", "vo", "da", "sel", "pri", "gon", "hal", "bek")
    combinations = list(itertools.product(syllables, repeat=4))
    # A stride coprime with the number of combinations visits each of them once.
    picked = (combinations[(number * _NAME_STRIDE) % len(combinations)] for number in range(count))
    names = (f"{(a + b).capitalize()} {(c + d).capitalize()}" for a, b, c, d in picked)
    return " ".join(f"{name} said the road was closed." for name in names)


#: Prime, so coprime with the 12**4 syllable combinations `_distinct_speakers` draws from.
_NAME_STRIDE = 7919


#: Inputs built to be slow, each read the way a file of that name is (Markdown and HTML are
#: masked first): (repeated unit, or a function of the repeats giving the text; file name;
#: repeats at 1x). Issue 14's six shapes follow the first seven.
HOSTILE_SHAPES: dict[str, tuple[str | Callable[[int], str], str, int]] = {
    "quotation marks": ('" “ « „ ', "a.txt", 200),
    "capitalised words": ("Ivan Petrov Olga Smirnova Reuters Kremlin ", "a.txt", 200),
    "'said' only": ("said said said ", "a.txt", 200),
    "commas and cues": ("Ivan, a man, said, according to, citing, ", "a.txt", 200),
    "mixed prose": (
        "Officials said, “the front” is holding, according to TASS. He added: ",
        "a.txt",
        200,
    ),
    "one endless sentence": (
        "Mr. Ivan Petrov, who said, according to the , citing: ",
        "a.txt",
        200,
    ),
    "quotes and speakers": (
        '"We hold the line," Officials said that. "Another one here." ',
        "a.txt",
        200,
    ),
    "Markdown '](' (link targets)": ("](", "a.md", 1000),
    "'ab.com' glued domains": ("ab.com", "a.txt", 500),
    "HTML '<a b=\"' (stdlib parser)": ('<a b="', "a.html", 500),
    "Markdown '<!--' (comments)": ("<!--", "a.md", 1000),
    "unclosed srccheck markers": ("<!-- srccheck: ignore SRC101 -- why ", "a.md", 100),
    "one line of quoted prose": ('"We hold," Ivan Petrov said. Sources said so. ', "a.txt", 100),
    "distinct named speakers": (_distinct_speakers, "a.txt", 20),
}


#: The sizes of every hostile shape (times its 1x) and how many runs make one timed sample of
#: each: the same amount of text, so every sample lasts about as long, whatever its size.
_HOSTILE_REPEATS = {1: 100, 10: 10, 100: 1}


def _hostile(bench: Bench, table: object) -> None:
    """Time every hostile shape at 1x, 10x and 100x; linear means 10x the input costs about
    10x the time (issue 14: at most 12x).

    The figure is the CPU time of this one process, long texts' windows detected here too,
    the least of the runs, the sizes taking turns: growth is a property of the algorithm, and
    wall time on a shared machine (or the fork of worker processes once a text passes one
    window), or a run a neighbour slowed, measures the neighbours instead.
    """
    from srccheck.engine import check_text
    from srccheck.setup import CheckOptions

    one_process = CheckOptions(window_jobs=1)
    rounds = max(3, bench.runs // 3)
    print(
        "   hostile input, whole check, least CPU time at 1x / 10x / 100x the size in one process "
        f"(10x should cost about 10x; {rounds} rounds of the three sizes, a sample being "
        f"{' / '.join(str(n) for n in _HOSTILE_REPEATS.values())} runs):"
    )
    worst = 0.0
    worst_step = 0.0
    for name, (unit, path, repeats) in HOSTILE_SHAPES.items():
        checks = []
        for factor in _HOSTILE_REPEATS:
            text = unit(repeats * factor) if callable(unit) else unit * (repeats * factor)
            checks.append(
                lambda text=text, path=path: check_text(
                    text, path=path, table=table, options=one_process
                )
            )
        checks[0]()  # untimed: whatever is built on first use is built before any timing
        least = [float("inf")] * len(checks)
        # The sizes take turns, round after round, so a spell of a busy neighbour slows every
        # size alike instead of one; and each sample is as long as the others (100 runs of
        # 1x, 10 of 10x, one of 100x) and each size has as many, as the least of many short
        # samples is lower than the least of a few long ones on a noisy machine, which
        # would read as growth.
        for _ in range(rounds):
            for position, (check, runs) in enumerate(
                zip(checks, _HOSTILE_REPEATS.values(), strict=True)
            ):
                gc.collect()  # the same heap at every start: no collection owed by a run
                started = time.process_time()
                for _ in range(runs):
                    check()
                per_run = (time.process_time() - started) / runs
                least[position] = min(least[position], per_run)
        growth = (least[1] / least[0], least[2] / least[1])
        # Judged per 10x over both decades (the square root of 100x / 1x): anything worse
        # than linear grows every decade, while a single step's ratio of two noisy figures
        # on this shared machine wandered from x8 to x13.5 for shapes that are linear.
        worst = max(worst, least[2] / least[0])
        worst_step = max(worst_step, *growth)
        size = len(unit(repeats) if callable(unit) else unit * repeats)
        print(
            f"   {name:30} {size / 1000:5.1f} KB: {least[0] * 1000:7.1f} ms at 1x; "
            f"growth per 10x: x{growth[0]:.1f} / x{growth[1]:.1f}, "
            f"x{math.sqrt(least[2] / least[0]):.1f} over both; {least[2]:.2f} s at 100x"
        )
    print()
    per_decade = math.sqrt(worst)
    bench.row(
        "hostile input, worst growth per 10x size over 1x -> 100x",
        f"x{per_decade:.1f} (x{worst:.0f} for 100x)",
        "<= x12 (issue 14)",
        per_decade <= 12,
    )
    bench.row(
        "hostile input, worst single 10x step (noisy)",
        f"x{worst_step:.1f}",
        "-",
        None,
    )


def _long_line(bench: Bench) -> None:
    """A whole article repeated on one line up to a size, through the command line in a fresh
    process: wall time, CPU time and peak memory (issue 14's 50 MB single-line file). At the
    size limit the denser `DENSE_EXAMPLE` is run too: the limit holds for any input."""
    from srccheck.inputs import DEFAULT_MAX_BYTES

    print("   one single-line article, an example repeated, `srccheck FILE -f jsonl`, cold:")
    runs = [(EXAMPLE, 1 << 20)]
    if not bench.quick:
        runs += [
            (EXAMPLE, 4 << 20),
            (EXAMPLE, DEFAULT_MAX_BYTES),
            (DENSE_EXAMPLE, DEFAULT_MAX_BYTES),
        ]
    for example, size in runs:
        line = example.read_text(encoding="utf-8").replace("\n", " ") + " "
        path = bench.workdir / f"line-{example.stem}-{size}.txt"
        path.write_text(line * (size // len(line.encode("utf-8"))), encoding="utf-8")
        command = [sys.executable, "-m", "srccheck", str(path), "-f", "jsonl", "--exit-zero"]
        env = _child_env(bench.workdir)
        started = time.perf_counter()
        peak, cpu = _peak_rss_and_cpu(command, env, bench.workdir)
        seconds = time.perf_counter() - started
        path.unlink()
        megabytes = size / (1 << 20)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(
            f"   {example.stem:24} {megabytes:5.1f} MiB: {seconds:6.1f} s "
            f"({cpu or float('nan'):.1f} s CPU in all processes, load average {load:.1f}), "
            f"peak {peak:6.0f} MiB ({peak / megabytes:.1f}x the input)"
        )
        if size == DEFAULT_MAX_BYTES or bench.quick:
            bench.row(
                f"one {megabytes:.0f} MiB single-line article ({example.stem}), time / memory",
                f"{seconds:.1f} s / {peak:.0f} MiB",
                "<= 10 s / <= 10x the input",
                seconds <= 10 and peak <= 10 * megabytes,
            )
    print()


# -- 3. table scaling ------------------------------------------------------------------------


@dataclass(slots=True)
class _Workload:
    """One synthetic table on disk and the queries run against it."""

    size: int
    path: Path
    exact: list[str]
    perturbed: list[tuple[str, str]]
    absent: list[str]
    article: str


def _workload(bench: Bench, size: int, reserved: list[str]) -> _Workload:
    entries = _synthetic.generate(size, reserved=reserved)
    path = bench.workdir / f"sources-{size}.toml"
    path.write_text(_synthetic.to_toml(entries), encoding="utf-8")
    perturbed = _synthetic.perturbed_queries(entries, 100)
    # The median article, followed by a paragraph citing table names, exact and misspelled, so
    # detection exercises both tiers as the table grows.
    cited = [*_synthetic.exact_queries(entries, 5, seed=3), *(q for q, _ in perturbed[:5])]
    paragraph = " ".join(f'"The situation is under control," said {name}.' for name in cited)
    article = bench.article.read_text(encoding="utf-8") + "\n\n" + paragraph + "\n"
    return _Workload(
        size,
        path,
        _synthetic.exact_queries(entries, 300),
        perturbed,
        list(_synthetic.ABSENT),
        article,
    )


def _default_layer_parsed() -> ParsedTable:
    """The embedded default table as one parsed layer (public API only)."""
    return read_layer(default_table_path(), DEFAULT_ORIGIN)


def _load(path: Path, default: ParsedTable) -> SourceTable:
    """What a CLI run does for a table layer: read, validate, merge over the default, index."""
    parsed = read_layer(path)
    if parsed.problems:
        raise SystemExit(f"synthetic table invalid: {parsed.problems[0]}")
    table = merge_layers([default, parsed])
    _ = table.index  # built by merge_layers' alias check today; make sure either way
    return table


def _per_query(table: SourceTable, queries: Sequence[str], runs: int) -> list[float]:
    """Seconds per query, one figure per run (the mean over the queries)."""
    resolve = table.resolve
    return [t / len(queries) for t in _timed(lambda: [resolve(q) for q in queries], runs)]


def _table_scaling(bench: Bench) -> None:
    default = _default_layer_parsed()
    reserved = [name for entry in default.entries for name in (entry.name, *entry.aliases)]
    sizes = SIZES[:2] if bench.quick else SIZES
    print(
        f"3. table scaling: synthetic tables layered over the default ({len(default.entries)} "
        f"entries), {bench.runs} runs each\n"
        "   load = read_layer + merge_layers + index; exact = 300 table names (case, accents, "
        "possessive, aliases, handles, links);\n   fuzzy = 100 misspelled table names + 20 names "
        "not in the table; detect = the ARTICLE + 10 table names cited\n"
    )
    header = (
        f"   {'entries':>8} {'TOML MB':>7} {'load ms':>28} {'exact us/query':>22} "
        f"{'fuzzy us/query':>24} {'found':>7} {'detect ms':>22}"
    )
    print(header)
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        work = _workload(bench, size, reserved)
        megabytes = work.path.stat().st_size / 1e6
        gc.collect()
        loads = _timed(lambda work=work: _load(work.path, default), bench.runs)
        table = _load(work.path, default)
        exact = _per_query(table, work.exact, bench.runs)
        fuzzy_queries = [q for q, _ in work.perturbed] + work.absent
        fuzzy = _per_query(table, fuzzy_queries, bench.runs)
        found = sum(
            1
            for query, wanted in work.perturbed
            if (match := table.resolve(query)) is not None and match.entry.id == wanted
        )
        missing = [q for q in work.exact if table.resolve(q) is None]
        if missing:
            print(f"   !! {len(missing)} exact queries did not resolve, e.g. {missing[:3]}")
        false = sum(1 for q in work.absent if table.resolve(q) is not None)
        detect(work.article, table)  # warm-up
        detects = _timed(lambda work=work, table=table: detect(work.article, table), bench.runs)
        results[size] = {
            "load": statistics.median(loads),
            "exact": statistics.median(exact),
            "fuzzy": statistics.median(fuzzy),
            "detect": statistics.median(detects),
            "found": found / len(work.perturbed),
        }
        print(
            f"   {size:>8,} {megabytes:7.1f} {_summary(loads):>28} "
            f"{_summary(exact, 1e6, 'us'):>22} {_summary(fuzzy, 1e6, 'us'):>24} "
            f"{found:>3}/{len(work.perturbed)} {_summary(detects):>22}"
        )
        print(f"   {'':8} names not in the table that matched anyway: {false}/{len(work.absent)}")
        _child_table(bench, work)
        del table
    small, big = results[sizes[0]], results[sizes[-1]]
    label = f"{sizes[-1] // 1000}k/{sizes[0] // 1000}k"
    exact_ratio = big["exact"] / small["exact"]
    fuzzy_ms = big["fuzzy"] * 1000
    detect_ratio = big["detect"] / small["detect"]
    print(
        f"\n   exact lookup {label}: {exact_ratio:.2f}x (target <= 1.5x); fuzzy at "
        f"{sizes[-1]:,}: {fuzzy_ms:.2f} ms/query (target <= 10 ms); detect {label}: "
        f"{detect_ratio:.2f}x; load {label}: {big['load'] / small['load']:.0f}x"
    )
    print(
        f"   misspelled table names found: {small['found']:.0%} at {sizes[0]:,}, "
        f"{big['found']:.0%} at {sizes[-1]:,}\n"
    )
    bench.row(
        f"exact lookup per query, {label} entries",
        f"{exact_ratio:.2f}x",
        "<= 1.5x",
        exact_ratio <= 1.5,
    )
    bench.row(
        f"fuzzy lookup per query at {sizes[-1]:,} entries",
        f"{fuzzy_ms:.2f} ms",
        "<= 10 ms",
        fuzzy_ms <= 10,
    )
    bench.row(
        f"detect on one article, {label} entries (index built)",
        f"{detect_ratio:.2f}x",
        "(context: its exact lookups are flat, its fuzzy ones grow with the table)",
        None,
    )
    load_and_detect = (big["load"] + big["detect"]) * 1000
    bench.row(
        f"load + detect, {sizes[-1]:,}-entry table, in process",
        f"{load_and_detect:,.0f} ms",
        "<= 300 ms (performance-anchors goal)",
        load_and_detect <= 300,
    )
    bench.row(
        f"misspelled table names found (fuzzy), {sizes[0]:,} / {sizes[-1]:,} entries",
        f"{small['found']:.0%} / {big['found']:.0%}",
        "(no target)",
        None,
    )


# -- 4. peak memory --------------------------------------------------------------------------


def _child_command(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--child", *args]


def _child_table(bench: Bench, work: _Workload) -> None:
    """Peak RSS of a fresh process that loads this table, runs the look-ups and one detect."""
    spec = bench.workdir / f"queries-{work.size}.json"
    queries = work.exact + [q for q, _ in work.perturbed] + work.absent
    spec.write_text(json.dumps({"queries": queries, "article": work.article}), encoding="utf-8")
    env = _child_env(bench.workdir)
    peak = _peak_rss(_child_command("table", str(work.path), str(spec)), env, bench.workdir)
    bench.rss[f"table of {work.size:,} entries: load + lookups + detect"] = peak


def _child(args: list[str]) -> int:
    """The body of a memory scenario, run in its own process."""
    if args[0] == "batch":
        table = default_table()
        for text in _dev_texts():
            detect(text, table)
    elif args[0] == "table":
        table = _load(Path(args[1]), _default_layer_parsed())
        spec = json.loads(Path(args[2]).read_text(encoding="utf-8"))
        for query in spec["queries"]:
            table.resolve(query)
        detect(spec["article"], table)
    else:
        return 2
    return 0


def _memory(bench: Bench) -> None:
    env = _child_env(bench.workdir)
    peak = _peak_rss(_child_command("batch"), env, bench.workdir)
    bench.rss["in-process batch, all dev texts, default table"] = peak
    print(
        "4. peak memory: max RSS of a fresh process per scenario (GNU time %M; CLI figures are "
        "medians of 3 runs)"
    )
    for name, value in bench.rss.items():
        print(f"   {name:55} {value:7.1f} MiB")
    print()
    cli = bench.rss["CLI, one article, default table (line)"]
    bench.row(
        "peak RSS, CLI on one article, default table", f"{cli:.0f} MiB", "<= 60 MiB", cli <= 60
    )
    batch = bench.rss["in-process batch, all dev texts, default table"]
    bench.row(
        "peak RSS, in-process batch, default table", f"{batch:.0f} MiB", "<= 60 MiB", batch <= 60
    )
    biggest = [k for k in bench.rss if k.startswith("table of")][-1]  # the largest size run
    value = bench.rss[biggest]
    limit = 120 if "100,000" in biggest else 60
    bench.row(f"peak RSS, {biggest}", f"{value:.0f} MiB", f"<= {limit} MiB", value <= limit)


# -- 5. summary ------------------------------------------------------------------------------


def _summary_table(bench: Bench) -> None:
    print("5. summary (Markdown)\n")
    print("| metric | measured | target | met? |")
    print("|---|---:|---:|:---:|")
    for row in bench.rows:
        print(f"| {row.metric} | {row.measured} | {row.target} | {_yes(row.met)} |")


if __name__ == "__main__":
    sys.exit(main())
