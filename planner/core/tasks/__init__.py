"""Tasks: the next steps of touches and opportunities and the open QBR actions, due and overdue per owner,
done and undone; the calendar file (.ics) of QBRs and due next steps. Uses qbr, moments, portfolio, store."""

DEFAULT_DAYS = 30  # the calendar file's days ahead (here: the command line reads it without loading the rest)
