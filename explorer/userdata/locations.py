"""Where the user's own files live. The only module that calls platformdirs.

``BRIEFING_EXPLORER_HOME`` overrides everything (tests, portable installs): config, data and cache
folders are then created under it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "briefing-explorer"


def _base(kind: str) -> Path:
    home = os.environ.get("BRIEFING_EXPLORER_HOME")
    if home:
        return Path(home) / kind
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    if kind == "log":
        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return _base("config")


def data_dir() -> Path:
    return _base("data")


def cache_dir() -> Path:
    return _base("cache")


def log_dir() -> Path:
    """The application's own log (``explorer.app_log``): on this machine only, never sent anywhere."""
    return _base("log")


def user_packs_dir() -> Path:
    """Packs the user imports or saves live here (the shipped pack stays read-only in the install)."""
    return data_dir() / "packs"
