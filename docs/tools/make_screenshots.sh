#!/usr/bin/env bash
# The screenshots in docs/screenshots/: the real window at 1366×768 under a window manager, in
# English and Japanese, light and dark, on the main view, Compare and the user guide.
# Needs ../shared/tools/gui-shot (Xvfb, openbox) and the project's venv. Run from the project root.
set -euo pipefail
export PATH="$PWD/.venv/bin:$PATH"
shot=${GUI_SHOT:-../shared/tools/gui-shot}
mkdir -p docs/screenshots
for lang in en ja; do
  for theme in light dark; do
    for view in main compare guide; do
      "$shot" "docs/screenshots/$view-$lang-$theme.png" --size 1366x768 --wm --wait 10 -- \
        .venv/bin/python docs/tools/screenshot_app.py --lang "$lang" --theme "$theme" --view "$view"
    done
  done
done
