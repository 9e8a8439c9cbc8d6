"""The frozen app (PyInstaller one-folder) and the .deb, built by packaging/build.

Builds with packaging/build unless dist/ is newer than every file the build reads (the build
stamps dist/ with its start time); BRIEFING_PACKAGING_REBUILD=1 forces a build. Then runs the frozen
binary inside `unshare -n` (a network namespace with no interface but a downed loopback), so
"offline" is proven, not promised. See docs/packaging.md.
"""

from __future__ import annotations

import fcntl
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(2400)]

ROOT = Path(__file__).resolve().parents[2]
APP = "briefing-explorer"
DIST = ROOT / "dist"
BUNDLE = DIST / APP
BINARY = BUNDLE / APP
STAMP = DIST / f".{APP}.build-stamp"
BUNDLED_PACK = BUNDLE / "_internal" / "data" / "japan-eu-us"
SIZE_LIMIT_MB = 300
# What the build reads: a change to any of these makes dist/ stale.
SOURCES = ("explorer", "resources", "data/japan-eu-us", "packaging", "requirements.lock",
           "pyproject.toml", "README.md")
# Qt's xcb platform plugin needs these on the target system (checked against the plugins' NEEDED
# entries by packaging/deb_depends.py; hazard 6).
XCB_DEPENDS = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
               "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0",
               "libxcb-xkb1", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1",
               "libdbus-1-3")


