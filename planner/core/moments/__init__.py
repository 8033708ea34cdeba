"""Trigger moments (the R/U/C detector): their rules, facts and detection, decisions on them, journey
phases and their charts, opportunities, NPS x account value. Uses portfolio, matrix and store."""
