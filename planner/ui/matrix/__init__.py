"""The Matrix workspace: the bubble chart, its panels and filters, the quadrant board. Uses widgets and
the core."""
