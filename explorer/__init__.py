"""Briefing Explorer: an offline desktop tool for exploring sourced briefing packs."""

__version__ = "0.1.0"
