"""Who asked for a Session change: ``Change.origin``.

A view that asked for a change usually skips its own echo (``change.origin == Origin.FILTER_BAR``);
a typo in a bare string silently broke that, so every origin is named here once. ``Origin`` is a
``StrEnum``: each member equals its string ("detail" == Origin.DETAIL), so code and tests that pass
plain strings keep working while the Session's signatures take ``Origin | str``. Qt-free.
"""

from __future__ import annotations

from enum import StrEnum


class Origin(StrEnum):
    UNSPECIFIED = ""  # nobody in particular (scripts, tests, the Session's own defaults)
    START = "start"  # the application starting up (label language from the settings)
    WINDOW = "window"  # the main window itself: opening a pack, catching up late panels
    CATCH_UP = "catch-up"  # panels subscribed late are brought up to date
    MENU = "menu"  # a menu item or its shortcut
    PREFERENCES = "preferences"  # the Preferences dialog (label language)
    FILTER_BAR = "filter-bar"  # the filter bar's fields
    FILTER_CLEAR = "filter-clear"  # the filter bar's "Clear filters" button
    TABLE = "table"  # the event table
    TIMELINE = "timeline"  # the timeline (select, step)
    COMPARISON = "comparison"  # the Compare partners panel
    DETAIL = "detail"  # the details panel (note edits, "show in charts", conflict answers)
    DETAIL_RETRY = "detail-retry"  # the details panel retrying notes the store refused
    CHANGES = "changes"  # the "what changed" list of a pack reload or version comparison
    SHOW_HIDDEN = "show-hidden"  # "show the hidden event": filters cleared, event selected
    CLOSE_PACK = "close-pack"  # closing one of several open packs
    ALONGSIDE = "alongside"  # a pack opened alongside the open ones
    RELOAD = "reload"  # a pack re-read from disk in place
    IMPORT = "import"  # user data (notes, briefings) imported
    EXPORT = "export"  # an export's own headless session
    NOTE = "note"  # a briefing note's own headless session
