"""File ▸ Import data…: a wizard over the Qt-free import engine in ``explorer/importing``.

Five pages: (1) the file and how it is read, (2) which columns feed which fields of a pack resource,
(3) the enum texts and actor names the engine would not recognise, (4) the import itself, on a
worker thread with progress and cancel, and (5) the report of every row not taken. Each page calls
the functions ``briefing-explorer import`` calls (read_table, ImportMapping.check, suggest_mapping,
run_import, write_import_pack, write_report_csv); nothing here reads a cell's value itself.

The wizard in ``wizard``, one module per page (file_page, mapping_page with its field rows in
field_row, values_page, import_page, report_page), what they share in ``common``, and the Qt-free
logic (the user's choices, the trial run, where the pack goes) in ``explorer/importing/wizard_logic.py``.
This package's names load their module on first use: importing the package loads no Qt.

Remembered in the app settings (``import_*`` keys): the last folders used and the reading options
that are habits rather than properties of one file (kind, missing tokens, decimal comma, list
separator, day order).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Where each name lives: loaded on first use, so that importing the package (as tools walking the
# packages do) loads no Qt; `from explorer.qt.views.import_wizard import ImportWizard` works as before.
_WHERE = {
    "KEEP_REJECTED": "explorer.importing.wizard_logic",
    "LIST_LIMIT": "explorer.qt.views.import_wizard.common",
    "PAGE_FILE": "explorer.qt.views.import_wizard.common",
    "PAGE_IMPORT": "explorer.qt.views.import_wizard.common",
    "PAGE_MAPPING": "explorer.qt.views.import_wizard.common",
    "PAGE_REPORT": "explorer.qt.views.import_wizard.common",
    "PAGE_VALUES": "explorer.qt.views.import_wizard.common",
    "PREVIEW_ROWS": "explorer.qt.views.import_wizard.common",
    "REPORT_HEADERS": "explorer.qt.views.import_wizard.report_page",
    "SAMPLE_ROWS": "explorer.qt.views.import_wizard.common",
    "TOKEN_AS_DETECTED": "explorer.importing.wizard_logic",
    "TOKEN_DROP_COLUMN": "explorer.importing.wizard_logic",
    "TOKEN_NO_VALUE": "explorer.importing.wizard_logic",
    "TOKEN_TEXT": "explorer.importing.wizard_logic",
    "FilePage": "explorer.qt.views.import_wizard.file_page",
    "ImportPage": "explorer.qt.views.import_wizard.import_page",
    "ImportWizard": "explorer.qt.views.import_wizard.wizard",
    "MappingPage": "explorer.qt.views.import_wizard.mapping_page",
    "PreviewModel": "explorer.qt.views.import_wizard.file_page",
    "ReportModel": "explorer.qt.views.import_wizard.report_page",
    "ReportPage": "explorer.qt.views.import_wizard.report_page",
    "TrialFindings": "explorer.importing.wizard_logic",
    "ValuesPage": "explorer.qt.views.import_wizard.values_page",
    "WizardChoices": "explorer.importing.wizard_logic",
    "default_destination": "explorer.qt.views.import_wizard.common",
    "for_the_wizard": "explorer.qt.views.import_wizard.common",
    "is_earlier_import_of": "explorer.importing.wizard_logic",
    "trial_task": "explorer.importing.wizard_logic",
}
__all__ = [  # (the keys of _WHERE)
    "KEEP_REJECTED",
    "LIST_LIMIT",
    "PAGE_FILE",
    "PAGE_IMPORT",
    "PAGE_MAPPING",
    "PAGE_REPORT",
    "PAGE_VALUES",
    "PREVIEW_ROWS",
    "REPORT_HEADERS",
    "SAMPLE_ROWS",
    "TOKEN_AS_DETECTED",
    "TOKEN_DROP_COLUMN",
    "TOKEN_NO_VALUE",
    "TOKEN_TEXT",
    "FilePage",
    "ImportPage",
    "ImportWizard",
    "MappingPage",
    "PreviewModel",
    "ReportModel",
    "ReportPage",
    "TrialFindings",
    "ValuesPage",
    "WizardChoices",
    "default_destination",
    "for_the_wizard",
    "is_earlier_import_of",
    "trial_task",
]

if TYPE_CHECKING:
    from explorer.importing.wizard_logic import (
        KEEP_REJECTED,
        TOKEN_AS_DETECTED,
        TOKEN_DROP_COLUMN,
        TOKEN_NO_VALUE,
        TOKEN_TEXT,
        TrialFindings,
        WizardChoices,
        is_earlier_import_of,
        trial_task,
    )
    from explorer.qt.views.import_wizard.common import (
        LIST_LIMIT,
        PAGE_FILE,
        PAGE_IMPORT,
        PAGE_MAPPING,
        PAGE_REPORT,
        PAGE_VALUES,
        PREVIEW_ROWS,
        SAMPLE_ROWS,
        default_destination,
        for_the_wizard,
    )
    from explorer.qt.views.import_wizard.file_page import FilePage, PreviewModel
    from explorer.qt.views.import_wizard.import_page import ImportPage
    from explorer.qt.views.import_wizard.mapping_page import MappingPage
    from explorer.qt.views.import_wizard.report_page import (
        REPORT_HEADERS,
        ReportModel,
        ReportPage,
    )
    from explorer.qt.views.import_wizard.values_page import ValuesPage
    from explorer.qt.views.import_wizard.wizard import ImportWizard


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
