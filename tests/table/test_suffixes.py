"""Registrable domains from the bundled public suffix list, read without importing tldextract."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from srccheck.table import domains
from srccheck.table.suffixes import PublicSuffixes, bundled_suffixes
from tests.conftest import REPO

SMALL = PublicSuffixes(["uk", "co.uk", "*.ck", "!www.ck", "a.b.example"])


def tldextract_answer(host: str) -> str:
    """What `registered_domain` answered when it asked tldextract for every host."""
    parts = domains._extractor()(host)
    return host if not parts.suffix or not parts.domain else f"{parts.domain}.{parts.suffix}"


def test_plain_wildcard_and_exception_rules():
    assert SMALL.suffix_start(["news", "bbc", "co", "uk"]) == 2
    assert SMALL.suffix_start(["shop", "uk"]) == 1
    assert SMALL.suffix_start(["a", "shop", "ck"]) == 1  # *.ck: "shop.ck" is a suffix
    assert SMALL.suffix_start(["www", "ck"]) == 1  # !www.ck: "www.ck" is registrable
    assert SMALL.suffix_start(["shop", "ck"]) == 0  # the host is a suffix itself


def test_a_path_inside_a_rule_is_not_a_suffix():
    # "b.example" is only a step towards "a.b.example", as a trie node with no end.
    assert SMALL.suffix_start(["x", "b", "example"]) is None
    assert SMALL.suffix_start(["x", "a", "b", "example"]) == 1
    assert SMALL.suffix_start(["localhost"]) is None
    assert SMALL.suffix_start(["1", "2", "3", "4"]) is None


def test_registered_domains_of_common_hosts():
    assert domains.registered_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert domains.registered_domain("www.mil.gov.ua") == "mil.gov.ua"
    assert domains.registered_domain("co.uk") == "co.uk"
    assert domains.registered_domain("intranet.invalidtld") == "intranet.invalidtld"
    # Private-section names are not suffixes, as with tldextract's defaults.
    assert domains.registered_domain("someone.blogspot.com") == "blogspot.com"


def test_every_rule_of_the_bundled_list_agrees_with_tldextract():
    suffixes = bundled_suffixes()
    assert suffixes is not None
    snapshot = domains._extractor()  # the same file, read by tldextract
    rules = sorted(snapshot.tlds)
    assert len(rules) > 5000
    hosts = set()
    for rule in rules:
        base = rule.replace("*", "any").lstrip("!")
        hosts.update(f"{prefix}{base}" for prefix in ("", "site.", "www.site."))
    hosts = {h for h in hosts if h.isascii()}
    differ = [h for h in sorted(hosts) if domains.registered_domain(h) != tldextract_answer(h)]
    assert differ == []


_LABEL = st.from_regex(
    re.compile(r"(?:[a-z0-9-]{1,8}|xn--[a-z0-9]{1,6}|[A-Z]{1,3})"), fullmatch=True
)


@given(st.lists(_LABEL, min_size=1, max_size=4), st.sampled_from(["com", "co.uk", "ck", "ua", ""]))
def test_any_host_agrees_with_tldextract(labels, tail):
    host = ".".join([*labels, tail] if tail else labels)
    assert domains.registered_domain(host) == tldextract_answer(host)


def test_a_link_lookup_leaves_tldextract_unimported():
    script = (
        "import sys; from srccheck.table.domains import registered_domain; "
        "assert registered_domain('www.example.co.uk') == 'example.co.uk'; "
        "print('tldextract' in sys.modules, 'requests' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "False"]
