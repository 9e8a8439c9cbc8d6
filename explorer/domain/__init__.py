"""Plain types and pure functions: dates with precision, figures, errors. No Qt, no I/O."""
