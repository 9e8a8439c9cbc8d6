"""The theme and text size chosen in Preferences are the window's from its first paint."""

from __future__ import annotations

import subprocess
import sys

from explorer.paths import default_pack_path


def test_the_app_starts_in_the_saved_theme_and_text_size(tmp_path):
    probe = f"""
import os
os.environ["BRIEFING_EXPLORER_HOME"] = {str(tmp_path)!r}
from explorer.userdata.settings import Settings
s = Settings(); s.update({{"theme": "dark", "text_scale": 130}}); s.save()
from PySide6.QtWidgets import QApplication
app = QApplication([])
base = app.font().pointSizeF()
from explorer.qt.app import build_window
app, window = build_window({str(default_pack_path())!r})
from explorer.qt import theme
print(theme.current().name, app.palette().window().color().name(),
      round(app.font().pointSizeF() / base, 2), round(theme.text_scale(), 2))
window.close()
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    from explorer.charts.theme import DARK
    assert result.stdout.split() == ["dark", DARK.window.lower(), "1.3", "1.3"]
