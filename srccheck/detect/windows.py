"""Detection of a very long article in bounded windows, merged into one `Detection`.

Detection holds a token object per word and several per-sentence structures, about fifty
bytes per character of text at its peak: a 10 MiB single-line file took most of a gigabyte.
A text longer than `WINDOW_CHARS` is therefore cut at natural boundaries (a blank line, else
a line break, else a sentence end, else a space) into windows of at most that size; each
window is detected on its own and its offsets shifted back, and the sources of all windows
are merged by identity, so the peak is one window's working set plus the compact result.

An article of ordinary length is one window, and its detection is exactly `detect`'s.
What a window cannot see is what lies in another one: a pronoun or a bare surname at the
head of a window does not reach a name given only in the window before it.
"""

from __future__ import annotations

import gc
import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from srccheck.detect import detect
from srccheck.detect.sources import TableLookup
from srccheck.detect.tokens import ABBREVIATIONS
from srccheck.model import Attribution, Detection, Source, Span
from srccheck.spans import TextIndex

if TYPE_CHECKING:
    import ctypes

#: The most characters detected at once: a window's working set is a few megabytes, and
#: windows this large hold dozens of ordinary articles, so a cut rarely parts a name from
#: the pronoun or surname that refers back to it.
WINDOW_CHARS = 128 * 1024

#: Where a cut is looked for: the last quarter of a window, so no window is smaller than
#: three quarters of the maximum (a cut every few characters would cost a detection each).
_SEARCH_SHARE = 4

#: A sentence end: a stop with any closing quotation marks or brackets, then white space.
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*+\s++")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")


def detect_long(
    mask: str,
    table: TableLookup | None,
    text: str | None = None,
    size: int = WINDOW_CHARS,
    jobs: int | None = 1,
) -> Detection:
    """Detect ``mask`` in windows of at most ``size`` characters; the spans point into
    ``text`` (default: ``mask``), a same-length original whose markup ``mask`` blanked out.

    With ``jobs`` above 1 (None: `automatic_jobs`) the windows are detected in that many
    worker processes; they are merged in window order all the same, so the detection is
    the one a single process makes.
    """
    text = mask if text is None else text
    merger = _Merger(TextIndex(text))
    _return_large_blocks_at_once()
    with collector_paused():
        for start, window in _window_detections(mask, table, size, jobs):
            merger.add(window, start)
            _release_freed_memory()
    return merger.detection(text)


@dataclass(slots=True)
class PackedWindow:
    """One window's detection with every span reduced to its two offsets into the window.

    This is what a worker process sends back: a span object costs its construction in the
    worker, its pickling, its unpickling (a constructor call again) and then its replacement
    by the span of the whole text in the main process; two numbers cost almost nothing on
    the way, and the main process makes the one span it keeps from them.
    """

    sources: list[Source]
    """The window's sources, their mentions left empty (they are in `offsets`)."""
    mention_counts: list[int]
    """How many mentions each source has, in `offsets` one source after another."""
    attributions: list[tuple[str, str | None, bool, bool]]
    """Each attribution's source id, carrier id, direct and hedged, in order."""
    offsets: array[int]
    """Start and end of every span, in order: the sources' mentions, then each attribution's
    source span, cue and content (-1, -1 for none), then the unattributed quotes."""


def pack(detection: Detection) -> PackedWindow:
    """``detection`` as a `PackedWindow` (its sources are reused, their mentions emptied)."""
    offsets = array("q")
    counts = []
    for source in detection.sources:
        counts.append(len(source.mentions))
        for mention in source.mentions:
            offsets.append(mention.start)
            offsets.append(mention.end)
        source.mentions = []
    attributions = []
    for attribution in detection.attributions:
        for span in (attribution.source_span, attribution.cue, attribution.content):
            if span is None:
                offsets.extend(_NO_SPAN)
            else:
                offsets.append(span.start)
                offsets.append(span.end)
        attributions.append(
            (attribution.source, attribution.via, attribution.direct, attribution.hedged)
        )
    for quote in detection.unattributed_quotes:
        offsets.append(quote.start)
        offsets.append(quote.end)
    return PackedWindow(detection.sources, counts, attributions, offsets)


_NO_SPAN = (-1, -1)


