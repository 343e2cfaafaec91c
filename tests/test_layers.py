"""The package's folders are its layers: imports go one way (text <- extractors <- run / report; evaluate on top),
no module imports itself back through others, and modules and functions stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import analysis

PACKAGE = Path(analysis.__file__).parent
# A layer may import from the layers of a lower rank only (its own rank: within itself)
RANK = {"paths": 0, "missing": 0, "text": 1, "quotes": 2, "figures": 2, "sentiment": 3, "run": 4, "report": 4}
RANK |= {"evaluate": 5, "__main__": 6, "analysis": 6}  # the root: the public API and the command line


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module of the package that ``path`` imports, at the top or inside a function."""
    name, out = _module(path), set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("analysis.")}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
            if not module.startswith("analysis"):
                continue
            for a in node.names:
                sub = f"{module}.{a.name}"
                out.add(sub if _file(sub) else module)
    return {m for m in out if m != name and m != "analysis"}  # the root is the public API, not a layer


def _file(module: str) -> Path | None:
    p = PACKAGE.parent / Path(*module.split("."))
    return next((f for f in (p.with_suffix(".py"), p / "__init__.py") if f.is_file()), None)


def _graph() -> dict[str, set[str]]:
    return {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def _layer(module: str) -> str:
    return module.split(".")[1] if "." in module else module


def test_every_import_goes_down_the_layers_or_stays_in_its_own():
    wrong = [
        f"{m} imports {t}"
        for m, targets in _graph().items()
        for t in targets
        if _layer(m) != _layer(t) and RANK[_layer(t)] >= RANK[_layer(m)]
    ]
    assert not wrong, wrong


def test_no_module_imports_itself_back_through_others():
    graph = _graph()
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> list[str] | None:
        state[m] = 1
        for t in sorted(graph.get(m, ())):
            if state.get(t) == 1:
                return path + [m, t]
            if t not in state and (found := visit(t, path + [m])):
                return found
        state[m] = 2
        return None

    cycles = [c for m in sorted(graph) if m not in state and (c := visit(m, []))]
    assert not cycles, cycles


def test_the_walk_sees_imports_inside_functions_and_relative_ones():
    graph = _graph()
    assert "analysis.text.guard" in graph["analysis.quotes"]  # from ..text.guard import ArticleErrors
    assert "analysis.text.articles" in graph["analysis.run.pipeline"]  # imported inside a function


def test_few_files_at_the_top_and_every_layer_says_what_it_holds():
    assert len(list(PACKAGE.glob("*.py"))) <= 10
    for folder in ("text", "quotes", "figures", "sentiment", "run", "report", "evaluate"):
        doc = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc) > 80, folder


def test_modules_and_functions_stay_small():
    long_modules, long_functions = [], []
    for p in PACKAGE.rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        if text.count("\n") > 600:
            long_modules.append(p.name)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno + 1 > 60:
                long_functions.append(f"{p.name}:{node.name}")
    assert not long_modules and not long_functions, (long_modules, long_functions)
