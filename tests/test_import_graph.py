"""The import graph points one way: the command line over the library, never back up.

Read from the source with `ast` (nothing is imported), so a test failure names the module
and the import that broke the layering.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "srccheck"

#: Modules of the pipeline and its data, which know nothing of how they are run.
_LIBRARY_CORE = ("srccheck.detect", "srccheck.table", "srccheck.score", "srccheck.rules")
#: What runs the pipeline: the core must not import these.
_RUNNERS = ("srccheck.engine", "srccheck.setup", "srccheck.config", "srccheck.cli")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    """Every module ``path`` imports (``from a import b`` counts as ``a`` and ``a.b``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                # `from package import submodule` needs the submodule, not the package's names.
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if _is_module(submodule) else node.module)
    return found


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def test_only_the_command_line_imports_click():
    offenders = [
        name
        for name, path in _modules().items()
        if not _within(name, ("srccheck.cli",))
        and any(_within(imported, ("click",)) for imported in _imports(path))
    ]
    assert offenders == []


def test_no_module_imports_the_package_root():
    # The root re-exports the library lazily; importing it from inside is an arrow back up
    # (the version lives in srccheck.version for that reason).
    offenders = [
        name
        for name, path in _modules().items()
        if name != "srccheck" and "srccheck" in _imports(path, top_level_only=True)
    ]
    assert offenders == []


def test_the_library_never_imports_the_command_line():
    offenders = [
        (name, imported)
        for name, path in _modules().items()
        if not _within(name, ("srccheck.cli", "srccheck.__main__"))
        for imported in _imports(path)
        if _within(imported, ("srccheck.cli",))
    ]
    assert offenders == []


def test_the_core_does_not_import_what_runs_it():
    offenders = [
        (name, imported)
        for name, path in _modules().items()
        if _within(name, _LIBRARY_CORE)
        for imported in _imports(path)
        if _within(imported, _RUNNERS)
    ]
    assert offenders == []


def test_reports_render_the_report_without_reaching_back_into_the_pipeline():
    # The rules' registry is metadata (SARIF lists every rule); the table, the detector and
    # the scorer have already said all they have to say in the report.
    pipeline = tuple(p for p in _LIBRARY_CORE if p != "srccheck.rules")
    offenders = [
        (name, imported)
        for name, path in _modules().items()
        if _within(name, ("srccheck.report",))
        for imported in _imports(path)
        if _within(imported, (*pipeline, *_RUNNERS))
    ]
    assert offenders == []


def test_no_import_cycle_at_import_time():
    modules = _modules()
    graph = {
        name: {i for i in _imports(path, top_level_only=True) if i in modules and i != name}
        for name, path in modules.items()
    }
    # A package's own __init__ may import its submodules; the submodules must not import it.
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> list[str] | None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                return [*trail, name, target]
            if target not in state and (cycle := visit(target, [*trail, name])):
                return cycle
        state[name] = 2
        return None

    for name in sorted(graph):
        if name not in state:
            assert visit(name, []) is None
