"""Relayed claims record the carrier they came through."""

from __future__ import annotations


def test_citing_an_anonymous_source(run):
    result = run("TASS reported, citing a source in the security services, that a depot was hit.")
    [attribution] = [a for a in result.detection.attributions if a.via]
    source = result.detection.source(attribution.source)
    carrier = result.detection.source(attribution.via)
    assert source.class_default.id == "anonymous-source"
    assert carrier.entry.id == "tass"
    assert attribution.content.text == "a depot was hit"


def test_citing_between_commas(run):
    result = run("RIA Novosti, citing the Defence Ministry, said 30 drones were shot down.")
    [attribution] = result.detection.attributions
    assert result.detection.source(attribution.source).entry.id == "russia-mod"
    assert result.detection.source(attribution.via).name == "RIA Novosti"


def test_told_an_outlet(run):
    result = run("Ihor Savchenko told Reuters that the lines were holding.")
    [attribution] = result.detection.attributions
    assert result.detection.source(attribution.source).name == "Ihor Savchenko"
    assert result.detection.source(attribution.via).entry.id == "reuters"


def test_according_to_a_think_tank_milbloggers_claimed(run):
    result = run("According to ISW, Russian milbloggers claimed that troops had advanced.")
    relayed = [a for a in result.detection.attributions if a.via]
    assert len(relayed) == 1
    assert result.detection.source(relayed[0].source).class_default.id == "z-channel"
    assert result.detection.source(relayed[0].via).entry.id == "isw"
