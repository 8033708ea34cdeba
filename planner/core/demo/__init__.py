"""The demo book: a deterministic, believable portfolio of European B2B accounts for trying the app."""

from planner.core.demo.generator import DemoSummary, generate

__all__ = ["DemoSummary", "generate"]
