"""Build hook: ship the default table already parsed, so an installed srccheck starts faster.

See ``srccheck/table/compiled.py``. The hook loads that module by path, because the build
environment has hatchling but none of srccheck's own dependencies. The table validated and
indexed (``srccheck/table/prepared.py``) needs srccheck's table package, which imports only
the standard library: it is imported from the source tree being built.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileDefaultTable(BuildHookInterface):  # type: ignore[type-arg]
    """Adds ``srccheck/sources.compiled.json`` and ``srccheck/sources.prepared.pickle`` to
    every wheel except editable ones."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Parse ``sources.toml`` and include the result in the wheel."""
        if version == "editable":
            return  # an editable install reads the checkout's table, which may change
        compiled = _compiled_module(Path(self.root))
        text = Path(self.root, "sources.toml").read_text(encoding="utf-8-sig")
        self._directory = tempfile.mkdtemp(prefix="srccheck-build-")
        target = Path(self._directory) / compiled.COMPILED_FILE
        target.write_text(compiled.compile_table(text), encoding="utf-8")
        build_data["force_include"][str(target)] = f"srccheck/{compiled.COMPILED_FILE}"
        prepared = _prepared_module(Path(self.root))
        target = Path(self._directory) / prepared.PREPARED_FILE
        target.write_bytes(prepared.prepare_table(text))
        build_data["force_include"][str(target)] = f"srccheck/{prepared.PREPARED_FILE}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary directory of the compiled table."""
        directory = getattr(self, "_directory", None)
        if directory:
            shutil.rmtree(directory, ignore_errors=True)


def _compiled_module(root: Path) -> Any:
    spec = importlib.util.spec_from_file_location(
        "_srccheck_compiled", root / "srccheck" / "table" / "compiled.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prepared_module(root: Path) -> Any:
    """``srccheck.table.prepared`` from the source tree (the wheel's own code pickles its
    table, so the classes it names are the ones the wheel installs)."""
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("srccheck.table.prepared")
    finally:
        sys.path.remove(str(root))
