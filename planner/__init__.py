"""Account Planner: key-account planning for existing B2B customers."""

__version__ = "0.1.0"
