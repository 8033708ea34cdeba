"""The Growth workspace: whitespace grid, segments and smart lists, the goal funnel. Uses widgets and
the core."""
