"""A medium or a document names who speaks through it: "another channel, Two Tides" is that
channel; "images from the Space Agency" are the agency's (issue 9, items 5 and 7)."""

from __future__ import annotations

from srccheck.model import Kind


def test_a_channel_named_in_apposition_is_that_channel(run):  # type: ignore[no-untyped-def]
    result = run("Another channel, Two Tides, posted video of the fire.", with_table=False)
    source = result.source("Two Tides")
    assert source.kind is Kind.CHANNEL and source.named


def test_a_newspaper_named_in_apposition_is_that_newspaper(run):  # type: ignore[no-untyped-def]
    result = run(
        "A local newspaper, the Harbour Gazette, reported that the mill would close.",
        with_table=False,
    )
    assert result.source("Harbour Gazette").kind is Kind.OUTLET


def test_a_relative_named_in_apposition_is_still_a_person(run):  # type: ignore[no-untyped-def]
    result = run("His father, Colin, said the boy was safe.", with_table=False)
    assert result.source("Colin").kind is Kind.PERSON


def test_a_document_from_a_named_body_is_that_body(run):  # type: ignore[no-untyped-def]
    result = run(
        "Satellite images from OSA's fire monitor showed hotspots. "
        "Data from the shipping tracker SeaLedger showed 37 ships at anchor.",
        with_table=False,
    )
    assert {"OSA", "SeaLedger"} <= result.names
    assert "Satellite" not in result.names


def test_a_document_from_an_unnamed_body_stays_unnamed(run):  # type: ignore[no-untyped-def]
    result = run("Data from the health ministry showed a rise in cases.", with_table=False)
    assert all(not s.named for s in result.detection.sources)


def test_a_descriptor_before_a_name_gives_its_kind(run):  # type: ignore[no-untyped-def]
    result = run(
        "A new study in the journal Polar Ice Letters suggests the ice is thinning. The "
        "drugmaker Helmsley Vance said its trial was paused.",
        with_table=False,
    )
    assert result.source("Polar Ice Letters").kind is Kind.OUTLET
    assert result.source("Helmsley Vance").kind is Kind.OFFICIAL
