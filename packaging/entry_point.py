"""The frozen app's entry script (PyInstaller needs a file); same as the `briefing-explorer` console
script, ``explorer.__main__:main``. Kept outside the package so the spec analyses the *installed*
explorer package, not the source tree."""

import sys

from explorer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