#: The most worker processes one article's windows get without ``--jobs``: each holds a
#: copy of its window's working set, and past a few the merging in the main process is
#: what the run waits for.
MAX_AUTOMATIC_JOBS = 4


def automatic_jobs() -> int:
    """How many processes detect a long article's windows when nobody said: one per usable
    core, at most `MAX_AUTOMATIC_JOBS`."""
    from srccheck.workers import usable_cores

    return min(usable_cores(), MAX_AUTOMATIC_JOBS)


def _window_detections(
    mask: str, table: TableLookup | None, size: int, jobs: int | None
) -> Iterator[tuple[int, PackedWindow]]:
    """Each window's start and detection, in window order, from ``jobs`` processes."""
    spans = list(windows(mask, size))
    jobs = min(automatic_jobs() if jobs is None else jobs, len(spans))
    if jobs > 1:
        from srccheck.workers import may_start_workers

        if may_start_workers():
            yield from _in_workers(mask, spans, table, jobs)
            return
    for start, end in spans:
        yield start, pack(detect(mask[start:end], table))


def _in_workers(
    mask: str, spans: list[tuple[int, int]], table: TableLookup | None, jobs: int
) -> Iterator[tuple[int, PackedWindow]]:
    """Windows detected by a pool of ``jobs`` processes, each given the table once (by fork
    where the OS has it, so nothing is copied), yielded in order as they are done.

    However the caller leaves (done, an error, Ctrl-C, SIGTERM), the workers are terminated
    and waited for first.
    """
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    pool = context.Pool(jobs, initializer=_worker_init, initargs=(table,))
    try:
        # One window per task: a window is a tenth of a second or more of work, far above
        # what sending it and its detection costs.
        texts = (mask[start:end] for start, end in spans)
        for (start, _end), window in zip(spans, pool.imap(_detect_window, texts), strict=True):
            yield start, window
        pool.close()
    finally:
        pool.terminate()
        pool.join()


_WORKER_TABLE: list[TableLookup | None] = []


def _worker_init(table: TableLookup | None) -> None:
    """Keep the table this worker process was given once, for all its windows."""
    from srccheck.workers import leave_stopping_to_parent

    leave_stopping_to_parent()
    _WORKER_TABLE[:] = [table]


