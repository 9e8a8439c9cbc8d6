"""Finding the pack a receipt names, by its SHA-256, wherever it lives now. Qt-free.

A receipt records the pack by name, version and SHA-256, and its folder only where the user
allowed it (folder names can themselves be sensitive). Regenerating therefore looks for a pack
with the same digest: first where the receipt says, then in folders the user names, then among
the packs this laptop knows (the shipped pack, the last and recent packs, the user's packs folder).
A pack with the same name but another digest is used with a warning that it changed; none at all
is an error that says where to point.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from explorer.data.pack import Pack
from explorer.data.pack_loader import load_pack
from explorer.data.pack_schema import LoadLimits
from explorer.data.pack_source import DESCRIPTOR, SourceProblem, open_source
from explorer.data.problems import PackInvalid
from explorer.export.view_state import ViewError

MAX_CANDIDATES = 200  # packs opened while searching, at most


@dataclass(frozen=True)
class PackIdentity:
    name: str = ""
    version: str = ""
    sha256: str = ""
    location: str = ""  # absolute path, only when the user allows receipts to record it

    @classmethod
    def of(cls, pack: Pack, location: str = "") -> PackIdentity:
        return cls(pack.meta.name, pack.meta.version, pack.meta.digest, location)

    def to_dict(self) -> dict[str, str]:
        d = {"name": self.name, "version": self.version, "sha256": self.sha256}
        if self.location:
            d["location"] = self.location
        return d

    @classmethod
    def from_dict(cls, d: object) -> PackIdentity:
        d = d if isinstance(d, dict) else {}
        return cls(*(str(d.get(k, "") or "") for k in ("name", "version", "sha256", "location")))


def known_pack_locations() -> list[str]:
    """Packs this laptop knows: the shipped pack, the last and recent packs, the user's packs."""
    from explorer.paths import default_pack_path
    from explorer.userdata.locations import user_packs_dir
    from explorer.userdata.settings import Settings

    settings = Settings()
    found = [str(default_pack_path()), settings.get("last_pack"),
             *settings.get("recent_packs")]
    found += _packs_in(user_packs_dir())
    return [p for p in found if isinstance(p, str) and p]


def _packs_in(folder: Path) -> list[str]:
    """``folder`` itself if it is a pack, else the packs (folders and zips) directly inside it."""
    try:
        if (folder / "datapackage.json").is_file() or folder.suffix.lower() == ".zip":
            return [str(folder)]
        if not folder.is_dir():
            return []
        return sorted(str(c) for c in folder.iterdir()
                      if (c / "datapackage.json").is_file() or c.suffix.lower() == ".zip")
    except OSError:
        return []


def find_pack(identity: PackIdentity, *, search_dirs: Sequence[str] = (),
              known: Iterable[str] | None = None) -> tuple[Pack, str, str]:
    """The pack ``identity`` names, its location, and a warning ("" when it is the same pack).

    ViewError when neither a pack with that digest nor one with that name can be found.
    """
    candidates: list[str] = []
    if identity.location:
        candidates.append(identity.location)
    for d in search_dirs:
        candidates += _packs_in(Path(d).expanduser())
    candidates += list(known_pack_locations() if known is None else known)
    seen: set[str] = set()
    same_name: tuple[Pack, str] | None = None
    for location in candidates:
        key = _key(location)
        if key in seen:
            continue
        seen.add(key)
        if len(seen) > MAX_CANDIDATES:
            break
        # The digest covers the descriptor, so the same pack has the same name: read only the
        # descriptor of the others (a big pack takes seconds to load in full).
        if identity.name and _descriptor_name(location) != identity.name:
            continue
        try:
            pack = load_pack(location)
        except (PackInvalid, OSError, ValueError):
            continue
        if identity.sha256 and pack.meta.digest == identity.sha256:
            return pack, location, ""
        if same_name is None and identity.name and pack.meta.name == identity.name:
            same_name = (pack, location)
    if same_name is not None:
        pack, location = same_name
        then = identity.sha256[:12] or "unknown"
        return pack, location, (
            f"the pack changed since this was exported: '{identity.name}' v{pack.meta.version} "
            f"now (SHA-256 {pack.meta.digest[:12]}…), v{identity.version or '?'} then ({then}…); "
            "figures may differ")
    where = f" (it was at {identity.location})" if identity.location else ""
    raise ViewError(f"no pack with SHA-256 {identity.sha256[:12]}… or name "
                    f"'{identity.name}' was found among the packs this laptop knows{where}; "
                    "name the folder that holds it with --pack-dir")


def _descriptor_name(location: str) -> str:
    """The ``name`` a pack's descriptor declares ("" when it cannot be read)."""
    try:
        limits = LoadLimits()
        source = open_source(location, limits)
        try:  # the descriptor's own cap (1 MiB), not a data file's 512 MiB
            data = json.loads(source.read(DESCRIPTOR, limits.max_descriptor_bytes).decode("utf-8-sig"))
        finally:
            source.close()
    except (OSError, ValueError, SourceProblem, RecursionError):
        return ""
    name = data.get("name") if isinstance(data, dict) else None
    return name if isinstance(name, str) else ""


def _key(location: str) -> str:
    try:
        return str(Path(location).expanduser().resolve())
    except OSError:
        return location
