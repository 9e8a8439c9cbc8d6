"""The user's own files: settings, notes, briefings (platformdirs paths). No Qt."""
