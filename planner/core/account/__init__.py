"""The whole account on one page: quadrant and phase with their reasons, open moments, opportunities, the
whitespace row, contacts with their last NPS and touch, one timeline of touches and signals, QBRs. Uses the
capabilities below it."""
