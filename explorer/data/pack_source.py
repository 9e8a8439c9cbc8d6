"""Reading the files of a pack, from a folder or a ``.zip``, without trusting the pack.

Every path a descriptor names is checked before anything opens it: no URLs (pandas and friends would
fetch them), no absolute paths, no ``..``, nothing that resolves outside the pack through a symlink.
Sizes are capped while reading, and a zip is inspected (member count, declared sizes, compression
ratio) before a single member is inflated.
"""

from __future__ import annotations

import hashlib
import re
import stat
import struct
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath

from explorer.data.pack_schema import LoadLimits

DESCRIPTOR = "datapackage.json"
# What zipfile raises on damaged or hostile archives (bad names, streams, headers, encryption).
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError,
               zlib.error, struct.error)
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class SourceProblem(Exception):
    """A file of the pack cannot be read safely; ``file`` is the pack-relative name."""

    def __init__(self, file: str, message: str, found: str | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.message = message
        self.found = found


def path_problem(text: object) -> str | None:
    """Why a descriptor path is refused, or None if it is a plain relative path inside the pack."""
    if not isinstance(text, str):
        return "path must be a single relative file path"
    if not text.strip():
        return "path is empty"
    if "\x00" in text:
        return "path contains a NUL character"
    if "://" in text or _SCHEME_RE.match(text):
        return "path is a URL or has a scheme; packs are read from local files only"
    if "\\" in text:
        return "path uses backslashes; use forward slashes"
    if text.startswith(("/", "~")):
        return "path is absolute; it must be relative to the pack"
    parts = PurePosixPath(text).parts
    if any(p == ".." for p in parts):
        return "path leaves the pack ('..')"
    return None


_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def leaves_folder(name: str) -> bool:
    """True for a zip member name that unpacks outside its folder on some system: ``..`` as a part,
    an absolute path, or a drive letter (``/`` and ``\\`` both count as separators)."""
    text = name.replace("\\", "/")
    return (text.startswith("/") or bool(_DRIVE_RE.match(text))
            or any(part == ".." for part in text.split("/")))


class PackSource:
    """Read-only access to the files of one pack."""

    def __init__(self, label: str, limits: LoadLimits) -> None:
        self.label = label  # what to call the pack in messages
        self.limits = limits
        self.bytes_read = 0
        self.handed: dict[tuple[str, int], bytes] = {}  # (name, cap) -> bytes read already (``keep``)

    def read(self, name: str, cap: int | None = None) -> bytes:
        """The bytes of a pack-relative file, refused if absent, unsafe or too large. Bytes read
        already with the same cap and left in ``handed`` are given once instead of read again."""
        reason = path_problem(name)
        if reason:
            raise SourceProblem(name, reason, name)
        cap = self.limits.max_file_bytes if cap is None else cap
        data = self.handed.pop((name, cap), None)
        if data is None:
            data = self._read(name, cap)
        self.bytes_read += len(data)
        if self.bytes_read > self.limits.max_total_bytes:
            raise SourceProblem(
                name, f"pack is larger than the {self.limits.max_total_bytes:,}-byte limit")
        return data

    def exists(self, name: str) -> bool:
        raise NotImplementedError

    def _read(self, name: str, cap: int) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        pass


# Files this large are hashed on a thread of their own (``FilesDigest``); smaller ones in line.
DIGEST_ASIDE_BYTES = 1 << 20


class FilesDigest:
    """The SHA-256 of a pack's files as the loader reads them: each file's name and length, then its
    bytes, in reading order (the pack cache's key and the digest in export receipts). Once a file of
    ``DIGEST_ASIDE_BYTES`` comes, it and every later one are hashed in order on one thread of their
    own: hashlib releases the GIL over a large buffer, so the hash (73 MB at tier L: ~65 ms) runs on
    the other core while the caller reads or parses the next file."""

    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self._aside: ThreadPoolExecutor | None = None

    def add(self, name: str, data: bytes) -> None:
        frame = f"{name}\0{len(data)}\0".encode()
        if self._aside is None and len(data) >= DIGEST_ASIDE_BYTES:
            self._aside = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pack-digest")
        if self._aside is not None:
            self._aside.submit(self._update, frame, data)
        else:
            self._update(frame, data)

    def _update(self, frame: bytes, data: bytes) -> None:
        self._sha.update(frame)
        self._sha.update(data)

    def hexdigest(self) -> str:
        self.close()
        return self._sha.hexdigest()

    def close(self) -> None:
        """Waits for the hashing under way (if any) and ends its thread."""
        if self._aside is not None:
            self._aside.shutdown(wait=True)
            self._aside = None


def _too_big(name: str, size: int, cap: int) -> SourceProblem:
    return SourceProblem(name, f"file is larger than the {cap:,}-byte limit", f"{size:,} bytes")


class FolderSource(PackSource):
    def __init__(self, root: Path, limits: LoadLimits) -> None:
        super().__init__(str(root), limits)
        self.root = root.resolve()

    def _resolve(self, name: str) -> Path:
        path = (self.root / name).resolve()
        if not path.is_relative_to(self.root):
            raise SourceProblem(name, "path resolves outside the pack (symlink?)", name)
        return path

    def exists(self, name: str) -> bool:
        return path_problem(name) is None and self._resolve(name).is_file()

    def _read(self, name: str, cap: int) -> bytes:
        path = self._resolve(name)
        try:
            st = path.stat()
        except FileNotFoundError:
            raise SourceProblem(name, "file is missing") from None
        except OSError as e:
            raise SourceProblem(name, f"cannot read file: {e.strerror}") from None
        if not stat.S_ISREG(st.st_mode):
            raise SourceProblem(name, "not a regular file")
        if st.st_size > cap:
            raise _too_big(name, st.st_size, cap)
        try:
            with path.open("rb") as fh:
                # Sized to the file, not the cap (a 512 MB buffer for every file); it may grow
                # between stat and read, so whatever follows is read too, up to the cap.
                data = fh.read(min(st.st_size, cap) + 1)
                if len(data) > st.st_size:
                    data += fh.read(cap + 1 - len(data))
        except OSError as e:
            raise SourceProblem(name, f"cannot read file: {e.strerror}") from None
        if len(data) > cap:
            raise _too_big(name, len(data), cap)
        return data


class ZipSource(PackSource):
    """A zipped pack: the descriptor at the top level or inside one top-level folder."""

    def __init__(self, path: Path, limits: LoadLimits) -> None:
        super().__init__(str(path), limits)
        try:
            self._zip = zipfile.ZipFile(path)
        except _ZIP_ERRORS as e:
            raise SourceProblem(path.name, f"not a valid zip file: {e}") from None
        infos = self._zip.infolist()
        if len(infos) > limits.max_zip_members:
            self._zip.close()
            raise SourceProblem(path.name, f"zip has more than {limits.max_zip_members} members",
                                f"{len(infos)} members")
        total = sum(i.file_size for i in infos)
        if total > limits.max_total_bytes:
            self._zip.close()
            raise SourceProblem(
                path.name,
                f"zip would inflate beyond the {limits.max_total_bytes:,}-byte limit (zip bomb?)",
                f"{total:,} bytes")
        escaping = next((i.filename for i in infos if leaves_folder(i.filename)), None)
        if escaping is not None:
            self._zip.close()
            raise SourceProblem(
                path.name, "zip has a member whose name leaves the pack folder; another tool unpacking "
                "it would write outside the folder (refused even though the pack does not use it)",
                escaping)
        self._members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                continue
            if path_problem(info.filename) or info.filename.startswith("__MACOSX/"):
                continue  # never addressable; a descriptor naming it is refused by path_problem
            if stat.S_ISLNK(info.external_attr >> 16):
                continue  # symlinks inside zips are never followed
            self._members[info.filename] = info
        self.prefix = self._find_prefix()

    def _find_prefix(self) -> str:
        if DESCRIPTOR in self._members:
            return ""
        tops = {n.split("/", 1)[0] for n in self._members if "/" in n}
        for top in sorted(tops):
            if f"{top}/{DESCRIPTOR}" in self._members:
                return top + "/"
        return ""

    def exists(self, name: str) -> bool:
        return self.prefix + name in self._members

    def _read(self, name: str, cap: int) -> bytes:
        info = self._members.get(self.prefix + name)
        if info is None:
            raise SourceProblem(name, "file is missing from the zip")
        if info.file_size > cap:
            raise _too_big(name, info.file_size, cap)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1 << 20 and ratio > self.limits.max_compression_ratio:
            raise SourceProblem(
                name, f"compression ratio above {self.limits.max_compression_ratio:g}:1 (zip bomb?)",
                f"{ratio:,.0f}:1")
        try:
            with self._zip.open(info) as fh:
                data = fh.read(min(cap, info.file_size) + 1)  # never trust the declared size
        except _ZIP_ERRORS as e:
            raise SourceProblem(name, f"damaged zip member: {e}") from None
        if len(data) > info.file_size:
            raise SourceProblem(name, "zip member is larger than its header declares (zip bomb?)")
        return data

    def close(self) -> None:
        self._zip.close()


def open_source(path: str | Path, limits: LoadLimits) -> PackSource:
    """A PackSource for a folder or .zip path; SourceProblem if it is neither."""
    text = str(path)
    if "://" in text or (_SCHEME_RE.match(text) and not Path(text).exists()):
        raise SourceProblem(text, "packs are opened from local files only, not URLs")
    p = Path(text).expanduser()
    if p.is_dir():
        return FolderSource(p, limits)
    if p.is_file():
        if zipfile.is_zipfile(p):
            return ZipSource(p, limits)
        if p.name == DESCRIPTOR:
            return FolderSource(p.parent, limits)
        raise SourceProblem(p.name, "not a pack: expected a folder with datapackage.json or a .zip")
    raise SourceProblem(text, "no such file or folder")