def _version() -> str:
    text = (ROOT / "explorer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def _deb() -> Path:
    return DIST / f"{APP}_{_version()}_amd64.deb"


def _newest_source() -> tuple[float, str]:
    newest = (0.0, "")
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for f in files:
            if "__pycache__" in f.parts or f.suffix == ".pyc":
                continue
            newest = max(newest, (f.stat().st_mtime, str(f.relative_to(ROOT))))
    return newest


def _stale_reason() -> str | None:
    if os.environ.get("BRIEFING_PACKAGING_REBUILD") == "1":
        return "BRIEFING_PACKAGING_REBUILD=1"
    for needed in (STAMP, BINARY, _deb()):
        if not needed.exists():
            return f"{needed.relative_to(ROOT)} does not exist"
    mtime, name = _newest_source()
    if mtime > STAMP.stat().st_mtime:
        return f"{name} is newer than the last build"
    return None


@pytest.fixture(scope="session")
def frozen() -> Path:
    """dist/briefing-explorer, built now if stale (one build at a time, across processes)."""
    if sys.platform != "linux" or platform.machine() != "x86_64":
        pytest.skip("the Linux build (and the amd64 .deb) is made on Linux x86_64 only")
    for tool in ("dpkg-deb", "objdump"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian: dpkg, binutils); packaging/build needs it")
    (ROOT / "build").mkdir(exist_ok=True)
    with open(ROOT / "build" / ".packaging-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        reason = _stale_reason()
        if reason:
            log = ROOT / "build" / "packaging-test-build.log"
            started = time.monotonic()
            with log.open("w") as out:
                done = subprocess.run([str(ROOT / "packaging" / "build")], cwd=ROOT, stdout=out,
                                      stderr=subprocess.STDOUT, timeout=2100)
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
            if done.returncode != 0:
                pytest.fail(f"packaging/build failed (exit {done.returncode}; rebuilt because "
                            f"{reason}); full log {log}:\n{tail}")
            print(f"\npackaging/build ran in {time.monotonic() - started:.0f} s because {reason}")
            if _stale_reason() not in (None, "BRIEFING_PACKAGING_REBUILD=1"):
                print(f"note: sources changed during the build ({_stale_reason()})")
    assert BINARY.is_file() and os.access(BINARY, os.X_OK)
    return BUNDLE


@pytest.fixture(scope="session")
def offline_prefix() -> list[str]:
    """`unshare -n`: run in a fresh network namespace with no interface up."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed: cannot prove the app runs offline")
    probe = subprocess.run(["unshare", "-n", "cat", "/proc/net/dev"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip("`unshare -n` is not permitted here (needs root or unprivileged user "
                    f"namespaces): {probe.stderr.strip()}")
    interfaces = [line.split(":")[0].strip() for line in probe.stdout.splitlines()[2:]]
    assert interfaces == ["lo"], f"the namespace is not empty: {interfaces}"
    return ["unshare", "-n"]


def _run(args: list[str], tmp_path: Path, timeout: float = 180,
         env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "BRIEFING_EXPLORER_HOME": str(tmp_path / "home")}
    env.pop("BRIEFING_EXPLORER_DEFAULT_PACK", None)
    env.pop("PYTHONPATH", None)
    if env_extra:
        for name in [n for n in env if n.startswith(("LC_", "LANG", "PYTHONIO", "PYTHONUTF8"))]:
            del env[name]
        env.update(env_extra)
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=timeout)


def _explain(done: subprocess.CompletedProcess) -> str:
    return f"exit {done.returncode}\nstdout:\n{done.stdout[-3000:]}\nstderr:\n{done.stderr[-3000:]}"


def test_smoke_test_passes_with_no_network(frozen, offline_prefix, tmp_path):
    if "--smoke-test" in (ROOT / "explorer" / "__main__.py").read_text(encoding="utf-8"):
        done = _run([*offline_prefix, str(BINARY), "--smoke-test"], tmp_path)
        assert done.returncode == 0, _explain(done)
        assert "smoke test passed" in done.stdout, _explain(done)
        # openpyxl, the fallback XLSX reader, is in the bundle and reads what the streaming one cannot
        assert "ok  import an XLSX through the fallback reader: openpyxl " in done.stdout, _explain(done)
    else:  # before --smoke-test existed: the same ground, headless, through `export`
        out = tmp_path / "chart.png"
        done = _run([*offline_prefix, str(BINARY), "export", "--view",
                     str(ROOT / "docs" / "examples" / "view-trade-eu-us.json"), "--format", "png",
                     "--out", str(out)], tmp_path)
        assert done.returncode == 0, _explain(done)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_app_starts_in_japanese_under_a_japanese_locale(frozen, offline_prefix, tmp_path):
    """No ui_language setting (a fresh user folder): the system locale decides, and the frozen app
    finds both its own catalogue and Qt's in the bundle."""
    done = _run([*offline_prefix, str(BINARY), "--smoke-test"], tmp_path,
                env_extra={"LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"})
    assert done.returncode == 0, _explain(done)
    assert "ok  interface language: ja, menu 'ファイル(&F)'" in done.stdout, _explain(done)


def test_version_with_no_network(frozen, offline_prefix, tmp_path):
    done = _run([*offline_prefix, str(BINARY), "--version"], tmp_path)
    assert done.returncode == 0, _explain(done)
    assert done.stdout.strip() == f"{APP} {_version()}"


def test_validates_the_bundled_default_pack_with_no_network(frozen, offline_prefix, tmp_path):
    done = _run([*offline_prefix, str(BINARY), "validate", str(BUNDLED_PACK)], tmp_path)
    assert done.returncode == 0, _explain(done)
    assert done.stdout.startswith(f"OK {BUNDLED_PACK}:"), _explain(done)


def test_doctor_lists_the_import_readers_as_usable(frozen, offline_prefix, tmp_path):
    done = _run([*offline_prefix, str(BINARY), "doctor"], tmp_path)
    lines = done.stdout.splitlines()
    assert "Import readers:" in lines, _explain(done)
    readers = lines[lines.index("Import readers:") + 1:lines.index("Import readers:") + 5]
    assert [r.split()[0] for r in readers] == ["lxml", "openpyxl", "et-xmlfile", "defusedxml"]
    assert not [r for r in readers if "CANNOT" in r or "no metadata" in r], readers
    assert "openpyxl does not see defusedxml" not in done.stdout
    assert done.returncode == 0, _explain(done)


@pytest.fixture(scope="module")
def latin1_locale(tmp_path_factory) -> dict[str, str]:
    from tests.console_locales import latin1_locale_env

    env, why = latin1_locale_env(tmp_path_factory.mktemp("locale"))
    if env is None:
        pytest.skip(why)
    return env


@pytest.mark.parametrize("args", [["info"], ["query", "events", "--format", "table"],
                                  ["query", "events", "--format", "json"]])
def test_commands_print_japanese_under_a_latin1_locale(frozen, offline_prefix, tmp_path, latin1_locale,
                                                       args):
    """UTF-8 mode: the frozen app writes UTF-8 whatever the locale says, and never dies doing so."""
    done = _run([*offline_prefix, str(BINARY), *args], tmp_path, env_extra=latin1_locale)
    assert done.returncode == 0, _explain(done)
    assert "Traceback" not in done.stderr and "UnicodeEncodeError" not in done.stderr, _explain(done)
    if args[-1] == "json":
        events = json.loads(done.stdout)
        assert any("日本" in e["title_ja"] for e in events)
    elif args == ["info"]:
        assert "Japan / 日本 [state]" in done.stdout, _explain(done)
    else:  # long cells end in "…", which Latin-1 cannot encode
        assert "…" in done.stdout and "\neu-jp-epa " in done.stdout, _explain(done)


def test_info_under_the_c_locale_and_an_ascii_pipe(frozen, offline_prefix, tmp_path):
    done = _run([*offline_prefix, str(BINARY), "info"], tmp_path,
                env_extra={"LC_ALL": "C", "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, _explain(done)
    assert "Traceback" not in done.stderr, _explain(done)
    # UTF-8 mode writes the name; were PYTHONIOENCODING honoured, it would come escaped
    assert ("Japan / 日本 [state]" in done.stdout
            or "Japan / \\u65e5\\u672c [state]" in done.stdout), _explain(done)


def test_default_pack_resolves_inside_the_bundle(frozen, offline_prefix, tmp_path):
    """explorer/paths.py looks in sys._MEIPASS first: `info` with no path reads the bundled pack."""
    done = _run([*offline_prefix, str(BINARY), "info", "--format", "json"], tmp_path)
    assert done.returncode == 0, _explain(done)
    assert f'"location": "{BUNDLED_PACK}"' in done.stdout, _explain(done)


def test_bundle_is_lean_and_has_no_network_stack(frozen):
    files = [p for p in frozen.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 2**20
    assert size_mb < SIZE_LIMIT_MB, f"the bundle is {size_mb:.0f} MB unpacked"
    names = [p.relative_to(frozen).as_posix() for p in files]
    for forbidden in ("QtNetwork", "Qt6Network", "QtWebEngine", "Qt6WebEngine", "Qt6Qml",
                      "Qt6Quick", "pyarrow", "_tkinter", "_ssl.", "libssl"):
        hits = [n for n in names if forbidden.lower() in n.lower()]
        assert not hits, f"{forbidden} is in the bundle: {hits[:5]}"
    for needed in ("_internal/resources/fonts/BriefingSansJP-Regular.otf",
                   "_internal/resources/fonts/LICENSE-NotoSansCJK.txt",
                   "_internal/resources/icons/briefing-explorer.svg",
                   "_internal/data/japan-eu-us/datapackage.json",
                   "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
                   "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
                   "_internal/resources/i18n/explorer_ja.qm",
                   "_internal/resources/i18n/qt/qtbase_ja.qm"):
        assert needed in names, f"{needed} is missing from the bundle"


def test_deb_control_fields(frozen):
    deb = _deb()
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True,
                            check=True).stdout
    control = dict(re.findall(r"^(\S+): (.*)$", fields, re.M))
    assert control["Package"] == APP
    assert control["Version"] == _version()
    assert control["Architecture"] == "amd64"
    assert control["Maintainer"] and control["Description"]
    depends = [d.strip() for d in control["Depends"].split(",")]
    names = {d.split()[0] for d in depends}
    assert set(XCB_DEPENDS) <= names, f"missing: {set(XCB_DEPENDS) - names}"
    glibc = next(d for d in depends if d.startswith("libc6 "))
    major, minor = map(int, re.search(r"\(>= (\d+)\.(\d+)\)", glibc).groups())
    assert (major, minor) >= (2, 34), glibc
    # The control file says what the bundle links now (packaging/deb_depends.py re-read).
    fresh = subprocess.run([sys.executable, str(ROOT / "packaging" / "deb_depends.py"), str(frozen)],
                           capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr
    assert f"Depends: {control['Depends']}" in fresh.stdout.splitlines()


def test_deb_layout(frozen):
    listing = subprocess.run(["dpkg-deb", "-c", str(_deb())], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    entries = {}
    for line in listing:
        mode, owner, *_rest = line.split()
        path = line.split(" ./", 1)[1].split(" -> ")[0]
        entries[("/" + path).rstrip("/")] = (mode, owner)
    for path, mode in ((f"/opt/{APP}/{APP}", "-rwxr-xr-x"), (f"/usr/bin/{APP}", "-rwxr-xr-x"),
                       (f"/usr/share/applications/{APP}.desktop", "-rw-r--r--"),
                       (f"/usr/share/icons/hicolor/scalable/apps/{APP}.svg", "-rw-r--r--"),
                       (f"/opt/{APP}/_internal/data/japan-eu-us/datapackage.json", "-rw-r--r--"),
                       (f"/usr/share/doc/{APP}/copyright", "-rw-r--r--"),
                       (f"/usr/share/man/man1/{APP}.1.gz", "-rw-r--r--"),
                       (f"/usr/share/bash-completion/completions/{APP}", "-rw-r--r--")):
        assert path in entries, f"{path} is not in the .deb"
        assert entries[path][0] == mode, f"{path}: {entries[path][0]}"
    assert {owner for _mode, owner in entries.values()} == {"root/root"}
    outside = sorted(p for p in entries if p and not p.startswith(("/opt", "/usr")))
    assert not outside, f"the .deb installs outside /opt and /usr: {outside}"


def test_deb_payload_runs_as_installed(frozen, offline_prefix, tmp_path):
    """Unpack the .deb as dpkg would; the launcher execs /opt/...; the unpacked copy runs."""
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(_deb()), str(root)], check=True)
    launcher = (root / "usr" / "bin" / APP).read_text()
    assert launcher.startswith("#!/bin/sh\n")
    assert f'exec /opt/{APP}/{APP} "$@"' in launcher
    desktop = (root / "usr" / "share" / "applications" / f"{APP}.desktop").read_text()
    assert re.search(rf"^Exec={APP}\b", desktop, re.M)
    assert re.search(rf"^Icon={APP}$", desktop, re.M)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(root / "usr/share/applications" /
                                                             f"{APP}.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    unpacked = root / "opt" / APP / APP
    pack = root / "opt" / APP / "_internal" / "data" / "japan-eu-us"
    done = _run([*offline_prefix, str(unpacked), "validate", str(pack)], tmp_path)
    assert done.returncode == 0, _explain(done)
