"""srccheck: find who and what a news article relies on, and how reliable each source is.

Library use::

    from srccheck import check_text, load_table

    report = check_text("Officials said the dam was mined.", table=load_table())
    print(report.score, [f.rule for f in report.findings])

Many files, set up as the command line would (configuration file, ``SRCCHECK_*`` variables
and table layers, resolved once into a `RunSetup`)::

    from srccheck import check_paths, resolve_setup

    setup = resolve_setup(["drafts/"], overrides={"fail_on": "warning"})
    report = check_paths(["drafts/"], setup=setup, jobs=2)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from srccheck.version import __version__

if TYPE_CHECKING:
    from srccheck.engine import check_paths, check_text
    from srccheck.setup import RunSetup, load_table, resolve_setup

__all__ = ["RunSetup", "__version__", "check_paths", "check_text", "load_table", "resolve_setup"]

_LAZY = {
    "check_text": "srccheck.engine",
    "check_paths": "srccheck.engine",
    # The built-in table plus the user's layers, which the setup finds (the table module
    # itself loads only the files it is given).
    "load_table": "srccheck.setup",
    "RunSetup": "srccheck.setup",
    "resolve_setup": "srccheck.setup",
}


def __getattr__(name: str) -> Any:
    # Imported on first use so that `import srccheck` (and `srccheck --version`) stays cheap.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'srccheck' has no attribute {name!r}")
