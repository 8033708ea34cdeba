"""Team mode's server side: the team's PostgreSQL database (schema by versioned migrations, one login role
per user in a group, row-level security) and the connection to it. Sync builds on this package."""
