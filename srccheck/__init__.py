"""srccheck: find who and what a news article relies on, and how reliable each source is.

Library use::

    from srccheck import check_text, load_table

    report = check_text("Officials said the dam was mined.", table=load_table())
    print(report.score, [f.rule for f in report.findings])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from srccheck.version import __version__

if TYPE_CHECKING:
    from srccheck.engine import check_paths, check_text
    from srccheck.table import load_table

__all__ = ["__version__", "check_paths", "check_text", "load_table"]

_LAZY = {
    "check_text": "srccheck.engine",
    "check_paths": "srccheck.engine",
    "load_table": "srccheck.table",
}


def __getattr__(name: str) -> Any:
    # Imported on first use so that `import srccheck` (and `srccheck --version`) stays cheap.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'srccheck' has no attribute {name!r}")