def _detect_window(window: str) -> PackedWindow:
    return pack(detect(window, _WORKER_TABLE[0]))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run without the cyclic garbage collector, then restore it as it was.

    Detection makes millions of short-lived objects and no reference cycles worth
    collecting; the collector's passes over them (and over the growing result) cost a
    tenth of the time on a long article. Scoring and the rules too: each pass of the
    collector walks the whole detection, so with it on, their time per character grew with
    the article (the rules took 2.5 times as long per character at 1.4 MB as at 140 KB).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _release_freed_memory() -> None:
    """Hand the memory a window's working set freed back to the operating system (glibc
    keeps freed blocks between live ones otherwise, and the next window's land elsewhere)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def _return_large_blocks_at_once() -> None:
    """Have glibc map every block of 128 KiB or more on its own and unmap it when freed.

    By default glibc raises that threshold each time such a block is freed, after which the
    big lists a long article's scoring makes and drops come from the heap and stay in the
    process (15 MiB of a 10 MiB article's peak). Fixing it costs a system call per big
    block, nothing next to what a long article takes; it is done once, for the process.
    """
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, _LARGE_BLOCK_BYTES)


@cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc, which has ``malloc_trim``; None anywhere else.

    Loaded by the first long article: ctypes costs an ordinary one's start a millisecond."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


_M_MMAP_THRESHOLD = -3  # mallopt's parameter number, from glibc's malloc.h
_LARGE_BLOCK_BYTES = 128 * 1024  # glibc's own starting threshold


def windows(text: str, size: int = WINDOW_CHARS) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` offsets of consecutive windows of at most ``size`` characters that
    together cover ``text``, each ending at the best boundary near its end."""
    start = 0
    while len(text) - start > size:
        end = _cut(text, start + size - size // _SEARCH_SHARE, start + size)
        yield start, end
        start = end
    if start < len(text) or not text:
        yield start, len(text)


def _cut(text: str, low: int, high: int) -> int:
    """The best place in ``text[low:high]`` to end a window: after a blank line, a line
    break, a sentence end or a space, in that order of preference; ``high`` if none."""
    for boundary in ("\n\n", "\n"):
        found = text.rfind(boundary, low, high)
        if found >= 0:
            return found + len(boundary)
    sentence_end = _last_sentence_end(text, low, high)
    if sentence_end is not None:
        return sentence_end
    found = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
    return found + 1 if found >= 0 else high


def _last_sentence_end(text: str, low: int, high: int) -> int | None:
    """The end of the last sentence in ``text[low:high]`` whose stop is not an abbreviation's
    ("Mr.") or an initial's ("J."), which would part a name from its speech verb."""
    best = None
    for match in _SENTENCE_END.finditer(text, low, high):
        word = _WORD_BEFORE.search(text, max(low, match.start() - 16), match.start())
        if word is not None and _keeps_dot(word.group()):
            continue
        best = match.end()
    return best


def _keeps_dot(word: str) -> bool:
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


@dataclass(frozen=True, slots=True)
class _Identity:
    """What makes two window's sources one source: the same name, kind and table match."""

    name: str
    kind: str
    named: bool
    entry: str | None
    class_default: str | None

    @classmethod
    def of(cls, source: Source) -> _Identity:
        return cls(
            source.name,
            source.kind.value,
            source.named,
            source.entry.id if source.entry else None,
            source.class_default.id if source.class_default else None,
        )


class _Merger:
    """Gathers the windows' detections into one, with offsets and source ids of the whole."""

    def __init__(self, index: TextIndex) -> None:
        self.index = index
        self.sources: dict[_Identity, Source] = {}
        self.result = Detection(text="")
        self.texts: dict[str, str] = {}

    def add(self, window: PackedWindow, offset: int) -> None:
        """Merge one window's detection, whose offsets start at ``offset``."""
        spans: dict[tuple[int, int], Span] = {}
        offsets = window.offsets

        def place(at: int) -> Span:
            """The span of the whole text for the window's span at ``offsets[at:at + 2]``."""
            key = (offsets[at], offsets[at + 1])
            placed = spans.get(key)
            if placed is None:
                placed = spans[key] = self._span(key[0] + offset, key[1] + offset)
            return placed

        def place_any(at: int) -> Span | None:
            return None if offsets[at] < 0 else place(at)

        at = 0
        renamed: dict[str, str] = {}
        for source, count in zip(window.sources, window.mention_counts, strict=True):
            mentions = [place(at + 2 * k) for k in range(count)]
            at += 2 * count
            window_id = source.id  # `_source` gives a new source the id of the whole
            renamed[window_id] = self._source(source, mentions).id
        for source_id, via, direct, hedged in window.attributions:
            self.result.attributions.append(
                Attribution(
                    source=renamed[source_id],
                    source_span=place_any(at),
                    cue=place_any(at + 2),
                    content=place_any(at + 4),
                    direct=direct,
                    via=None if via is None else renamed[via],
                    hedged=hedged,
                )
            )
            at += 6
        self.result.unattributed_quotes.extend(place(k) for k in range(at, len(offsets), 2))

    def _source(self, source: Source, mentions: list[Span]) -> Source:
        """The merged source ``source`` belongs to, created when it is the first of its kind;
        what the first window left unsaid (a role, an affiliation) a later one may add."""
        identity = _Identity.of(source)
        merged = self.sources.get(identity)
        if merged is None:
            source.id = f"s{len(self.sources) + 1}"
            source.mentions = mentions
            self.sources[identity] = source
            self.result.sources.append(source)
            return source
        merged.mentions.extend(mentions)
        if merged.affiliation is None and source.affiliation is not None:
            merged.affiliation = source.affiliation
            merged.affiliation_entry = source.affiliation_entry
            merged.former = source.former
        if merged.role is None:
            merged.role = source.role
        return merged

    def _span(self, start: int, end: int) -> Span:
        """The span of the whole text, its text shared with earlier spans that read the same."""
        text = self.index.text[start:end]
        text = self.texts.setdefault(text, text)
        line, column = self.index.locate(start)
        return Span(start, end, line, column, text)

    def detection(self, text: str) -> Detection:
        """The merged detection of ``text``."""
        self.result.text = text
        return self.result
