"""Outlets, channels, think tanks, officials and bodies, named or linked."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Reuters reported that the plant had been hit.", "reuters"),
        ("The Rybar channel wrote that the unit had retreated.", "rybar"),
        ("Russia's Defence Ministry claimed that 40 drones were downed.", "russia-mod"),
        ("The Kremlin said the talks were premature.", "kremlin"),
        ("Ukraine's General Staff reported 1,200 Russian losses.", "ua-general-staff"),
        ("According to ISW, the assault has stalled.", "isw"),
    ],
)
def test_named_source_resolves_to_its_entry(run, text, entry):
    [source] = run(text).detection.sources
    assert source.entry is not None and source.entry.id == entry
    assert source.match is not None


def test_quoted_resource_name(run):
    result = run('The "Sea Wolves of Honour" resource discussed the encirclement of the town.')
    source = result.source("Sea Wolves of Honour")
    assert source.kind.value == "channel" and source.named


def test_links_and_handles_resolve_through_the_table(run):
    result = run("Footage was posted at t.me/rybar and reported at https://meduza.io/news/1.")
    entries = {s.entry.id for s in result.detection.sources if s.entry}
    assert entries == {"rybar", "meduza"}


def test_description_refers_back_to_the_earlier_source(run):
    result = run(
        "The Institute for the Study of War assessed that the push had stalled. "
        "The think tank said Russian reserves were thin."
    )
    assert len(result.detection.sources) == 1
    [source] = result.detection.sources
    assert [m.text for m in source.mentions] == [
        "The Institute for the Study of War",
        "The think tank",
    ]
