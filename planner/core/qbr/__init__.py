"""Quarterly business reviews: planning, drafts of agenda and recommendations, the calendar, snapshots of
a held QBR, the figures and content of the printed briefing. Uses moments, portfolio, matrix and store."""
