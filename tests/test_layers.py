"""The package's layering: the folder tree shows the flow, and lower layers
never import upward.

Layers, lowest first (a module may import from its own layer and the ones
below it, never from a higher one):

0. ``newsshape.errors``, ``newsshape.model`` and ``newsshape.text`` -- the
   documented exceptions, the output records, and how text reads (lines,
   dates in text, names, quotation marks);
1. ``newsshape.document`` -- a page as a document of blocks;
2. ``newsshape.layout`` -- a role for each block;
3. ``newsshape.fields`` -- field values, quotations, normalisation;
4. ``newsshape.extractors`` -- the plug-in layer;
5. everything else at the top (``parse``, the command line, batch runs, the
   test kit).

Imports are read from the source with :mod:`ast` (imports made inside
functions count too), so the test sees what a reader sees.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsshape

PACKAGE = Path(newsshape.__file__).parent

#: The layer of each first-level name of the package; anything else is top.
LAYERS = {"errors": 0, "model": 0, "text": 0, "document": 1, "layout": 2, "fields": 3, "extractors": 4}
TOP = 5


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> int:
    parts = module.split(".")
    return LAYERS.get(parts[1], TOP) if len(parts) > 1 else TOP


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _imports(path: Path) -> set[str]:
    """The ``newsshape`` modules that ``path`` imports, anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    own = _module_name(path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsshape"))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("newsshape"):
            # "from package import x": x may be a submodule or a name the package defines
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if _is_module(sub) else str(node.module))
    found.discard(own)
    return found


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: _imports(path) for name, path in MODULES.items()}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _layer(m) < TOP))
def test_lower_layers_never_import_upward(module: str) -> None:
    upward = sorted(i for i in GRAPH[module] if _layer(i) > _layer(module))
    assert not upward, f"{module} (layer {_layer(module)}) imports from a higher layer: {upward}"


def test_the_package_has_no_import_cycles() -> None:
    """Module-level imports only: a cycle would make the import order matter.
    (Imports inside functions run later and are counted too, to keep the
    graph simple to reason about.)"""
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(GRAPH.get(node, ())):
            if target not in GRAPH:
                continue
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(GRAPH):
        if node not in state:
            visit(node, [])
    # The package's __init__ re-exports from its submodules, and a plug-in
    # module (extractors) registers itself on import: edges into the top
    # package itself are re-exports, not layering, and are left out.
    real = [c for c in cycles if "newsshape" not in c]
    assert not real, "import cycles: " + "; ".join(" -> ".join(c) for c in real)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_over_450_lines(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= 450, f"{module} has {lines} lines: split it by concern"
