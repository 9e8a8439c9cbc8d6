"""Bringing users' own CSV and XLSX files into briefing packs (Qt-free)."""
