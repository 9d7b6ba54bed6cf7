"""One row per source: descriptions named before their body, and rows read twice, fold together."""

from __future__ import annotations


def _rows_with(result, word: str) -> list[str]:
    return [s.name for s in result.detection.sources if word in s.name.casefold()]


def test_ministry_named_after_its_description_is_one_source(run):
    result = run(
        "Grain exports will resume next week, the ministry said.\n\n"
        "The Portuguese Ministry of Agriculture said on Tuesday that ports were open. "
        "The ministry added that inspections would continue."
    )
    assert len(_rows_with(result, "ministry")) == 1


def test_two_different_later_bodies_leave_the_description_alone(run):
    result = run(
        "Grain exports will resume, the agency said.\n\n"
        "The Portuguese Maritime Agency said ports were open. "
        "The Spanish Customs Agency said inspections would continue."
    )
    names = _rows_with(result, "agency")
    assert "agency" in names
    assert len(names) == 3


def test_embassy_description_refers_to_the_embassy_named_before(run):
    result = run(
        "The Chilean Embassy in Oslo said the visa rules had changed. "
        "Later the embassy said the office would close on Fridays."
    )
    assert _rows_with(result, "embassy") == ["Chilean Embassy in Oslo"]


def test_another_blogger_joins_the_bloggers_descriptor(run):
    result = run(
        "A Serbian blogger claimed the bridge was shut. The blogger posted a photo of it. "
        "Another blogger said traffic was moving."
    )
    assert _rows_with(result, "blogger") == ["Serbian blogger"]


def test_the_source_stays_its_own_anonymous_source(run):
    result = run(
        "A Serbian source said the bridge was shut. The source also reported that two trucks burned."
    )
    assert len(_rows_with(result, "source")) == 2


def test_a_description_with_no_body_in_play_stays_a_row(run):
    result = run("Prices will rise in spring, the institute said.")
    assert _rows_with(result, "institute") == ["institute"]


def test_every_attribution_points_at_a_listed_source(run):
    result = run(
        "Tariffs will fall, the ministry said. The Danish Ministry of Trade said on Monday that "
        "talks had begun. The ministry added that a deal was near."
    )
    ids = {s.id for s in result.detection.sources}
    assert all(a.source in ids for a in result.detection.attributions)
    assert all(a.via is None or a.via in ids for a in result.detection.attributions)


def test_an_embassy_in_a_country_and_in_its_capital_is_one_body(run):
    result = run(
        "The Russian Embassy in Ukraine said the visas were valid. "
        "The Russian Embassy in Kyiv later said the office would open."
    )
    assert len(_rows_with(result, "embassy")) == 1


def test_embassies_of_two_countries_stay_apart(run):
    result = run(
        "The Russian Embassy in Ukraine said the visas were valid. "
        "The Ukrainian Embassy in Moscow said the office would open."
    )
    assert len(_rows_with(result, "embassy")) == 2


def test_an_outlet_short_name_after_its_full_name_is_one_outlet(run):
    result = run(
        "The Daily Planet reported that the mill would close. "
        "The Planet said the owners had not replied."
    )
    assert len(_rows_with(result, "planet")) == 1
