"""Remembered settings: one JSON file in the user's config folder, written atomically.

A settings file that cannot be read (damaged, hand-edited, from a newer version) never stops the
application: it is moved aside as ``settings.json.broken`` and defaults are used; ``problem`` says why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from explorer.atomic_write import write_atomic
from explorer.userdata.locations import config_dir

MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self.problem: str | None = None
        self._data: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as e:
            self.problem = f"{self.path}: cannot read settings ({e.strerror}); using defaults"
            return {}
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as e:
            broken = self.path.with_name(self.path.name + ".broken")
            try:
                self.path.replace(broken)
            except OSError:
                pass
            self.problem = f"{self.path}: damaged settings ({e}); kept as {broken.name}, using defaults"
            return {}
        return data

    def get(self, key: str, default: Any = None, kind: type | tuple[type, ...] | None = None) -> Any:
        """The stored value, or ``default`` if absent or (with ``kind``) of the wrong type."""
        value = self._data.get(key, default)
        if kind is not None and not isinstance(value, kind):
            return default
        return value

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value

    def update(self, values: dict[str, Any]) -> None:
        self._data.update(values)

    def save(self) -> None:
        text = json.dumps(self._data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        write_atomic(self.path, text.encode("utf-8"))

    def recent_packs(self) -> list[str]:
        items = self.get("recent_packs", [], list)
        return [p for p in items if isinstance(p, str)][:MAX_RECENT]

    def add_recent_pack(self, path: str) -> None:
        items = [p for p in self.recent_packs() if p != path]
        self.set("recent_packs", [path, *items][:MAX_RECENT])
