"""The rules that turn an analysed article into findings."""

from __future__ import annotations

from srccheck.model import Rule

#: Every rule srccheck knows, in a stable order.
RULES: tuple[Rule, ...] = ()
