"""Coverage (seed 003): tiers' cadences, neglected accounts, next steps due, time against value,
single-threaded accounts, net dollar retention. Uses moments, portfolio, matrix and store."""
