"""Derive the .deb's Depends/Recommends from what the frozen bundle actually links.

    python3 packaging/deb_depends.py dist/briefing-explorer            # two control-file lines
    python3 packaging/deb_depends.py dist/briefing-explorer --explain  # which file needs what

Reads every ELF file in the bundle with `objdump -p` (NEEDED, SONAME) and `objdump -T` (GLIBC_ and
GLIBCXX_ symbol versions), drops the libraries the bundle carries itself, and maps the rest to
Debian/Ubuntu package names with the table below. Libraries needed only by optional Qt plugins
(Wayland, the GTK 3 platform theme) go to Recommends: Qt falls back to xcb / its own theme when
they are missing. Exits 1, naming them, if a library is not in the table: the build then stops,
so a new system dependency (after a Qt or Pillow update) is never shipped undeclared.

Why not dpkg-shlibdeps: it versions dependencies from the *build* machine's shlibs files, e.g.
`libx11-xcb1 (>= 2:1.8.4)` on Debian 12, which Ubuntu 22.04 (1.7.5) cannot satisfy although the
bundle uses no newer symbol. Package names are the pre-"t64" ones; on amd64 the renamed *t64
packages of Ubuntu 24.04 / Debian 13 Provide them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE_OF = {
    # glibc
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libpthread.so.0": "libc6", "libdl.so.2": "libc6",
    "librt.so.1": "libc6", "libutil.so.1": "libc6", "ld-linux-x86-64.so.2": "libc6",
    # C++ runtime: the system's own, so it matches the GL drivers loaded into the process
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1",
    # Qt Core / Gui
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0", "libgobject-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0", "libzstd.so.1": "libzstd1", "libz.so.1": "zlib1g",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0", "libGLX.so.0": "libglx0", "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
    # the xcb platform plugin (X11 sessions, and XWayland)
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # printing to CUPS printers (optional: Recommends)
    "libcups.so.2": "libcups2",
    # Wayland platform plugin (optional)
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    # GTK 3 platform theme (optional): native file dialogs on GNOME-like desktops
    "libgtk-3.so.0": "libgtk-3-0", "libgdk-3.so.0": "libgtk-3-0", "libatk-1.0.so.0": "libatk1.0-0",
    "libcairo.so.2": "libcairo2", "libcairo-gobject.so.2": "libcairo-gobject2",
    "libgdk_pixbuf-2.0.so.0": "libgdk-pixbuf-2.0-0", "libpango-1.0.so.0": "libpango-1.0-0",
    "libpangocairo-1.0.so.0": "libpangocairo-1.0-0", "libharfbuzz.so.0": "libharfbuzz0b",
}

# Loaded only when Qt picks them; the xcb and offscreen platforms need none of these.
OPTIONAL_PARTS = ("/platforms/libqwayland", "/wayland-", "libQt6WaylandClient",
                  "libQt6WlShellIntegration", "/platformthemes/libqgtk3.so",
                  # File > Print to a CUPS printer; print preview and "Print to file" (PDF) need none
                  "/printsupport/libcupsprintersupport.so")

# GLIBCXX_3.4.N -> the GCC release whose libstdc++6 first has it (Debian/Ubuntu version numbers).
GCC_OF_GLIBCXX = {28: "9", 29: "11", 30: "12", 31: "13", 32: "13.2", 33: "14"}
MIN_GLIBC = (2, 34)  # PySide6 wheels are manylinux_2_34 (hazard 10)


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def _objdump(flag: str, path: Path) -> str:
    return subprocess.run(["objdump", flag, str(path)], capture_output=True, text=True).stdout


def analyse(bundle: Path) -> dict:
    elfs = sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p))
    provided = {p.name for p in bundle.rglob("*") if p.is_file()}
    needed: dict[str, set[str]] = defaultdict(set)
    glibc, glibcxx = MIN_GLIBC, 0
    for elf in elfs:
        rel = "/" + elf.relative_to(bundle).as_posix()
        head = _objdump("-p", elf)
        provided.update(re.findall(r"^\s*SONAME\s+(\S+)", head, re.M))
        for lib in re.findall(r"^\s*NEEDED\s+(\S+)", head, re.M):
            needed[lib].add(rel)
        symbols = _objdump("-T", elf)
        for v in re.findall(r"\bGLIBC_(\d+)\.(\d+)", symbols):
            glibc = max(glibc, (int(v[0]), int(v[1])))
        for v in re.findall(r"\bGLIBCXX_3\.4\.(\d+)", symbols):
            glibcxx = max(glibcxx, int(v))
    external = {lib: users for lib, users in needed.items() if lib not in provided}
    depends: dict[str, set[str]] = defaultdict(set)
    recommends: dict[str, set[str]] = defaultdict(set)
    unknown: dict[str, set[str]] = {}
    for lib, users in sorted(external.items()):
        pkg = PACKAGE_OF.get(lib)
        if pkg is None:
            unknown[lib] = users
            continue
        core = {u for u in users if not any(part in u for part in OPTIONAL_PARTS)}
        (depends if core else recommends)[pkg].update(core or users)
    versions = {"libc6": f"libc6 (>= {glibc[0]}.{glibc[1]})"}
    if glibcxx in GCC_OF_GLIBCXX:
        versions["libstdc++6"] = f"libstdc++6 (>= {GCC_OF_GLIBCXX[glibcxx]})"
    elif glibcxx:
        unknown[f"GLIBCXX_3.4.{glibcxx} (add it to GCC_OF_GLIBCXX)"] = set()
    for pkg in list(recommends):
        if pkg in depends:
            del recommends[pkg]
    return {"elf_count": len(elfs), "depends": depends, "recommends": recommends,
            "unknown": unknown, "versions": versions, "glibc": glibc}


def control_lines(result: dict) -> tuple[str, str]:
    def field(pkgs):
        return ", ".join(result["versions"].get(p, p) for p in sorted(pkgs))
    return field(result["depends"]), field(result["recommends"])


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    bundle = Path(argv[0])
    if not bundle.is_dir():
        print(f"deb_depends: {bundle} is not a folder", file=sys.stderr)
        return 2
    result = analyse(bundle)
    if result["unknown"]:
        print("deb_depends: the bundle links libraries with no Debian package in PACKAGE_OF "
              "(packaging/deb_depends.py); add them, or drop what needs them in the spec:",
              file=sys.stderr)
        for lib, users in result["unknown"].items():
            print(f"  {lib}: needed by {', '.join(sorted(users)[:3])}", file=sys.stderr)
        return 1
    depends, recommends = control_lines(result)
    if "--explain" in argv:
        for title, table in (("Depends", result["depends"]), ("Recommends", result["recommends"])):
            print(f"{title}:")
            for pkg, users in sorted(table.items()):
                shown = ", ".join(sorted(u.rsplit("/", 1)[-1] for u in users)[:4])
                more = f" (+{len(users) - 4})" if len(users) > 4 else ""
                print(f"  {result['versions'].get(pkg, pkg):<28} {shown}{more}")
        print(f"({result['elf_count']} ELF files read)")
        return 0
    print(f"Depends: {depends}")
    print(f"Recommends: {recommends}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
