"""Importing: the preview dialog, the import history, the words for import problems. Uses widgets and
the core."""
