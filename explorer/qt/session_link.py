"""Subscribing a widget to the Session for exactly as long as the widget lives."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from explorer.state.session import Change, Session


def subscribe_while_alive(owner: QObject, session: Session,
                          listener: Callable[[Change], None]) -> Callable[[], None]:
    """Subscribe ``listener``; unsubscribe when ``owner`` is destroyed or the returned function is
    called, whichever comes first (calling it twice is harmless)."""
    holder = [session.subscribe(listener)]

    def drop(*_args) -> None:  # must not touch the owner: it also runs while Qt destroys it
        if holder:
            holder.pop()()

    owner.destroyed.connect(drop)
    return drop
