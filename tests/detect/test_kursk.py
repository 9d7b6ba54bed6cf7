"""The real article in ../shared/examples comes out with exactly the sources it leans on."""

from __future__ import annotations

from pathlib import Path

import pytest

from srccheck.engine import check_text

KURSK = Path(__file__).resolve().parents[3] / "shared" / "examples" / "kursk.txt"


@pytest.mark.skipif(not KURSK.is_file(), reason="the shared example is not beside the checkout")
def test_kursk_sources_kinds_and_affiliations():
    report = check_text(KURSK.read_text(encoding="utf-8"), path=str(KURSK))
    sources = {s.name: s for s in report.detection.sources}
    assert set(sources) == {
        "Russian media",
        "VDV for Honesty and Justice",
        "Z-channel",
        "Tatiana Stanovaya",
        "Nico Lange",
    }
    assert sources["Russian media"].class_default.id == "russian-media"
    # A vague source keeps the text's own descriptor as its name; the class is an attribute.
    assert sources["Z-channel"].class_default.id == "z-channel" and not sources["Z-channel"].named
    assert sources["VDV for Honesty and Justice"].kind.value == "channel"
    stanovaya, lange = sources["Tatiana Stanovaya"], sources["Nico Lange"]
    assert stanovaya.kind.value == lange.kind.value == "person"
    assert stanovaya.affiliation_entry.id == "carnegie-russia-eurasia-center"
    assert lange.affiliation_entry.id == "center-for-european-policy-analysis"
    rules = {f.rule for f in report.findings}
    assert "SRC102" in rules  # "Russian media" and the Z-channel are vague collectives
