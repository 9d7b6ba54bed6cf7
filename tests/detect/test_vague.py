"""Vague and anonymous attributions become sources of their own class."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "class_id"),
    [
        ("Sources said the commander had been dismissed.", "anonymous-source"),
        ("A source familiar with the matter said the deal was off.", "anonymous-source"),
        ("Officials said 40 homes were damaged.", "unnamed-official"),
        ("Russian media reported that the governor had resigned.", "russian-media"),
        ("A Z-channel wrote that units had been surrounded.", "z-channel"),
        ("Military bloggers claimed the bridge had been hit.", "z-channel"),
        ("Analysts say the offensive has stalled.", "analysts"),
        ("Reports suggest the commander was dismissed.", "reports"),
        ("It is claimed that the bridge was destroyed.", "reports"),
        ("It was reported that the airfield had been struck.", "reports"),
    ],
)
def test_vague_attribution_class(run, text, class_id):
    [source] = run(text).detection.sources
    assert not source.named
    assert source.class_default is not None and source.class_default.id == class_id


def test_passive_report_has_no_source_span(run):
    [attribution] = run("It is claimed that the bridge was destroyed.").detection.attributions
    assert attribution.source_span is None
    assert attribution.cue.text == "is claimed"
    assert attribution.hedged


def test_hedged_when_the_text_distances_itself(run):
    result = run("The channel wrote that the dam was mined. The claim could not be verified.")
    assert all(a.hedged for a in result.detection.attributions)
