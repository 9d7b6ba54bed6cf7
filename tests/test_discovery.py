"""Only `srccheck.setup` looks around the machine: the environment, the working directory,
the home directory, directories walked for files (issue 12, "one resolved setup").

Read from the source with `ast` (nothing is imported), so a failure names the module, the
line and what it read. Everything else receives a `RunSetup` and discovers nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "srccheck"

#: ``os`` attributes that read the environment or the process's directory, or walk a tree.
_OS_LOOKS_AROUND = frozenset(
    {"environ", "environb", "getenv", "getenvb", "putenv", "getcwd", "getcwdb", "walk"}
)
#: ``Path`` class methods that read the process's directory or ``$HOME``.
_PATH_LOOKS_AROUND = frozenset({"cwd", "home"})
#: Methods that walk a directory tree or read ``$HOME``, whatever they are called on.
_ANY_LOOKS_AROUND = frozenset({"rglob", "expanduser"})

#: Where looking around is allowed, and the one thing each may do (None: anything).
_ALLOWED: dict[str, set[str] | None] = {
    # The one place that discovers a run's surroundings.
    "srccheck/setup.py": None,
    # Walks the directories the user named as articles: input, not discovery.
    "srccheck/walk.py": {"os.walk"},
    # SRCCHECK_DEBUG: read by the entry point because an internal error may come before a
    # setup exists (see the comment there); it changes what a crash prints, nothing else.
    "srccheck/cli/__init__.py": {"os.environ.get('SRCCHECK_DEBUG')"},
}


def looks_around(source: str) -> list[tuple[int, str]]:
    """Each place in ``source`` that reads the environment or walks directories:
    (line, the expression that does it)."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "os":
            found += [
                (node.lineno, f"from os import {a.name}")
                for a in node.names
                if a.name in _OS_LOOKS_AROUND
            ]
        if not isinstance(node, ast.Attribute):
            continue
        owner = node.value.id if isinstance(node.value, ast.Name) else None
        if (
            (owner == "os" and node.attr in _OS_LOOKS_AROUND)
            or (owner == "Path" and node.attr in _PATH_LOOKS_AROUND)
            or node.attr in _ANY_LOOKS_AROUND
        ):
            found.append((node.lineno, ast.unparse(_whole_use(node, parents))))
    return sorted(found)


def _whole_use(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST:
    """``os.environ.get('X')`` for the ``os.environ`` in it: the call or look-up around."""
    while isinstance(parent := parents.get(node), ast.Attribute | ast.Call | ast.Subscript):
        if isinstance(parent, ast.Call) and parent.func is not node:
            break
        node = parent
        if isinstance(node, ast.Call | ast.Subscript):
            break
    return node


def test_only_the_setup_reads_the_environment_or_walks_directories():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE.parent).as_posix()
        allowed = _ALLOWED.get(name, set())
        if allowed is None:
            continue
        for line, use in looks_around(path.read_text(encoding="utf-8")):
            # "os.walk" allows every call of it; a whole expression allows just that one.
            if not any(use == a or use.startswith(a + "(") for a in allowed):
                offenders.append(f"{name}:{line}: {use}")
    assert offenders == []


def test_the_scan_finds_each_way_of_looking_around():
    source = """\
import os
from os import getenv
from pathlib import Path

home = os.environ["HOME"]
debug = os.environ.get("SRCCHECK_DEBUG")
other = os.getenv("X")
here = Path.cwd()
user = Path.home() / ".config"
tables = list(here.rglob("*.toml"))
for top, dirs, files in os.walk("."):
    pass
name = Path("~/x").expanduser()
"""
    assert [use for _, use in looks_around(source)] == [
        "from os import getenv",
        "os.environ['HOME']",
        "os.environ.get('SRCCHECK_DEBUG')",
        "os.getenv('X')",
        "Path.cwd()",
        "Path.home()",
        "here.rglob('*.toml')",
        "os.walk('.')",
        "Path('~/x').expanduser()",
    ]


def test_reading_a_path_or_an_option_is_not_looking_around():
    source = """\
import os
from pathlib import Path

text = Path("article.txt").read_text()
cores = os.cpu_count()
same = os.path.samefile("a", "b")
parts = sorted(Path("out").glob("part-*.parquet"))
"""
    assert looks_around(source) == []
