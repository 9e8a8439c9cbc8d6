"""Open the real window the way the documentation's screenshots show it, then leave it running.

    .venv/bin/python docs/tools/screenshot_app.py --lang ja --theme dark --view compare

Runs on a throw-away user folder (your settings and notes are neither used nor changed), chooses the
interface and label language and the theme as Preferences would, opens the default pack, selects
the EU-Japan EPA and shows one view: ``main`` (timeline, events, details), ``compare`` (Compare
raised, trade in goods by partner) ``guide`` (Help ▸ User guide) or ``about`` (Help ▸ About). ``make_screenshots.py`` runs it
under ``../shared/tools/gui-shot`` for every combination.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("en", "ja"), default="en")
    parser.add_argument("--theme", choices=("light", "dark", "high_contrast"), default="light")
    parser.add_argument("--view", choices=("main", "compare", "guide", "about"), default="main")
    parser.add_argument("--indicator", default="goods_exports")
    args = parser.parse_args(argv)

    os.environ["BRIEFING_EXPLORER_HOME"] = tempfile.mkdtemp(prefix="be-shot-")
    from explorer.userdata.settings import Settings

    settings = Settings()
    settings.update({"ui_language": args.lang, "label_language": args.lang, "theme": args.theme})
    settings.save()

    from PySide6.QtCore import QTimer

    from explorer.qt.app import build_window

    app, window = build_window(None)
    window.showMaximized()

    def when_loaded() -> None:
        if window.session.pack is None:
            QTimer.singleShot(100, when_loaded)
            return
        window.session.select_event("eu-jp-epa", origin="screenshot")
        if args.view == "compare":
            ids = set(window.session.pack.indicators["id"])
            if args.indicator in ids:
                window.session.set_comparison(indicator_id=args.indicator)
            window.go_to_panel("compare")
        elif args.view == "guide":
            from explorer.qt.views.user_guide import show_user_guide

            guide = show_user_guide(window, "compare")
            guide.resize(980, 660)
        elif args.view == "about":  # modal: runs its own loop until the screenshot is taken
            QTimer.singleShot(0, window.about_action.trigger)

    QTimer.singleShot(200, when_loaded)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
