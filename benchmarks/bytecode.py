"""Our packages' bytecode written before anything is timed, as an installed app has it."""

from __future__ import annotations

from pathlib import Path

_COMPILED: set[Path] = set()  # trees whose bytecode this process has written


def compile_tree(root: Path) -> None:
    """Write the bytecode of ``root``'s ``explorer`` and ``benchmarks`` packages, once per process.
    An installed app runs from bytecode (pip compiles on install, the frozen app ships it); a
    source tree run with PYTHONDONTWRITEBYTECODE=1 (set on these machines) compiled ~76 of our
    modules at every launch, ~0.2 s of each first paint and reopen that no user waits for."""
    root = Path(root).resolve()
    if root in _COMPILED:
        return
    import compileall

    for package in ("explorer", "benchmarks"):
        if (root / package).is_dir():
            compileall.compile_dir(root / package, quiet=1)
    _COMPILED.add(root)
