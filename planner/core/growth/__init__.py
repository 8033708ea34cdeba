"""Growth: the whitespace grid, segments and the products relevant to them, smart lists and campaign
exports, the goal funnel. Uses moments (opportunities), portfolio, matrix and store."""
