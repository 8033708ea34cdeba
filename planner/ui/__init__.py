"""PySide6 only, never SQL: the shell on top composes the feature packages (the same names as in the
core), which do not import each other; what two of them share lives in widgets, at the bottom."""
