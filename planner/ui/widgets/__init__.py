"""What the features share: the worker (tasks), settings, i18n, icons, formatting and words for stored
values, record models and tables, the editor (undo), shared matrix points, export and touch dialogs.
Uses only the core."""
