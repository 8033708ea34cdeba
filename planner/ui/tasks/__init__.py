"""Tasks: the list of due and overdue next steps and QBR actions per owner, the reminder, the calendar export.
Uses widgets and the core."""
