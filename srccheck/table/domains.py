"""Links, bare domains and platform handles, reduced to the keys the table is indexed by.

Registrable domains come from the Public Suffix List bundled with tldextract, read by
`srccheck.table.suffixes` without importing tldextract (about 20 MiB). tldextract itself is
imported only for a host that reading does not cover (a punycode label, upper case), built
with its bundled list (``suffix_list_urls=()``) and no cache (``cache_dir=None``), so it never
touches the network or writes under the home directory.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from srccheck.table.suffixes import PublicSuffixes, bundled_suffixes

# Platforms whose path, not host, names the source; aliases map to one canonical host.
PLATFORMS = {
    "t.me": "t.me",
    "telegram.me": "t.me",
    "x.com": "x.com",
    "twitter.com": "x.com",
    "youtube.com": "youtube.com",
    "vk.com": "vk.com",
    "facebook.com": "facebook.com",
    "instagram.com": "instagram.com",
    "tiktok.com": "tiktok.com",
}
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_HANDLE = re.compile(r"^@([A-Za-z0-9_]{2,64})$")
# Labels joined by single dots; written without nested quantifiers (see the linear-time test),
# so the empty labels of "a..b" or "a.b." are refused in code.
_HOSTLIKE = re.compile(r"^[a-z0-9-]+\.[a-z0-9.-]+$")
#: One label of a host `srccheck.table.suffixes` answers for: lower-case ASCII, not punycode.
_PLAIN_LABEL = re.compile(r"(?!xn--)[a-z0-9-]+")


@cache
def _suffixes() -> PublicSuffixes | None:
    return bundled_suffixes()


@cache
def _extractor() -> Any:
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def split_link(text: str) -> tuple[str, str] | None:
    """Return (host, path) of a URL or bare domain ("www.isw.org/x" -> ("isw.org", "x"))."""
    candidate = text.strip().strip("<>()[]").rstrip(".,;:!?")
    if " " in candidate or "." not in candidate:
        return None
    candidate = _SCHEME.sub("", candidate)
    host, _, path = candidate.partition("/")
    host = host.split("@")[-1].split(":")[0].lower().removeprefix("www.").removeprefix("m.")
    if not _HOSTLIKE.match(host) or ".." in host or host.endswith("."):
        return None
    return host, path.split("?")[0].split("#")[0].strip("/")


def handle_keys(text: str) -> list[str]:
    """Handle keys a query may stand for ("t.me/rybar", "@rybar" -> t.me/… and x.com/…)."""
    match = _HANDLE.match(text.strip())
    if match:
        name = match.group(1).lower()
        return [f"{platform}/{name}" for platform in ("t.me", "x.com")]
    link = split_link(text)
    if link is None:
        return []
    host, path = link
    platform = PLATFORMS.get(host)
    if platform is None or not path:
        return []
    first = path.split("/")[0].lower()
    if platform == "t.me" and first == "s" and "/" in path:
        first = path.split("/")[1].lower()  # t.me/s/channel is the web preview
    return [f"{platform}/{first}"]


def handle_key(handle: str) -> str:
    """The index key of a handle as the table writes it ("twitter.com/ISW" -> "x.com/isw")."""
    keys = handle_keys(handle if "/" in handle or handle.startswith("@") else "@" + handle)
    return keys[0] if keys else handle.lower()


def registered_domain(host: str) -> str:
    """The registrable domain of a host ("www.bbc.co.uk" -> "bbc.co.uk")."""
    if host in PLATFORMS:
        return host
    labels = host.split(".")
    suffixes = _suffixes()
    if suffixes is not None and all(_PLAIN_LABEL.fullmatch(label) for label in labels):
        start = suffixes.suffix_start(labels)
        if start is None or start == 0:  # no known suffix, or the host is one
            return host
        return ".".join(labels[start - 1 :])
    parts = _extractor()(host)
    if not parts.suffix or not parts.domain:
        return host
    return f"{parts.domain}.{parts.suffix}"
