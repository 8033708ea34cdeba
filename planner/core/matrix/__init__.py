"""The Customer-Performance-Matrix: breadth, intensity and quadrant per account (scoring.py), the points
with their revenue potential and whitespace (matrix.py), Pareto tiers (tiers.py), its charts. Uses the
store."""
