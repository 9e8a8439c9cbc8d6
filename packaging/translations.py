"""The Japanese translation of the interface: collect, fill, compile and check it.

    .venv/bin/python packaging/translations.py update    # lupdate explorer/**/*.py -> explorer_ja.ts
                                                         # (and merge resources/i18n/parts/*.ts if any)
    .venv/bin/python packaging/translations.py compile   # lrelease -> resources/i18n/explorer_ja.qm
    .venv/bin/python packaging/translations.py check     # exit 1 listing every untranslated message

``resources/i18n/explorer_ja.ts`` is the translation: ``update`` adds new strings to it (keeping
every existing translation) and you translate them there. While several people translate at once,
each may work in a part, ``resources/i18n/parts/<name>_ja.ts`` (``pyside6-lupdate <your files> -ts
<part>``); ``update`` merges the parts' finished translations (a part wins), then delete the parts.
Output is deterministic: files in sorted order, locations as paths relative to the .ts file.
See docs/translation.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "explorer"
I18N = ROOT / "resources" / "i18n"
TS = I18N / "explorer_ja.ts"
QM = I18N / "explorer_ja.qm"
PARTS = I18N / "parts"
LANGUAGE = "ja_JP"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv's), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (it ships with PySide6)")
    return found


def source_files(root: Path = ROOT) -> list[str]:
    """Every Python file of the app, relative to ``root``, sorted."""
    return sorted(p.relative_to(root).as_posix() for p in (root / "explorer").rglob("*.py")
                  if "__pycache__" not in p.parts)


def lupdate(ts: Path, root: Path = ROOT) -> None:
    """Extract every translatable string of the app into ``ts`` (keeping its translations)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool("pyside6-lupdate"), *source_files(root), "-ts", str(ts),
                           "-locations", "absolute", "-no-obsolete", "-source-language", "en",
                           "-target-language", LANGUAGE, "-silent"],
                          cwd=root, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"translations: pyside6-lupdate failed:\n{done.stdout}{done.stderr}")


def lrelease(ts: Path, qm: Path) -> None:
    done = subprocess.run([tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts),
                           "-qm", str(qm)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"translations: pyside6-lrelease failed:\n{done.stdout}{done.stderr}")


def messages(ts: Path):
    """(context, source, message element) for every message of ``ts``."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def translation_text(message: ET.Element) -> str:
    """The message's translation ("" if none); numerus forms joined by a newline."""
    element = message.find("translation")
    if element is None:
        return ""
    forms = element.findall("numerusform")
    if forms:
        return "\n".join(f.text or "" for f in forms)
    return element.text or ""


def is_finished(message: ET.Element) -> bool:
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = element.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((element.text or "").strip())


def part_translations(parts: Path = PARTS) -> tuple[dict[tuple[str, str], ET.Element], list[str]]:
    """Finished translations of every part by (context, source), and the conflicts between parts."""
    found: dict[tuple[str, str], tuple[ET.Element, str]] = {}
    conflicts = []
    for part in sorted(parts.glob("*.ts")) if parts.is_dir() else []:
        for context, source, message in messages(part):
            if not is_finished(message):
                continue
            key = (context, source)
            if key in found and translation_text(found[key][0]) != translation_text(message):
                conflicts.append(f"{context} / {source!r}: {found[key][1]} and {part.name} differ "
                                 f"(kept {found[key][1]})")
                continue
            found.setdefault(key, (message.find("translation"), part.name))
    return {k: v[0] for k, v in found.items()}, conflicts


def fill(ts: Path, parts: Path = PARTS) -> tuple[int, int, list[str]]:
    """Put the parts' translations into ``ts``; returns (messages, translated, conflicts)."""
    translations, conflicts = part_translations(parts)
    tree = ET.parse(ts)
    total = translated = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            total += 1
            better = translations.get((name, message.findtext("source") or ""))
            if better is not None:
                old = message.find("translation")
                index = list(message).index(old) if old is not None else len(message)
                if old is not None:
                    message.remove(old)
                new = ET.Element("translation", {k: v for k, v in better.attrib.items()
                                                 if k != "type"})
                new.text = better.text
                for child in better:
                    new.append(child)
                message.insert(index, new)
            translated += is_finished(message)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return total, translated, conflicts


def unfinished(ts: Path) -> list[str]:
    """Every message of ``ts`` without a finished, non-empty translation, with where it is."""
    out = []
    for context, source, message in messages(ts):
        if not is_finished(message):
            where = ", ".join(f"{loc.get('filename')}:{loc.get('line')}"
                              for loc in message.iter("location"))
            out.append(f"{context} / {source!r} ({where or 'no location'})")
    return out


def update() -> int:
    lupdate(TS)
    _total, _translated, conflicts = fill(TS)
    lupdate(TS)  # once more: lupdate writes the filled file in its own layout (stable diffs)
    for line in conflicts:
        print(f"conflict: {line}")
    total = sum(1 for _ in messages(TS))
    todo = len(unfinished(TS))
    print(f"{TS.relative_to(ROOT)}: {total} messages, {total - todo} translated, {todo} to do")
    return 0


def compile_() -> int:
    """lrelease into a temporary file; the .qm is replaced only when it changes (its date then
    still says when the translation last changed, and a build does not make dist/ look stale)."""
    fresh = QM.with_name(QM.name + ".new")
    try:
        lrelease(TS, fresh)
        if QM.is_file() and QM.read_bytes() == fresh.read_bytes():
            print(f"{QM.relative_to(ROOT)} is up to date ({QM.stat().st_size} bytes)")
            return 0
        fresh.replace(QM)
    finally:
        fresh.unlink(missing_ok=True)
    print(f"{QM.relative_to(ROOT)} written ({QM.stat().st_size} bytes)")
    return 0


def check() -> int:
    todo = unfinished(TS)
    for line in todo:
        print(f"untranslated: {line}")
    if todo:
        print(f"{len(todo)} messages of {TS.relative_to(ROOT)} have no finished translation")
        return 1
    print(f"{TS.relative_to(ROOT)}: every message is translated")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "check"), nargs="+")
    args = parser.parse_args(argv)
    code = 0
    for command in args.command:
        code = {"update": update, "compile": compile_, "check": check}[command]() or code
    return code


if __name__ == "__main__":
    sys.exit(main())
