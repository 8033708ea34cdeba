"""The QBRs workspace and the printed briefing: the QBR form, actions, the briefing document and its
printing. Uses widgets and the core."""
