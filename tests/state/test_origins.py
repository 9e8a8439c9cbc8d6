"""Every Session origin is named once, in ``explorer.state.origins.Origin`` (issue 17): a typo in a
bare string ("detial") silently broke a panel's "skip my own echo" logic. These read the code in
explorer/ as a reviewer would: no origin is written as a string literal, and every name is used."""

from __future__ import annotations

import ast
from pathlib import Path

from explorer.state.origins import Origin
from explorer.state.session import Change, Session

EXPLORER = Path(__file__).resolve().parents[2] / "explorer"
ORIGINS_MODULE = EXPLORER / "state" / "origins.py"
# Calls whose origin may be passed by position: the method and the origin's position.
POSITIONAL = {"set_label_language": 1, "select_event": 1, "step_selection": 1, "_select": 1,
              "set_note": 2, "resolve_note_conflict": 2, "close_pack": 1, "open_pack": 1,
              "add_pack": 1, "replace_pack": 1}


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in sorted(EXPLORER.rglob("*.py"))]


def _is_str(node: ast.AST | None) -> bool:
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return any(_is_str(e) for e in node.elts)
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _names_origin(node: ast.AST) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
    return name.lower().endswith("origin") and not name.lower().startswith(("x_", "key_"))


def _literal_origins(path: Path, tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(EXPLORER.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            found += [where for kw in node.keywords if kw.arg == "origin" and _is_str(kw.value)]
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            i = POSITIONAL.get(name)
            if i is not None and len(node.args) > i and _is_str(node.args[i]):
                found.append(where)
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_names_origin(o) for o in operands) and any(_is_str(o) for o in operands):
                found.append(where)
        elif isinstance(node, ast.Assign):
            if any(_names_origin(t) for t in node.targets) and _is_str(node.value):
                found.append(where)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
            defaults = [*node.args.defaults, *node.args.kw_defaults]
            pairs = list(zip(args[len(args) - len(defaults):], defaults, strict=True))
            found += [where for a, d in pairs if a.arg == "origin" and _is_str(d)]
    return found


def test_no_origin_is_written_as_a_string_literal_in_explorer():
    found = [w for p, tree in _sources() if p != ORIGINS_MODULE for w in _literal_origins(p, tree)]
    assert found == [], "use explorer.state.origins.Origin instead of a string: " + ", ".join(found)


def test_the_check_finds_a_literal_origin():
    tree = ast.parse('session.select_event("gcap", origin="detial")\n'
                     'if change.origin == "detail": pass\n'
                     'ORIGIN = "filter-bar"\n'
                     'session.set_label_language("ja", "start")\n'
                     'def f(origin="x"): pass\n')
    assert len(_literal_origins(EXPLORER / "x.py", tree)) == 5


def test_every_origin_is_used_in_explorer():
    used = set()
    for p, tree in _sources():
        if p == ORIGINS_MODULE:
            continue
        used |= {n.attr for n in ast.walk(tree)
                 if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "Origin"}
    unused = sorted(o.name for o in Origin if o.name not in used)
    assert unused == [], f"Origin members nothing in explorer/ uses: {unused}"


def test_an_origin_equals_its_string_so_plain_strings_still_work():
    session = Session()
    seen: list[Change] = []
    session.subscribe(seen.append)
    session.set_label_language("ja", Origin.START)
    session.set_label_language("en", "test")
    assert seen[0].origin == "start" and seen[0].origin == Origin.START
    assert seen[1].origin == "test"
    assert Change(frozenset()).origin == Origin.UNSPECIFIED == ""
    assert len({o.value for o in Origin}) == len(Origin)  # no two names for one origin
