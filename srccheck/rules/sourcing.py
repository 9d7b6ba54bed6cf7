"""1xx rules: who the claims are given to — unnamed, vague, or nobody."""

from __future__ import annotations

from collections.abc import Iterator

from srccheck.model import Attribution, ClassDefault, Level, Source, Span
from srccheck.rules.base import Hit, Subject, Threshold, rule
from srccheck.sourcing import SCARE_QUOTE_WORDS


def _where(attribution: Attribution) -> Span | None:
    return attribution.source_span or attribution.cue or attribution.content


def _said(attribution: Attribution, span: Span, name: str) -> str:
    """How the finding names who the claim is given to.

    A pronoun or a description resolved to a source is shown with the source it stands for,
    so "'He'" alone never reads as if "He" were the source.
    """
    if attribution.source_span is None:
        return "a passive construction"
    if name.casefold() in span.text.casefold():
        return f"'{span.text}'"
    return f"'{name}' (as '{span.text}')"


def _class_attributions(
    subject: Subject, *, anonymous: bool
) -> Iterator[tuple[Attribution, Source, ClassDefault, Span]]:
    """Each attribution to a class default whose table role is (or is not) ``anonymous``,
    with its source, the class and the words to flag."""
    detection = subject.detection
    for attribution in detection.attributions:
        source = detection.source(attribution.source)
        span = _where(attribution)
        default = source.class_default
        if default is None or span is None or (default.role == "anonymous") != anonymous:
            continue
        yield attribution, source, default, span


@rule(
    "SRC101",
    "anonymous-source",
    level=Level.WARNING,
    summary="A claim rests on an anonymous source or an unnamed official.",
    explanation=(
        "Readers cannot judge a source they cannot identify. Name the source, or say why it "
        "cannot be named ('spoke on condition of anonymity because ...') and how the newsroom "
        "checked what it said, or corroborate the claim with a named source. Which table "
        "classes count as anonymous is set by their `role` in the table."
    ),
)
def anonymous_sources(subject: Subject) -> Iterator[Hit]:
    """Every attribution to a class the table marks as anonymous."""
    for attribution, source, default, span in _class_attributions(subject, anonymous=True):
        # The class is what makes it anonymous; the name is the text's own descriptor.
        said = _said(attribution, span, source.name)
        yield Hit(span, f"claim attributed to {said}, an {default.name}", source.id)


@rule(
    "SRC102",
    "vague-attribution",
    level=Level.WARNING,
    summary="A claim is attributed to a vague collective such as 'Russian media' or 'Z-channels'.",
    explanation=(
        "A collective names no one who can be checked and often hides a single low-rated "
        "origin. Name the outlet or channel that made the claim, or link to it."
    ),
)
def vague_attributions(subject: Subject) -> Iterator[Hit]:
    """Every attribution to a vague (not anonymous) class of sources."""
    for attribution, source, default, span in _class_attributions(subject, anonymous=False):
        # Name the class only when it adds something: "'He' ... (Z-channels)", but not
        # "'Russian media' (Russian media)".
        same = (
            attribution.source_span is not None and span.text.casefold() == default.name.casefold()
        )
        kind = "a vague attribution" + ("" if same else f" ({default.name})")
        said = _said(attribution, span, source.name)
        yield Hit(span, f"claim attributed to {said}, {kind}", source.id)


@rule(
    "SRC103",
    "unattributed-quote",
    level=Level.WARNING,
    summary="A direct quotation has no speaker.",
    explanation=(
        "Quoted words that the text gives to nobody cannot be rated or checked. Say who said "
        "them, where and when. Not reported: a quotation continuing the previous paragraph's "
        "speaker, one whose speaker is in the same sentence, a pull-quote followed by its "
        "speaker, a slogan, sign or chant, and a scare-quoted term of {scare_quote_words} "
        "words or fewer."
    ),
    thresholds={"scare_quote_words": Threshold(SCARE_QUOTE_WORDS, "longest scare-quoted term")},
)
def speakerless_quotes(subject: Subject) -> Iterator[Hit]:
    """The quotations the scorer found with no speaker, after its exceptions."""
    for quote in subject.scored.speakerless_quotes:
        words = quote.text.split()
        shown = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
        yield Hit(quote, f"quotation with no speaker: {shown}")
